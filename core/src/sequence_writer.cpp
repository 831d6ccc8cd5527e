// SPDX-License-Identifier: GPL-3.0-or-later
// CSV/TSV quoting and formula guarding, FASTA line wrapping, and checked writes to streams and files.
#include "promoterlab/sequence_writer.h"

#include "number_text.h"
#include "promoterlab/errors.h"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <ostream>
#include <stdexcept>

namespace promoterlab {

namespace {

std::unique_ptr<std::ofstream> createFile(const std::string& path)
{
    errno = 0;
    // Binary, so that '\n' stays '\n' on every platform.
    auto file = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
    if (!*file)
        throw Error(path + ": cannot be created" + (errno ? std::string(": ") + std::strerror(errno) : std::string()));
    return file;
}

// Stream errors are sticky, so checking after each write or flush catches a full disk
// at the first row that did not fit.
void checkWritten(const std::ostream& out, const std::string& name)
{
    if (!out)
        throw Error(name + ": could not be written" + (errno ? std::string(": ") + std::strerror(errno) : std::string())
                    + " (is the disk full or the file read-only?)");
}

void closeChecked(std::ostream& out, std::ofstream* file, const std::string& name)
{
    errno = 0;
    out.flush();
    checkWritten(out, name);
    if (file) {
        file->close();
        checkWritten(*file, name);
    }
}

bool needsQuotes(std::string_view text, char delimiter)
{
    for (const char c : text)
        if (c == delimiter || c == '"' || c == '\r' || c == '\n')
            return true;
    return false;
}

// Spreadsheets run a cell starting with these as a formula (CSV injection).
bool looksLikeFormula(std::string_view text)
{
    if (text.empty())
        return false;
    const char first = text.front();
    if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' && first != '\r')
        return false;
    // A plain number such as "-1.5" is harmless and must stay a number.
    if (first != '-' && first != '+')
        return true;
    for (const char c : text)
        if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'))
            return true;
    return !parseDecimal(text).has_value();
}

}  // namespace

CsvWriter::CsvWriter(std::ostream& out, char delimiter, std::string name)
    : m_out(&out)
    , m_name(std::move(name))
    , m_delimiter(delimiter)
{
}

CsvWriter::CsvWriter(const std::string& path, char delimiter)
    : m_file(createFile(path))
    , m_out(m_file.get())
    , m_name(path)
    , m_delimiter(delimiter)
{
}

CsvWriter::~CsvWriter()
{
    if (m_closed)
        return;
    try {
        close();
    } catch (const Error&) {
        // Nobody to tell from a destructor; close() exists for callers who care.
    }
}

void CsvWriter::startField()
{
    if (m_closed)
        throw std::logic_error("CsvWriter used after close()");
    if (m_rowStarted)
        m_row.push_back(m_delimiter);
    m_rowStarted = true;
}

CsvWriter& CsvWriter::field(std::string_view text)
{
    startField();
    const bool guard = looksLikeFormula(text);
    if (!guard && !needsQuotes(text, m_delimiter)) {
        m_row.append(text);
        return *this;
    }
    std::string value;
    if (guard)
        value.push_back('\'');
    value.append(text);
    if (!needsQuotes(value, m_delimiter)) {
        m_row.append(value);
        return *this;
    }
    m_row.push_back('"');
    for (const char c : value) {
        if (c == '"')
            m_row.push_back('"');
        m_row.push_back(c);
    }
    m_row.push_back('"');
    return *this;
}

CsvWriter& CsvWriter::field(double value)
{
    startField();
    appendShortest(m_row, value);
    return *this;
}

CsvWriter& CsvWriter::field(float value)
{
    startField();
    appendShortest(m_row, value);
    return *this;
}

CsvWriter& CsvWriter::field(std::optional<double> value)
{
    return value ? field(*value) : emptyField();
}

CsvWriter& CsvWriter::signedField(long long value)
{
    startField();
    char buffer[24];
    m_row.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr);
    return *this;
}

CsvWriter& CsvWriter::unsignedField(unsigned long long value)
{
    startField();
    char buffer[24];
    m_row.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr);
    return *this;
}

CsvWriter& CsvWriter::emptyField()
{
    startField();
    return *this;
}

void CsvWriter::endRow()
{
    if (m_closed)
        throw std::logic_error("CsvWriter used after close()");
    m_row.push_back('\n');
    errno = 0;
    m_out->write(m_row.data(), static_cast<std::streamsize>(m_row.size()));
    m_row.clear();
    m_rowStarted = false;
    checkWritten(*m_out, m_name);
}

void CsvWriter::writeRow(const std::vector<std::string>& fields)
{
    for (const auto& text : fields)
        field(std::string_view(text));
    endRow();
}

void CsvWriter::close()
{
    if (m_closed)
        return;
    if (m_rowStarted)
        endRow();
    m_closed = true;
    closeChecked(*m_out, m_file.get(), m_name);
}

FastaWriter::FastaWriter(std::ostream& out, std::string name)
    : m_out(&out)
    , m_name(std::move(name))
{
}

FastaWriter::FastaWriter(const std::string& path)
    : m_file(createFile(path))
    , m_out(m_file.get())
    , m_name(path)
{
}

FastaWriter::~FastaWriter()
{
    if (m_closed)
        return;
    try {
        close();
    } catch (const Error&) {
        // As for CsvWriter: close() is the way to hear about it.
    }
}

void FastaWriter::write(std::string_view name, std::string_view bases, std::string_view description)
{
    if (m_closed)
        throw std::logic_error("FastaWriter used after close()");
    m_buffer.clear();
    m_buffer.push_back('>');
    for (const char c : name)
        m_buffer.push_back(c == ' ' || c == '\t' || c == '\r' || c == '\n' ? '_' : c);
    if (!description.empty()) {
        m_buffer.push_back(' ');
        for (const char c : description)
            m_buffer.push_back(c == '\r' || c == '\n' ? ' ' : c);
    }
    m_buffer.push_back('\n');
    for (std::size_t start = 0; start < bases.size(); start += kLineWidth) {
        m_buffer.append(bases.substr(start, kLineWidth));
        m_buffer.push_back('\n');
    }
    errno = 0;
    m_out->write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    checkWritten(*m_out, m_name);
}

void FastaWriter::write(const SequenceRecord& record)
{
    std::string_view description;
    for (const auto& [key, value] : record.metadata) {
        if (key == "description") {
            description = value;
            break;
        }
    }
    write(record.name, record.bases, description);
}

void FastaWriter::close()
{
    if (m_closed)
        return;
    m_closed = true;
    closeChecked(*m_out, m_file.get(), m_name);
}

}  // namespace promoterlab
