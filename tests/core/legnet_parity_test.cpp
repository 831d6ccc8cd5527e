// SPDX-License-Identifier: GPL-3.0-or-later
// Parity with PyTorch: state_dicts in the official format give the expressions PyTorch computed.
//
// The fixtures under tests/data/parity come from tools/make_parity_fixtures.py, an independent
// PyTorch implementation with the official parameter names, run on 1,200 real reads from
// shared/data (DREAM demo training reads and Native80 reads, some with IUPAC codes or deletions).
#include "promoterlab/model.h"
#include "promoterlab/predictor.h"
#include "test_tables.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace promoterlab;

namespace {

struct Expected {
    double forward, reverse, expression;
    std::vector<double> probabilities;
};

void checkParity(const std::string& modelFile, const std::string& expectedFile, Architecture architecture)
{
    const auto sequences = test::readTsv("parity/sequences.tsv");
    std::map<std::string, Expected> expected;
    for (const auto& row : test::readTsv(expectedFile)) {
        Expected value{std::stod(row.at("expression_forward")), std::stod(row.at("expression_reverse")),
                       std::stod(row.at("expression")), {}};
        for (int bin = 0; bin < 18; ++bin)
            value.probabilities.push_back(std::stod(row.at("prob_" + std::to_string(bin))));
        expected[row.at("name")] = value;
    }
    REQUIRE(sequences.size() >= 1000);
    REQUIRE(expected.size() == sequences.size());

    const auto model = Model::load(test::fixturePath(modelFile));
    CHECK(model->manifest().architecture == architecture);
    CHECK(model->manifest().shape.blockSizes == std::vector<int>{64, 32, 32, 16, 16, 16, 16});
    std::vector<std::string> bases;
    for (const auto& row : sequences)
        bases.push_back(row.at("sequence"));
    PredictorOptions options;
    options.batchSize = 100;
    const auto predictions = Predictor(model, options).predict(bases);

    double worstExpression = 0, worstStrand = 0, worstProbability = 0;
    for (std::size_t i = 0; i < sequences.size(); ++i) {
        const auto& want = expected.at(sequences[i].at("name"));
        const auto& got = predictions[i];
        worstExpression = std::max(worstExpression, std::abs(got.expression - want.expression));
        worstStrand = std::max({worstStrand, std::abs(got.expressionForward - want.forward),
                                std::abs(got.expressionReverse - want.reverse)});
        for (int bin = 0; bin < 18; ++bin)
            worstProbability = std::max(worstProbability, std::abs(got.outputs[bin] - want.probabilities[bin]));
    }
    INFO("max |Δ| expression " << worstExpression << ", strand " << worstStrand << ", probability "
                                << worstProbability);
    // The bound is on the expression; single strands and probabilities carry the
    // float32 rounding of a different convolution order (PyTorch's own float32 result differs
    // from its float64 one by 6e-5 on these inputs), so their bounds are a little wider.
    CHECK(worstExpression <= 1e-4);
    CHECK(worstStrand <= 2e-4);
    CHECK(worstProbability <= 2e-5);
}

}  // namespace

TEST_CASE("Optimized LegNet state_dict from PyTorch predicts as PyTorch does")
{
    checkParity("parity/optimized_small.pth", "parity/expected_optimized.tsv", Architecture::LegNetOptimized);
}

TEST_CASE("Lightning checkpoint with a model. prefix predicts as the bare state_dict")
{
    checkParity("parity/optimized_small_lightning.ckpt", "parity/expected_optimized.tsv",
                Architecture::LegNetOptimized);
}

TEST_CASE("DREAM 2022 LegNet state_dict from PyTorch predicts as PyTorch does")
{
    checkParity("parity/dream2022_small.pth", "parity/expected_dream2022.tsv", Architecture::LegNetDream2022);
}

TEST_CASE("Full-size networks have the published parameter counts")
{
    // Penzar et al. 2023: 2,129,602 (optimized) and 1,852,846 (DREAM 2022) parameters.
    CHECK(Model::create(Manifest::legnetDefault(Architecture::LegNetOptimized))->parameterCount() == 2129602);
    CHECK(Model::create(Manifest::legnetDefault(Architecture::LegNetDream2022))->parameterCount() == 1852846);
}
