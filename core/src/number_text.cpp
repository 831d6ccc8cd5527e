// SPDX-License-Identifier: GPL-3.0-or-later
// Locale-independent number parsing and shortest round-trip formatting.
#include "number_text.h"

#include "delimited_text.h"

#include <charconv>
#include <cmath>

namespace promoterlab {

namespace {

std::string_view trimBlanks(std::string_view text)
{
    const auto isBlank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

// from_chars refuses a leading '+', which exported tables do write ("+1.5e+00").
std::string_view stripPlus(std::string_view text)
{
    if (text.size() > 1 && text.front() == '+' && text[1] != '-' && text[1] != '+')
        text.remove_prefix(1);
    return text;
}

template <typename Float>
void appendFloating(std::string& out, Float value)
{
    if (std::isnan(value)) {
        out += "NaN";
        return;
    }
    if (std::isinf(value)) {
        out += value < 0 ? "-Inf" : "Inf";
        return;
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

}  // namespace

std::optional<double> parseDecimal(std::string_view text)
{
    text = stripPlus(trimBlanks(text));
    if (text.empty())
        return std::nullopt;
    double value = 0.0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<int> parseInteger(std::string_view text)
{
    text = stripPlus(trimBlanks(text));
    if (text.empty())
        return std::nullopt;
    int value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

void appendShortest(std::string& out, double value)
{
    appendFloating(out, value);
}

void appendShortest(std::string& out, float value)
{
    appendFloating(out, value);
}

bool isMissingValue(std::string_view text)
{
    text = trimBlanks(text);
    return text.empty() || text == "NA" || text == "N/A" || equalsIgnoringCase(text, "nan");
}

}  // namespace promoterlab
