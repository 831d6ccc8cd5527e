// SPDX-License-Identifier: GPL-3.0-or-later
// LegNet's soft classification target: a measured expression spread as a normal distribution over expression bins.
#pragma once

#include <vector>

namespace promoterlab {

// The probability mass of N(expression + shift, scale²) in each of the `bins` intervals
// (−∞, 1), [1, 2), …, [bins−2, bins−1), [bins−1, ∞): LegNet's target for the KL loss
// (DESIGN.md §5), with the paper's shift 0.5 and scale 0.5 and 18 bins as defaults. The
// masses sum to 1 up to float rounding, and tail masses keep their relative accuracy
// down to float's smallest values instead of cancelling to 0.
// Throws std::invalid_argument for a non-finite expression or shift, a scale that is not
// a positive finite number, or fewer than one bin.
std::vector<float> softLabel(double expression, int bins = 18, double shift = 0.5, double scale = 0.5);

// The same, written to out[0 … bins−1], for filling one row of a batch's target tensor.
void writeSoftLabel(double expression, float* out, int bins = 18, double shift = 0.5, double scale = 0.5);

}  // namespace promoterlab
