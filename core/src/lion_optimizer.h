// SPDX-License-Identifier: GPL-3.0-or-later
// The Lion optimizer (Chen et al. 2023, "Symbolic Discovery of Optimization Algorithms") as a LibTorch optimizer.
#pragma once

#include <torch/optim/optimizer.h>

#include <tuple>
#include <utility>
#include <vector>

namespace promoterlab::detail {

// Settings of one parameter group. The names and the chained setters are LibTorch's (TORCH_ARG, as in
// AdamWOptions) rather than ours, so that code configuring AdamW or Lion reads the same.
struct LionOptions : public torch::optim::OptimizerCloneableOptions<LionOptions> {
    using betas_t = std::tuple<double, double>;

    LionOptions(double lr = 1e-4);
    TORCH_ARG(double, lr) = 1e-4;
    TORCH_ARG(betas_t, betas) = std::make_tuple(0.9, 0.99);
    TORCH_ARG(double, weight_decay) = 0;

public:
    void serialize(torch::serialize::InputArchive& archive) override;
    void serialize(torch::serialize::OutputArchive& archive) const override;
    double get_lr() const override;
    void set_lr(double lr) override;
    friend bool operator==(const LionOptions& lhs, const LionOptions& rhs);
};

// What Lion keeps per parameter: the momentum that both picks the sign of the step and is tracked
// with the slower beta2.
struct LionParamState : public torch::optim::OptimizerCloneableParamState<LionParamState> {
    TORCH_ARG(torch::Tensor, exp_avg);

public:
    void serialize(torch::serialize::InputArchive& archive) override;
    void serialize(torch::serialize::OutputArchive& archive) const override;
    friend bool operator==(const LionParamState& lhs, const LionParamState& rhs);
};

// Per parameter p with gradient g and momentum m (zero at first):
//   p <- p * (1 - lr * weight_decay);  c = beta1 * m + (1 - beta1) * g;  p <- p - lr * sign(c);
//   m <- beta2 * m + (1 - beta2) * g.
// Parameters without a gradient are skipped (no decay, no state). Every step moves each weight by
// exactly lr, whatever the gradient's scale, which is why Lion wants a smaller lr and a larger
// weight decay than AdamW.
//
// save() and load() go through LibTorch's optimizer archive format (torch::save(optimizer, path),
// torch::load(optimizer, path)), which maps the saved state onto the new optimizer's parameters
// by position, so a run resumed from a checkpoint continues bit for bit. The learning rates of the
// param groups are not part of what LibTorch 1.13 restores: set them (OneCycleSchedule::apply) before
// the next step.
//
// Throws Error for invalid settings, a sparse gradient, or when load() is given another optimizer's state.
class Lion : public torch::optim::Optimizer {
public:
    explicit Lion(std::vector<torch::optim::OptimizerParamGroup> paramGroups, LionOptions defaults = {});
    explicit Lion(std::vector<torch::Tensor> params, LionOptions defaults = {});

    torch::Tensor step(LossClosure closure = nullptr) override;
    void save(torch::serialize::OutputArchive& archive) const override;
    void load(torch::serialize::InputArchive& archive) override;
};

}  // namespace promoterlab::detail
