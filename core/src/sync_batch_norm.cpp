// SPDX-License-Identifier: GPL-3.0-or-later
// Synchronised BatchNorm as a custom autograd function: group-wide statistics forward, group-wide gradient sums backward.
#include "sync_batch_norm.h"

#include "process_group.h"

#include <torch/autograd.h>

#include <cstdint>
#include <vector>

namespace promoterlab::detail {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// Every dimension but the channels (1), over which BatchNorm reduces.
std::vector<std::int64_t> reducedDimensions(const torch::Tensor& x)
{
    std::vector<std::int64_t> dimensions{0};
    for (std::int64_t d = 2; d < x.dim(); ++d)
        dimensions.push_back(d);
    return dimensions;
}

// A per-channel vector shaped to broadcast over x.
torch::Tensor perChannel(const torch::Tensor& values, const torch::Tensor& x)
{
    std::vector<std::int64_t> shape(static_cast<std::size_t>(x.dim()), 1);
    shape[1] = values.size(0);
    return values.view(shape);
}

class SynchronisedBatchNormFunction : public torch::autograd::Function<SynchronisedBatchNormFunction> {
public:
    static torch::Tensor forward(AutogradContext* context, const torch::Tensor& x, const torch::Tensor& weight,
                                 const torch::Tensor& bias, const torch::Tensor& runningMean,
                                 const torch::Tensor& runningVar, double momentum, double eps, ProcessGroup* group)
    {
        // Statistics in float32 also when autocast hands bfloat16 activations, as BatchNorm does.
        const auto input = x.to(torch::kFloat32);
        const auto dimensions = reducedDimensions(input);
        const std::int64_t channels = input.size(1);
        const auto [localVar, localMean] = torch::var_mean(input, dimensions, /*unbiased=*/false);
        // Each rank's count, sum and sum of squares add up over the group; in double, because the
        // variance is then a difference of two such sums.
        const double localCount = static_cast<double>(input.numel() / channels);
        const auto mean64 = localMean.to(torch::kFloat64);
        auto sums = torch::cat({mean64 * localCount, (localVar.to(torch::kFloat64) + mean64 * mean64) * localCount,
                                torch::full({1}, localCount, mean64.options())});
        group->sumInPlace(sums, "synchronising the BatchNorm statistics");
        const double count = sums[2 * channels].item<double>();
        const auto mean = sums.narrow(0, 0, channels) / count;
        const auto variance = (sums.narrow(0, channels, channels) / count - mean * mean).clamp_min(0);
        const auto inverseStd = (variance + eps).rsqrt().to(torch::kFloat32);

        runningMean.mul_(1 - momentum).add_(mean.to(runningMean.scalar_type()), momentum);
        runningVar.mul_(1 - momentum).add_((variance * (count / (count - 1))).to(runningVar.scalar_type()), momentum);

        const auto normalised = (input - perChannel(mean.to(torch::kFloat32), input)) * perChannel(inverseStd, input);
        context->save_for_backward({normalised, inverseStd, weight});
        context->saved_data["count"] = count;
        context->saved_data["input_type"] = static_cast<std::int64_t>(x.scalar_type());
        // Function contexts keep IValues only; the group outlives every step it takes part in.
        context->saved_data["group"] = reinterpret_cast<std::int64_t>(group);
        return (normalised * perChannel(weight, input) + perChannel(bias, input)).to(x.scalar_type());
    }

    static variable_list backward(AutogradContext* context, variable_list outputGradients)
    {
        const auto saved = context->get_saved_variables();
        const auto& normalised = saved[0];
        const auto& inverseStd = saved[1];
        const auto& weight = saved[2];
        const double count = context->saved_data["count"].toDouble();
        const auto inputType = static_cast<torch::ScalarType>(context->saved_data["input_type"].toInt());
        auto* group = reinterpret_cast<ProcessGroup*>(context->saved_data["group"].toInt());

        const auto outputGradient = outputGradients[0].to(torch::kFloat32);
        const auto dimensions = reducedDimensions(normalised);
        const std::int64_t channels = normalised.size(1);
        const auto biasGradient = outputGradient.sum(dimensions);
        const auto weightGradient = (outputGradient * normalised).sum(dimensions);
        auto sums = torch::cat({biasGradient, weightGradient});
        group->sumInPlace(sums, "synchronising the BatchNorm gradients");
        const auto meanGradient = sums.narrow(0, 0, channels) / count;
        const auto meanGradientTimesNormalised = sums.narrow(0, channels, channels) / count;
        const auto inputGradient = (outputGradient - perChannel(meanGradient, normalised)
                                    - normalised * perChannel(meanGradientTimesNormalised, normalised))
            * perChannel(inverseStd * weight, normalised);
        return {inputGradient.to(inputType), weightGradient, biasGradient, torch::Tensor(), torch::Tensor(),
                torch::Tensor(), torch::Tensor(), torch::Tensor()};
    }
};

}  // namespace

torch::Tensor synchronisedBatchNorm(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                                    const torch::Tensor& runningMean, const torch::Tensor& runningVar,
                                    double momentum, double eps, ProcessGroup& group)
{
    return SynchronisedBatchNormFunction::apply(x, weight, bias, runningMean, runningVar, momentum, eps, &group);
}

}  // namespace promoterlab::detail
