// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of Predictor: strand averaging, batching, progress, cancellation and bad sequences.
#include "promoterlab/errors.h"
#include "promoterlab/predictor.h"
#include "test_tables.h"

#include <catch2/catch.hpp>

using namespace promoterlab;

namespace {

std::shared_ptr<Model> tinyModel()
{
    return Model::load(test::fixturePath("models/tiny_optimized.pth"));
}

std::vector<std::string> reads(std::size_t count)
{
    std::vector<std::string> result;
    for (const auto& row : test::readTsv("parity/sequences.tsv")) {
        result.push_back(row.at("sequence"));
        if (result.size() == count)
            break;
    }
    return result;
}

}  // namespace

TEST_CASE("Strand averaging is the mean of the forward prediction and that of the reverse complement")
{
    const auto model = tinyModel();
    const auto sequences = reads(10);
    const auto averaged = Predictor(model).predict(sequences);

    PredictorOptions forwardOnly;
    forwardOnly.reverseComplementAveraging = false;
    const auto forward = Predictor(model, forwardOnly).predict(sequences);
    for (std::size_t i = 0; i < sequences.size(); ++i) {
        CHECK(averaged[i].hasStrands);
        CHECK_FALSE(forward[i].hasStrands);
        CHECK(averaged[i].expressionForward == Approx(forward[i].expression).margin(1e-9));
        CHECK(averaged[i].expression
              == Approx((averaged[i].expressionForward + averaged[i].expressionReverse) / 2).margin(1e-12));
        // The expectation of the averaged distribution equals the average of the expectations.
        double expectation = 0;
        for (int bin = 0; bin < 18; ++bin)
            expectation += bin * averaged[i].outputs[bin];
        CHECK(expectation == Approx(averaged[i].expression).margin(1e-4));
    }
}

TEST_CASE("Predictions do not depend on the batch size")
{
    const auto model = tinyModel();
    const auto sequences = reads(23);
    PredictorOptions one, seven;
    one.batchSize = 1;
    seven.batchSize = 7;
    const auto a = Predictor(model, one).predict(sequences);
    const auto b = Predictor(model, seven).predict(sequences);
    for (std::size_t i = 0; i < sequences.size(); ++i)
        CHECK(a[i].expression == Approx(b[i].expression).margin(1e-5));
}

TEST_CASE("Progress is reported per batch and reaches the total")
{
    PredictorOptions options;
    options.batchSize = 4;
    std::vector<std::size_t> reported;
    Predictor(tinyModel(), options).predict(reads(10), [&](std::size_t done, std::size_t total) {
        CHECK(total == 10);
        reported.push_back(done);
    });
    CHECK(reported == std::vector<std::size_t>{4, 8, 10});
}

TEST_CASE("Cancellation stops prediction between batches")
{
    PredictorOptions options;
    options.batchSize = 2;
    CancellationToken token;
    std::size_t batches = 0;
    auto cancelAfterFirst = [&](std::size_t, std::size_t) {
        ++batches;
        token.cancel();
    };
    CHECK_THROWS_AS(Predictor(tinyModel(), options).predict(reads(10), cancelAfterFirst, token), Cancelled);
    CHECK(batches == 1);
}

TEST_CASE("A sequence the model cannot read is named by its position")
{
    auto sequences = reads(3);
    sequences[1] = "ACGTUU";
    CHECK_THROWS_WITH(Predictor(tinyModel()).predict(sequences),
                      Catch::Contains("sequence 2") && Catch::Contains("'U'"));
}

TEST_CASE("bfloat16 prediction stays close to float32")
{
    const auto model = tinyModel();
    const auto sequences = reads(16);
    PredictorOptions bf16;
    bf16.precision = Precision::BFloat16;
    const auto exact = Predictor(model).predict(sequences);
    const auto approximate = Predictor(model, bf16).predict(sequences);
    for (std::size_t i = 0; i < sequences.size(); ++i)
        CHECK(approximate[i].expression == Approx(exact[i].expression).margin(0.1));
}
