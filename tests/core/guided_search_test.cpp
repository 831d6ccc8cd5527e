// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of guided search: a linear model whose optimum is known by hand, constraints on every
// output, seeds, unplaceable starts, the shipped model, progress and cancellation.
#include "promoterlab/errors.h"
#include "promoterlab/guided_search.h"
#include "promoterlab/insert_corruption.h"
#include "shipped_model.h"
#include "test_tables.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace promoterlab;

namespace {

constexpr char kBases[] = {'A', 'C', 'G', 'T'};
const std::string kLeft = "ACGTA";
const std::string kRight = "TTGCA";
constexpr int kInsertLength = 30;  // the linear fixture takes exactly 40 nt

const Predictor& linearPredictor()
{
    static const Predictor predictor(Model::load(test::fixturePath("mutagenesis/linear.pt")));
    return predictor;
}

double predictConstruct(const Predictor& predictor, const std::string& construct)
{
    return predictor.predict({construct}).front().expression;
}

// The linear model read off independently: the expression of a reference insert, and what each
// base at each position adds relative to it, from predictions of single mutants.
struct LinearInsertModel {
    std::string reference;
    double referenceExpression = 0;
    double contribution[4][kInsertLength] = {};  // 0 for the reference's own base

    LinearInsertModel()
        : reference(kInsertLength, 'A')
    {
        const auto& predictor = linearPredictor();
        referenceExpression = predictConstruct(predictor, kLeft + reference + kRight);
        for (int b = 0; b < 4; ++b)
            for (int p = 0; p < kInsertLength; ++p) {
                std::string mutant = reference;
                mutant[static_cast<std::size_t>(p)] = kBases[b];
                contribution[b][p] = predictConstruct(predictor, kLeft + mutant + kRight) - referenceExpression;
            }
    }

    std::string highest() const
    {
        std::string best = reference;
        for (int p = 0; p < kInsertLength; ++p)
            for (int b = 0; b < 4; ++b)
                if (contribution[b][p] > contribution[std::string("ACGT").find(best[static_cast<std::size_t>(p)])][p])
                    best[static_cast<std::size_t>(p)] = kBases[b];
        return best;
    }

    double expression(const std::string& insert) const
    {
        double total = referenceExpression;
        for (int p = 0; p < kInsertLength; ++p)
            total += contribution[std::string("ACGT").find(insert[static_cast<std::size_t>(p)])][p];
        return total;
    }
};

DesignConstraints linearFlanks()
{
    DesignConstraints constraints;
    constraints.leftFlank = kLeft;
    constraints.rightFlank = kRight;
    return constraints;
}

bool strictlyDecreasing(const std::vector<double>& values)
{
    for (std::size_t i = 1; i < values.size(); ++i)
        if (!(values[i] < values[i - 1]))
            return false;
    return true;
}

void checkEveryConstraint(const std::vector<DesignResult>& results, const DesignConstraints& constraints)
{
    for (std::size_t i = 0; i < results.size(); ++i) {
        CAPTURE(i, results[i].insert);
        CHECK(results[i].satisfiesConstraints);
        CHECK(results[i].violations.empty());
        CHECK(checkDesign(results[i].insert, constraints).empty());
        for (std::size_t j = 0; j < i; ++j)
            CHECK(hammingDistance(results[i].insert, results[j].insert) >= constraints.minDistance);
    }
}

}  // namespace

TEST_CASE("Greedy search reaches a reachable target, every accepted step lowering the error")
{
    const LinearInsertModel linear;
    const std::string highest = linear.highest();
    GuidedSearchOptions options;
    options.target = linear.referenceExpression + 0.6 * (linear.expression(highest) - linear.referenceExpression);
    options.tolerance = 0.05;
    const auto results = guidedSearch(linearPredictor(), {linear.reference}, linearFlanks(), options);
    REQUIRE(results.size() == 1);
    const auto& result = results.front();
    CHECK(result.error < 0.05);
    CHECK(result.target == options.target);
    CHECK(result.predicted == Approx(linear.expression(result.insert)).margin(1e-4));
    CHECK(result.predicted == Approx(predictConstruct(linearPredictor(), kLeft + result.insert + kRight)).margin(1e-6));
    CHECK(result.error == Approx(std::abs(result.predicted - options.target)));
    REQUIRE(result.errors.size() >= 2);
    CHECK(result.errors.size() - 1 == static_cast<std::size_t>(hammingDistance(result.insert, linear.reference)));
    CHECK(strictlyDecreasing(result.errors));
    CHECK(result.satisfiesConstraints);
}

TEST_CASE("Greedy search toward an unreachable target ends at the best insert worked out by hand")
{
    const LinearInsertModel linear;
    const std::string highest = linear.highest();
    GuidedSearchOptions options;
    options.target = 40;  // far above anything the model predicts
    const auto result = guidedSearch(linearPredictor(), {linear.reference}, linearFlanks(), options).front();
    CHECK(result.insert == highest);
    CHECK(result.predicted == Approx(linear.expression(highest)).margin(1e-4));
    CHECK(result.error == Approx(40 - linear.expression(highest)).margin(1e-4));
    CHECK(strictlyDecreasing(result.errors));
    CHECK(result.gc == Approx(static_cast<double>(std::count_if(highest.begin(), highest.end(), [](char b) {
                                  return b == 'G' || b == 'C';
                              })) / kInsertLength));
}

TEST_CASE("Every design of greedy and annealing runs satisfies every constraint")
{
    const LinearInsertModel linear;
    auto constraints = linearFlanks();
    constraints.gcMin = 0.4;
    constraints.gcMax = 0.6;
    constraints.maxHomopolymer = 3;
    constraints.forbiddenMotifs = {"GGTCTC", "GAATTC", "CGTCTC"};
    constraints.minDistance = 6;
    std::mt19937_64 random(5);
    std::vector<std::string> starts;
    for (int i = 0; i < 6; ++i)
        starts.push_back(randomInsert(kInsertLength, random));
    starts[1] = starts[0];                                 // too close: must be spread
    starts[2].replace(4, 6, "GAATTC");                     // a forbidden site: must be repaired
    starts[3] = std::string(kInsertLength, 'A');           // no GC and one long run
    constraints.exclude = {linear.highest()};
    const double target = linear.expression(linear.highest()) + 5;  // pushes toward the excluded optimum

    for (const auto method : {SearchMethod::Greedy, SearchMethod::Annealing}) {
        GuidedSearchOptions options;
        options.method = method;
        options.target = target;
        options.maxRounds = 60;
        options.seed = 9;
        const auto results = guidedSearch(linearPredictor(), starts, constraints, options);
        REQUIRE(results.size() == starts.size());
        checkEveryConstraint(results, constraints);
        for (const auto& result : results) {
            CHECK(result.insert != linear.highest());
            CHECK(result.predicted == Approx(linear.expression(result.insert)).margin(1e-4));
            if (method == SearchMethod::Greedy)
                CHECK(strictlyDecreasing(result.errors));
        }
    }
}

TEST_CASE("Annealing with a seed is reproducible and another seed takes another path")
{
    const LinearInsertModel linear;
    std::mt19937_64 random(2);
    const std::vector<std::string> starts = {randomInsert(kInsertLength, random), randomInsert(kInsertLength, random)};
    GuidedSearchOptions options;
    options.method = SearchMethod::Annealing;
    options.target = linear.referenceExpression + 1;
    options.targets = {options.target, options.target - 1};
    options.tolerance = 0;
    options.maxRounds = 30;
    options.mutantsPerRound = 8;
    options.startTemperature = 1;
    options.seed = 21;
    const auto first = guidedSearch(linearPredictor(), starts, linearFlanks(), options);
    const auto again = guidedSearch(linearPredictor(), starts, linearFlanks(), options);
    REQUIRE(first.size() == 2);
    CHECK(first[1].target == options.target - 1);
    for (std::size_t i = 0; i < first.size(); ++i) {
        CHECK(again[i].insert == first[i].insert);
        CHECK(again[i].errors == first[i].errors);
        // Annealing keeps the best insert it met.
        CHECK(first[i].error == Approx(*std::min_element(first[i].errors.begin(), first[i].errors.end())));
        CHECK(first[i].error < first[i].errors.front());
    }
    options.seed = 22;
    const auto reseeded = guidedSearch(linearPredictor(), starts, linearFlanks(), options);
    CHECK(reseeded[0].errors != first[0].errors);
}

TEST_CASE("Greedy designs are the same searched together, across prediction chunks, or alone")
{
    // 200 walks of 90 mutants each fill more than one chunk of predictions per round.
    std::mt19937_64 random(8);
    std::vector<std::string> starts;
    for (int i = 0; i < 200; ++i)
        starts.push_back(randomInsert(kInsertLength, random));
    GuidedSearchOptions options;
    options.target = 40;
    options.maxRounds = 3;
    const auto together = guidedSearch(linearPredictor(), starts, linearFlanks(), options);
    REQUIRE(together.size() == 200);
    for (const std::size_t i : {0, 150, 199}) {
        const auto alone = guidedSearch(linearPredictor(), {starts[i]}, linearFlanks(), options).front();
        CHECK(alone.insert == together[i].insert);
        CHECK(alone.errors.size() == 4);
        CHECK(together[i].errors.size() == 4);
    }
}

TEST_CASE("A start that cannot be placed is reported with the reason, not dropped")
{
    // Only four bases per position: a fifth insert cannot differ from four others everywhere.
    auto constraints = linearFlanks();
    constraints.minDistance = kInsertLength;
    const std::vector<std::string> starts(5, std::string(kInsertLength, 'C'));
    GuidedSearchOptions options;
    options.maxRounds = 2;
    const auto results = guidedSearch(linearPredictor(), starts, constraints, options);
    REQUIRE(results.size() == 5);
    const auto unplaced = std::count_if(results.begin(), results.end(), [](const DesignResult& r) { return !r.satisfiesConstraints; });
    CHECK(unplaced >= 1);
    for (const auto& result : results)
        if (!result.satisfiesConstraints)
            CHECK(result.violations == "cannot be moved 30 substitutions away from the other designs (min_distance)");
    std::vector<DesignResult> placed;
    std::copy_if(results.begin(), results.end(), std::back_inserter(placed), [](const DesignResult& r) { return r.satisfiesConstraints; });
    checkEveryConstraint(placed, constraints);
}

TEST_CASE("Guided search with the shipped model lowers the error and scores constructs as predict does")
{
    const Predictor predictor(test::shippedModel());
    DesignConstraints constraints;
    // DREAM's adapters around an 80-nt insert; the model adds the plasmid upstream.
    constraints.leftFlank = "TGCATTTTTTTCACATC";
    constraints.rightFlank = "GGTTACGGCTGTT";
    constraints.forbiddenMotifs = forbiddenMotifPreset("BsaI")->motifs;
    constraints.gcMin = 0.35;
    constraints.gcMax = 0.6;
    std::mt19937_64 random(4);
    const std::vector<std::string> starts = {randomInsert(80, random), randomInsert(80, random)};
    GuidedSearchOptions options;
    options.target = 14;
    options.maxRounds = 2;
    std::size_t lastDone = 0, lastTotal = 0;
    const auto results = guidedSearch(predictor, starts, constraints, options, [&](std::size_t done, std::size_t total) {
        CHECK(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    });
    CHECK(lastDone == lastTotal);
    checkEveryConstraint(results, constraints);
    for (const auto& result : results) {
        CHECK(strictlyDecreasing(result.errors));
        CHECK(result.errors.size() >= 2);
        const double independent = predictor.predict({constraints.leftFlank + result.insert + constraints.rightFlank}).front().expression;
        CHECK(result.predicted == Approx(independent).margin(1e-4));
    }
}

TEST_CASE("Bad starts, options and constraints are refused before any search; cancel stops it")
{
    const auto constraints = linearFlanks();
    GuidedSearchOptions options;
    const std::string insert(kInsertLength, 'A');
    CHECK_THROWS_WITH(guidedSearch(linearPredictor(), {insert, insert + "A"}, constraints, options),
                      "input: start insert 2 has 31 nt where the first has 30; design inserts of one length at a time");
    CHECK_THROWS_WITH(guidedSearch(linearPredictor(), {insert + "A"}, constraints, options),
                      Catch::StartsWith("input: start insert 1 with its flanks cannot be fed to the model: "));
    CHECK_THROWS_WITH(guidedSearch(linearPredictor(), {"N" + insert.substr(1)}, constraints, options),
                      "input: start insert 1 holds a base other than A, C, G and T (upper case)");
    options.targets = {1, 2};
    CHECK_THROWS_AS(guidedSearch(linearPredictor(), {insert}, constraints, options), Error);
    options.targets.clear();
    auto contradictory = constraints;
    contradictory.gcMin = 0.9;
    contradictory.forbiddenMotifs = {"S"};
    CHECK_THROWS_AS(guidedSearch(linearPredictor(), {insert}, contradictory, options), InputError);
    CHECK(guidedSearch(linearPredictor(), {}, constraints, options).empty());

    CancellationToken cancel;
    options.target = 40;
    CHECK_THROWS_AS(guidedSearch(linearPredictor(), {insert}, constraints, options,
                                 [&](std::size_t done, std::size_t) {
                                     if (done > 0)
                                         cancel.cancel();
                                 },
                                 cancel),
                    Cancelled);
}
