// SPDX-License-Identifier: GPL-3.0-or-later
// Pearson and Spearman correlations written by hand, apart from the core's metrics, so that tests
// of the core's agreement and of what the application shows of it have an independent reference.
#pragma once

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>
#include <vector>

namespace promoterlab::test {

// Textbook Pearson, two passes.
inline double handPearson(const std::vector<double>& x, const std::vector<double>& y)
{
    const double n = static_cast<double>(x.size());
    double meanX = 0, meanY = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        meanX += x[i] / n;
        meanY += y[i] / n;
    }
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - meanX) * (y[i] - meanY);
        sxx += (x[i] - meanX) * (x[i] - meanX);
        syy += (y[i] - meanY) * (y[i] - meanY);
    }
    return sxy / std::sqrt(sxx * syy);
}

// Spearman without ties: 1 − 6 Σ d² / (n (n² − 1)). Tied values throw: the formula does not hold for them.
inline double handSpearmanWithoutTies(const std::vector<double>& x, const std::vector<double>& y)
{
    const auto ranks = [](const std::vector<double>& values) {
        if (std::set<double>(values.begin(), values.end()).size() != values.size())
            throw std::invalid_argument("handSpearmanWithoutTies: tied values");
        std::vector<double> result(values.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            result[i] = 1 + static_cast<double>(std::count_if(values.begin(), values.end(),
                                                              [&](double v) { return v < values[i]; }));
        return result;
    };
    const auto rx = ranks(x), ry = ranks(y);
    const double n = static_cast<double>(x.size());
    double sum = 0;
    for (std::size_t i = 0; i < x.size(); ++i)
        sum += (rx[i] - ry[i]) * (rx[i] - ry[i]);
    return 1 - 6 * sum / (n * (n * n - 1));
}

}  // namespace promoterlab::test
