// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the evaluation metrics against hand-computed cases and a Python reference on real predictions.
#include "promoterlab/metrics.h"

#include "test_tables.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

using namespace promoterlab;

namespace {

// The first 200 rows of vaishnav2022/Native_complex.csv.gz and the values
// tools/make_metrics_fixtures.py computed from them in exact arithmetic.
struct NativeComplexSlice {
    std::vector<double> measured, predicted, measuredRounded, predictedRounded;
    std::vector<int> labels;
};

NativeComplexSlice readSlice()
{
    NativeComplexSlice slice;
    for (const auto& row : test::readTsv("metrics/native_complex_head200.tsv")) {
        slice.measured.push_back(std::stod(row.at("measured")));
        slice.predicted.push_back(std::stod(row.at("predicted")));
        slice.measuredRounded.push_back(std::stod(row.at("measured_rounded")));
        slice.predictedRounded.push_back(std::stod(row.at("predicted_rounded")));
        slice.labels.push_back(std::stoi(row.at("label")));
    }
    return slice;
}

double reference(const std::string& metric)
{
    for (const auto& row : test::readTsv("metrics/reference.tsv"))
        if (row.at("metric") == metric)
            return std::stod(row.at("value"));
    throw std::runtime_error("reference.tsv has no " + metric);
}

}  // namespace

TEST_CASE("Pearson correlation matches a hand computation")
{
    // x̄ = 3, ȳ = 4; dx = −2 −1 0 1 2, dy = −2 0 1 0 1;
    // Σdx·dy = 4 + 2 = 6, Σdx² = 10, Σdy² = 6; r = 6 / √60 = 0.7745966692414834.
    const std::vector<double> x{1, 2, 3, 4, 5};
    const std::vector<double> y{2, 4, 5, 4, 5};
    CHECK(pearsonCorrelation(x, y) == Approx(0.7745966692414834).epsilon(1e-15));
    CHECK(pearsonCorrelation(x, {-1, -3, -5, -7, -9}) == Approx(-1.0).epsilon(1e-15));
}

TEST_CASE("Pearson correlation stays exact for values far larger than their spread")
{
    // Shifting both series by 10¹² changes nothing; a one-pass Σx² − (Σx)²/n would
    // subtract numbers near 5·10²⁴ whose rounding (~10⁹) swamps the true Σdx² = 10.
    const std::vector<double> x{1e12 + 1, 1e12 + 2, 1e12 + 3, 1e12 + 4, 1e12 + 5};
    const std::vector<double> y{1e12 + 2, 1e12 + 4, 1e12 + 5, 1e12 + 4, 1e12 + 5};
    CHECK(pearsonCorrelation(x, y) == Approx(0.7745966692414834).epsilon(1e-14));
}

TEST_CASE("Pearson correlation is NaN where it is undefined")
{
    CHECK(std::isnan(pearsonCorrelation({}, {})));
    CHECK(std::isnan(pearsonCorrelation({1.0}, {2.0})));
    // Ten copies of 0.1 average to 0.09999999999999999, not 0.1: the constant series must
    // still be recognised rather than correlated through its rounding error.
    const std::vector<double> constant(10, 0.1);
    const std::vector<double> rising{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    CHECK(std::isnan(pearsonCorrelation(constant, rising)));
    CHECK(std::isnan(pearsonCorrelation(rising, constant)));
    CHECK(std::isnan(pearsonCorrelation({1, 2, std::nan(""), 4}, {1, 2, 3, 4})));
}

TEST_CASE("Average ranks give tied values the mean of the ranks they span")
{
    // Sorted: 1 1 3 4 5 → the two 1s share ranks 1 and 2, i.e. 1.5 each.
    CHECK(averageRanks({3, 1, 4, 1, 5}) == std::vector<double>{3, 1.5, 4, 1.5, 5});
    // Three-way tie for ranks 2, 3, 4 → 3 each.
    CHECK(averageRanks({7, 9, 9, 9, 2}) == std::vector<double>{2, 4, 4, 4, 1});
    CHECK(averageRanks({}).empty());
    CHECK_THROWS_AS(averageRanks({1, std::nan(""), 2}), std::invalid_argument);
}

TEST_CASE("Spearman correlation is the Pearson correlation of average ranks")
{
    // Ranks x = 1 2.5 2.5 4, y = 1 3 2 4; both mean 2.5; dx = −1.5 0 0 1.5,
    // dy = −1.5 0.5 −0.5 1.5; Σdx·dy = 4.5, Σdx² = 4.5, Σdy² = 5;
    // ρ = 4.5 / √22.5 = √0.9 = 0.9486832980505138.
    CHECK(spearmanCorrelation({10, 20, 20, 30}, {1, 3, 2, 4}) == Approx(0.9486832980505138).epsilon(1e-15));
    // Any strictly increasing transform keeps the order, hence ρ = 1.
    CHECK(spearmanCorrelation({1, 2, 3, 4}, {std::exp(1.0), std::exp(2.0), std::exp(3.0), std::exp(4.0)})
          == Approx(1.0).epsilon(1e-15));
    CHECK(std::isnan(spearmanCorrelation({1, 2, 3}, {5, 5, 5})));
    CHECK(std::isnan(spearmanCorrelation({1, std::nan(""), 3}, {1, 2, 3})));
}

TEST_CASE("Mean squared and absolute errors match a hand computation")
{
    // Differences −1, 0, 3: MSE = (1 + 0 + 9) / 3, MAE = (1 + 0 + 3) / 3.
    const std::vector<double> predicted{1, 2, 4};
    const std::vector<double> measured{2, 2, 1};
    CHECK(meanSquaredError(predicted, measured) == Approx(10.0 / 3.0).epsilon(1e-15));
    CHECK(meanAbsoluteError(predicted, measured) == Approx(4.0 / 3.0).epsilon(1e-15));
    CHECK(std::isnan(meanSquaredError({}, {})));
    CHECK(std::isnan(meanAbsoluteError({}, {})));
}

TEST_CASE("AUROC counts the pairs a positive wins")
{
    // Positives 0.35, 0.8 against negatives 0.1, 0.4: 0.35 beats 0.1 only, 0.8 beats both → 3/4.
    CHECK(areaUnderRocCurve({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1}) == 0.75);
    CHECK(areaUnderRocCurve({0.1, 0.2, 0.8, 0.9}, {0, 0, 1, 1}) == 1.0);
    CHECK(areaUnderRocCurve({0.9, 0.8, 0.2, 0.1}, {0, 0, 1, 1}) == 0.0);
}

TEST_CASE("AUROC counts a tied positive and negative as half a pair")
{
    // Positives 0.5, 0.2 against negatives 0.5, 0.5: ½ + ½ + 0 + 0 over 4 pairs.
    CHECK(areaUnderRocCurve({0.5, 0.5, 0.5, 0.2}, {1, 0, 0, 1}) == 0.25);
    // Every score equal: every pair is a tie, so a constant model scores 0.5.
    CHECK(areaUnderRocCurve({3, 3, 3, 3, 3}, {1, 0, 1, 0, 0}) == 0.5);
}

TEST_CASE("AUROC is NaN with a single class and rejects labels other than 0 and 1")
{
    CHECK(std::isnan(areaUnderRocCurve({0.1, 0.9}, {1, 1})));
    CHECK(std::isnan(areaUnderRocCurve({0.1, 0.9}, {0, 0})));
    CHECK(std::isnan(areaUnderRocCurve({}, {})));
    CHECK(std::isnan(areaUnderRocCurve({0.1, std::nan("")}, {0, 1})));
    CHECK_THROWS_AS(areaUnderRocCurve({0.1, 0.9}, {0, 2}), std::invalid_argument);
}

TEST_CASE("F1 counts a score at the threshold as a positive prediction")
{
    // Threshold 0.5: 0.9 → TP, 0.6 → FP, 0.5 → TP (at the threshold), 0.4 → FN, 0.2 → FN.
    // TP 2, FP 1, FN 2: precision 2/3, recall 2/4, F1 = 2·2 / (2·2 + 1 + 2) = 4/7.
    const std::vector<double> scores{0.9, 0.6, 0.5, 0.4, 0.2};
    const std::vector<int> labels{1, 0, 1, 1, 1};
    const F1Result result = f1Score(scores, labels);
    CHECK(result.precision == Approx(2.0 / 3.0).epsilon(1e-15));
    CHECK(result.recall == 0.5);
    CHECK(result.f1 == Approx(4.0 / 7.0).epsilon(1e-15));
    // Threshold 0.3 also takes 0.4 in: TP 3, FP 1, FN 1 → 3/4, 3/4, 6/8.
    const F1Result lower = f1Score(scores, labels, 0.3);
    CHECK(lower.precision == 0.75);
    CHECK(lower.recall == 0.75);
    CHECK(lower.f1 == 0.75);
}

TEST_CASE("F1 reports 0 rather than NaN when nothing is predicted positive")
{
    const F1Result none = f1Score({0.1, 0.2, 0.3}, {1, 0, 1});
    CHECK(none.precision == 0.0);
    CHECK(none.recall == 0.0);
    CHECK(none.f1 == 0.0);
    const F1Result noPositives = f1Score({0.1, 0.9}, {0, 0});
    CHECK(noPositives.precision == 0.0);
    CHECK(noPositives.recall == 0.0);
    CHECK(noPositives.f1 == 0.0);
    CHECK(std::isnan(f1Score({0.1, std::nan("")}, {0, 1}).f1));
    CHECK_THROWS_AS(f1Score({0.1}, {-1}), std::invalid_argument);
}

TEST_CASE("Every metric rejects series of different lengths")
{
    const std::vector<double> three{1, 2, 3};
    const std::vector<double> two{1, 2};
    CHECK_THROWS_AS(pearsonCorrelation(three, two), std::invalid_argument);
    CHECK_THROWS_AS(spearmanCorrelation(three, two), std::invalid_argument);
    CHECK_THROWS_AS(meanSquaredError(three, two), std::invalid_argument);
    CHECK_THROWS_AS(meanAbsoluteError(three, two), std::invalid_argument);
    CHECK_THROWS_AS(areaUnderRocCurve(three, {0, 1}), std::invalid_argument);
    CHECK_THROWS_AS(f1Score(three, {0, 1}), std::invalid_argument);
}

TEST_CASE("Metrics on real Native_complex predictions match the exact Python reference")
{
    const NativeComplexSlice slice = readSlice();
    REQUIRE(slice.measured.size() == 200);
    CHECK(pearsonCorrelation(slice.predicted, slice.measured) == Approx(reference("pearson")).epsilon(1e-13));
    CHECK(spearmanCorrelation(slice.predicted, slice.measured) == Approx(reference("spearman")).epsilon(1e-13));
    CHECK(meanSquaredError(slice.predicted, slice.measured) == Approx(reference("mse")).epsilon(1e-13));
    CHECK(meanAbsoluteError(slice.predicted, slice.measured) == Approx(reference("mae")).epsilon(1e-13));
    CHECK(areaUnderRocCurve(slice.predicted, slice.labels) == Approx(reference("auroc")).epsilon(1e-13));

    const F1Result f1 = f1Score(slice.predicted, slice.labels, reference("f1_threshold"));
    CHECK(f1.f1 == Approx(reference("f1")).epsilon(1e-13));
    CHECK(f1.precision == Approx(reference("precision")).epsilon(1e-13));
    CHECK(f1.recall == Approx(reference("recall")).epsilon(1e-13));
}

TEST_CASE("Rank metrics on real values rounded into many ties match the pair-counting reference")
{
    const NativeComplexSlice slice = readSlice();
    CHECK(pearsonCorrelation(slice.predictedRounded, slice.measuredRounded)
          == Approx(reference("pearson_rounded")).epsilon(1e-13));
    CHECK(spearmanCorrelation(slice.predictedRounded, slice.measuredRounded)
          == Approx(reference("spearman_rounded")).epsilon(1e-13));
    CHECK(areaUnderRocCurve(slice.predictedRounded, slice.labels)
          == Approx(reference("auroc_rounded")).epsilon(1e-13));
}

TEST_CASE("Regression metrics gathered value by value equal those of the whole series")
{
    const NativeComplexSlice slice = readSlice();
    RegressionMetrics metrics;
    for (std::size_t i = 0; i < slice.measured.size(); ++i)
        metrics.add(slice.predicted[i], slice.measured[i]);
    REQUIRE(metrics.count() == 200);
    CHECK(metrics.pearson() == Approx(reference("pearson")).epsilon(1e-13));
    CHECK(metrics.spearman() == Approx(reference("spearman")).epsilon(1e-13));
    CHECK(metrics.mse() == Approx(reference("mse")).epsilon(1e-13));
    CHECK(metrics.mae() == Approx(reference("mae")).epsilon(1e-13));
    CHECK(metrics.predicted() == slice.predicted);
    CHECK(metrics.measured() == slice.measured);

    metrics.clear();
    CHECK(metrics.count() == 0);
    CHECK(std::isnan(metrics.pearson()));
}

TEST_CASE("Binary classification metrics reject a bad label without keeping the score")
{
    const NativeComplexSlice slice = readSlice();
    BinaryClassificationMetrics metrics;
    for (std::size_t i = 0; i < slice.predicted.size(); ++i)
        metrics.add(slice.predicted[i], slice.labels[i]);
    CHECK(metrics.auroc() == Approx(reference("auroc")).epsilon(1e-13));
    CHECK(metrics.f1(reference("f1_threshold")).f1 == Approx(reference("f1")).epsilon(1e-13));

    CHECK_THROWS_AS(metrics.add(0.5, 2), std::invalid_argument);
    CHECK(metrics.count() == 200);
    metrics.clear();
    CHECK(metrics.count() == 0);
    CHECK(std::isnan(metrics.auroc()));
}
