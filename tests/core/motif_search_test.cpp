// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of findMotif: hand-checked sites and agreement with a brute-force search over nucleotide sets.
#include "promoterlab/errors.h"
#include "promoterlab/motif_search.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace promoterlab;

namespace {

// The nucleotides behind each code, spelt out as in the IUPAC table.
std::set<char> expand(char code)
{
    switch (code) {
    case 'A': case 'a': return {'A'};
    case 'C': case 'c': return {'C'};
    case 'G': case 'g': return {'G'};
    case 'T': case 't': return {'T'};
    case 'R': case 'r': return {'A', 'G'};
    case 'Y': case 'y': return {'C', 'T'};
    case 'S': case 's': return {'C', 'G'};
    case 'W': case 'w': return {'A', 'T'};
    case 'K': case 'k': return {'G', 'T'};
    case 'M': case 'm': return {'A', 'C'};
    case 'B': case 'b': return {'C', 'G', 'T'};
    case 'D': case 'd': return {'A', 'G', 'T'};
    case 'H': case 'h': return {'A', 'C', 'T'};
    case 'V': case 'v': return {'A', 'C', 'G'};
    case 'N': case 'n': return {'A', 'C', 'G', 'T'};
    default: return {};
    }
}

std::set<char> complementSet(const std::set<char>& bases)
{
    std::set<char> result;
    for (char b : bases)
        result.insert(b == 'A' ? 'T' : b == 'T' ? 'A' : b == 'C' ? 'G' : 'C');
    return result;
}

bool contains(const std::set<char>& outer, const std::set<char>& inner)
{
    return std::includes(outer.begin(), outer.end(), inner.begin(), inner.end());
}

// Reads the reverse strand by complementing the sequence window (findMotif complements the
// pattern instead), so the two agree only if both follow the same rule.
std::vector<MotifMatch> bruteForce(const std::string& sequence, const std::string& pattern)
{
    const std::size_t m = pattern.size();
    bool palindromic = true;
    for (std::size_t i = 0; i < m; ++i)
        palindromic = palindromic && expand(pattern[i]) == complementSet(expand(pattern[m - 1 - i]));
    std::vector<MotifMatch> result;
    for (std::size_t start = 0; start + m <= sequence.size(); ++start) {
        bool forward = true;
        bool reverse = true;
        for (std::size_t i = 0; i < m; ++i) {
            const std::set<char> base = expand(sequence[start + i]);
            const std::set<char> reverseBase = complementSet(expand(sequence[start + m - 1 - i]));
            forward = forward && !base.empty() && contains(expand(pattern[i]), base);
            reverse = reverse && !reverseBase.empty() && contains(expand(pattern[i]), reverseBase);
        }
        if (forward)
            result.push_back({start, m, false});
        if (reverse && !palindromic)
            result.push_back({start, m, true});
    }
    return result;
}

}  // namespace

TEST_CASE("EcoRI GAATTC is found once per site although it reads the same on both strands")
{
    const std::vector<MotifMatch> expected{{2, 6, false}, {9, 6, false}};
    CHECK(findMotif("AAGAATTCAGAATTCT", "GAATTC") == expected);
    CHECK(findMotif("aagaattcagaattct", "gaattc") == expected);
}

TEST_CASE("TATAWAWR is found on the forward strand and through its reverse complement")
{
    CHECK(findMotif("GCTATAAAAGC", "TATAWAWR") == std::vector<MotifMatch>{{2, 8, false}});
    // GG + reverse complement of TATAAAAG + GG: the TATA box reads on the reverse strand.
    CHECK(findMotif("GGCTTTTATAGG", "TATAWAWR") == std::vector<MotifMatch>{{2, 8, true}});
}

TEST_CASE("N in the pattern matches any base, an N in the sequence only an N")
{
    // CCN forward at CCA; its reverse complement NGG at AGG but not at GGN.
    CHECK(findMotif("CCAGGNCC", "CCN") == std::vector<MotifMatch>{{0, 3, false}, {2, 3, true}});
    // GGN forward at GGN; NCC on the sequence's NCC.
    CHECK(findMotif("CCAGGNCC", "GGN") == std::vector<MotifMatch>{{3, 3, false}, {5, 3, true}});
    CHECK(findMotif("CCAGGNCC", "GGC").empty());
    // A character that is no nucleotide is matched by nothing, not even N.
    CHECK(findMotif("AXA", "N") == std::vector<MotifMatch>{{0, 1, false}, {2, 1, false}});
}

TEST_CASE("Overlapping occurrences are all reported")
{
    CHECK(findMotif("AAAA", "AA")
          == std::vector<MotifMatch>{{0, 2, false}, {1, 2, false}, {2, 2, false}});
    CHECK(findMotif("TTTT", "AA")
          == std::vector<MotifMatch>{{0, 2, true}, {1, 2, true}, {2, 2, true}});
}

TEST_CASE("A pattern longer than the sequence finds nothing")
{
    CHECK(findMotif("GAAT", "GAATTC").empty());
    CHECK(findMotif("", "A").empty());
}

TEST_CASE("Bad patterns are refused with the character and the allowed codes")
{
    CHECK_THROWS_AS(findMotif("ACGT", ""), InputError);
    try {
        findMotif("ACGT", "GAXTTC");
        FAIL("no exception");
    } catch (const InputError& error) {
        const std::string message = error.what();
        CHECK(message.find("'X'") != std::string::npos);
        CHECK(message.find("position 3") != std::string::npos);
        CHECK(message.find("A C G T R Y S W K M B D H V N") != std::string::npos);
    }
    CHECK_THROWS_WITH(findMotif("ACGT", "GA TC"), Catch::Contains("a space"));
}

TEST_CASE("findMotif agrees with a brute-force search over random sequences and patterns")
{
    std::mt19937 random(20240611);
    // Mostly plain bases so that patterns hit; some ambiguity, lower case and junk in sequences.
    const std::string sequenceAlphabet = "ACGTACGTACGTACGTacgtNRYX";
    const std::string patternAlphabet = "ACGTACGTACGTRYSWKMBDHVNacgtn";
    auto pick = [&random](const std::string& alphabet) {
        return alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(random)];
    };
    std::size_t reverseMatches = 0;
    std::size_t palindromeMatches = 0;
    for (int trial = 0; trial < 2000; ++trial) {
        std::string sequence(std::uniform_int_distribution<std::size_t>(0, 60)(random), 'A');
        for (char& c : sequence)
            c = pick(sequenceAlphabet);
        std::string pattern;
        const bool palindrome = trial % 10 == 0;
        if (palindrome) {
            // Half of plain bases, then its reverse complement: the single-report rule gets exercised.
            std::string half(std::uniform_int_distribution<std::size_t>(1, 3)(random), 'A');
            for (char& c : half)
                c = pick("ACGT");
            pattern = half;
            for (auto c = half.rbegin(); c != half.rend(); ++c)
                pattern += "TGCA"[std::string("ACGT").find(*c)];
        } else {
            pattern.assign(std::uniform_int_distribution<std::size_t>(1, 6)(random), 'A');
            for (char& c : pattern)
                c = pick(patternAlphabet);
        }
        const auto expected = bruteForce(sequence, pattern);
        INFO("sequence " << sequence << ", pattern " << pattern);
        REQUIRE(findMotif(sequence, pattern) == expected);
        reverseMatches += static_cast<std::size_t>(
            std::count_if(expected.begin(), expected.end(), [](const MotifMatch& m) { return m.reverseStrand; }));
        palindromeMatches += palindrome ? expected.size() : 0;
    }
    // The comparison meant something: both strands and palindromes were exercised.
    CHECK(reverseMatches > 100);
    CHECK(palindromeMatches > 50);
}
