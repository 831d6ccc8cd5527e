// SPDX-License-Identifier: GPL-3.0-or-later
// LegNet's soft classification target, computed from complementary error functions for accurate tails.
#include "promoterlab/soft_labels.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace promoterlab {

void writeSoftLabel(double expression, float* out, int bins, double shift, double scale)
{
    if (!std::isfinite(expression))
        throw std::invalid_argument("softLabel: the expression " + std::to_string(expression) + " is not a finite number");
    if (!std::isfinite(shift))
        throw std::invalid_argument("softLabel: the shift " + std::to_string(shift) + " is not a finite number");
    if (!(std::isfinite(scale) && scale > 0.0))
        throw std::invalid_argument("softLabel: the scale " + std::to_string(scale) + " is not a positive number");
    if (bins < 1)
        throw std::invalid_argument("softLabel: " + std::to_string(bins) + " bins; at least one is needed");

    const double mu = expression + shift;
    const double zPerUnit = 1.0 / (scale * std::sqrt(2.0));
    // Mass below and above an edge. Each side comes from erfc of a non-negative argument
    // on its own tail: 1 − Φ(z) would round to 0 beyond z ≈ 8.3, and a difference of two
    // such values would lose every digit of a small bin mass.
    const auto below = [&](double edge) { return 0.5 * std::erfc((mu - edge) * zPerUnit); };
    const auto above = [&](double edge) { return 0.5 * std::erfc((edge - mu) * zPerUnit); };

    // Bin i spans [i, i+1), with the first open to −∞ and the last to +∞.
    for (int i = 0; i < bins; ++i) {
        const bool openBelow = i == 0;
        const bool openAbove = i == bins - 1;
        const double lower = i;
        const double upper = i + 1;
        double mass;
        if (!openAbove && upper <= mu)
            mass = below(upper) - (openBelow ? 0.0 : below(lower));
        else if (!openBelow && lower >= mu)
            mass = above(lower) - (openAbove ? 0.0 : above(upper));
        else
            // The bin holding the mean: what lies neither below it nor above it.
            mass = 1.0 - (openBelow ? 0.0 : below(lower)) - (openAbove ? 0.0 : above(upper));
        out[i] = static_cast<float>(mass);
    }
}

std::vector<float> softLabel(double expression, int bins, double shift, double scale)
{
    std::vector<float> label(bins > 0 ? static_cast<std::size_t>(bins) : 0);
    writeSoftLabel(expression, label.data(), bins, shift, scale);
    return label;
}

}  // namespace promoterlab
