// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of in silico mutagenesis: maps against independent predictions, planted motifs, estimates.
#include "promoterlab/bundled_data.h"
#include "promoterlab/errors.h"
#include "promoterlab/mutagenesis.h"
#include "test_tables.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <set>

using namespace promoterlab;

namespace {

std::shared_ptr<Model> defaultModel()
{
    return Model::load(resolveModelPath("default"));
}

std::string firstParityRead()
{
    return test::readTsv("parity/sequences.tsv").front().at("sequence");
}

// Every cell of the map against predict() on the mutated sequence, built here by hand.
void checkAgainstIndependentPredictions(const Predictor& predictor, const MutagenesisMap& map, const std::string& sequence,
                                        double tolerance = 1e-5)
{
    const std::string prepared = predictor.encoder().prepare(sequence);
    std::vector<std::string> mutants;
    std::vector<std::pair<int, int>> cells;
    for (int column = 0; column < map.columns(); ++column)
        for (int row = 0; row < 4; ++row) {
            if (kMapBases[row] == map.bases[static_cast<std::size_t>(column)])
                continue;
            std::string mutant = prepared;
            mutant[static_cast<std::size_t>(map.inputOffset + column)] = kMapBases[row];
            mutants.push_back(mutant);
            cells.emplace_back(row, column);
        }
    const auto reference = predictor.predict({sequence}).front();
    const auto predicted = predictor.predict(mutants);
    double largest = 0;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const auto [row, column] = cells[i];
        const double expected = predicted[i].expression - reference.expression;
        largest = std::max(largest, std::abs(map.delta(row, column) - expected));
    }
    CHECK(largest < tolerance);
}

}  // namespace

TEST_CASE("Every delta of a map equals an independent prediction of the mutated sequence")
{
    const auto model = defaultModel();
    const Predictor predictor(model);
    REQUIRE(predictor.averagesStrands());
    const std::string sequence = firstParityRead();
    const auto map = computeMutagenesisMap(predictor, "read", sequence);

    CHECK(map.columns() == static_cast<int>(sequence.size()));
    CHECK(map.sequenceOffset == 0);
    CHECK(map.inputOffset == predictor.encoder().length() - static_cast<int>(sequence.size()));
    CHECK(map.bases == sequence);
    checkAgainstIndependentPredictions(predictor, map, sequence);
    for (int column = 0; column < map.columns(); ++column)
        CHECK(map.delta(mapRow(map.bases[static_cast<std::size_t>(column)]), column) == 0.0);
}

TEST_CASE("A map with the flanks covers the whole input, the first and last positions included")
{
    const auto model = defaultModel();
    const Predictor predictor(model);
    const std::string sequence = firstParityRead();
    MutagenesisOptions options;
    options.includeFlanks = true;
    options.keepOutputs = true;
    const auto map = computeMutagenesisMap(predictor, "read", sequence, options);

    CHECK(map.columns() == predictor.encoder().length());
    CHECK(map.inputOffset == 0);
    CHECK(map.sequenceOffset == static_cast<int>(sequence.size()) - predictor.encoder().length());
    checkAgainstIndependentPredictions(predictor, map, sequence);
    // The kept outputs are the mutants' bin distributions: their expectation is the expression.
    const auto& outputs = map.outputs[static_cast<std::size_t>(mapRow(map.bases[0] == 'A' ? 'C' : 'A')) * map.bases.size()];
    REQUIRE(outputs.size() == 18);
    double expectation = 0;
    for (std::size_t bin = 0; bin < outputs.size(); ++bin)
        expectation += static_cast<double>(bin) * outputs[bin];
    CHECK(expectation == Approx(map.expression(mapRow(map.bases[0] == 'A' ? 'C' : 'A'), 0)).margin(1e-5));
}

TEST_CASE("Maps of the original DREAM 2022 network and of a forward-only predictor equal independent predictions")
{
    const auto sequence = firstParityRead();
    SECTION("DREAM 2022 architecture")
    {
        const Predictor predictor(Model::load(test::fixturePath("parity/dream2022_small.pth")));
        checkAgainstIndependentPredictions(predictor, computeMutagenesisMap(predictor, "read", sequence), sequence);
    }
    SECTION("optimized network without strand averaging")
    {
        PredictorOptions options;
        options.reverseComplementAveraging = false;
        options.batchSize = 7;
        const Predictor predictor(Model::load(test::fixturePath("parity/optimized_small.pth")), options);
        // This untrained network amplifies float32 rounding: its predictions of the same
        // sequences already move by 2.4e-5 between batch sizes 1 and 128.
        checkAgainstIndependentPredictions(predictor, computeMutagenesisMap(predictor, "read", sequence), sequence, 1e-4);
    }
}

TEST_CASE("An N in the sequence gets all four bases as mutants")
{
    const Predictor predictor(defaultModel());
    std::string sequence = firstParityRead();
    sequence[20] = 'N';
    const auto map = computeMutagenesisMap(predictor, "with N", sequence);
    for (int row = 0; row < 4; ++row)
        CHECK(map.delta(row, 20) != 0.0);
    checkAgainstIndependentPredictions(predictor, map, sequence);
}

TEST_CASE("The map of a model that only sees a planted TATAAA singles out the site's six positions")
{
    const Predictor predictor(Model::load(test::fixturePath("mutagenesis/planted_motif.pt")));
    const std::string sequence = "GCGCGCGCGCGCGCGCGCTATAAAGCGCGCGCGCGCGCGC";
    const int site = static_cast<int>(sequence.find("TATAAA"));
    const auto map = computeMutagenesisMap(predictor, "planted", sequence);

    // The site scores 1 on the forward strand and nothing on the reverse one: 0.5 averaged;
    // any substitution inside it loses the site.
    CHECK(map.reference.expression == Approx(0.5));
    const auto importance = referenceImportance(map);
    for (int column = 0; column < map.columns(); ++column) {
        const bool inSite = column >= site && column < site + 6;
        for (int row = 0; row < 4; ++row) {
            if (kMapBases[row] == map.bases[static_cast<std::size_t>(column)])
                continue;
            CHECK(map.delta(row, column) == Approx(inSite ? -0.5 : 0.0).margin(1e-6));
        }
        CHECK(importance[static_cast<std::size_t>(column)] == Approx(inSite ? 0.5 : 0.0).margin(1e-6));
    }
}

TEST_CASE("Gradient estimates are exact for a model linear in its input and are marked as estimates")
{
    const Predictor predictor(Model::load(test::fixturePath("mutagenesis/linear.pt")));
    const std::string sequence = "ACGTTGCAACGTNGCAACGTTGCAACGTTGCAACGTTGCA";
    const auto exact = computeMutagenesisMap(predictor, "linear", sequence);
    const auto estimate = estimateMutagenesisMap(predictor, "linear", sequence);

    CHECK_FALSE(exact.estimated);
    CHECK(estimate.estimated);
    REQUIRE(estimate.columns() == exact.columns());
    for (std::size_t cell = 0; cell < exact.deltas.size(); ++cell)
        CHECK(estimate.deltas[cell] == Approx(exact.deltas[cell]).margin(1e-5));
}

TEST_CASE("The gradient estimate of the planted-site model points at the site")
{
    const Predictor predictor(Model::load(test::fixturePath("mutagenesis/planted_motif.pt")));
    const std::string sequence = "GCGCGCGCGCGCGCGCGCTATAAAGCGCGCGCGCGCGCGC";
    const auto importance = referenceImportance(estimateMutagenesisMap(predictor, "planted", sequence));
    std::set<int> strongest;
    std::vector<int> order(importance.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return importance[a] > importance[b]; });
    strongest.insert(order.begin(), order.begin() + 6);
    CHECK(strongest == std::set<int>{18, 19, 20, 21, 22, 23});
}

TEST_CASE("Maps of many sequences arrive in order with progress over all mutants, and cancel")
{
    const Predictor predictor(defaultModel());
    const auto rows = test::readTsv("parity/sequences.tsv");
    std::vector<SequenceRecord> records;
    for (std::size_t i = 0; i < 3; ++i)
        records.push_back({"read" + std::to_string(i), rows[i].at("sequence")});
    // Three mutants per base, four for an N.
    std::size_t expectedTotal = 0;
    for (const auto& record : records)
        for (const char base : record.bases)
            expectedTotal += std::string("ACGTacgt").find(base) == std::string::npos ? 4 : 3;

    std::vector<std::size_t> delivered;
    std::size_t lastDone = 0, lastTotal = 0;
    computeMutagenesisMaps(
        predictor, records, {}, [&](std::size_t index, MutagenesisMap&& map) {
            delivered.push_back(index);
            CHECK(map.name == records[index].name);
        },
        [&](std::size_t done, std::size_t total) {
            CHECK(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        });
    CHECK(delivered == std::vector<std::size_t>{0, 1, 2});
    CHECK(lastTotal == expectedTotal);
    CHECK(lastDone == expectedTotal);

    CancellationToken cancel;
    std::size_t mapsBeforeCancel = 0;
    CHECK_THROWS_AS(computeMutagenesisMaps(
                        predictor, records, {}, [&](std::size_t, MutagenesisMap&&) { ++mapsBeforeCancel; },
                        [&](std::size_t done, std::size_t) {
                            if (done > expectedTotal / 2)
                                cancel.cancel();
                        },
                        cancel),
                    Cancelled);
    CHECK(mapsBeforeCancel == 1);
    // The same predictor maps them all again after a cancelled run.
    std::size_t mapsAfter = 0;
    computeMutagenesisMaps(predictor, records, {}, [&](std::size_t, MutagenesisMap&&) { ++mapsAfter; });
    CHECK(mapsAfter == records.size());
}

TEST_CASE("A sequence the model cannot read is named before any map is computed")
{
    const Predictor predictor(defaultModel());
    std::vector<SequenceRecord> records{{"good", firstParityRead()}, {"bad", "ACGTXACGT"}};
    records[1].line = 7;
    std::size_t delivered = 0;
    try {
        computeMutagenesisMaps(predictor, records, {}, [&](std::size_t, MutagenesisMap&&) { ++delivered; });
        FAIL("no error");
    } catch (const InputError& error) {
        CHECK(error.line() == 7);
        CHECK_THAT(error.what(), Catch::Contains("'bad'"));
    }
    CHECK(delivered == 0);
}
