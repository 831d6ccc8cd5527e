// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the Lion optimizer against a Python implementation of the paper's update, and of its checkpointed state.
#include "lion_optimizer.h"

#include "one_cycle_schedule.h"
#include "optimizer_trajectories.h"
#include "promoterlab/errors.h"
#include "temporary_directory.h"

#include <catch2/catch.hpp>
#include <torch/torch.h>

#include <sstream>
#include <string>
#include <utility>
#include <vector>

using promoterlab::Error;
using promoterlab::detail::Lion;
using promoterlab::detail::LionOptions;
using promoterlab::detail::LionParamState;
using promoterlab::detail::OneCycleSchedule;
using promoterlab::test::computeGradients;
using promoterlab::test::LeastSquaresProblem;
using promoterlab::test::OptimizerTrajectories;
using promoterlab::test::TemporaryDirectory;

namespace {

// The recipe's betas and decay (DESIGN.md §5) at a rate large enough to move the tiny problem.
LionOptions referenceOptions()
{
    return LionOptions(1e-2).betas(std::make_tuple(0.9, 0.99)).weight_decay(0.1);
}

struct Parameters {
    torch::Tensor weight;
    torch::Tensor bias;
    torch::Tensor unused;  // in the optimizer, never in the loss, so it never has a gradient
};

Parameters startingParameters(const LeastSquaresProblem& problem)
{
    return {problem.weight.clone().requires_grad_(), problem.bias.clone().requires_grad_(),
            torch::linspace(-1, 1, 5).requires_grad_()};
}

void trainSteps(Lion& optimizer, const LeastSquaresProblem& problem, const Parameters& parameters, int steps)
{
    for (int i = 0; i < steps; ++i) {
        optimizer.zero_grad();
        computeGradients(problem, parameters.weight, parameters.bias);
        optimizer.step();
    }
}

torch::Tensor momentumOf(const Lion& optimizer, const torch::Tensor& parameter)
{
    // The state's key type differs between LibTorch 1.x and 2.x; here the shapes tell the states apart.
    torch::Tensor momentum;
    for (const auto& entry : optimizer.state()) {
        const auto& state = static_cast<const LionParamState&>(*entry.second);
        if (state.exp_avg().sizes() == parameter.sizes())
            momentum = state.exp_avg();
    }
    REQUIRE(momentum.defined());
    return momentum;
}

}  // namespace

TEST_CASE("Lion follows the paper's update step by step as the Python reference computes it")
{
    const OptimizerTrajectories trajectories;
    const auto problem = trajectories.problem();
    const auto parameters = startingParameters(problem);
    Lion optimizer({parameters.weight, parameters.bias}, referenceOptions());
    for (int step = 1; step <= 5; ++step) {
        trainSteps(optimizer, problem, parameters, 1);
        trajectories.check("lion", step, parameters.weight, parameters.bias);
    }
}

TEST_CASE("Lion driven by the one-cycle schedule follows PyTorch's OneCycleLR driving the reference")
{
    const OptimizerTrajectories trajectories;
    const auto problem = trajectories.problem();
    const auto parameters = startingParameters(problem);
    Lion optimizer({parameters.weight, parameters.bias}, referenceOptions());
    const OneCycleSchedule schedule(1e-2, 10);
    for (int step = 1; step <= 10; ++step) {
        schedule.apply(optimizer, step - 1);
        trainSteps(optimizer, problem, parameters, 1);
        trajectories.check("lion_one_cycle", step, parameters.weight, parameters.bias);
    }
}

TEST_CASE("Lion moves every weight by exactly the learning rate when there is no weight decay")
{
    auto weight = torch::tensor({0.5F, -0.25F, 2.0F, 0.0F}).requires_grad_();
    Lion optimizer({weight}, LionOptions(0.125));
    // Gradients of very different scales (and one exactly zero) give steps of the same size.
    weight.mutable_grad() = torch::tensor({1e-6F, -3e4F, 0.0F, 7.0F});
    optimizer.step();
    CHECK(torch::equal(weight.detach(), torch::tensor({0.375F, -0.125F, 2.0F, -0.125F})));
}

TEST_CASE("Lion leaves parameters without a gradient untouched and keeps no state for them")
{
    const OptimizerTrajectories trajectories;
    const auto problem = trajectories.problem();
    const auto parameters = startingParameters(problem);
    const auto unusedBefore = parameters.unused.detach().clone();
    Lion optimizer({parameters.weight, parameters.unused, parameters.bias}, referenceOptions());
    trainSteps(optimizer, problem, parameters, 3);
    CHECK(!parameters.unused.grad().defined());
    // Not even the weight decay, which would otherwise shrink it.
    CHECK(torch::equal(parameters.unused.detach(), unusedBefore));
    CHECK(optimizer.state().size() == 2);
    CHECK(!torch::equal(parameters.weight.detach(), problem.weight));
}

TEST_CASE("Lion state saved and loaded into a fresh optimizer continues bit for bit like an uninterrupted run")
{
    const OptimizerTrajectories trajectories;
    const auto problem = trajectories.problem();
    const OneCycleSchedule schedule(1e-2, 8);
    auto runSteps = [&](Lion& optimizer, const Parameters& parameters, int from, int to) {
        for (int step = from; step < to; ++step) {
            schedule.apply(optimizer, step);
            trainSteps(optimizer, problem, parameters, 1);
        }
    };

    const auto uninterrupted = startingParameters(problem);
    Lion uninterruptedOptimizer({uninterrupted.weight, uninterrupted.unused, uninterrupted.bias}, referenceOptions());
    runSteps(uninterruptedOptimizer, uninterrupted, 0, 8);

    TemporaryDirectory directory;
    const auto checkpoint = directory.file("optimizer.pt");
    Parameters resumed;
    {
        const auto interrupted = startingParameters(problem);
        Lion optimizer({interrupted.weight, interrupted.unused, interrupted.bias}, referenceOptions());
        runSteps(optimizer, interrupted, 0, 4);
        torch::save(optimizer, checkpoint);
        // New tensors, as a resumed run builds its model anew: the state must follow them by position.
        resumed = {interrupted.weight.detach().clone().requires_grad_(),
                   interrupted.bias.detach().clone().requires_grad_(),
                   interrupted.unused.detach().clone().requires_grad_()};
    }
    // Another default rate on purpose: the schedule, applied before every step, decides the rate.
    Lion resumedOptimizer({resumed.weight, resumed.unused, resumed.bias}, referenceOptions().lr(0.5));
    torch::load(resumedOptimizer, checkpoint);
    REQUIRE(resumedOptimizer.state().size() == 2);
    runSteps(resumedOptimizer, resumed, 4, 8);

    CHECK(torch::equal(resumed.weight.detach(), uninterrupted.weight.detach()));
    CHECK(torch::equal(resumed.bias.detach(), uninterrupted.bias.detach()));
    CHECK(torch::equal(resumed.unused.detach(), uninterrupted.unused.detach()));
    for (const auto& [resumedParameter, uninterruptedParameter] :
         {std::make_pair(resumed.weight, uninterrupted.weight), std::make_pair(resumed.bias, uninterrupted.bias)})
        CHECK(torch::equal(momentumOf(resumedOptimizer, resumedParameter),
                           momentumOf(uninterruptedOptimizer, uninterruptedParameter)));
}

TEST_CASE("Lion options survive an archive round trip")
{
    const auto options = LionOptions(3e-4).betas(std::make_tuple(0.95, 0.98)).weight_decay(0.2);
    torch::serialize::OutputArchive out;
    options.serialize(out);
    std::stringstream bytes;
    out.save_to(bytes);
    torch::serialize::InputArchive in;
    in.load_from(bytes);
    LionOptions loaded;
    loaded.serialize(in);
    CHECK(loaded == options);
    CHECK(loaded.get_lr() == 3e-4);
}

TEST_CASE("Lion refuses to resume from AdamW's state")
{
    const OptimizerTrajectories trajectories;
    const auto problem = trajectories.problem();
    const auto parameters = startingParameters(problem);
    torch::optim::AdamW adamW({parameters.weight, parameters.bias});
    adamW.zero_grad();
    computeGradients(problem, parameters.weight, parameters.bias);
    adamW.step();
    TemporaryDirectory directory;
    const auto checkpoint = directory.file("adamw.pt");
    torch::save(adamW, checkpoint);

    Lion lion({parameters.weight, parameters.bias});
    CHECK_THROWS_WITH(torch::load(lion, checkpoint), Catch::Contains("not Lion's"));
}

TEST_CASE("Lion rejects a negative learning rate or weight decay and betas outside [0, 1)")
{
    const auto weight = torch::zeros({2}).requires_grad_();
    CHECK_THROWS_AS(Lion({weight}, LionOptions(-1e-3)), Error);
    CHECK_THROWS_AS(Lion({weight}, LionOptions().weight_decay(-0.1)), Error);
    CHECK_THROWS_AS(Lion({weight}, LionOptions().betas(std::make_tuple(1.0, 0.99))), Error);
    CHECK_THROWS_AS(Lion({weight}, LionOptions().betas(std::make_tuple(0.9, -0.5))), Error);
    CHECK_NOTHROW(Lion({weight}, LionOptions(0).betas(std::make_tuple(0.0, 0.0))));
}

TEST_CASE("Lion evaluates the loss closure with autograd on and returns its loss")
{
    const OptimizerTrajectories trajectories;
    const auto problem = trajectories.problem();
    const auto withClosure = startingParameters(problem);
    const auto withoutClosure = startingParameters(problem);
    Lion closureOptimizer({withClosure.weight, withClosure.bias}, referenceOptions());
    Lion plainOptimizer({withoutClosure.weight, withoutClosure.bias}, referenceOptions());

    const auto loss = closureOptimizer.step([&] {
        closureOptimizer.zero_grad();
        auto value = torch::mse_loss(torch::linear(problem.input, withClosure.weight, withClosure.bias), problem.target);
        value.backward();
        return value;
    });
    trainSteps(plainOptimizer, problem, withoutClosure, 1);

    REQUIRE(loss.defined());
    CHECK(loss.item<double>() > 0);
    CHECK(torch::equal(withClosure.weight.detach(), withoutClosure.weight.detach()));
    CHECK(torch::equal(withClosure.bias.detach(), withoutClosure.bias.detach()));
}
