// SPDX-License-Identifier: GPL-3.0-or-later
// Format detection, per-format record parsing and base validation behind SequenceReader.
#include "promoterlab/sequence_reader.h"

#include "delimited_text.h"
#include "line_source.h"
#include "number_text.h"
#include "promoterlab/errors.h"

#include <array>
#include <cstdio>
#include <deque>
#include <string_view>

namespace promoterlab {

namespace {

// Enough rows to see which column holds sequences and whether the first row is a header,
// few enough that holding them costs nothing.
constexpr std::size_t kLayoutSampleRows = 50;
constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);

constexpr std::string_view kAllowedBases = "ACGTRYSWKMBDHVN";

const std::array<std::string_view, 3> kSequenceColumnNames = {"seq", "sequence", "sequences"};
const std::array<std::string_view, 5> kNameColumnNames = {"name", "id", "identifier", "seq_id", "sequence_id"};
// In order of preference: Native80 has EL.originalHQ, EL.rep1, EL.rep2 and EL.combined, and
// Vaishnav's tables a "Predicted Expression" that must not be taken for the measurement.
const std::array<std::string_view, 7> kMeasuredColumnNames = {"expression", "measured", "measured expression",
                                                              "el.combined", "el", "value", "y"};
const std::array<std::string_view, 2> kFoldColumnNames = {"fold", "fold_id"};

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

char toLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

template <std::size_t N>
bool isOneOf(std::string_view text, const std::array<std::string_view, N>& names)
{
    for (const auto name : names)
        if (equalsIgnoringCase(trim(text), name))
            return true;
    return false;
}

// Maps every byte to its upper-case IUPAC nucleotide, or to 0 when it is not one.
const std::array<char, 256>& nucleotideTable()
{
    static const std::array<char, 256> table = [] {
        std::array<char, 256> result{};
        for (const char base : kAllowedBases) {
            result[static_cast<unsigned char>(base)] = base;
            result[static_cast<unsigned char>(toLower(base))] = base;
        }
        return result;
    }();
    return table;
}

// Upper-cases bases in place; returns the index of the first character that is not a
// nucleotide, or npos.
std::size_t normaliseBases(char* bases, std::size_t count)
{
    const auto& table = nucleotideTable();
    for (std::size_t i = 0; i < count; ++i) {
        const char base = table[static_cast<unsigned char>(bases[i])];
        if (base == 0)
            return i;
        bases[i] = base;
    }
    return std::string_view::npos;
}

// Says what is wrong with a character inside a sequence and, for the usual mistakes, what
// to do about it. position is 1-based within the sequence.
std::string describeBadBase(char c, std::size_t position)
{
    const std::string at = " at position " + std::to_string(position);
    const std::string allowed = " is not a nucleotide (allowed: A, C, G, T and IUPAC codes)";
    if (c == 'U' || c == 'u')
        return std::string("'") + c + "'" + at + " is RNA (uracil): convert U to T";
    if (c >= '0' && c <= '9')
        return std::string("'") + c + "'" + at
               + " is a digit, not a nucleotide: remove numbers from the sequence (line numbering pasted with it?)";
    if (c == ' ')
        return "a space" + at + " is inside the sequence: remove the spaces";
    if (c == '\t')
        return "a tab" + at + " is inside the sequence: remove the tabs";
    if (c == '-' || c == '.')
        return std::string("'") + c + "'" + at + " is an alignment gap: remove the gaps";
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte >= 0x7F) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", byte);
        return std::string("byte ") + hex + at + allowed;
    }
    return std::string("'") + c + "'" + at + allowed;
}

bool looksLikeSequence(std::string_view text)
{
    text = trim(text);
    if (text.empty())
        return false;
    // Letters only, nearly all of them A, C, G, T, U or N: this also claims columns of RNA
    // or of sequences with a few wrong letters, whose rows are then rejected one by one
    // with a precise reason instead of the whole file failing.
    std::size_t nucleotides = 0;
    for (const char c : text) {
        const char lower = toLower(c);
        if (lower < 'a' || lower > 'z')
            return false;
        if (lower == 'a' || lower == 'c' || lower == 'g' || lower == 't' || lower == 'u' || lower == 'n')
            ++nucleotides;
    }
    return nucleotides * 10 >= text.size() * 9;
}

bool looksNumeric(std::string_view text)
{
    return parseDecimal(text).has_value();
}

std::string describeDelimiter(char delimiter)
{
    if (delimiter == '\t')
        return "tab";
    return std::string("'") + delimiter + "'";
}

// Collects rejections with a bounded memory cost.
class RejectionLog {
public:
    explicit RejectionLog(std::string file)
        : m_file(std::move(file))
    {
    }

    void add(std::size_t line, std::string reason)
    {
        ++m_count;
        if (m_kept.size() < SequenceReader::kMaxKeptRejections)
            m_kept.push_back({m_file, line, std::move(reason)});
    }

    const std::vector<RejectedRecord>& kept() const { return m_kept; }
    std::size_t count() const { return m_count; }

private:
    std::string m_file;
    std::vector<RejectedRecord> m_kept;
    std::size_t m_count = 0;
};

void resetRecord(SequenceRecord& out)
{
    out.measured.reset();
    out.fold.reset();
    out.metadata.clear();
}

std::string ordinalName(std::size_t ordinal)
{
    return "seq" + std::to_string(ordinal);
}

// One way of turning lines into records.
class RecordParser {
public:
    virtual ~RecordParser() = default;
    // The next valid record, rejecting bad ones on the way; false at the end.
    virtual bool next(SequenceRecord& out) = 0;
};

class FastaParser : public RecordParser {
public:
    FastaParser(LineSource& source, RejectionLog& rejections)
        : m_source(source)
        , m_rejections(rejections)
    {
    }

    bool next(SequenceRecord& out) override
    {
        std::string_view line;
        while (m_source.nextLine(line)) {
            line = trim(line);
            if (line.empty() || line.front() == ';')
                continue;
            if (line.front() == '>') {
                const bool ready = finishRecord(out);
                startRecord(line.substr(1), false);
                if (ready)
                    return true;
            } else {
                if (!m_open)
                    startRecord({}, true);
                appendBases(line);
            }
        }
        // A record open when reading failed may have lost its last lines: drop it.
        m_source.throwIfFailed();
        return finishRecord(out);
    }

private:
    void startRecord(std::string_view header, bool orphan)
    {
        header = trim(header);
        const std::size_t nameEnd = header.find_first_of(" \t");
        m_name.assign(header.substr(0, nameEnd));
        m_description.assign(nameEnd == std::string_view::npos ? std::string_view() : trim(header.substr(nameEnd)));
        m_bases.clear();
        m_problem.clear();
        m_line = m_source.lineNumber();
        m_open = true;
        m_orphan = orphan;
        if (!orphan)
            ++m_ordinal;
    }

    void appendBases(std::string_view text)
    {
        if (!m_problem.empty() || m_orphan)
            return;
        const std::size_t start = m_bases.size();
        m_bases.append(text);
        const std::size_t bad = normaliseBases(m_bases.data() + start, text.size());
        if (bad != std::string_view::npos) {
            m_problem = describeBadBase(text[bad], start + bad + 1);
            m_problemLine = m_source.lineNumber();
        }
    }

    // Hands the open record to out when it is valid, rejects it otherwise.
    bool finishRecord(SequenceRecord& out)
    {
        if (!m_open)
            return false;
        m_open = false;
        if (m_orphan) {
            m_rejections.add(m_line, "sequence lines before the first '>' header: is the header missing?");
            return false;
        }
        const std::string shownName = m_name.empty() ? std::string() : "'" + m_name + "': ";
        if (!m_problem.empty()) {
            m_rejections.add(m_problemLine, shownName + m_problem);
            return false;
        }
        if (m_bases.empty()) {
            m_rejections.add(m_line, shownName + "the header has no sequence under it");
            return false;
        }
        resetRecord(out);
        out.name = m_name.empty() ? ordinalName(m_ordinal) : m_name;
        // Swapping hands over the bases without a copy and recycles out's old buffer.
        out.bases.swap(m_bases);
        if (!m_description.empty())
            out.metadata.emplace_back("description", m_description);
        out.line = m_line;
        return true;
    }

    LineSource& m_source;
    RejectionLog& m_rejections;
    bool m_open = false;    // a header (or orphan bases) seen and not yet finished
    bool m_orphan = false;  // bases before any header
    std::string m_name;
    std::string m_description;
    std::string m_bases;
    std::string m_problem;  // the first bad base's description, if any
    std::size_t m_problemLine = 0;
    std::size_t m_line = 0;
    std::size_t m_ordinal = 0;
};

class PlainTextParser : public RecordParser {
public:
    PlainTextParser(LineSource& source, RejectionLog& rejections)
        : m_source(source)
        , m_rejections(rejections)
    {
    }

    bool next(SequenceRecord& out) override
    {
        std::string_view line;
        while (m_source.nextLine(line)) {
            line = trim(line);
            if (line.empty())
                continue;
            // A one-column table has no delimiter to give it away; its header does.
            const bool firstLine = !m_sawLine;
            m_sawLine = true;
            if (firstLine && isOneOf(line, kSequenceColumnNames))
                continue;
            ++m_ordinal;
            out.bases.assign(line);
            const std::size_t bad = normaliseBases(out.bases.data(), out.bases.size());
            if (bad != std::string_view::npos) {
                m_rejections.add(m_source.lineNumber(), describeBadBase(line[bad], bad + 1));
                continue;
            }
            resetRecord(out);
            out.name = ordinalName(m_ordinal);
            out.line = m_source.lineNumber();
            return true;
        }
        m_source.throwIfFailed();
        return false;
    }

private:
    LineSource& m_source;
    RejectionLog& m_rejections;
    std::size_t m_ordinal = 0;
    bool m_sawLine = false;
};

class TableParser : public RecordParser {
public:
    TableParser(LineSource& source, char delimiter, const ReaderOptions& options, RejectionLog& rejections)
        : m_source(source)
        , m_reader(source, delimiter)
        , m_rejections(rejections)
    {
        DelimitedRecord row;
        while (m_sample.size() < kLayoutSampleRows && m_reader.next(row))
            m_sample.push_back(row);
        recogniseLayout(options);
    }

    bool next(SequenceRecord& out) override
    {
        while (nextRow()) {
            if (acceptRow(out))
                return true;
        }
        m_source.throwIfFailed();
        return false;
    }

private:
    bool nextRow()
    {
        if (!m_sample.empty()) {
            std::swap(m_row, m_sample.front());
            m_sample.pop_front();
            return true;
        }
        return m_reader.next(m_row);
    }

    std::size_t findColumn(const std::vector<std::string>& header, std::string_view wanted) const
    {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (equalsIgnoringCase(trim(header[i]), trim(wanted)))
                return i;
        return kNoColumn;
    }

    template <std::size_t N>
    std::size_t findKnownColumn(const std::vector<std::string>& header,
                                const std::array<std::string_view, N>& names) const
    {
        for (const auto name : names) {
            const std::size_t column = findColumn(header, name);
            if (column != kNoColumn && !isAssigned(column))
                return column;
        }
        return kNoColumn;
    }

    bool isAssigned(std::size_t column) const
    {
        return column == m_sequenceColumn || column == m_nameColumn || column == m_measuredColumn
               || column == m_foldColumn;
    }

    // The column named by an option; throws when the header has none of that name.
    std::size_t requireColumn(const std::vector<std::string>& header, const std::string& wanted,
                              std::size_t headerLine) const
    {
        const std::size_t column = findColumn(header, wanted);
        if (column == kNoColumn) {
            std::string columns;
            for (const auto& name : header)
                columns += (columns.empty() ? "" : ", ") + ("'" + name + "'");
            throw InputError(m_source.sourceName(), headerLine,
                             "has no column named '" + wanted + "' (its columns: " + columns + ")");
        }
        return column;
    }

    // The column whose values look most like sequences, or kNoColumn.
    std::size_t sequenceColumnByContent(const std::vector<const DelimitedRecord*>& rows) const
    {
        std::size_t best = kNoColumn;
        double bestLength = 0.0;
        for (std::size_t column = 0; column < m_columnCount; ++column) {
            std::size_t hits = 0;
            std::size_t length = 0;
            for (const DelimitedRecord* row : rows) {
                if (looksLikeSequence(row->fields[column])) {
                    ++hits;
                    length += trim(row->fields[column]).size();
                }
            }
            // A majority of rows must agree; among such columns the longest values win,
            // so that short names made of A, C, G and T lose to the sequences.
            const double meanLength = hits ? static_cast<double>(length) / static_cast<double>(hits) : 0.0;
            if (hits * 2 > rows.size() && meanLength > bestLength) {
                best = column;
                bestLength = meanLength;
            }
        }
        return best;
    }

    static bool columnIsNumeric(const std::vector<const DelimitedRecord*>& rows, std::size_t column)
    {
        bool anyNumber = false;
        for (const DelimitedRecord* row : rows) {
            const std::string& value = row->fields[column];
            if (looksNumeric(value))
                anyNumber = true;
            else if (!isMissingValue(value))
                return false;
        }
        return anyNumber;
    }

    // Decides whether the first row is a header and which column holds what, from the
    // options, the header names and the sampled rows.
    void recogniseLayout(const ReaderOptions& options)
    {
        DelimitedRecord* first = nullptr;
        for (auto& row : m_sample) {
            if (!row.unterminatedQuote) {
                first = &row;
                break;
            }
        }
        if (!first) {
            // Nothing readable in the sample (only broken quoting): every row gets rejected.
            m_sequenceColumn = 0;
            return;
        }
        // R's write.table leaves the row names' column out of the header, so the header is
        // one field short of every row below it; give that column an empty name.
        bool headerOneShort = false;
        for (const auto& row : m_sample) {
            if (&row == first || row.unterminatedQuote)
                continue;
            headerOneShort = row.fields.size() == first->fields.size() + 1;
            if (!headerOneShort)
                break;
        }
        if (headerOneShort)
            first->fields.insert(first->fields.begin(), std::string());
        m_columnCount = first->fields.size();
        std::vector<const DelimitedRecord*> dataRows;
        for (const auto& row : m_sample)
            if (&row != first && !row.unterminatedQuote && row.fields.size() == m_columnCount)
                dataRows.push_back(&row);
        const bool onlyOneRow = dataRows.empty();
        if (onlyOneRow)
            dataRows.push_back(first);

        const bool columnsNamedInOptions = !options.sequenceColumn.empty() || !options.nameColumn.empty()
                                           || !options.measuredColumn.empty() || !options.foldColumn.empty();
        bool hasKnownName = false;
        for (const auto& field : first->fields)
            hasKnownName = hasKnownName || isOneOf(field, kSequenceColumnNames);
        const std::size_t byContent = sequenceColumnByContent(dataRows);

        if (columnsNamedInOptions || hasKnownName) {
            m_hasHeader = true;
        } else if (byContent == kNoColumn) {
            throw InputError(m_source.sourceName(), first->line,
                             "no column holds DNA sequences; name the sequence column 'sequence' in the "
                             "header or choose it when importing");
        } else {
            m_hasHeader = !looksLikeSequence(first->fields[byContent]);
            // A header over numeric columns gives itself away even when its names happen to
            // be made of A, C, G and T.
            for (std::size_t column = 0; column < m_columnCount && !m_hasHeader; ++column) {
                const std::string& value = first->fields[column];
                m_hasHeader = columnIsNumeric(dataRows, column) && !looksNumeric(value) && !isMissingValue(value);
            }
        }

        if (m_hasHeader) {
            const std::vector<std::string>& header = first->fields;
            m_columnNames = header;
            if (!options.sequenceColumn.empty())
                m_sequenceColumn = requireColumn(header, options.sequenceColumn, first->line);
            if (!options.nameColumn.empty())
                m_nameColumn = requireColumn(header, options.nameColumn, first->line);
            if (!options.measuredColumn.empty())
                m_measuredColumn = requireColumn(header, options.measuredColumn, first->line);
            if (!options.foldColumn.empty())
                m_foldColumn = requireColumn(header, options.foldColumn, first->line);
            if (m_sequenceColumn == kNoColumn)
                m_sequenceColumn = findKnownColumn(header, kSequenceColumnNames);
            if (m_sequenceColumn == kNoColumn && !onlyOneRow && byContent != kNoColumn && !isAssigned(byContent))
                m_sequenceColumn = byContent;
            if (m_sequenceColumn == kNoColumn)
                throw InputError(m_source.sourceName(), first->line,
                                 "no column holds DNA sequences; name the sequence column 'sequence' in the "
                                 "header or choose it when importing");
            if (m_nameColumn == kNoColumn)
                m_nameColumn = findKnownColumn(header, kNameColumnNames);
            // pandas writes its row index as a first column with an empty name (Vaishnav's
            // tables), R its row names: the only names those rows have.
            if (m_nameColumn == kNoColumn && !header.empty() && trim(header[0]).empty() && !isAssigned(0))
                m_nameColumn = 0;
            if (m_measuredColumn == kNoColumn)
                m_measuredColumn = findKnownColumn(header, kMeasuredColumnNames);
            if (m_foldColumn == kNoColumn)
                m_foldColumn = findKnownColumn(header, kFoldColumnNames);
        } else {
            m_sequenceColumn = byContent;
            // DREAM and de Boer files put the expression right after the sequence.
            for (std::size_t column = m_sequenceColumn + 1; column < m_columnCount; ++column) {
                if (columnIsNumeric(dataRows, column)) {
                    m_measuredColumn = column;
                    break;
                }
            }
            if (m_sequenceColumn != 0 && !isAssigned(0))
                m_nameColumn = 0;
            for (std::size_t column = 0; column < m_columnCount; ++column)
                m_columnNames.push_back("column" + std::to_string(column + 1));
        }
        for (std::size_t column = 0; column < m_columnCount; ++column) {
            if (!isAssigned(column)) {
                m_metadataColumns.push_back(column);
                if (trim(m_columnNames[column]).empty())
                    m_columnNames[column] = "column" + std::to_string(column + 1);
            }
        }
        if (m_hasHeader) {
            // The header is not a record (and may follow rows with broken quoting).
            for (auto row = m_sample.begin(); row != m_sample.end(); ++row) {
                if (&*row == first) {
                    m_sample.erase(row);
                    break;
                }
            }
        }
    }

    std::string_view columnName(std::size_t column) const { return m_columnNames[column]; }

    bool acceptRow(SequenceRecord& out)
    {
        ++m_ordinal;
        const DelimitedRecord& row = m_row;
        if (row.unterminatedQuote) {
            m_rejections.add(row.line, "a quoted field opened on this line never closes (a stray '\"'?)");
            return false;
        }
        if (row.fields.size() != m_columnCount) {
            std::string reason = "has " + std::to_string(row.fields.size()) + " fields where the "
                                 + (m_hasHeader ? "header" : "first row") + " has " + std::to_string(m_columnCount);
            if (row.fields.size() > m_columnCount)
                reason += " (an unquoted " + describeDelimiter(m_reader.delimiter()) + " inside a field?)";
            m_rejections.add(row.line, reason);
            return false;
        }
        const std::string_view name =
            m_nameColumn == kNoColumn ? std::string_view() : trim(row.fields[m_nameColumn]);
        const std::string shownName = name.empty() ? std::string() : "'" + std::string(name) + "': ";
        const std::string_view bases = trim(row.fields[m_sequenceColumn]);
        if (bases.empty()) {
            m_rejections.add(row.line, shownName + "the sequence is empty");
            return false;
        }
        out.bases.assign(bases);
        const std::size_t bad = normaliseBases(out.bases.data(), out.bases.size());
        if (bad != std::string_view::npos) {
            m_rejections.add(row.line, shownName + describeBadBase(bases[bad], bad + 1));
            return false;
        }
        resetRecord(out);
        if (m_measuredColumn != kNoColumn) {
            const std::string& value = row.fields[m_measuredColumn];
            if (!isMissingValue(value)) {
                out.measured = parseDecimal(value);
                if (!out.measured) {
                    m_rejections.add(row.line, shownName + "the measured value '" + std::string(trim(value))
                                                   + "' in column '" + std::string(columnName(m_measuredColumn))
                                                   + "' is not a number");
                    return false;
                }
            }
        }
        if (m_foldColumn != kNoColumn) {
            const std::string& value = row.fields[m_foldColumn];
            if (!isMissingValue(value)) {
                out.fold = parseInteger(value);
                if (!out.fold) {
                    m_rejections.add(row.line, shownName + "the fold '" + std::string(trim(value)) + "' in column '"
                                                   + std::string(columnName(m_foldColumn))
                                                   + "' is not a whole number");
                    return false;
                }
            }
        }
        if (name.empty())
            out.name = ordinalName(m_ordinal);
        else
            out.name.assign(name);
        for (const std::size_t column : m_metadataColumns)
            out.metadata.emplace_back(m_columnNames[column], row.fields[column]);
        out.line = row.line;
        return true;
    }

    LineSource& m_source;
    DelimitedRecordReader m_reader;
    RejectionLog& m_rejections;
    std::deque<DelimitedRecord> m_sample;  // rows read ahead to recognise the layout
    DelimitedRecord m_row;
    bool m_hasHeader = false;
    std::size_t m_columnCount = 0;
    std::vector<std::string> m_columnNames;
    std::size_t m_sequenceColumn = kNoColumn;
    std::size_t m_nameColumn = kNoColumn;
    std::size_t m_measuredColumn = kNoColumn;
    std::size_t m_foldColumn = kNoColumn;
    std::vector<std::size_t> m_metadataColumns;
    std::size_t m_ordinal = 0;  // data rows seen, for the names of unnamed rows
};

}  // namespace

struct SequenceReader::Impl {
    Impl(std::unique_ptr<LineSource> lineSource, const ReaderOptions& options)
        : source(std::move(lineSource))
        , rejections(source->sourceName())
    {
        std::string_view line;
        for (;;) {
            if (!source->nextLine(line)) {
                source->throwIfFailed();
                throw InputError(source->sourceName(), 0, "is empty (it holds only blank lines)");
            }
            if (!trim(line).empty())
                break;
        }
        const std::string firstLine(trim(line));
        source->unread(std::string(line), source->lineNumber());

        format = options.format;
        delimiter = options.delimiter ? options.delimiter : guessDelimiter(firstLine);
        if (format == SequenceFormat::Auto) {
            if (firstLine.front() == '>' || firstLine.front() == ';')
                format = SequenceFormat::Fasta;
            else if (delimiter != 0)
                format = SequenceFormat::Table;
            else
                format = SequenceFormat::PlainText;
        }
        switch (format) {
        case SequenceFormat::Fasta:
            delimiter = 0;
            parser = std::make_unique<FastaParser>(*source, rejections);
            break;
        case SequenceFormat::PlainText:
            delimiter = 0;
            parser = std::make_unique<PlainTextParser>(*source, rejections);
            break;
        case SequenceFormat::Table:
        case SequenceFormat::Auto:
            // A table forced on a file without any delimiter has a single column.
            if (delimiter == 0)
                delimiter = '\t';
            parser = std::make_unique<TableParser>(*source, delimiter, options, rejections);
            break;
        }
    }

    std::unique_ptr<LineSource> source;
    RejectionLog rejections;
    std::unique_ptr<RecordParser> parser;
    SequenceFormat format = SequenceFormat::Auto;
    char delimiter = 0;
    std::size_t accepted = 0;
    bool finished = false;
};

SequenceReader::SequenceReader(const std::string& path, const ReaderOptions& options)
    : m_impl(std::make_unique<Impl>(LineSource::openFile(path), options))
{
}

SequenceReader::SequenceReader(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

SequenceReader SequenceReader::fromText(std::string text, std::string sourceName, const ReaderOptions& options)
{
    return SequenceReader(
        std::make_unique<Impl>(LineSource::fromText(std::move(text), std::move(sourceName)), options));
}

SequenceReader::~SequenceReader() = default;
SequenceReader::SequenceReader(SequenceReader&&) noexcept = default;
SequenceReader& SequenceReader::operator=(SequenceReader&&) noexcept = default;

bool SequenceReader::next(SequenceRecord& out)
{
    if (m_impl->finished)
        return false;
    try {
        if (m_impl->parser->next(out)) {
            ++m_impl->accepted;
            return true;
        }
    } catch (...) {
        m_impl->finished = true;
        throw;
    }
    m_impl->finished = true;
    return false;
}

const std::vector<RejectedRecord>& SequenceReader::rejected() const
{
    return m_impl->rejections.kept();
}

std::size_t SequenceReader::rejectedCount() const
{
    return m_impl->rejections.count();
}

std::size_t SequenceReader::acceptedCount() const
{
    return m_impl->accepted;
}

SequenceFormat SequenceReader::format() const
{
    return m_impl->format;
}

char SequenceReader::delimiter() const
{
    return m_impl->delimiter;
}

const std::string& SequenceReader::sourceName() const
{
    return m_impl->source->sourceName();
}

std::uint64_t SequenceReader::bytesRead() const
{
    return m_impl->source->bytesConsumed();
}

std::uint64_t SequenceReader::fileSize() const
{
    return m_impl->source->totalBytes();
}

std::vector<SequenceRecord> readAllSequences(const std::string& path, const ReaderOptions& options,
                                             std::vector<RejectedRecord>* rejected)
{
    SequenceReader reader(path, options);
    std::vector<SequenceRecord> records;
    SequenceRecord record;
    while (reader.next(record))
        records.push_back(record);
    if (rejected)
        *rejected = reader.rejected();
    return records;
}

}  // namespace promoterlab
