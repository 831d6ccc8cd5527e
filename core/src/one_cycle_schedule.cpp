// SPDX-License-Identifier: GPL-3.0-or-later
// The one-cycle learning-rate schedule: PyTorch's OneCycleLR arithmetic (two phases, cosine) in C++.
#include "one_cycle_schedule.h"

#include "promoterlab/errors.h"

#include <cmath>
#include <sstream>
#include <string>

namespace promoterlab::detail {

namespace {

// Python's math.pi, the same double.
constexpr double kPi = 3.141592653589793;

// PyTorch's _annealing_cos, operation for operation, so the rates agree to the last bit.
double cosineAnneal(double start, double end, double pct)
{
    const double cosOut = std::cos(kPi * pct) + 1;
    return end + (start - end) / 2.0 * cosOut;
}

// One phase from its first to its last step; a phase of zero length has already reached its end.
double phaseRate(double start, double end, double phaseStart, double phaseEnd, double step)
{
    if (phaseEnd == phaseStart)
        return end;
    return cosineAnneal(start, end, (step - phaseStart) / (phaseEnd - phaseStart));
}

// A number as a person would write it in a config (1e-05, 0.3), for messages.
std::string numberText(double value)
{
    std::ostringstream text;
    text << value;
    return text.str();
}
}  // namespace

OneCycleSchedule::OneCycleSchedule(double maxLr, std::int64_t totalSteps, double pctStart, double divFactor,
                                   double finalDivFactor)
    : m_initialLr(maxLr / divFactor),
      m_maxLr(maxLr),
      // From the initial rate, not maxLr / (divFactor * finalDivFactor): PyTorch's rounding.
      m_minLr(m_initialLr / finalDivFactor),
      m_totalSteps(totalSteps),
      // PyTorch computes float(pct_start * total_steps) - 1 in doubles, which is what this is.
      m_warmupEnd(pctStart * static_cast<double>(totalSteps) - 1)
{
    if (!(maxLr >= 0) || !std::isfinite(maxLr))
        throw Error("one-cycle schedule: the peak learning rate must be a finite number of at least 0, not "
                    + numberText(maxLr));
    if (totalSteps < 1)
        throw Error("one-cycle schedule: the number of steps must be at least 1, not " + std::to_string(totalSteps));
    if (!(pctStart >= 0 && pctStart <= 1))
        throw Error("one-cycle schedule: the warm-up fraction must lie in [0, 1], not " + numberText(pctStart));
    if (!(divFactor > 0) || !(finalDivFactor > 0))
        throw Error("one-cycle schedule: the div factors must be > 0, not " + numberText(divFactor) + " and "
                    + numberText(finalDivFactor));
}

double OneCycleSchedule::learningRate(std::int64_t step) const
{
    if (step < 0 || step > m_totalSteps)
        throw Error("one-cycle schedule: step " + std::to_string(step) + " is outside the schedule's 0.."
                    + std::to_string(m_totalSteps));
    const auto at = static_cast<double>(step);
    if (at <= m_warmupEnd)
        return phaseRate(m_initialLr, m_maxLr, 0, m_warmupEnd, at);
    return phaseRate(m_maxLr, m_minLr, m_warmupEnd, static_cast<double>(m_totalSteps - 1), at);
}

void OneCycleSchedule::apply(torch::optim::Optimizer& optimizer, std::int64_t step) const
{
    const double rate = learningRate(step);
    for (auto& group : optimizer.param_groups())
        group.options().set_lr(rate);
}

}  // namespace promoterlab::detail
