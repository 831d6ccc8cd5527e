// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of locale-independent number parsing and shortest round-trip formatting.
#include "number_text.h"

#include <catch2/catch.hpp>

#include <clocale>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <string>

using promoterlab::appendShortest;
using promoterlab::parseDecimal;
using promoterlab::parseInteger;

namespace {

template <typename Float>
std::string shortest(Float value)
{
    std::string text;
    appendShortest(text, value);
    return text;
}

}  // namespace

TEST_CASE("parseDecimal reads whole decimal fields and nothing else")
{
    CHECK(parseDecimal("15.1823836007871") == Approx(15.1823836007871));
    CHECK(parseDecimal(" -1.5 ") == -1.5);
    CHECK(parseDecimal("+3e-2") == Approx(0.03));
    CHECK(parseDecimal("12") == 12.0);
    CHECK_FALSE(parseDecimal(""));
    CHECK_FALSE(parseDecimal("1.5x"));
    CHECK_FALSE(parseDecimal("1,5"));
    CHECK_FALSE(parseDecimal("abc"));
    CHECK_FALSE(parseDecimal("nan"));
    CHECK_FALSE(parseDecimal("inf"));
    CHECK_FALSE(parseDecimal("1e999"));
}

TEST_CASE("parseDecimal ignores the process locale")
{
    // Only meaningful where a comma-decimal locale is installed; harmless elsewhere.
    const std::string previous = std::setlocale(LC_NUMERIC, nullptr);
    if (std::setlocale(LC_NUMERIC, "de_DE.UTF-8") || std::setlocale(LC_NUMERIC, "fr_FR.UTF-8")) {
        CHECK(parseDecimal("1.5") == 1.5);
        CHECK(shortest(1.5) == "1.5");
    }
    std::setlocale(LC_NUMERIC, previous.c_str());
}

TEST_CASE("parseInteger reads whole integers within int")
{
    CHECK(parseInteger("3") == 3);
    CHECK(parseInteger(" -2 ") == -2);
    CHECK(parseInteger("+7") == 7);
    CHECK_FALSE(parseInteger("1.0"));
    CHECK_FALSE(parseInteger("x"));
    CHECK_FALSE(parseInteger("99999999999"));
}

TEST_CASE("appendShortest writes floats as floats and every value reads back exactly")
{
    CHECK(shortest(0.1f) == "0.1");
    CHECK(shortest(0.1) == "0.1");
    CHECK(shortest(-1.5) == "-1.5");
    CHECK(shortest(12.0f) == "12");
    CHECK(shortest(std::numeric_limits<double>::quiet_NaN()) == "NaN");
    CHECK(shortest(-std::numeric_limits<float>::infinity()) == "-Inf");

    std::mt19937 random(7);
    std::uniform_real_distribution<float> expression(-20.0f, 20.0f);
    for (int i = 0; i < 10000; ++i) {
        const float value = expression(random) * std::pow(10.0f, static_cast<float>(i % 13 - 6));
        const auto parsed = parseDecimal(shortest(value));
        REQUIRE(parsed);
        REQUIRE(static_cast<float>(*parsed) == value);
    }
}
