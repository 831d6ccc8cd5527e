// SPDX-License-Identifier: GPL-3.0-or-later
// Writers for exported tables (CSV/TSV) and sequences (FASTA), safe to open in a spreadsheet.
#pragma once

#include "promoterlab/sequence.h"

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace promoterlab {

// Writes a table row by row (RFC 4180 quoting, '\n' line ends, which every spreadsheet and
// pandas read).
//
//     CsvWriter csv("predictions.csv");
//     csv.writeRow({"name", "sequence", "expression"});
//     csv.field(record.name).field(record.bases).field(prediction).endRow();
//     csv.close();  // throws if the disk filled up
//
// Text fields holding the delimiter, '"', CR or LF are quoted, with quotes doubled. Text
// that a spreadsheet would run as a formula (starting with '=', '+', '-', '@', tab or CR)
// gets a leading apostrophe, as OWASP recommends against CSV injection; text that is just
// a number ("-1.5") and numbers written through the numeric overloads are left alone.
// Numbers are written in the shortest form that reads back as the same value (floats
// as floats: 0.1f gives "0.1"); NaN and infinities as "NaN", "Inf", "-Inf".
class CsvWriter {
public:
    // Writes to a stream the caller keeps alive; name stands for it in error messages.
    explicit CsvWriter(std::ostream& out, char delimiter = ',', std::string name = "output");
    // Creates or truncates the file; throws Error naming it when it cannot be created.
    explicit CsvWriter(const std::string& path, char delimiter = ',');
    // Closes a file it opened, but cannot report failures then: call close().
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    CsvWriter& field(std::string_view text);
    CsvWriter& field(const char* text) { return field(std::string_view(text)); }
    CsvWriter& field(double value);
    CsvWriter& field(float value);
    // Absent values are written as empty fields.
    CsvWriter& field(std::optional<double> value);
    template <typename Integer, std::enable_if_t<std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>
                                                     && !std::is_same_v<Integer, char>,
                                                 int> = 0>
    CsvWriter& field(Integer value)
    {
        if constexpr (std::is_signed_v<Integer>)
            return signedField(value);
        else
            return unsignedField(value);
    }
    CsvWriter& emptyField();
    // Ends the row and writes it; throws Error naming the output when writing failed.
    void endRow();
    // A whole row of text fields, such as the header.
    void writeRow(const std::vector<std::string>& fields);
    // Ends a started row, flushes and closes a file it opened; throws Error naming the
    // output when anything could not be written (disk full, removed USB stick, ...).
    void close();

private:
    CsvWriter& signedField(long long value);
    CsvWriter& unsignedField(unsigned long long value);
    void startField();

    std::unique_ptr<std::ofstream> m_file;  // set when the writer opened the file itself
    std::ostream* m_out;
    std::string m_name;
    char m_delimiter;
    std::string m_row;  // the row being assembled, written whole by endRow
    bool m_rowStarted = false;
    bool m_closed = false;
};

// Writes FASTA: ">name description", then the bases in lines of kLineWidth. Whitespace in
// a name becomes '_' (readers take the name to end at the first space) and line breaks
// in a description become spaces.
class FastaWriter {
public:
    static constexpr std::size_t kLineWidth = 80;

    explicit FastaWriter(std::ostream& out, std::string name = "output");
    explicit FastaWriter(const std::string& path);
    ~FastaWriter();
    FastaWriter(const FastaWriter&) = delete;
    FastaWriter& operator=(const FastaWriter&) = delete;

    // Throws Error naming the output when writing failed.
    void write(std::string_view name, std::string_view bases, std::string_view description = {});
    // Uses the record's "description" metadata, if it has one.
    void write(const SequenceRecord& record);
    // Flushes and closes a file it opened; throws Error naming it when writing failed.
    void close();

private:
    std::unique_ptr<std::ofstream> m_file;
    std::ostream* m_out;
    std::string m_name;
    std::string m_buffer;  // one record, written at once
    bool m_closed = false;
};

}  // namespace promoterlab
