// SPDX-License-Identifier: GPL-3.0-or-later
// The one-cycle learning-rate schedule of LegNet's training recipe, step for step as PyTorch's OneCycleLR computes it.
#pragma once

#include <torch/optim/optimizer.h>

#include <cstdint>

namespace promoterlab::detail {

// torch.optim.lr_scheduler.OneCycleLR with two phases, cosine annealing and no momentum cycling:
// from maxLr / divFactor up to maxLr over the warm-up, then down to maxLr / divFactor / finalDivFactor.
//
// PyTorch's boundaries are kept exactly, because a resumed or re-implemented run should see the
// same rates: the warm-up ends at step pctStart * totalSteps - 1 (a real number, so the peak may
// fall between two steps), the annealing at step totalSteps - 1, and each phase runs its cosine
// over pct = (step - phase start) / (phase end - phase start), the second phase starting where the
// first ends. learningRate(totalSteps - 1) is therefore the smallest rate; learningRate(totalSteps),
// which PyTorch also allows, lies a little above it. Where PyTorch would divide by a phase of zero
// length (pctStart * totalSteps exactly 1 or totalSteps) it fails; here that phase gives its end value.
class OneCycleSchedule {
public:
    // Throws Error unless maxLr >= 0, totalSteps >= 1, 0 <= pctStart <= 1 and both factors > 0.
    OneCycleSchedule(double maxLr, std::int64_t totalSteps, double pctStart = 0.3, double divFactor = 25,
                     double finalDivFactor = 1e4);

    // The rate for the optimizer step after `step` steps, which is the rate PyTorch's scheduler
    // holds after `step` calls of scheduler.step(). Throws Error outside 0..totalSteps.
    double learningRate(std::int64_t step) const;

    // Sets learningRate(step) in every param group of the optimizer, whatever its kind (AdamW, Lion, ...).
    void apply(torch::optim::Optimizer& optimizer, std::int64_t step) const;

    std::int64_t totalSteps() const { return m_totalSteps; }
    double initialLearningRate() const { return m_initialLr; }
    double maxLearningRate() const { return m_maxLr; }
    double minLearningRate() const { return m_minLr; }

private:
    double m_initialLr;
    double m_maxLr;
    double m_minLr;
    std::int64_t m_totalSteps;
    double m_warmupEnd;
};

}  // namespace promoterlab::detail
