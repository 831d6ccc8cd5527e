// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of EnsemblePredictor: averages, spread and refusal of incompatible models.
#include "promoterlab/ensemble.h"
#include "promoterlab/errors.h"
#include "test_tables.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace promoterlab;

TEST_CASE("An ensemble averages its members and reports their spread")
{
    const std::shared_ptr<const Model> small = Model::load(test::fixturePath("models/tiny_optimized.pth"));
    const std::shared_ptr<const Model> other = Model::load(test::fixturePath("parity/optimized_small.pth"));
    std::vector<std::string> reads;
    for (const auto& row : test::readTsv("parity/sequences.tsv")) {
        reads.push_back(row.at("sequence"));
        if (reads.size() == 12)
            break;
    }
    const auto first = Predictor(small).predict(reads);
    const auto second = Predictor(other).predict(reads);
    const auto together = EnsemblePredictor({small, other}, {}).predict(reads);
    for (std::size_t i = 0; i < reads.size(); ++i) {
        CHECK(together[i].mean.expression == Approx((first[i].expression + second[i].expression) / 2));
        // For two members the population standard deviation is half their difference.
        CHECK(together[i].spread == Approx(std::abs(first[i].expression - second[i].expression) / 2));
        CHECK(together[i].memberExpressions == std::vector<double>{first[i].expression, second[i].expression});
        CHECK(together[i].mean.outputs[5] == Approx((first[i].outputs[5] + second[i].outputs[5]) / 2));
    }
}

TEST_CASE("An ensemble refuses models whose outputs cannot be averaged")
{
    const std::shared_ptr<const Model> bins = Model::load(test::fixturePath("models/tiny_optimized.pth"));
    const std::shared_ptr<const Model> scalar = Model::load(test::fixturePath("torchscript/regressor.pt"));
    CHECK_THROWS_WITH(EnsemblePredictor({bins, scalar}, {}), Catch::Contains("cannot be averaged"));
    CHECK_THROWS_AS(EnsemblePredictor({}, {}), Error);
}
