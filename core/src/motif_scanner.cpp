// SPDX-License-Identifier: GPL-3.0-or-later
// Log-odds matrices, their exact score distributions by dynamic programming, and the two-strand scanner.
#include "promoterlab/motif_scanner.h"

#include "number_text.h"
#include "promoterlab/errors.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace promoterlab {

namespace {

// MEME's tools assume this many sites when a matrix header gives no nsites=.
constexpr double kDefaultSites = 20;
// A score handed back to pValue() is a sum of rounded entries up to floating-point error; this
// much slack (in units of the resolution) keeps it from falling to the next unit.
constexpr double kUnitSlack = 1e-6;
constexpr unsigned char kNotABase = 4;
// Binding sites are far shorter; the exact p-value computation grows with the square of the
// width, so a wider matrix is more likely a wrong file than a motif.
constexpr std::size_t kMaximumWidth = 100;
// Bounds the score distribution to 80 MB of doubles while it is built.
constexpr double kMaximumScoreSteps = 1e7;
// A rarer base would make its log-odds span thousands of bits, and the distribution with them.
constexpr double kMinimumBackground = 1e-6;

using RoundedMatrix = std::vector<std::array<long long, 4>>;

// Refuses matrices whose exact distribution would not fit in memory, checked before rounding so
// that llround never sees a value beyond long long.
RoundedMatrix roundMatrix(const PositionWeightMatrix& matrix, double resolution)
{
    if (matrix.empty())
        throw InputError("", 0, "the score matrix has no positions");
    double steps = 0;
    for (const auto& row : matrix) {
        for (double entry : row)
            if (!std::isfinite(entry))
                throw InputError("", 0, "the score matrix holds an infinite score; use a positive pseudocount");
        steps += (*std::max_element(row.begin(), row.end()) - *std::min_element(row.begin(), row.end())) / resolution;
    }
    if (!(steps <= kMaximumScoreSteps)) {
        std::string shown;
        appendShortest(shown, resolution);
        throw InputError("", 0, "the scores span too many steps of " + shown
                                    + " bits for exact p-values; use a coarser score resolution");
    }
    RoundedMatrix rounded(matrix.size());
    for (std::size_t i = 0; i < matrix.size(); ++i)
        for (std::size_t b = 0; b < 4; ++b)
            rounded[i][b] = std::llround(matrix[i][b] / resolution);
    return rounded;
}

long long minimumUnits(const RoundedMatrix& matrix)
{
    long long sum = 0;
    for (const auto& row : matrix)
        sum += *std::min_element(row.begin(), row.end());
    return sum;
}

// tail[k] = P(rounded score ≥ minimumUnits(matrix) + k) for i.i.d. background bases. The
// distribution is built one position at a time over scores shifted to start at 0, then summed
// from the top so that the small tail probabilities keep their precision.
std::vector<double> upperTail(const RoundedMatrix& matrix, const std::array<double, 4>& background)
{
    std::vector<double> distribution{1.0};
    std::vector<double> next;
    for (const auto& row : matrix) {
        const long long low = *std::min_element(row.begin(), row.end());
        const long long high = *std::max_element(row.begin(), row.end());
        next.assign(distribution.size() + static_cast<std::size_t>(high - low), 0.0);
        for (std::size_t b = 0; b < 4; ++b) {
            const auto shift = static_cast<std::size_t>(row[b] - low);
            const double p = background[b];
            double* target = next.data() + shift;
            for (std::size_t k = 0; k < distribution.size(); ++k)
                target[k] += p * distribution[k];
        }
        distribution.swap(next);
    }
    for (std::size_t k = distribution.size() - 1; k-- > 0;)
        distribution[k] += distribution[k + 1];
    return distribution;
}

// The first index of a score that some sequence reaches with tail probability at most pValue;
// tail.size() when there is none.
std::size_t firstReachableIndexAtMost(const std::vector<double>& tail, double pValue)
{
    // The tail only decreases, so the qualifying indices form a suffix.
    auto index = static_cast<std::size_t>(
        std::partition_point(tail.begin(), tail.end(), [pValue](double p) { return p > pValue; }) - tail.begin());
    // A score no sequence reaches adds exactly 0 to the running sum, so its tail equals the next.
    while (index + 1 < tail.size() && tail[index] == tail[index + 1])
        ++index;
    return index;
}

void checkBackground(const std::array<double, 4>& background)
{
    double sum = 0;
    for (double b : background) {
        if (!(b >= kMinimumBackground && b < 1))
            throw InputError("", 0, "background base frequencies must lie between 1e-6 and 1");
        sum += b;
    }
    if (std::abs(sum - 1) > 1e-3)
        throw InputError("", 0, "background base frequencies must sum to 1");
}

unsigned char baseIndex(char base)
{
    switch (base) {
    case 'A': case 'a': return 0;
    case 'C': case 'c': return 1;
    case 'G': case 'g': return 2;
    case 'T': case 't': return 3;
    default: return kNotABase;
    }
}

template <typename Value>
std::vector<std::array<Value, 4>> reverseComplementRows(const std::vector<std::array<Value, 4>>& rows)
{
    std::vector<std::array<Value, 4>> reversed(rows.rbegin(), rows.rend());
    // In A, C, G, T order the complement of base b is 3 - b.
    for (auto& row : reversed)
        std::reverse(row.begin(), row.end());
    return reversed;
}

}  // namespace

PositionWeightMatrix logOddsMatrix(const Motif& motif, const std::array<double, 4>& background, double pseudocount)
{
    if (!(pseudocount > 0))
        throw InputError("", 0, "the motif pseudocount must be positive (MEME's default is 0.1)");
    checkBackground(background);
    const double sites = motif.sites > 0 ? motif.sites : kDefaultSites;
    PositionWeightMatrix matrix(motif.probabilities.size());
    for (std::size_t i = 0; i < matrix.size(); ++i)
        for (std::size_t b = 0; b < 4; ++b) {
            const double p = (motif.probabilities[i][b] * sites + pseudocount * background[b]) / (sites + pseudocount);
            matrix[i][b] = std::log2(p / background[b]);
        }
    return matrix;
}

PositionWeightMatrix reverseComplementMatrix(const PositionWeightMatrix& matrix)
{
    return reverseComplementRows(matrix);
}

ScoreDistribution::ScoreDistribution(const PositionWeightMatrix& matrix, const std::array<double, 4>& background,
                                     double resolution)
    : m_resolution(resolution)
{
    if (!(resolution > 0))
        throw InputError("", 0, "the score resolution must be positive, e.g. 0.001 bits");
    checkBackground(background);
    const RoundedMatrix rounded = roundMatrix(matrix, resolution);
    m_minimumUnits = minimumUnits(rounded);
    m_tail = upperTail(rounded, background);
}

double ScoreDistribution::pValue(double score) const
{
    const auto units = static_cast<long long>(std::ceil(score / m_resolution - kUnitSlack));
    if (units <= m_minimumUnits)
        return 1.0;
    const auto index = static_cast<std::size_t>(units - m_minimumUnits);
    return index < m_tail.size() ? m_tail[index] : 0.0;
}

double ScoreDistribution::scoreThreshold(double pValue) const
{
    const std::size_t index = firstReachableIndexAtMost(m_tail, pValue);
    return static_cast<double>(m_minimumUnits + static_cast<long long>(index)) * m_resolution;
}

double ScoreDistribution::maximumScore() const
{
    return static_cast<double>(m_minimumUnits + static_cast<long long>(m_tail.size()) - 1) * m_resolution;
}

struct MotifScanner::Scored {
    struct Strand;
    PositionWeightMatrix forward;
    PositionWeightMatrix reverse;
    std::vector<Strand> strands;  // forward, then reverse
};

// One strand of one motif, reduced to what scanning needs: rounded entries to decide hits by
// integer sums, and the p-values of the scores at or above the threshold only (the whole
// distribution can take megabytes for a wide motif).
struct MotifScanner::Scored::Strand {
    RoundedMatrix rounded;
    long long thresholdUnits = 0;
    std::vector<double> tailAboveThreshold;  // [k] = P(units ≥ thresholdUnits + k)

    Strand(const PositionWeightMatrix& matrix, const std::array<double, 4>& background, const MotifScanOptions& options)
        : rounded(roundMatrix(matrix, options.scoreResolution))
    {
        const long long minimum = minimumUnits(rounded);
        std::vector<double> tail = upperTail(rounded, background);
        const std::size_t first = firstReachableIndexAtMost(tail, options.pValueThreshold);
        thresholdUnits = minimum + static_cast<long long>(first);
        tailAboveThreshold.assign(tail.begin() + static_cast<std::ptrdiff_t>(first), tail.end());
    }

    // The other strand's scorer under a background that is its own complement: the same
    // entries, so the same distribution and threshold.
    Strand reverseComplemented() const
    {
        Strand other = *this;
        other.rounded = reverseComplementRows(rounded);
        return other;
    }
};

MotifScanner::MotifScanner(MotifFile motifs, MotifScanOptions options)
    : m_file(std::move(motifs))
    , m_options(options)
{
    if (!(options.pValueThreshold > 0 && options.pValueThreshold <= 1))
        throw InputError("", 0, "the motif p-value threshold must lie in (0, 1], e.g. 0.0001");
    if (!(options.scoreResolution > 0))
        throw InputError("", 0, "the score resolution must be positive, e.g. 0.001 bits");
    const auto& bg = m_file.background;
    // The reverse-strand matrix read along the forward strand has the same score distribution
    // as the forward one exactly when the background is its own complement (A = T, C = G).
    const bool symmetric = bg[0] == bg[3] && bg[1] == bg[2];
    m_scored.reserve(m_file.motifs.size());
    for (const Motif& motif : m_file.motifs) {
        if (motif.probabilities.empty() || motif.probabilities.size() > kMaximumWidth)
            throw InputError("", 0, "motif " + motif.id + " is " + std::to_string(motif.probabilities.size())
                                        + " positions wide; the scanner takes motifs of 1 to "
                                        + std::to_string(kMaximumWidth) + " positions");
        try {
            PositionWeightMatrix forward = logOddsMatrix(motif, bg, options.pseudocount);
            PositionWeightMatrix reverse = reverseComplementMatrix(forward);
            std::vector<Scored::Strand> strands;
            strands.emplace_back(forward, bg, options);
            strands.push_back(symmetric ? strands.front().reverseComplemented() : Scored::Strand(reverse, bg, options));
            m_scored.push_back({std::move(forward), std::move(reverse), std::move(strands)});
        } catch (const InputError& error) {
            throw InputError("", 0, "motif " + motif.id + ": " + error.reason());
        }
    }
}

MotifScanner::~MotifScanner() = default;
MotifScanner::MotifScanner(MotifScanner&&) noexcept = default;
MotifScanner& MotifScanner::operator=(MotifScanner&&) noexcept = default;

std::size_t MotifScanner::motifCount() const
{
    return m_file.motifs.size();
}

const Motif& MotifScanner::motif(std::size_t index) const
{
    return m_file.motifs.at(index);
}

const PositionWeightMatrix& MotifScanner::matrix(std::size_t index) const
{
    return m_scored.at(index).forward;
}

const std::array<double, 4>& MotifScanner::background() const
{
    return m_file.background;
}

const MotifScanOptions& MotifScanner::options() const
{
    return m_options;
}

double MotifScanner::scoreThreshold(std::size_t index) const
{
    return static_cast<double>(m_scored.at(index).strands.front().thresholdUnits) * m_options.scoreResolution;
}

std::vector<MotifHit> MotifScanner::scan(std::string_view sequence) const
{
    std::vector<unsigned char> bases(sequence.size());
    // invalidBefore[i] = how many of the first i characters are not A, C, G or T, so a window
    // is checked for them in constant time.
    std::vector<std::size_t> invalidBefore(sequence.size() + 1, 0);
    for (std::size_t i = 0; i < sequence.size(); ++i) {
        bases[i] = baseIndex(sequence[i]);
        invalidBefore[i + 1] = invalidBefore[i] + (bases[i] == kNotABase ? 1 : 0);
    }

    std::vector<MotifHit> hits;
    for (std::size_t m = 0; m < m_scored.size(); ++m) {
        const Scored& scored = m_scored[m];
        const std::size_t width = scored.forward.size();
        if (width > sequence.size())
            continue;
        for (std::size_t start = 0; start + width <= sequence.size(); ++start) {
            if (invalidBefore[start + width] != invalidBefore[start])
                continue;
            for (const bool reverseStrand : {false, true}) {
                const Scored::Strand& scorer = scored.strands[reverseStrand ? 1 : 0];
                long long units = 0;
                for (std::size_t i = 0; i < width; ++i)
                    units += scorer.rounded[i][bases[start + i]];
                if (units < scorer.thresholdUnits)
                    continue;
                const PositionWeightMatrix& matrix = reverseStrand ? scored.reverse : scored.forward;
                MotifHit hit;
                hit.motifIndex = m;
                hit.motifId = m_file.motifs[m].id;
                hit.motifName = m_file.motifs[m].name;
                hit.start = start;
                hit.length = width;
                hit.reverseStrand = reverseStrand;
                for (std::size_t i = 0; i < width; ++i)
                    hit.score += matrix[i][bases[start + i]];
                hit.pValue = scorer.tailAboveThreshold[static_cast<std::size_t>(units - scorer.thresholdUnits)];
                hits.push_back(std::move(hit));
            }
        }
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const MotifHit& a, const MotifHit& b) { return a.start < b.start; });
    return hits;
}

}  // namespace promoterlab
