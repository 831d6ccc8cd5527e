// SPDX-License-Identifier: GPL-3.0-or-later
// Correlations, errors, AUROC and F1 over whole series, as training and evaluation report them.
#include "promoterlab/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace promoterlab {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void requireSameSize(std::size_t first, std::size_t second, const char* function)
{
    if (first != second)
        throw std::invalid_argument(std::string(function) + ": the two series differ in length ("
                                    + std::to_string(first) + " and " + std::to_string(second) + " values)");
}

void requireBinaryLabel(int label, std::size_t index, const char* function)
{
    if (label != 0 && label != 1)
        throw std::invalid_argument(std::string(function) + ": label " + std::to_string(label) + " at index "
                                    + std::to_string(index) + " is neither 0 nor 1");
}

void requireBinaryLabels(const std::vector<int>& labels, const char* function)
{
    for (std::size_t i = 0; i < labels.size(); ++i)
        requireBinaryLabel(labels[i], i, function);
}

bool containsNaN(const std::vector<double>& values)
{
    return std::any_of(values.begin(), values.end(), [](double value) { return std::isnan(value); });
}

double mean(const std::vector<double>& values)
{
    return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

}  // namespace

double pearsonCorrelation(const std::vector<double>& x, const std::vector<double>& y)
{
    requireSameSize(x.size(), y.size(), "pearsonCorrelation");
    if (x.size() < 2)
        return kNaN;

    // Two passes (deviations from the means) instead of sums of squares, which cancel
    // catastrophically when the values are large relative to their spread. The sums of
    // the deviations, zero in exact arithmetic, correct for the rounding of the means
    // (Chan, Golub and LeVeque's corrected two-pass algorithm). The correction also makes
    // a constant series come out with Σdx² exactly 0: its rounded mean can differ from
    // its value (ten copies of 0.1 average to 0.09999999999999999), leaving n equal
    // deviations δ of a few bits whose nδ² the correction (nδ)²/n cancels exactly (short
    // of subnormal underflow), where the plain two-pass sum would report an r of ±1 made
    // of rounding noise.
    const double meanX = mean(x);
    const double meanY = mean(y);
    double sumDx = 0.0, sumDy = 0.0, sxx = 0.0, syy = 0.0, sxy = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double dx = x[i] - meanX;
        const double dy = y[i] - meanY;
        sumDx += dx;
        sumDy += dy;
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    const double n = static_cast<double>(x.size());
    sxx -= sumDx * sumDx / n;
    syy -= sumDy * sumDy / n;
    sxy -= sumDx * sumDy / n;
    // Written as a negation so that a NaN (from NaN or infinite values) also returns here.
    if (!(sxx > 0.0 && syy > 0.0))
        return kNaN;
    // Separate square roots: sxx·syy can overflow or underflow where the quotient cannot.
    const double r = sxy / (std::sqrt(sxx) * std::sqrt(syy));
    return std::clamp(r, -1.0, 1.0);
}

std::vector<double> averageRanks(const std::vector<double>& values)
{
    if (containsNaN(values))
        throw std::invalid_argument("averageRanks: NaN values cannot be ranked");
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });

    std::vector<double> ranks(values.size());
    for (std::size_t begin = 0; begin < order.size();) {
        std::size_t end = begin + 1;
        while (end < order.size() && values[order[end]] == values[order[begin]])
            ++end;
        // Positions begin…end−1 hold ranks begin+1…end; their mean is a half-integer, exact in a double.
        const double rank = 0.5 * (static_cast<double>(begin) + 1.0 + static_cast<double>(end));
        for (std::size_t i = begin; i < end; ++i)
            ranks[order[i]] = rank;
        begin = end;
    }
    return ranks;
}

double spearmanCorrelation(const std::vector<double>& x, const std::vector<double>& y)
{
    requireSameSize(x.size(), y.size(), "spearmanCorrelation");
    if (containsNaN(x) || containsNaN(y))
        return kNaN;
    return pearsonCorrelation(averageRanks(x), averageRanks(y));
}

double meanSquaredError(const std::vector<double>& predicted, const std::vector<double>& measured)
{
    requireSameSize(predicted.size(), measured.size(), "meanSquaredError");
    if (predicted.empty())
        return kNaN;
    double sum = 0.0;
    for (std::size_t i = 0; i < predicted.size(); ++i) {
        const double difference = predicted[i] - measured[i];
        sum += difference * difference;
    }
    return sum / static_cast<double>(predicted.size());
}

double meanAbsoluteError(const std::vector<double>& predicted, const std::vector<double>& measured)
{
    requireSameSize(predicted.size(), measured.size(), "meanAbsoluteError");
    if (predicted.empty())
        return kNaN;
    double sum = 0.0;
    for (std::size_t i = 0; i < predicted.size(); ++i)
        sum += std::abs(predicted[i] - measured[i]);
    return sum / static_cast<double>(predicted.size());
}

double areaUnderRocCurve(const std::vector<double>& scores, const std::vector<int>& labels)
{
    requireSameSize(scores.size(), labels.size(), "areaUnderRocCurve");
    requireBinaryLabels(labels, "areaUnderRocCurve");
    if (containsNaN(scores))
        return kNaN;
    // U = (sum of the positives' ranks) − nPositive(nPositive+1)/2 counts the pairs a
    // positive wins, and average ranks make each tie count one half: O(n log n) instead
    // of comparing every pair.
    const std::vector<double> ranks = averageRanks(scores);
    double positives = 0.0;
    double positiveRankSum = 0.0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] == 1) {
            positives += 1.0;
            positiveRankSum += ranks[i];
        }
    }
    const double negatives = static_cast<double>(labels.size()) - positives;
    if (positives == 0.0 || negatives == 0.0)
        return kNaN;
    const double u = positiveRankSum - positives * (positives + 1.0) / 2.0;
    return u / (positives * negatives);
}

F1Result f1Score(const std::vector<double>& scores, const std::vector<int>& labels, double threshold)
{
    requireSameSize(scores.size(), labels.size(), "f1Score");
    requireBinaryLabels(labels, "f1Score");
    if (std::isnan(threshold) || containsNaN(scores))
        return {kNaN, kNaN, kNaN};
    std::size_t truePositives = 0, falsePositives = 0, falseNegatives = 0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const bool predictedPositive = scores[i] >= threshold;
        if (predictedPositive && labels[i] == 1)
            ++truePositives;
        else if (predictedPositive)
            ++falsePositives;
        else if (labels[i] == 1)
            ++falseNegatives;
    }
    const auto ratio = [](std::size_t numerator, std::size_t denominator) {
        return denominator == 0 ? 0.0 : static_cast<double>(numerator) / static_cast<double>(denominator);
    };
    F1Result result;
    result.precision = ratio(truePositives, truePositives + falsePositives);
    result.recall = ratio(truePositives, truePositives + falseNegatives);
    // 2TP/(2TP+FP+FN) is the harmonic mean of precision and recall without dividing twice.
    result.f1 = ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    return result;
}

void RegressionMetrics::add(double predicted, double measured)
{
    m_predicted.push_back(predicted);
    m_measured.push_back(measured);
}

void RegressionMetrics::clear()
{
    m_predicted.clear();
    m_measured.clear();
}

void BinaryClassificationMetrics::add(double score, int label)
{
    requireBinaryLabel(label, m_labels.size(), "BinaryClassificationMetrics::add");
    m_scores.push_back(score);
    m_labels.push_back(label);
}

void BinaryClassificationMetrics::clear()
{
    m_scores.clear();
    m_labels.clear();
}

}  // namespace promoterlab
