// SPDX-License-Identifier: GPL-3.0-or-later
// Reading variant tables, predicting variant effects and scoring them against measured deltas.
#include "promoterlab/variant_effects.h"

#include "delimited_text.h"
#include "line_source.h"
#include "number_text.h"

#include "promoterlab/errors.h"
#include "promoterlab/metrics.h"
#include "promoterlab/sequence_encoder.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <map>
#include <memory>
#include <unordered_map>

namespace promoterlab {

namespace {

constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);

std::string_view trim(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

// A table with a header, read row by row, that collects rejections as it goes.
class VariantTableReader {
public:
    VariantTableReader(const std::string& path, char delimiter, VariantTable& table)
        : m_source(LineSource::openFile(path))
        , m_table(table)
    {
        std::string_view line;
        do {
            if (!m_source->nextLine(line)) {
                m_source->throwIfFailed();
                throw InputError(file(), 0, "is empty (it holds only blank lines)");
            }
        } while (trim(line).empty());
        const char used = delimiter ? delimiter : guessDelimiter(line);
        if (used == 0)
            throw InputError(file(), m_source->lineNumber(),
                             "no tab, comma or semicolon in the first line: a variant table needs a header row "
                             "naming its columns");
        m_source->unread(std::string(line), m_source->lineNumber());
        m_records = std::make_unique<DelimitedRecordReader>(*m_source, used);
        DelimitedRecord header;
        m_records->next(header);
        m_headerLine = header.line;
        for (const auto& name : header.fields)
            m_header.emplace_back(trim(name));
    }

    const std::string& file() const { return m_source->sourceName(); }

    // The column named `given`, or when empty the first header among `candidates`; kNoColumn
    // when not found and not required.
    std::size_t column(const std::string& given, std::initializer_list<const char*> candidates,
                       const std::string& what, bool required) const
    {
        if (!given.empty()) {
            if (const auto found = find(given); found != kNoColumn)
                return found;
            throw InputError(file(), m_headerLine, "no column named '" + given + "' for the " + what
                                                       + " (the columns are: " + headerList() + ")");
        }
        for (const char* candidate : candidates)
            if (const auto found = find(candidate); found != kNoColumn)
                return found;
        if (!required)
            return kNoColumn;
        std::string names;
        for (const char* candidate : candidates)
            names += std::string(names.empty() ? "" : ", ") + candidate;
        throw InputError(file(), m_headerLine, "no column for the " + what + ": name it " + names
                                                   + ", or say which column holds it (the columns are: "
                                                   + headerList() + ")");
    }

    // The next row with every column; false at the end of the file.
    bool next()
    {
        while (m_records->next(m_row)) {
            if (m_row.unterminatedQuote)
                reject(m_row.line, "a quoted field opened on this line never closes (a stray '\"'?)");
            else if (m_row.fields.size() != m_header.size())
                reject(m_row.line, "has " + std::to_string(m_row.fields.size()) + " fields where the header has "
                                       + std::to_string(m_header.size()));
            else
                return true;
        }
        m_source->throwIfFailed();
        return false;
    }

    std::size_t line() const { return m_row.line; }
    std::string_view field(std::size_t column) const { return trim(m_row.fields[column]); }
    const std::string& columnName(std::size_t column) const { return m_header[column]; }

    void reject(std::size_t line, std::string reason)
    {
        if (m_table.rejected.size() < SequenceReader::kMaxKeptRejections)
            m_table.rejected.push_back({file(), line, std::move(reason)});
        ++m_table.rejectedCount;
    }

private:
    std::size_t find(const std::string& name) const
    {
        for (std::size_t i = 0; i < m_header.size(); ++i)
            if (equalsIgnoringCase(m_header[i], name))
                return i;
        return kNoColumn;
    }

    std::string headerList() const
    {
        std::string list;
        for (const auto& name : m_header)
            list += (list.empty() ? "'" : ", '") + name + "'";
        return list;
    }

    std::unique_ptr<LineSource> m_source;
    std::unique_ptr<DelimitedRecordReader> m_records;
    VariantTable& m_table;
    std::vector<std::string> m_header;
    std::size_t m_headerLine = 1;
    DelimitedRecord m_row;
};

// Upper-case bases, or the reason they are not a sequence (what names them in the message).
std::optional<std::string> normalizedBases(std::string_view text, const std::string& what, std::string& bases)
{
    if (text.empty())
        return what + " is empty";
    bases.assign(text);
    for (std::size_t i = 0; i < bases.size(); ++i) {
        if (!isIupacNucleotide(bases[i]))
            return what + ": '" + std::string(1, bases[i]) + "' at position " + std::to_string(i + 1)
                   + " is not a nucleotide (allowed: A, C, G, T and IUPAC codes)";
        bases[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(bases[i])));
    }
    return std::nullopt;
}

int countSubstitutions(const std::string& reference, const std::string& alternative)
{
    int count = 0;
    for (std::size_t i = 0; i < reference.size(); ++i)
        count += reference[i] != alternative[i];
    return count;
}

// The measured columns of the current row, or the reason a value cannot be read.
struct MeasuredColumns {
    std::size_t delta = kNoColumn;
    std::size_t reference = kNoColumn;
    std::size_t alternative = kNoColumn;

    MeasuredColumns(const VariantTableReader& reader, const VariantColumns& columns)
        : delta(reader.column(columns.measuredDelta, {}, "measured delta", false))
        , reference(reader.column(columns.measuredReference, {}, "measured reference value", false))
        , alternative(reader.column(columns.measuredAlternative, {}, "measured alternative value", false))
    {
    }

    std::optional<std::string> read(const VariantTableReader& reader, Variant& variant) const
    {
        for (const auto& [column, target] : {std::pair{delta, &variant.measuredDelta},
                                             std::pair{reference, &variant.measuredReference},
                                             std::pair{alternative, &variant.measuredAlternative}}) {
            if (column == kNoColumn || isMissingValue(reader.field(column)))
                continue;
            *target = parseDecimal(reader.field(column));
            if (!*target)
                return "'" + std::string(reader.field(column)) + "' in column '" + reader.columnName(column)
                       + "' is not a number";
        }
        if (!variant.measuredDelta && variant.measuredReference && variant.measuredAlternative)
            variant.measuredDelta = *variant.measuredAlternative - *variant.measuredReference;
        return std::nullopt;
    }
};

}  // namespace

VariantTable readVariantPairs(const std::string& path, const VariantColumns& columns)
{
    VariantTable table;
    VariantTableReader reader(path, columns.delimiter, table);
    const auto referenceColumn = reader.column(
        columns.reference, {"reference", "ref", "ref_seq", "ref_sequence", "reference_sequence"}, "reference sequence",
        true);
    const auto alternativeColumn = reader.column(
        columns.alternative, {"alternative", "alt", "alt_seq", "alt_sequence", "alternative_sequence", "variant"},
        "alternative sequence", true);
    const auto nameColumn = reader.column(columns.name, {"name", "id", "variant_id"}, "variant name", false);
    const MeasuredColumns measured(reader, columns);
    std::size_t ordinal = 0;
    while (reader.next()) {
        ++ordinal;
        Variant variant;
        variant.file = reader.file();
        variant.line = reader.line();
        variant.name = nameColumn == kNoColumn ? std::string() : std::string(reader.field(nameColumn));
        if (variant.name.empty())
            variant.name = "variant" + std::to_string(ordinal);
        auto problem = normalizedBases(reader.field(referenceColumn), "the reference sequence", variant.reference);
        if (!problem)
            problem = normalizedBases(reader.field(alternativeColumn), "the alternative sequence", variant.alternative);
        if (!problem && variant.reference.size() != variant.alternative.size())
            problem = "the reference has " + std::to_string(variant.reference.size()) + " bases and the alternative "
                      + std::to_string(variant.alternative.size())
                      + ": an indel, but only substitutions can be scored (the models take fixed-length inputs)";
        if (!problem && variant.reference == variant.alternative)
            problem = "the alternative sequence is the reference: nothing changes";
        if (!problem)
            problem = measured.read(reader, variant);
        if (problem) {
            reader.reject(variant.line, variant.name + ": " + *problem);
            continue;
        }
        variant.substitutions = countSubstitutions(variant.reference, variant.alternative);
        table.variants.push_back(std::move(variant));
    }
    return table;
}

VariantTable readVariantRows(const std::string& path, const std::vector<SequenceRecord>& sequences,
                             const VariantColumns& columns)
{
    std::unordered_map<std::string, const SequenceRecord*> byName;
    for (const auto& record : sequences)
        byName.emplace(record.name, &record);  // the first of duplicate names wins, as in a lookup by eye

    VariantTable table;
    VariantTableReader reader(path, columns.delimiter, table);
    const auto sequenceColumn = reader.column(
        columns.sequenceName, {"sequence", "sequence_name", "seq", "name", "id"}, "sequence name", true);
    const auto positionColumn = reader.column(columns.position, {"position", "pos"}, "position", true);
    const auto referenceColumn = reader.column(columns.reference, {"ref", "reference"}, "reference base", true);
    const auto alternativeColumn =
        reader.column(columns.alternative, {"alt", "alternative"}, "alternative base", true);
    const MeasuredColumns measured(reader, columns);
    while (reader.next()) {
        Variant variant;
        variant.file = reader.file();
        variant.line = reader.line();
        const std::string sequenceName(reader.field(sequenceColumn));
        const std::string positionText(reader.field(positionColumn));
        std::string referenceBases, alternativeBases;
        const auto reject = [&](const std::string& reason) {
            reader.reject(variant.line, (sequenceName.empty() ? "" : sequenceName + ": ") + reason);
        };
        const auto found = byName.find(sequenceName);
        if (found == byName.end()) {
            reject(sequenceName.empty() ? "no sequence name"
                                        : "no sequence of that name among the " + std::to_string(sequences.size())
                                              + " given");
            continue;
        }
        const std::string& bases = found->second->bases;
        const auto position = parseInteger(positionText);
        if (!position) {
            reject("the position '" + positionText + "' is not a whole number");
            continue;
        }
        if (auto problem = normalizedBases(reader.field(referenceColumn), "the reference", referenceBases)) {
            reject(*problem);
            continue;
        }
        if (auto problem = normalizedBases(reader.field(alternativeColumn), "the alternative", alternativeBases)) {
            reject(*problem);
            continue;
        }
        const std::size_t start = static_cast<std::size_t>(*position) - 1;
        if (*position < 1 || start + referenceBases.size() > bases.size()) {
            reject("position " + positionText + " is out of range: the sequence has " + std::to_string(bases.size())
                   + " bases (positions 1 to " + std::to_string(bases.size()) + ")");
            continue;
        }
        std::string atPosition = bases.substr(start, referenceBases.size());
        std::transform(atPosition.begin(), atPosition.end(), atPosition.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        if (atPosition != referenceBases) {
            reject("position " + positionText + " is " + atPosition + ", not " + referenceBases
                   + " (is the position 1-based, and the sequence the right one?)");
            continue;
        }
        if (alternativeBases.size() != referenceBases.size()) {
            reject("the reference has " + std::to_string(referenceBases.size()) + " bases and the alternative "
                   + std::to_string(alternativeBases.size())
                   + ": an indel, but only substitutions can be scored (the models take fixed-length inputs)");
            continue;
        }
        if (alternativeBases == referenceBases) {
            reject("the alternative " + alternativeBases + " is the reference: nothing changes");
            continue;
        }
        if (auto problem = measured.read(reader, variant)) {
            reject(*problem);
            continue;
        }
        variant.name = sequenceName + ":" + positionText + referenceBases + ">" + alternativeBases;
        variant.reference = bases;
        std::transform(variant.reference.begin(), variant.reference.end(), variant.reference.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        variant.alternative = variant.reference;
        variant.alternative.replace(start, alternativeBases.size(), alternativeBases);
        variant.substitutions = countSubstitutions(variant.reference, variant.alternative);
        table.variants.push_back(std::move(variant));
    }
    return table;
}

VariantEffects predictVariantEffects(const Predictor& predictor, const std::vector<Variant>& variants,
                                     const ProgressCallback& progress, const CancellationToken& cancel)
{
    VariantEffects result;
    // Variants often share their reference (many descendants of one sequence): each distinct
    // sequence is predicted once.
    std::unordered_map<std::string, std::size_t> indexOf;
    std::vector<std::string> distinct;
    std::vector<std::pair<std::size_t, std::size_t>> pairs;  // indices into distinct
    std::vector<const Variant*> accepted;
    const auto add = [&](const std::string& bases) {
        const auto [entry, inserted] = indexOf.emplace(bases, distinct.size());
        if (inserted)
            distinct.push_back(bases);
        return entry->second;
    };
    for (const auto& variant : variants) {
        auto reason = predictor.encoder().rejectionReason(variant.reference);
        if (reason)
            *reason = "the reference: " + *reason;
        else if ((reason = predictor.encoder().rejectionReason(variant.alternative)))
            *reason = "the alternative: " + *reason;
        if (reason) {
            result.rejected.push_back({variant.file, variant.line, variant.name + ": " + *reason});
            continue;
        }
        pairs.emplace_back(add(variant.reference), add(variant.alternative));
        accepted.push_back(&variant);
    }
    const auto predictions = predictor.predict(distinct, progress, cancel);
    result.effects.reserve(accepted.size());
    for (std::size_t i = 0; i < accepted.size(); ++i)
        result.effects.push_back({*accepted[i], predictions[pairs[i].first].expression,
                                  predictions[pairs[i].second].expression});
    return result;
}

std::vector<DeltaAgreement> deltaAgreement(const std::vector<VariantEffect>& effects)
{
    struct Series {
        std::vector<double> predicted;
        std::vector<double> measured;
    };
    std::map<int, Series> groups;  // 0: all
    for (const auto& effect : effects) {
        if (!effect.variant.measuredDelta)
            continue;
        for (const int group : {0, effect.variant.substitutions}) {
            groups[group].predicted.push_back(effect.predictedDelta());
            groups[group].measured.push_back(*effect.variant.measuredDelta);
        }
    }
    std::vector<DeltaAgreement> result;
    for (const auto& [substitutions, series] : groups)
        result.push_back({substitutions, series.predicted.size(), pearsonCorrelation(series.predicted, series.measured),
                          spearmanCorrelation(series.predicted, series.measured)});
    return result;
}

}  // namespace promoterlab
