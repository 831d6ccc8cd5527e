// SPDX-License-Identifier: GPL-3.0-or-later
// A line-oriented parser of MEME v4 motif files that checks every matrix row it keeps.
#include "promoterlab/meme_reader.h"

#include "line_source.h"
#include "number_text.h"
#include "promoterlab/bundled_data.h"
#include "promoterlab/errors.h"

#include <cmath>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <system_error>

namespace promoterlab {

namespace {

constexpr const char* kBundledMotifFile = "JASPAR2024_CORE_fungi_non-redundant_pfms_meme.txt";
// Files print probabilities with a few decimals, so rows miss 1 by rounding; more than this
// means a count matrix or a broken row, which rescaling would hide.
constexpr double kRowSumTolerance = 0.02;
// Far wider than any binding site (MEME itself stops at 300); it keeps a typo from making us
// wait for rows that never come.
constexpr int kMaximumWidth = 1000;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

std::vector<std::string_view> splitFields(std::string_view text)
{
    std::vector<std::string_view> fields;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isBlank(text[i]))
            ++i;
        const std::size_t start = i;
        while (i < text.size() && !isBlank(text[i]))
            ++i;
        if (i > start)
            fields.push_back(text.substr(start, i - start));
    }
    return fields;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

// Whether a line is a row of numbers (a matrix row) rather than a keyword line.
bool looksLikeMatrixRow(std::string_view line)
{
    const auto fields = splitFields(line);
    return !fields.empty() && parseDecimal(fields.front()).has_value();
}

class MemeParser {
public:
    explicit MemeParser(std::unique_ptr<LineSource> source)
        : m_source(std::move(source))
    {
    }

    MotifFile parse()
    {
        std::string_view raw;
        while (nextLine(raw)) {
            const std::string_view line = trim(raw);
            if (line.empty())
                continue;
            if (startsWith(line, "MEME version")) {
                m_sawVersion = true;
                continue;
            }
            if (!m_sawVersion)
                fail("expected the line 'MEME version 4' before anything else; this does not look like a MEME "
                     "motif file (JASPAR offers its matrices in MEME format)");
            if (startsWith(line, "ALPHABET"))
                readAlphabet(line);
            else if (startsWith(line, "Background letter frequencies"))
                readBackground();
            else if (startsWith(line, "MOTIF"))
                startMotif(line);
            else if (startsWith(line, "letter-probability matrix"))
                readMatrix(line);
            else if (startsWith(line, "log-odds matrix"))
                skipMatrixRows();
            // Anything else (URL, strands:, comments, MEME's run summaries) carries nothing we use.
        }
        m_source->throwIfFailed();
        if (!m_sawVersion)
            fail("the file is empty; a MEME motif file starts with 'MEME version 4'");
        finishMotif();
        if (m_file.motifs.empty())
            fail("no motif found; each motif starts with a 'MOTIF <id> [name]' line followed by a "
                 "'letter-probability matrix:' header and its rows");
        return std::move(m_file);
    }

private:
    bool nextLine(std::string_view& line)
    {
        if (!m_source->nextLine(line))
            return false;
        m_line = m_source->lineNumber();
        return true;
    }

    [[noreturn]] void fail(const std::string& reason) const
    {
        throw InputError(m_source->sourceName(), m_line, reason);
    }

    std::string motifLabel() const
    {
        return "motif " + m_motif->id;
    }

    void readAlphabet(std::string_view line)
    {
        std::string_view letters = trim(line.substr(std::string_view("ALPHABET").size()));
        if (startsWith(letters, "="))
            letters = trim(letters.substr(1));
        if (letters != "ACGT")
            fail("the alphabet '" + std::string(letters)
                 + "' is not DNA; only 'ALPHABET= ACGT' motifs can be scanned over promoter sequences");
    }

    // MEME writes the background as "A 0.3 C 0.2 G 0.2 T 0.3" on the line after its header,
    // which may wrap; all four letters are required, in any order.
    void readBackground()
    {
        std::array<std::optional<double>, 4> frequencies;
        int found = 0;
        std::string_view raw;
        while (found < 4 && nextLine(raw)) {
            const auto fields = splitFields(trim(raw));
            if (fields.size() % 2 != 0)
                fail("expected background frequencies as letter-value pairs, e.g. 'A 0.25 C 0.25 G 0.25 T 0.25'");
            for (std::size_t i = 0; i < fields.size(); i += 2) {
                const std::string_view letter = fields[i];
                const std::string_view alphabet = "ACGT";
                const std::size_t index = letter.size() == 1 ? alphabet.find(letter.front()) : std::string_view::npos;
                const auto value = parseDecimal(fields[i + 1]);
                if (index == std::string_view::npos || frequencies[index])
                    fail("'" + std::string(letter)
                         + "' in the background frequencies is not one of A, C, G, T given once each");
                if (!value || *value <= 0 || *value >= 1)
                    fail("the background frequency of " + std::string(letter) + " is '" + std::string(fields[i + 1])
                         + "'; write a number between 0 and 1 (exclusive)");
                frequencies[index] = *value;
                ++found;
            }
        }
        if (found < 4)
            fail("the background frequencies end before all of A, C, G and T were given");
        double sum = 0;
        for (const auto& f : frequencies)
            sum += *f;
        if (std::abs(sum - 1) > kRowSumTolerance)
            fail("the background frequencies sum to " + std::to_string(sum) + "; they must sum to 1");
        for (std::size_t i = 0; i < 4; ++i)
            m_file.background[i] = *frequencies[i] / sum;
    }

    void startMotif(std::string_view line)
    {
        finishMotif();
        const auto fields = splitFields(line);
        if (fields.size() < 2)
            fail("the MOTIF line names no motif; write 'MOTIF <id> [name]'");
        Motif motif;
        motif.id = std::string(fields[1]);
        motif.name = fields.size() > 2 ? std::string(fields[2]) : motif.id;
        m_motif = std::move(motif);
        m_motifLine = m_line;
        m_motifHasMatrix = false;
    }

    void finishMotif()
    {
        if (!m_motif)
            return;
        if (!m_motifHasMatrix)
            throw InputError(m_source->sourceName(), m_motifLine,
                             motifLabel() + " has no 'letter-probability matrix:' block; add its matrix or remove the motif");
        m_file.motifs.push_back(std::move(*m_motif));
        m_motif.reset();
    }

    void readMatrix(std::string_view line)
    {
        if (!m_motif)
            fail("a letter-probability matrix before any 'MOTIF <id> [name]' line; name the motif first");
        if (m_motifHasMatrix)
            fail(motifLabel() + " has a second letter-probability matrix; give each matrix its own MOTIF line");
        const std::size_t headerLine = m_line;
        const std::size_t colon = line.find(':');
        std::optional<double> width;
        const auto fields = splitFields(colon == std::string_view::npos ? std::string_view() : line.substr(colon + 1));
        for (std::size_t i = 0; i < fields.size(); ++i) {
            std::string_view key = fields[i];
            std::string_view value;
            const std::size_t equals = key.find('=');
            if (equals == std::string_view::npos)
                continue;
            value = key.substr(equals + 1);
            key = key.substr(0, equals);
            if (value.empty() && i + 1 < fields.size())
                value = fields[++i];
            const auto number = parseDecimal(value);
            if (!number || *number < 0)
                fail(motifLabel() + ": '" + std::string(key) + "= " + std::string(value)
                     + "' in the matrix header is not a non-negative number");
            if (key == "alength" && *number != 4)
                fail(motifLabel() + ": alength= " + std::string(value)
                     + " but DNA motifs have 4 columns (A, C, G, T); only DNA motifs can be scanned");
            if (key == "w") {
                if (*number < 1 || *number > kMaximumWidth || *number != std::floor(*number))
                    fail(motifLabel() + ": w= " + std::string(value) + " is not a whole number of positions from 1 to "
                         + std::to_string(kMaximumWidth));
                width = *number;
            } else if (key == "nsites") {
                m_motif->sites = *number;
            } else if (key == "E") {
                m_motif->eValue = *number;
            }
        }
        m_motifHasMatrix = true;

        std::string_view raw;
        while (!width || m_motif->probabilities.size() < *width) {
            if (!nextLine(raw))
                break;
            const std::string_view row = trim(raw);
            if (!looksLikeMatrixRow(row)) {
                m_source->unread(std::string(raw), m_line);
                break;
            }
            m_motif->probabilities.push_back(parseRow(row));
        }
        m_source->throwIfFailed();
        const std::size_t rows = m_motif->probabilities.size();
        if (width && rows != *width)
            throw InputError(m_source->sourceName(), headerLine,
                             motifLabel() + " has " + std::to_string(rows) + " matrix rows but its header says w= "
                                 + std::to_string(static_cast<long long>(*width)) + "; make w= match the number of rows");
        if (rows == 0)
            throw InputError(m_source->sourceName(), headerLine,
                             motifLabel() + ": the letter-probability matrix has no rows; add one row of four "
                                            "probabilities (A C G T) per position");
        if (width && nextLine(raw)) {
            if (looksLikeMatrixRow(trim(raw)))
                fail(motifLabel() + " has more matrix rows than its header's w= "
                     + std::to_string(static_cast<long long>(*width)) + "; make w= match the number of rows");
            m_source->unread(std::string(raw), m_line);
        }
    }

    std::array<double, 4> parseRow(std::string_view row)
    {
        const auto fields = splitFields(row);
        if (fields.size() != 4)
            fail(motifLabel() + ": a matrix row has " + std::to_string(fields.size())
                 + " columns; each row needs 4 probabilities, for A, C, G and T");
        std::array<double, 4> probabilities{};
        double sum = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const auto value = parseDecimal(fields[i]);
            if (!value || *value < 0 || *value > 1)
                fail(motifLabel() + ": '" + std::string(fields[i]) + "' in column " + std::to_string(i + 1)
                     + " of a matrix row is not a probability; write a number between 0 and 1");
            probabilities[i] = *value;
            sum += *value;
        }
        if (std::abs(sum - 1) > kRowSumTolerance)
            fail(motifLabel() + ": a matrix row sums to " + std::to_string(sum)
                 + " instead of 1; write probabilities, not counts (each row gives the frequencies of A, C, G and T)");
        for (double& p : probabilities)
            p /= sum;
        return probabilities;
    }

    void skipMatrixRows()
    {
        std::string_view raw;
        while (nextLine(raw)) {
            if (!looksLikeMatrixRow(trim(raw))) {
                m_source->unread(std::string(raw), m_line);
                return;
            }
        }
    }

    std::unique_ptr<LineSource> m_source;
    MotifFile m_file;
    std::optional<Motif> m_motif;  // the motif being read
    std::size_t m_motifLine = 0;
    bool m_motifHasMatrix = false;
    bool m_sawVersion = false;
    std::size_t m_line = 0;
};

}  // namespace

MotifFile readMemeFile(const std::string& path)
{
    return MemeParser(LineSource::openFile(path)).parse();
}

MotifFile readMemeText(std::string text, const std::string& sourceName)
{
    return MemeParser(LineSource::fromText(std::move(text), sourceName)).parse();
}

std::string bundledMotifFilePath()
{
    namespace fs = std::filesystem;
    std::string searched;
    for (const auto& folder : bundledDataFolders()) {
        const fs::path candidate = fs::path(folder) / "motifs" / kBundledMotifFile;
        std::error_code error;
        if (fs::is_regular_file(candidate, error))
            return candidate.string();
        searched += "\n  " + candidate.string();
    }
    throw InputError(kBundledMotifFile, 0,
                     "the shipped JASPAR motifs were not found; looked for:" + searched
                         + "\nreinstall PromoterLab or set PROMOTERLAB_DATA_DIR to the folder that holds motifs/");
}

}  // namespace promoterlab
