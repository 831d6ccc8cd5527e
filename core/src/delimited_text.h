// SPDX-License-Identifier: GPL-3.0-or-later
// Splits CSV/TSV text (RFC 4180 quoting) into records of fields, line source by line source.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace promoterlab {

class LineSource;

struct DelimitedRecord {
    std::vector<std::string> fields;
    std::size_t line = 0;  // 1-based line where the record starts
    // A quoted field that never closed (within the end of the file or the span limit);
    // fields are then meaningless and the lines after the first are read again.
    bool unterminatedQuote = false;
};

// Reads records with RFC 4180 quoting: a field that starts with '"' may hold the delimiter,
// line breaks and doubled quotes. Leniencies, because real files break the RFC: a quote
// inside an unquoted field is a plain character, text after a closing quote is kept, and
// blank lines between records are skipped.
class DelimitedRecordReader {
public:
    DelimitedRecordReader(LineSource& source, char delimiter);

    // The next record; false at the end of the text (the caller then asks the source
    // whether the end was clean). Reuses the record's strings to avoid allocations.
    bool next(DelimitedRecord& record);

    char delimiter() const { return m_delimiter; }

private:
    LineSource& m_source;
    char m_delimiter;
    std::vector<std::string> m_spannedLines;  // copies of a record's lines while a quote is open
};

// The delimiter of a table guessed from its first line: tab, else comma, else semicolon,
// counting only those outside quotes; 0 when the line holds none of them.
char guessDelimiter(std::string_view firstLine);

// Whether two column names are the same without regard to ASCII case, as header names match.
bool equalsIgnoringCase(std::string_view a, std::string_view b);

}  // namespace promoterlab
