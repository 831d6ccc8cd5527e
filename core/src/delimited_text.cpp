// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 record splitting with a fast path for the common unquoted line.
#include "delimited_text.h"

#include "line_source.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace promoterlab {

namespace {

// A stray opening quote would otherwise swallow the rest of a multi-gigabyte file into
// one field; no honest quoted field spans more than this.
constexpr std::size_t kMaxSpannedLines = 10000;
constexpr std::size_t kMaxSpannedBytes = 16 * 1024 * 1024;

bool isBlankLine(std::string_view line)
{
    for (const char c : line)
        if (c != ' ' && c != '\t')
            return false;
    return true;
}

std::string& fieldAt(std::vector<std::string>& fields, std::size_t index)
{
    if (index == fields.size())
        fields.emplace_back();
    else
        fields[index].clear();
    return fields[index];
}

}  // namespace

DelimitedRecordReader::DelimitedRecordReader(LineSource& source, char delimiter)
    : m_source(source)
    , m_delimiter(delimiter)
{
}

bool DelimitedRecordReader::next(DelimitedRecord& record)
{
    std::string_view line;
    do {
        if (!m_source.nextLine(line))
            return false;
    } while (isBlankLine(line));

    record.line = m_source.lineNumber();
    record.unterminatedQuote = false;
    std::vector<std::string>& fields = record.fields;
    std::size_t count = 0;

    if (std::memchr(line.data(), '"', line.size()) == nullptr) {
        for (;;) {
            const std::size_t end = line.find(m_delimiter);
            fieldAt(fields, count++).assign(line.substr(0, end));
            if (end == std::string_view::npos)
                break;
            line.remove_prefix(end + 1);
        }
        fields.resize(count);
        return true;
    }

    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    std::string* field = &fieldAt(fields, count++);
    m_spannedLines.clear();
    std::size_t spannedBytes = 0;
    for (;;) {
        for (const char c : line) {
            switch (state) {
            case State::FieldStart:
                if (c == '"') {
                    state = State::Quoted;
                    break;
                }
                state = State::Unquoted;
                [[fallthrough]];
            case State::Unquoted:
                if (c == m_delimiter) {
                    field = &fieldAt(fields, count++);
                    state = State::FieldStart;
                } else {
                    field->push_back(c);
                }
                break;
            case State::Quoted:
                if (c == '"')
                    state = State::QuoteInQuoted;
                else
                    field->push_back(c);
                break;
            case State::QuoteInQuoted:
                if (c == '"') {
                    field->push_back('"');
                    state = State::Quoted;
                } else if (c == m_delimiter) {
                    field = &fieldAt(fields, count++);
                    state = State::FieldStart;
                } else {
                    field->push_back(c);
                    state = State::Unquoted;
                }
                break;
            }
        }
        if (state != State::Quoted)
            break;
        // The quoted field goes on over the line break; keep the lines in case it never
        // closes and they have to be read again as records of their own.
        m_spannedLines.emplace_back(line);
        spannedBytes += line.size();
        field->push_back('\n');
        const bool tooLong = m_spannedLines.size() >= kMaxSpannedLines || spannedBytes >= kMaxSpannedBytes;
        if (tooLong || !m_source.nextLine(line)) {
            for (std::size_t i = m_spannedLines.size(); i-- > 1;)
                m_source.unread(std::move(m_spannedLines[i]), record.line + i);
            record.unterminatedQuote = true;
            break;
        }
    }
    fields.resize(count);
    return true;
}

char guessDelimiter(std::string_view firstLine)
{
    std::size_t tabs = 0;
    std::size_t commas = 0;
    std::size_t semicolons = 0;
    bool quoted = false;
    for (const char c : firstLine) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '\t')
            ++tabs;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    if (tabs > 0)
        return '\t';
    if (commas > 0)
        return ',';
    if (semicolons > 0)
        return ';';
    return 0;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return a.size() == b.size()
           && std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

}  // namespace promoterlab
