// SPDX-License-Identifier: GPL-3.0-or-later
// The tiny least-squares problem of tests/data/optimizer/trajectories.tsv and the parameters PyTorch reached on it.
#pragma once

#include "test_tables.h"

#include <catch2/catch.hpp>
#include <torch/torch.h>

#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace promoterlab::test {

// Fixed inputs (8x4), targets (8x3) and starting parameters of a 3x4 linear layer, in float32.
struct LeastSquaresProblem {
    torch::Tensor input;
    torch::Tensor target;
    torch::Tensor weight;
    torch::Tensor bias;
};

// Element-wise agreement within a relative 1e-6 (1e-7 absolute for values near zero): float32
// arithmetic whose order may differ from the reference's (the Python Lion decays and steps in one
// expression) agrees to a few ulps, not to the bit.
inline void checkClose(const torch::Tensor& actual, const torch::Tensor& expected, const std::string& what)
{
    REQUIRE(actual.sizes() == expected.sizes());
    const auto a = actual.detach().to(torch::kFloat64).flatten();
    const auto e = expected.to(torch::kFloat64).flatten();
    for (std::int64_t i = 0; i < a.numel(); ++i) {
        INFO(what << " element " << i);
        CHECK(a[i].item<double>() == Approx(e[i].item<double>()).epsilon(1e-6).margin(1e-7));
    }
}

// The fixture: the problem, and the parameters of each reference run after each of its steps.
class OptimizerTrajectories {
public:
    OptimizerTrajectories()
    {
        for (const auto& row : readTsv("optimizer/trajectories.tsv")) {
            const auto key = std::make_tuple(row.at("run"), row.at("tensor"), std::stoi(row.at("step")));
            m_values[key].push_back(std::stod(row.at("value")));
        }
    }

    LeastSquaresProblem problem() const
    {
        return {tensor("start", "input", 0, {8, 4}), tensor("start", "target", 0, {8, 3}),
                tensor("start", "weight", 0, {3, 4}), tensor("start", "bias", 0, {3})};
    }

    // Compares the parameters after `step` optimizer steps with those of the reference run `run`.
    void check(const std::string& run, int step, const torch::Tensor& weight, const torch::Tensor& bias) const
    {
        checkClose(weight, tensor(run, "weight", step, {3, 4}), run + " weight after step " + std::to_string(step));
        checkClose(bias, tensor(run, "bias", step, {3}), run + " bias after step " + std::to_string(step));
    }

private:
    torch::Tensor tensor(const std::string& run, const std::string& name, int step,
                         const std::vector<std::int64_t>& shape) const
    {
        const auto found = m_values.find({run, name, step});
        REQUIRE(found != m_values.end());
        // The fixture holds float32 values printed with 17 digits, so the round trip is exact.
        return torch::tensor(found->second, torch::kFloat64).to(torch::kFloat32).reshape(shape);
    }

    std::map<std::tuple<std::string, std::string, int>, std::vector<double>> m_values;
};

// Back-propagates the problem's loss, the MSE of the linear layer, as the Python reference does.
inline void computeGradients(const LeastSquaresProblem& problem, const torch::Tensor& weight, const torch::Tensor& bias)
{
    torch::mse_loss(torch::linear(problem.input, weight, bias), problem.target).backward();
}

}  // namespace promoterlab::test
