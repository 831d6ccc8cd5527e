// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the one-cycle schedule against the rates PyTorch's OneCycleLR gives, alone and driving AdamW.
#include "one_cycle_schedule.h"

#include "lion_optimizer.h"
#include "optimizer_trajectories.h"
#include "promoterlab/errors.h"
#include "test_tables.h"

#include <catch2/catch.hpp>
#include <torch/torch.h>

#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

using promoterlab::Error;
using promoterlab::detail::Lion;
using promoterlab::detail::LionOptions;
using promoterlab::detail::OneCycleSchedule;
using promoterlab::test::computeGradients;
using promoterlab::test::OptimizerTrajectories;
using promoterlab::test::readTsv;

TEST_CASE("One-cycle schedule gives the rate of PyTorch's OneCycleLR at every step")
{
    struct Configuration {
        double maxLr, pctStart, divFactor, finalDivFactor;
        std::int64_t totalSteps;
        std::map<std::int64_t, double> rates;
    };
    std::map<std::string, Configuration> configurations;
    for (const auto& row : readTsv("optimizer/one_cycle.tsv")) {
        auto& configuration = configurations[row.at("schedule")];
        configuration.maxLr = std::stod(row.at("max_lr"));
        configuration.totalSteps = std::stoll(row.at("total_steps"));
        configuration.pctStart = std::stod(row.at("pct_start"));
        configuration.divFactor = std::stod(row.at("div_factor"));
        configuration.finalDivFactor = std::stod(row.at("final_div_factor"));
        configuration.rates[std::stoll(row.at("step"))] = std::stod(row.at("lr"));
    }
    REQUIRE(configurations.size() == 5);

    for (const auto& [name, configuration] : configurations) {
        const OneCycleSchedule schedule(configuration.maxLr, configuration.totalSteps, configuration.pctStart,
                                        configuration.divFactor, configuration.finalDivFactor);
        REQUIRE(configuration.rates.size() == static_cast<std::size_t>(configuration.totalSteps + 1));
        for (const auto& [step, rate] : configuration.rates) {
            INFO(name << " step " << step);
            // The same operations on the same doubles as PyTorch; only libm's cos could differ, by an ulp.
            CHECK(schedule.learningRate(step) == Approx(rate).epsilon(1e-12));
        }
    }
}

TEST_CASE("One-cycle schedule starts at maxLr / divFactor, peaks at maxLr after the warm-up and ends at its minimum")
{
    const double maxLr = 5e-4;
    const OneCycleSchedule schedule(maxLr, 100, 0.3, 25, 1e4);
    CHECK(schedule.learningRate(0) == Approx(maxLr / 25).epsilon(1e-15));
    // 0.3 * 100 - 1 = 29 (up to rounding): the last warm-up step is the peak.
    CHECK(schedule.learningRate(29) == Approx(maxLr).epsilon(1e-15));
    CHECK(schedule.learningRate(99) == Approx(maxLr / (25 * 1e4)).epsilon(1e-12));
    CHECK(schedule.initialLearningRate() == Approx(maxLr / 25).epsilon(1e-15));
    CHECK(schedule.minLearningRate() == Approx(maxLr / (25 * 1e4)).epsilon(1e-15));
    for (std::int64_t step = 1; step <= 29; ++step)
        CHECK(schedule.learningRate(step) > schedule.learningRate(step - 1));
    for (std::int64_t step = 30; step <= 99; ++step)
        CHECK(schedule.learningRate(step) < schedule.learningRate(step - 1));
    // PyTorch lets the scheduler take one step past the end, where the cosine turns up again.
    CHECK(schedule.learningRate(100) > schedule.learningRate(99));
    CHECK(schedule.learningRate(100) < schedule.learningRate(98));
}

TEST_CASE("One-cycle schedule gives a phase of zero length its end value where PyTorch divides by zero")
{
    // 0.1 * 10 - 1 = 0: the warm-up is the single step 0, which is its peak.
    const OneCycleSchedule oneStepWarmup(1e-3, 10, 0.1, 25, 1e4);
    CHECK(oneStepWarmup.learningRate(0) == 1e-3);
    CHECK(oneStepWarmup.learningRate(1) < 1e-3);
    // All warm-up: the annealing phase, 9 .. 9, is reached only past the end.
    const OneCycleSchedule allWarmup(1e-3, 10, 1.0, 25, 1e4);
    CHECK(allWarmup.learningRate(9) == 1e-3);
    CHECK(allWarmup.learningRate(10) == allWarmup.minLearningRate());
}

TEST_CASE("One-cycle schedule rejects bad settings and steps outside the schedule")
{
    CHECK_THROWS_AS(OneCycleSchedule(-1e-3, 100), Error);
    CHECK_THROWS_AS(OneCycleSchedule(1e-3, 0), Error);
    CHECK_THROWS_AS(OneCycleSchedule(1e-3, 100, 1.5), Error);
    CHECK_THROWS_AS(OneCycleSchedule(1e-3, 100, -0.1), Error);
    CHECK_THROWS_AS(OneCycleSchedule(1e-3, 100, 0.3, 0), Error);
    CHECK_THROWS_AS(OneCycleSchedule(1e-3, 100, 0.3, 25, 0), Error);
    CHECK_THROWS_AS(OneCycleSchedule(std::nan(""), 100), Error);
    const OneCycleSchedule schedule(1e-3, 100);
    CHECK_THROWS_AS(schedule.learningRate(-1), Error);
    CHECK_THROWS_AS(schedule.learningRate(101), Error);
}

TEST_CASE("One-cycle schedule sets the rate of every param group of AdamW and Lion")
{
    const auto a = torch::zeros({2}).requires_grad_();
    const auto b = torch::zeros({3}).requires_grad_();
    const OneCycleSchedule schedule(5e-3, 50);

    torch::optim::AdamW adamW({torch::optim::OptimizerParamGroup({a}), torch::optim::OptimizerParamGroup({b})});
    Lion lion({torch::optim::OptimizerParamGroup({a}), torch::optim::OptimizerParamGroup({b})}, LionOptions(1));
    for (const std::int64_t step : {0, 14, 37, 50}) {
        schedule.apply(adamW, step);
        schedule.apply(lion, step);
        for (const auto* optimizer : std::vector<const torch::optim::Optimizer*>{&adamW, &lion}) {
            REQUIRE(optimizer->param_groups().size() == 2);
            for (const auto& group : optimizer->param_groups())
                CHECK(group.options().get_lr() == schedule.learningRate(step));
        }
    }
}

TEST_CASE("AdamW driven by the one-cycle schedule follows PyTorch's AdamW under OneCycleLR")
{
    const OptimizerTrajectories trajectories;
    const auto problem = trajectories.problem();
    const auto weight = problem.weight.clone().requires_grad_();
    const auto bias = problem.bias.clone().requires_grad_();
    torch::optim::AdamW optimizer({weight, bias}, torch::optim::AdamWOptions(5e-3).weight_decay(0.01));
    const OneCycleSchedule schedule(5e-3, 10);
    for (int step = 1; step <= 10; ++step) {
        schedule.apply(optimizer, step - 1);
        optimizer.zero_grad();
        computeGradients(problem, weight, bias);
        optimizer.step();
        trajectories.check("adamw_one_cycle", step, weight, bias);
    }
}
