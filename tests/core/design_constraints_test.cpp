// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of design constraints: checks against hand-made inserts, presets, the JSON file, up-front
// contradictions and repair verified by an independent naive checker.
#include "promoterlab/design_constraints.h"
#include "promoterlab/errors.h"
#include "promoterlab/insert_corruption.h"
#include "temporary_directory.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>

using namespace promoterlab;

namespace {

std::string reverseComplementOf(const std::string& bases)
{
    std::string result(bases.rbegin(), bases.rend());
    for (char& base : result)
        base = base == 'A' ? 'T' : base == 'T' ? 'A' : base == 'C' ? 'G' : 'C';
    return result;
}

// A second code path for plain ACGT motifs: substring search on both strands, longest run by
// counting, GC by counting.
bool naivelySatisfies(const std::string& insert, const DesignConstraints& constraints)
{
    const std::string construct = constraints.leftFlank + insert + constraints.rightFlank;
    for (const auto& motif : constraints.forbiddenMotifs)
        if (construct.find(motif) != std::string::npos || construct.find(reverseComplementOf(motif)) != std::string::npos)
            return false;
    // Runs that touch the insert count; a run wholly inside a fixed flank is nobody's to mend.
    const std::size_t insertStart = constraints.leftFlank.size();
    const std::size_t insertEnd = insertStart + insert.size();
    std::size_t runStart = 0;
    for (std::size_t i = 1; i <= construct.size(); ++i) {
        if (i < construct.size() && construct[i] == construct[runStart])
            continue;
        const bool touchesInsert = runStart < insertEnd && i > insertStart;
        if (constraints.maxHomopolymer > 0 && touchesInsert && static_cast<int>(i - runStart) > constraints.maxHomopolymer)
            return false;
        runStart = i;
    }
    const auto gc = std::count_if(insert.begin(), insert.end(), [](char b) { return b == 'G' || b == 'C'; });
    const double fraction = static_cast<double>(gc) / static_cast<double>(insert.size());
    return fraction >= constraints.gcMin - 1e-12 && fraction <= constraints.gcMax + 1e-12
        && std::find(constraints.exclude.begin(), constraints.exclude.end(), insert) == constraints.exclude.end();
}

std::vector<Violation::Kind> kindsOf(const std::vector<Violation>& violations)
{
    std::vector<Violation::Kind> kinds;
    for (const auto& violation : violations)
        kinds.push_back(violation.kind);
    return kinds;
}

std::string messageOf(const std::string& json, const std::string& source = "c.json")
{
    try {
        DesignConstraints::fromJson(json, source);
    } catch (const InputError& error) {
        return error.what();
    }
    return "accepted";
}

std::string validationMessage(const DesignConstraints& constraints, int length)
{
    try {
        validateConstraints(constraints, length, "c.json");
    } catch (const InputError& error) {
        return error.what();
    }
    return "accepted";
}

}  // namespace

TEST_CASE("Presets hold the Type IIS and BioBrick sites, found by name in any case")
{
    const auto siteOf = [](const std::string& name) {
        const auto* preset = forbiddenMotifPreset(name);
        REQUIRE(preset != nullptr);
        REQUIRE(preset->motifs.size() == 1);
        return preset->motifs.front();
    };
    CHECK(siteOf("BsaI") == "GGTCTC");
    CHECK(siteOf("bsmbi") == "CGTCTC");
    CHECK(siteOf("BbsI") == "GAAGAC");
    CHECK(siteOf("SapI") == "GCTCTTC");
    CHECK(siteOf("PaqCI") == "CACCTGC");
    CHECK(siteOf("EcoRI") == "GAATTC");
    const auto* rfc10 = forbiddenMotifPreset("RFC10");
    REQUIRE(rfc10 != nullptr);
    for (const char* site : {"GAATTC", "TCTAGA", "ACTAGT", "CTGCAG"})
        CHECK(std::count(rfc10->motifs.begin(), rfc10->motifs.end(), site) == 1);
    CHECK(forbiddenMotifPreset("NoSuchEnzyme") == nullptr);
    CHECK(forbiddenMotifPresets().size() >= 10);
}

TEST_CASE("A BsaI site on the reverse strand across the flank junction is a violation")
{
    DesignConstraints constraints;
    constraints.leftFlank = "TTTGAG";
    constraints.forbiddenMotifs = {"GGTCTC"};
    // GAG|ACC reads GGTCTC on the reverse strand, starting three bases into the left flank.
    const auto violations = checkDesign("ACCTTATTAT", constraints);
    REQUIRE(violations.size() == 1);
    CHECK(violations[0].kind == Violation::Kind::ForbiddenMotif);
    CHECK(violations[0].position == -3);
    CHECK(violations[0].length == 6);
    CHECK(violations[0].text == "BsaI site GGTCTC across the left flank's junction (reverse strand)");
    CHECK(satisfies("TCCTTATTAT", constraints));
}

TEST_CASE("GC limits count bases of the insert only, and the boundaries are allowed")
{
    DesignConstraints constraints;
    constraints.leftFlank = "GGGGGGGG";
    constraints.gcMin = 0.4;
    constraints.gcMax = 0.6;
    CHECK(satisfies("GCGCAAAAAA", constraints));  // 40 %
    CHECK(satisfies("GCGCGCAAAA", constraints));  // 60 %
    const auto low = checkDesign("GCGAAAAAAT", constraints);
    REQUIRE(low.size() == 1);
    CHECK(low[0].kind == Violation::Kind::GcContent);
    CHECK(low[0].excess == 1);
    CHECK(low[0].text == "GC 30 % is below the minimum 40 %");
    const auto high = checkDesign("GCGCGCGCGA", constraints);
    REQUIRE(high.size() == 1);
    CHECK(high[0].excess == 3);
}

TEST_CASE("Homopolymer runs are measured across the flank junction")
{
    DesignConstraints constraints;
    constraints.leftFlank = "CTTT";
    constraints.maxHomopolymer = 4;
    const auto violations = checkDesign("TTACGACGAC", constraints);
    REQUIRE(violations.size() == 1);
    CHECK(violations[0].kind == Violation::Kind::Homopolymer);
    CHECK(violations[0].position == -3);
    CHECK(violations[0].length == 5);
    CHECK(violations[0].excess == 1);
    CHECK(satisfies("TACGACGACA", constraints));
    CHECK(kindsOf(checkDesign("ACGAAAAAAC", constraints)) == std::vector{Violation::Kind::Homopolymer});
}

TEST_CASE("Excluded inserts are violations whatever their case")
{
    DesignConstraints constraints;
    constraints.exclude = {"acgtacgtac"};
    CHECK(kindsOf(checkDesign("ACGTACGTAC", constraints)) == std::vector{Violation::Kind::Excluded});
    CHECK(satisfies("ACGTACGTAA", constraints));
}

TEST_CASE("Repair makes random inserts satisfy every constraint, as a naive checker confirms")
{
    DesignConstraints constraints;
    constraints.leftFlank = "TGCATTTTTTTCACATC";
    constraints.rightFlank = "GGTTACGGCTGTT";
    constraints.gcMin = 0.45;
    constraints.gcMax = 0.55;
    constraints.maxHomopolymer = 5;  // the left flank's own run of 7 T is left alone
    for (const char* preset : {"RFC10", "BsaI", "BsmBI", "BbsI", "SapI", "PaqCI"})
        for (const auto& motif : forbiddenMotifPreset(preset)->motifs)
            constraints.forbiddenMotifs.push_back(motif);
    REQUIRE_NOTHROW(validateConstraints(constraints, 80));
    const DesignChecker checker(constraints);

    std::mt19937_64 random(3);
    int brokenBefore = 0;
    for (int trial = 0; trial < 200; ++trial) {
        // Skewed starts: AT-rich with planted sites and runs, so every kind needs repair.
        std::string insert = randomInsert(80, random);
        for (std::size_t i = 0; i < insert.size(); i += 3)
            insert[i] = trial % 2 ? 'A' : 'G';
        insert.replace(static_cast<std::size_t>(trial % 60), 6, trial % 3 ? "GAATTC" : "GAGACC");
        brokenBefore += naivelySatisfies(insert, constraints) ? 0 : 1;
        const auto repaired = repairDesign(insert, checker, random);
        REQUIRE(repaired.has_value());
        CHECK(naivelySatisfies(*repaired, constraints));
        CHECK(checker.satisfies(*repaired));
        CHECK(hammingDistance(insert, *repaired) <= 200);
    }
    CHECK(brokenBefore == 200);

    const std::string fine = "ACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGT";
    REQUIRE(checker.satisfies(fine));
    CHECK(repairDesign(fine, checker, random) == fine);
}

TEST_CASE("Repair gives up when no substitution can help")
{
    DesignConstraints everyBaseForbidden;
    everyBaseForbidden.forbiddenMotifs = {"A", "C"};  // with their complements T and G
    std::mt19937_64 random(1);
    CHECK_FALSE(repairDesign("ACGTACGT", everyBaseForbidden, random).has_value());
    DesignConstraints tooFewRounds;
    tooFewRounds.gcMin = 1;
    CHECK_FALSE(repairDesign("AAAAAAAA", tooFewRounds, random, 3).has_value());
    const auto allGc = repairDesign("AAAAAAAA", tooFewRounds, random, 8);
    REQUIRE(allGc.has_value());
    CHECK(allGc->find_first_not_of("GC") == std::string::npos);
}

TEST_CASE("A constraints file is read with presets, flanks and an exclusion file beside it")
{
    test::TemporaryDirectory folder;
    folder.write("made_before.fa", ">old1\nACGTACGTAC\n>old2\nttttccccgg\n");
    const std::string path = folder.write("c.json", R"({
        "gc_min": 0.3, "gc_max": 0.7, "max_homopolymer": 5,
        "forbidden_motifs": ["BsaI", "rfc10", "GCNNNNNNNGC"],
        "min_distance": 4, "exclude": "made_before.fa",
        "left_flank": "tgcatc", "right_flank": "GGTTAC"})");
    const auto constraints = DesignConstraints::load(path);
    CHECK(constraints.gcMin == 0.3);
    CHECK(constraints.gcMax == 0.7);
    CHECK(constraints.maxHomopolymer == 5);
    CHECK(constraints.minDistance == 4);
    CHECK(constraints.leftFlank == "TGCATC");
    CHECK(constraints.rightFlank == "GGTTAC");
    CHECK(constraints.forbiddenMotifs
          == std::vector<std::string>{"GGTCTC", "GAATTC", "TCTAGA", "ACTAGT", "CTGCAG", "GCGGCCGC", "GCNNNNNNNGC"});
    CHECK(constraints.exclude == std::vector<std::string>{"ACGTACGTAC", "TTTTCCCCGG"});

    const auto empty = DesignConstraints::fromJson("{}", "empty.json");
    CHECK(empty.gcMin == 0);
    CHECK(empty.gcMax == 1);
    CHECK(empty.maxHomopolymer == 0);
    CHECK(empty.forbiddenMotifs.empty());
}

TEST_CASE("Bad constraints files are rejected naming the file, the key and the fix")
{
    CHECK(messageOf(R"({"gc_min": 0.6, "gc_max": 0.4})") == "c.json: the GC range 60 %–40 % is empty or outside 0–100 % (gc_min must not exceed gc_max)");
    CHECK(messageOf(R"({"gc_max": 60})") == "c.json: 'gc_max' is a fraction from 0 to 1 (write 0.6 for 60 %), not 60");
    CHECK(messageOf(R"({"max_homopolymer": 0})") == "c.json: 'max_homopolymer' must be at least 1, not 0 (leave the key out for no limit)");
    CHECK(messageOf(R"({"min_distance": 2.5})") == "c.json: 'min_distance' must be a whole number, not 2.5");
    CHECK(messageOf(R"({"gc-min": 0.4})").find("c.json: unknown key 'gc-min' (known: gc_min,") == 0);
    CHECK(messageOf(R"({"forbidden_motifs": ["BsaX"]})").find("c.json: 'forbidden_motifs': 'BsaX' is neither an IUPAC pattern") == 0);
    CHECK(messageOf(R"({"forbidden_motifs": "GGTCTC"})") == "c.json: 'forbidden_motifs' must be a list of IUPAC patterns or preset names, not \"GGTCTC\"");
    CHECK(messageOf(R"({"left_flank": "ACGNT"})") == "c.json: left_flank may hold only A, C, G and T");
    CHECK(messageOf(R"({"left_flank": "AGGTCTCA", "forbidden_motifs": ["BsaI"]})")
          == "c.json: left_flank itself holds the BsaI site GGTCTC; no insert can remove it: change the flank or drop the motif");
    CHECK(messageOf("[1, 2]").find("c.json: design constraints must be a JSON object") == 0);
    CHECK(messageOf("{gc_min: 1}").find("c.json: not valid JSON") == 0);

    test::TemporaryDirectory folder;
    const std::string path = folder.write("c.json", R"({"exclude": "missing.fa"})");
    try {
        DesignConstraints::load(path);
        FAIL("a missing exclusion file was accepted");
    } catch (const InputError& error) {
        CHECK(error.file() == path);
        CHECK(error.reason().find("'exclude': ") == 0);
        CHECK(error.reason().find("missing.fa") != std::string::npos);
    }
}

TEST_CASE("Contradictions that depend on the insert length are caught up front")
{
    DesignConstraints noGc;
    noGc.gcMin = 0.9;
    noGc.forbiddenMotifs = {"S"};
    CHECK(validationMessage(noGc, 80).find("c.json: gc_min 90 % needs G or C, which the forbidden motifs rule out") == 0);
    noGc.forbiddenMotifs = {"G"};  // rules out C too, on the other strand
    CHECK(validationMessage(noGc, 80).find("needs G or C") != std::string::npos);

    DesignConstraints narrow;
    narrow.gcMin = 0.41;
    narrow.gcMax = 0.49;
    CHECK(validationMessage(narrow, 10) == "c.json: no 10-nt insert has a GC content between 41 % and 49 % (one G/C base is 10 %); widen the range");
    CHECK(validationMessage(narrow, 80) == "accepted");

    DesignConstraints longMotif;
    longMotif.forbiddenMotifs = {std::string(90, 'N')};
    CHECK(validationMessage(longMotif, 80) == "c.json: forbidden motif " + std::string(90, 'N')
                                                 + " (90 nt) is longer than the whole 80-nt construct, so it can never occur; remove it or check its length");
    longMotif.leftFlank = std::string(10, 'A') + "C";
    CHECK(validationMessage(longMotif, 80) == "accepted");  // it may span a junction

    DesignConstraints far;
    far.minDistance = 81;
    CHECK(validationMessage(far, 80).find("c.json: min_distance 81 exceeds the insert length 80") == 0);

    DesignConstraints everyBase;
    everyBase.forbiddenMotifs = {"M"};  // A and C, and so T and G: nothing is left
    CHECK(validationMessage(everyBase, 80).find("c.json: the forbidden motifs rule out every base") == 0);
}

TEST_CASE("Distances count differing positions and a length difference")
{
    CHECK(hammingDistance("ACGT", "ACGT") == 0);
    CHECK(hammingDistance("ACGT", "TCGA") == 2);
    CHECK(hammingDistance("ACGT", "ACGTAA") == 2);
    CHECK(farEnough("AAAA", {"AATT", "TTTT"}, 2));
    CHECK_FALSE(farEnough("AAAA", {"AATT", "AAAT"}, 2));
    CHECK(farEnough("AAAA", {}, 4));
}
