// SPDX-License-Identifier: GPL-3.0-or-later
// The Lion optimizer: its update, its per-parameter state and their round trip through LibTorch archives.
#include "lion_optimizer.h"

#include "promoterlab/errors.h"

#include <torch/optim/serialize.h>
#include <torch/serialize/archive.h>
#include <torch/utils.h>

#include <memory>
#include <sstream>
#include <string>
#include <type_traits>
#include <utility>

namespace promoterlab::detail {

namespace {

// Written into every param group's options so that loading another optimizer's state (AdamW's has
// exp_avg too) fails with a clear message instead of resuming with a wrong momentum.
const char* const kKindKey = "optimizer";
const char* const kKind = "lion";

using StateMap = std::decay_t<decltype(std::declval<torch::optim::Optimizer&>().state())>;

// LibTorch 1.x keys optimizer state by the parameter's TensorImpl address printed through an
// ostream (as its serialize.h does when it maps loaded state onto parameters); 2.x by the address
// itself. This gives the key of whichever kind the LibTorch at hand uses.
template <typename Key>
Key stateKey(const torch::Tensor& parameter)
{
    if constexpr (std::is_same_v<Key, std::string>) {
        std::ostringstream text;
        text << static_cast<const void*>(parameter.unsafeGetTensorImpl());
        return text.str();
    } else {
        return parameter.unsafeGetTensorImpl();
    }
}

// A number as a person would write it in a config (1e-05, 0.3), for messages.
std::string numberText(double value)
{
    std::ostringstream text;
    text << value;
    return text.str();
}

void checkOptions(const LionOptions& options)
{
    const auto [beta1, beta2] = options.betas();
    if (!(options.lr() >= 0))
        throw Error("Lion: the learning rate must be at least 0, not " + numberText(options.lr()));
    if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1))
        throw Error("Lion: betas must lie in [0, 1), not (" + numberText(beta1) + ", " + numberText(beta2)
                    + ")");
    if (!(options.weight_decay() >= 0))
        throw Error("Lion: the weight decay must be at least 0, not " + numberText(options.weight_decay()));
}

}  // namespace

LionOptions::LionOptions(double lr) : lr_(lr) {}

void LionOptions::serialize(torch::serialize::OutputArchive& archive) const
{
    archive.write(kKindKey, c10::IValue(kKind));
    archive.write("lr", c10::IValue(lr()));
    archive.write("betas", c10::IValue(betas()));
    archive.write("weight_decay", c10::IValue(weight_decay()));
}

void LionOptions::serialize(torch::serialize::InputArchive& archive)
{
    c10::IValue value;
    if (!archive.try_read(kKindKey, value) || !value.isString() || value.toStringRef() != kKind)
        throw Error("the saved optimizer state is not Lion's; resume with the optimizer the run was started with");
    archive.read("lr", value);
    lr(value.toDouble());
    archive.read("betas", value);
    betas(value.to<betas_t>());
    archive.read("weight_decay", value);
    weight_decay(value.toDouble());
}

double LionOptions::get_lr() const
{
    return lr();
}

void LionOptions::set_lr(double newLr)
{
    lr(newLr);
}

bool operator==(const LionOptions& lhs, const LionOptions& rhs)
{
    return lhs.lr() == rhs.lr() && lhs.betas() == rhs.betas() && lhs.weight_decay() == rhs.weight_decay();
}

void LionParamState::serialize(torch::serialize::OutputArchive& archive) const
{
    // A state exists only once its parameter has had a gradient, and then exp_avg is set.
    archive.write("exp_avg", exp_avg(), /*is_buffer=*/true);
}

void LionParamState::serialize(torch::serialize::InputArchive& archive)
{
    torch::Tensor momentum;
    archive.read("exp_avg", momentum, /*is_buffer=*/true);
    exp_avg(momentum);
}

bool operator==(const LionParamState& lhs, const LionParamState& rhs)
{
    return torch::equal(lhs.exp_avg(), rhs.exp_avg());
}

Lion::Lion(std::vector<torch::optim::OptimizerParamGroup> paramGroups, LionOptions defaults)
    : Optimizer(std::move(paramGroups), std::make_unique<LionOptions>(defaults))
{
    checkOptions(defaults);
    for (const auto& group : param_groups_)
        checkOptions(static_cast<const LionOptions&>(group.options()));
}

Lion::Lion(std::vector<torch::Tensor> params, LionOptions defaults)
    : Lion(std::vector<torch::optim::OptimizerParamGroup>{torch::optim::OptimizerParamGroup(std::move(params))},
           std::move(defaults))
{
}

torch::Tensor Lion::step(LossClosure closure)
{
    torch::NoGradGuard noGrad;
    torch::Tensor loss;
    if (closure) {
        // The closure runs forward and backward, which need autograd that the guard above turned off.
        torch::AutoGradMode enableGrad(true);
        loss = closure();
    }
    for (auto& group : param_groups_) {
        const auto& options = static_cast<const LionOptions&>(group.options());
        const double lr = options.lr();
        const auto [beta1, beta2] = options.betas();
        const double weightDecay = options.weight_decay();
        for (auto& parameter : group.params()) {
            const auto& gradient = parameter.grad();
            if (!gradient.defined())
                continue;
            if (gradient.is_sparse())
                throw Error("Lion does not support sparse gradients");

            auto& slot = state_[stateKey<StateMap::key_type>(parameter)];
            if (!slot)
                slot = std::make_unique<LionParamState>();
            auto& state = static_cast<LionParamState&>(*slot);
            if (!state.exp_avg().defined()) {
                state.exp_avg(torch::zeros_like(parameter));
            } else if (state.exp_avg().device() != parameter.device()) {
                // Archives load onto the CPU; Python's load_state_dict moves state to its parameter, and so
                // does this, so that a checkpoint written on one device resumes on another.
                state.exp_avg(state.exp_avg().to(parameter.device()));
            }
            auto& momentum = state.exp_avg();

            if (weightDecay != 0)
                parameter.mul_(1 - lr * weightDecay);
            // The sign of the interpolation is the whole step: its size is lr for every weight.
            const auto direction = momentum.mul(beta1).add_(gradient, 1 - beta1).sign_();
            parameter.add_(direction, -lr);
            momentum.mul_(beta2).add_(gradient, 1 - beta2);
        }
    }
    return loss;
}

void Lion::save(torch::serialize::OutputArchive& archive) const
{
    torch::optim::serialize<LionParamState, LionOptions>(archive, *this);
}

void Lion::load(torch::serialize::InputArchive& archive)
{
    torch::optim::serialize<LionParamState, LionOptions>(archive, *this);
}

}  // namespace promoterlab::detail
