// SPDX-License-Identifier: GPL-3.0-or-later
// Agreement between predictions and measurements (correlations, errors, AUROC, F1) for validation and evaluation.
#pragma once

#include <cstddef>
#include <vector>

namespace promoterlab {

// Every function taking two series throws std::invalid_argument when their sizes differ,
// and those taking labels throw it for a label other than 0 or 1: both are mistakes of
// the calling code, not of the user's data. A NaN value makes the result NaN, so that a
// diverged model shows up as NaN in the metrics log rather than as a plausible number.

// Pearson's r; NaN when undefined (fewer than two points, or either series constant).
double pearsonCorrelation(const std::vector<double>& x, const std::vector<double>& y);

// Spearman's rho: Pearson's r of the average ranks (as scipy.stats.spearmanr); NaN as above.
double spearmanCorrelation(const std::vector<double>& x, const std::vector<double>& y);

// Ranks 1…n in ascending order; tied values share the mean of the ranks they span.
// Throws std::invalid_argument for a NaN value, which has no place in an order.
std::vector<double> averageRanks(const std::vector<double>& values);

// NaN when empty.
double meanSquaredError(const std::vector<double>& predicted, const std::vector<double>& measured);
double meanAbsoluteError(const std::vector<double>& predicted, const std::vector<double>& measured);

// The probability that a random positive scores above a random negative, a tied pair
// counting one half (the Mann–Whitney U statistic over nPositive·nNegative); NaN when
// the labels hold only one class.
double areaUnderRocCurve(const std::vector<double>& scores, const std::vector<int>& labels);

struct F1Result {
    double f1 = 0.0;
    double precision = 0.0;
    double recall = 0.0;
};

// A score at or above the threshold predicts the positive class. A ratio with nothing to
// count (no predicted positives, no actual positives) is 0, as scikit-learn reports it
// with zero_division=0, so that an all-negative validation epoch still logs a number.
F1Result f1Score(const std::vector<double>& scores, const std::vector<int>& labels, double threshold = 0.5);

// Predicted and measured values gathered batch by batch over a validation pass; every
// value is kept because ranks need them all.
class RegressionMetrics {
public:
    void add(double predicted, double measured);
    void clear();

    std::size_t count() const { return m_predicted.size(); }
    const std::vector<double>& predicted() const { return m_predicted; }
    const std::vector<double>& measured() const { return m_measured; }

    double pearson() const { return pearsonCorrelation(m_predicted, m_measured); }
    double spearman() const { return spearmanCorrelation(m_predicted, m_measured); }
    double mse() const { return meanSquaredError(m_predicted, m_measured); }
    double mae() const { return meanAbsoluteError(m_predicted, m_measured); }

private:
    std::vector<double> m_predicted;
    std::vector<double> m_measured;
};

// Scores and 0/1 labels of one class gathered over a validation pass; a multi-label
// model keeps one per class.
class BinaryClassificationMetrics {
public:
    // Throws std::invalid_argument for a label other than 0 or 1.
    void add(double score, int label);
    void clear();

    std::size_t count() const { return m_scores.size(); }

    double auroc() const { return areaUnderRocCurve(m_scores, m_labels); }
    F1Result f1(double threshold = 0.5) const { return f1Score(m_scores, m_labels, threshold); }

private:
    std::vector<double> m_scores;
    std::vector<int> m_labels;
};

}  // namespace promoterlab
