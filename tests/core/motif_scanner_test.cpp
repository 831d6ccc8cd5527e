// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of log-odds matrices, exact score p-values against brute-force enumeration, and two-strand scanning.
#include "promoterlab/errors.h"
#include "promoterlab/meme_reader.h"
#include "promoterlab/motif_scanner.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

using namespace promoterlab;

namespace {

constexpr double kResolution = 0.001;
const std::string kBases = "ACGT";

// A non-uniform background that is not its own complement (A ≠ T), so the reverse strand
// needs its own null distribution.
const std::array<double, 4> kSkewedBackground{0.35, 0.2, 0.25, 0.2};

Motif makeMotif(const std::string& id, std::vector<std::array<double, 4>> rows, double sites = 20)
{
    Motif motif;
    motif.id = id;
    motif.name = id;
    motif.probabilities = std::move(rows);
    motif.sites = sites;
    return motif;
}

// Eight positions with strong and weak columns and zeros, so scores are spread unevenly.
Motif eightWide()
{
    return makeMotif("EIGHT", {{0.0, 0.0, 0.1, 0.9},
                               {0.7, 0.1, 0.1, 0.1},
                               {0.25, 0.25, 0.25, 0.25},
                               {0.0, 0.5, 0.5, 0.0},
                               {0.05, 0.05, 0.85, 0.05},
                               {0.4, 0.0, 0.0, 0.6},
                               {0.1, 0.6, 0.2, 0.1},
                               {1.0, 0.0, 0.0, 0.0}});
}

Motif fiveWide()
{
    return makeMotif("FIVE", {{0.8, 0.1, 0.1, 0.0},
                              {0.1, 0.1, 0.1, 0.7},
                              {0.0, 0.9, 0.1, 0.0},
                              {0.3, 0.3, 0.2, 0.2},
                              {0.0, 0.0, 1.0, 0.0}},
                     0);
}

int baseIndex(char base)
{
    switch (base) {
    case 'A': case 'a': return 0;
    case 'C': case 'c': return 1;
    case 'G': case 'g': return 2;
    case 'T': case 't': return 3;
    default: return -1;
    }
}

std::string reverseComplementOf(const std::string& bases)
{
    std::string result(bases.rbegin(), bases.rend());
    for (char& c : result)
        c = kBases[3 - baseIndex(c)];
    return result;
}

// mt19937's output is fixed by the standard (unlike std::uniform_int_distribution and
// std::shuffle), so these sequences are the same on every platform.
std::string randomBases(std::size_t length, std::uint32_t seed)
{
    std::mt19937 random(seed);
    std::string bases;
    for (std::size_t i = 0; i < length; ++i)
        bases += kBases[random() % 4];
    return bases;
}

std::string shuffled(std::string bases, std::uint32_t seed)
{
    std::mt19937 random(seed);
    for (std::size_t i = bases.size() - 1; i > 0; --i)
        std::swap(bases[i], bases[random() % (i + 1)]);
    return bases;
}

long long roundedUnits(const PositionWeightMatrix& matrix, const std::string& window)
{
    long long units = 0;
    for (std::size_t i = 0; i < window.size(); ++i)
        units += std::llround(matrix[i][static_cast<std::size_t>(baseIndex(window[i]))] / kResolution);
    return units;
}

double realScore(const PositionWeightMatrix& matrix, const std::string& window)
{
    double score = 0;
    for (std::size_t i = 0; i < window.size(); ++i)
        score += matrix[i][static_cast<std::size_t>(baseIndex(window[i]))];
    return score;
}

const MotifHit* findHit(const std::vector<MotifHit>& hits, const std::string& name, std::size_t start, bool reverse)
{
    for (const MotifHit& hit : hits)
        if (hit.motifName == name && hit.start == start && hit.reverseStrand == reverse)
            return &hit;
    return nullptr;
}

std::size_t countHits(const std::vector<MotifHit>& hits, const std::string& name)
{
    std::size_t count = 0;
    for (const MotifHit& hit : hits)
        count += hit.motifName == name ? 1 : 0;
    return count;
}

}  // namespace

TEST_CASE("Log-odds entries are log2 of the pseudocounted probability over the background")
{
    // Values worked out separately: log2(((p·N + 0.1·b) / (N + 0.1)) / b).
    const Motif sure = makeMotif("M", {{0.0, 0.0, 0.0, 1.0}}, 90);
    CHECK(logOddsMatrix(sure, {0.25, 0.25, 0.25, 0.25}, 0.1)[0][3] == Approx(1.998798588376742));

    // Without nsites= the matrix counts as 20 sites.
    const Motif half = makeMotif("M", {{0.0, 0.5, 0.25, 0.25}}, 0);
    const PositionWeightMatrix matrix = logOddsMatrix(half, {0.3, 0.2, 0.2, 0.3}, 0.1);
    CHECK(matrix[0][0] == Approx(-7.651051691178929));
    CHECK(matrix[0][1] == Approx(1.3176151020162794));
    CHECK(std::isfinite(matrix[0][0]));

    CHECK_THROWS_AS(logOddsMatrix(half, {0.3, 0.2, 0.2, 0.3}, 0.0), InputError);
}

TEST_CASE("The reverse-complement matrix scores a window as the forward matrix scores its reverse complement")
{
    const PositionWeightMatrix forward = logOddsMatrix(eightWide(), kSkewedBackground, 0.1);
    const PositionWeightMatrix reverse = reverseComplementMatrix(forward);
    const std::string bases = randomBases(200, 11);
    for (std::size_t start = 0; start + 8 <= bases.size(); ++start) {
        const std::string window = bases.substr(start, 8);
        CHECK(realScore(reverse, window) == Approx(realScore(forward, reverseComplementOf(window))));
    }
}

TEST_CASE("Exact p-values equal brute-force enumeration of all 4^8 sequences")
{
    const PositionWeightMatrix matrix = logOddsMatrix(eightWide(), kSkewedBackground, 0.1);
    const ScoreDistribution distribution(matrix, kSkewedBackground, kResolution);

    // Probability mass of every rounded score and of every real score, sequence by sequence.
    std::map<long long, double> massByUnits;
    std::map<double, double> massByScore;
    for (std::uint32_t code = 0; code < (1u << 16); ++code) {
        std::string window;
        double probability = 1;
        for (int i = 0; i < 8; ++i) {
            const std::size_t base = (code >> (2 * i)) & 3u;
            window += kBases[base];
            probability *= kSkewedBackground[base];
        }
        massByUnits[roundedUnits(matrix, window)] += probability;
        massByScore[realScore(matrix, window)] += probability;
    }

    SECTION("for every rounded score, and between rounded scores")
    {
        double tail = 0;
        long long above = 0;
        for (auto it = massByUnits.rbegin(); it != massByUnits.rend(); ++it) {
            const double tailAbove = tail;
            tail += it->second;
            CHECK(distribution.pValue(static_cast<double>(it->first) * kResolution) == Approx(tail).epsilon(1e-9));
            if (it != massByUnits.rbegin() && above > it->first + 1)
                CHECK(distribution.pValue((static_cast<double>(it->first) + 1.5) * kResolution)
                      == Approx(tailAbove).epsilon(1e-9));
            above = it->first;
        }
        CHECK(tail == Approx(1.0));
        CHECK(distribution.maximumScore() == Approx(static_cast<double>(massByUnits.rbegin()->first) * kResolution));
        CHECK(distribution.pValue(distribution.maximumScore() + kResolution) == 0);
        CHECK(distribution.pValue(-1000) == 1);
    }

    SECTION("for real scores wherever rounding cannot move a sequence across the threshold")
    {
        // Each rounded score is within 8 × resolution / 2 of the real one, so a threshold in a
        // gap wider than 8 × resolution between real scores splits the sequences alike.
        int compared = 0;
        double tail = 0;
        double higher = 0;
        for (auto it = massByScore.rbegin(); it != massByScore.rend(); ++it) {
            if (it != massByScore.rbegin() && higher - it->first > 8 * kResolution) {
                const double threshold = (higher + it->first) / 2;
                CHECK(distribution.pValue(threshold) == Approx(tail).epsilon(1e-9));
                ++compared;
            }
            tail += it->second;
            higher = it->first;
        }
        CHECK(compared > 100);
    }

    SECTION("the score threshold of a p-value is the lowest rounded score that rare")
    {
        for (double p : {1e-2, 1e-3, 1e-4}) {
            double tail = 0;
            long long lowest = massByUnits.rbegin()->first + 1;
            for (auto it = massByUnits.rbegin(); it != massByUnits.rend(); ++it) {
                tail += it->second;
                if (tail > p)
                    break;
                lowest = it->first;
            }
            CHECK(distribution.scoreThreshold(p) == Approx(static_cast<double>(lowest) * kResolution));
        }
    }
}

TEST_CASE("Scanner hits are exactly the windows whose exact p-value is under the threshold, on both strands")
{
    const double threshold = GENERATE(1e-2, 1e-3);
    const bool skewed = GENERATE(true, false);
    const std::array<double, 4> background = skewed ? kSkewedBackground : std::array<double, 4>{0.25, 0.25, 0.25, 0.25};
    MotifFile file;
    file.motifs = {eightWide(), fiveWide()};
    file.background = background;
    MotifScanOptions options;
    options.pValueThreshold = threshold;
    const MotifScanner scanner(file, options);

    std::string sequence = randomBases(3000, 3);
    sequence[100] = 'N';
    sequence[250] = '-';
    for (std::size_t i = 300; i < 400; ++i)
        sequence[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(sequence[i])));

    // The reverse strand, found independently: the forward matrix over the reverse complement of
    // each window, with p-values under the complemented background.
    const std::array<double, 4> complemented{background[3], background[2], background[1], background[0]};
    using Key = std::tuple<std::size_t, std::size_t, bool>;
    std::map<Key, std::pair<double, double>> expected;  // score, p-value
    for (std::size_t m = 0; m < file.motifs.size(); ++m) {
        const PositionWeightMatrix matrix = logOddsMatrix(file.motifs[m], background, options.pseudocount);
        const ScoreDistribution forward(matrix, background, kResolution);
        const ScoreDistribution reverse(matrix, complemented, kResolution);
        const std::size_t width = matrix.size();
        for (std::size_t start = 0; start + width <= sequence.size(); ++start) {
            const std::string window = sequence.substr(start, width);
            if (window.find_first_not_of("ACGTacgt") != std::string::npos)
                continue;
            for (const bool onReverse : {false, true}) {
                const std::string read = onReverse ? reverseComplementOf(window) : window;
                const double rounded = static_cast<double>(roundedUnits(matrix, read)) * kResolution;
                const double p = (onReverse ? reverse : forward).pValue(rounded);
                if (p <= threshold)
                    expected[{m, start, onReverse}] = {realScore(matrix, read), p};
            }
        }
    }

    const std::vector<MotifHit> hits = scanner.scan(sequence);
    CHECK(hits.size() == expected.size());
    CHECK(hits.size() >= 5);
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const MotifHit& hit = hits[i];
        if (i > 0)
            CHECK(hits[i - 1].start <= hit.start);
        const auto it = expected.find({hit.motifIndex, hit.start, hit.reverseStrand});
        REQUIRE(it != expected.end());
        CHECK(hit.length == file.motifs[hit.motifIndex].probabilities.size());
        CHECK(hit.motifName == file.motifs[hit.motifIndex].name);
        CHECK(hit.score == Approx(it->second.first));
        CHECK(hit.pValue == Approx(it->second.second).epsilon(1e-9));
        CHECK(hit.start + hit.length <= sequence.size());
    }
}

TEST_CASE("Scanner finds a planted site in either case and skips windows holding N")
{
    MotifFile file;
    file.motifs = {eightWide()};
    // Eight sequences tie for eightWide()'s best score (its uniform and its C-or-G positions),
    // so no window is rarer than 8 / 4^8 ≈ 1.2e-4.
    MotifScanOptions options;
    options.pValueThreshold = 1e-3;
    const MotifScanner scanner(file, options);
    // The most likely base at each position of eightWide().
    const std::string consensus = "TAACGTCA";
    std::string sequence = "GGGGGGGGGG" + consensus + "GGGGGGGGGG";
    const std::vector<MotifHit> upper = scanner.scan(sequence);
    REQUIRE(findHit(upper, "EIGHT", 10, false) != nullptr);

    std::string lower = sequence;
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::vector<MotifHit> lowerHits = scanner.scan(lower);
    REQUIRE(lowerHits.size() == upper.size());
    CHECK(lowerHits.front().score == upper.front().score);

    sequence[13] = 'N';
    for (const MotifHit& hit : scanner.scan(sequence))
        CHECK((hit.start > 13 || hit.start + hit.length <= 13));
    CHECK(findHit(scanner.scan(sequence), "EIGHT", 10, false) == nullptr);
    CHECK(scanner.scan("").empty());
    CHECK(scanner.scan("TAAC").empty());
}

TEST_CASE("A motif too short to reach the p-value threshold never hits")
{
    MotifFile file;
    // Even its best 3-mer turns up once in 4^3 random windows, far above 1e-4.
    file.motifs = {makeMotif("SHORT", {{0, 0, 0, 1}, {0, 0, 0, 1}, {0, 0, 0, 1}})};
    const MotifScanner scanner(file);
    double best = 0;
    for (const auto& row : scanner.matrix(0))
        best += *std::max_element(row.begin(), row.end());
    CHECK(scanner.scoreThreshold(0) > best);
    CHECK(scanner.scan("TTTTTTTTTT").empty());
}

TEST_CASE("Scanner refuses options, backgrounds and matrices out of range with the motif named")
{
    MotifFile file;
    file.motifs = {fiveWide()};
    MotifScanOptions options;
    options.pValueThreshold = 0;
    CHECK_THROWS_AS(MotifScanner(file, options), InputError);
    options = {};
    options.pValueThreshold = 1.5;
    CHECK_THROWS_AS(MotifScanner(file, options), InputError);
    options = {};
    options.scoreResolution = 0;
    CHECK_THROWS_AS(MotifScanner(file, options), InputError);
    options = {};
    options.pseudocount = -1;
    CHECK_THROWS_AS(MotifScanner(file, options), InputError);
    options = {};
    options.scoreResolution = 1e-9;
    CHECK_THROWS_WITH(MotifScanner(file, options), Catch::Contains("FIVE") && Catch::Contains("coarser"));

    file.background = {0.5, 0.5, 0.5, 0.5};
    CHECK_THROWS_WITH(MotifScanner(file), Catch::Contains("sum to 1"));
    file.background = {1.0, 0.0, 0.0, 0.0};
    CHECK_THROWS_AS(MotifScanner(file), InputError);
    file.background = {0.25, 0.25, 0.25, 0.25};
    file.motifs.push_back(makeMotif("EMPTY", {}));
    CHECK_THROWS_WITH(MotifScanner(file), Catch::Contains("EMPTY"));
}

TEST_CASE("JASPAR REB1 and GCN4 sites planted in a random promoter are found on the right strand, and not after shuffling")
{
    const MotifScanner scanner(readMemeFile(bundledMotifFilePath()));
    REQUIRE(scanner.motifCount() == 178);

    std::string sequence = randomBases(150, 2024);
    // REB1's consensus (TTACCCG, with the flanking G of MA0363.3) on the forward strand, and
    // GCN4's TGACTCAT written as its reverse complement, so it reads on the reverse strand.
    sequence.replace(40, 9, "GTTACCCGG");
    sequence.replace(100, 8, reverseComplementOf("TGACTCAT"));

    const std::vector<MotifHit> hits = scanner.scan(sequence);
    const MotifHit* reb1 = findHit(hits, "REB1", 40, false);
    REQUIRE(reb1 != nullptr);
    CHECK(reb1->length == 9);
    CHECK(reb1->motifId == "MA0363.3");
    CHECK(reb1->pValue < 1e-5);
    CHECK(reb1->score > 10);

    const MotifHit* gcn4 = findHit(hits, "GCN4", 100, true);
    REQUIRE(gcn4 != nullptr);
    CHECK(gcn4->length == 8);
    CHECK(gcn4->pValue < 1e-4);
    for (const MotifHit& hit : hits)
        CHECK(hit.pValue <= 1e-4);

    const std::vector<MotifHit> control = scanner.scan(shuffled(sequence, 7));
    CHECK(countHits(control, "REB1") == 0);
    CHECK(countHits(control, "GCN4") == 0);
}
