// SPDX-License-Identifier: GPL-3.0-or-later
// From a model's raw outputs to what the user reads: probabilities and one expression number.
#pragma once

#include "promoterlab/manifest.h"

#include <torch/torch.h>

namespace promoterlab {

// Turns raw outputs into what the user reads: probabilities for bins and classes.
inline torch::Tensor toProbabilities(const torch::Tensor& raw, const OutputSpec& output)
{
    if (!output.logits)
        return raw;
    switch (output.kind) {
    case OutputKind::Bins:
        return torch::softmax(raw, 1);
    case OutputKind::Binary:
    case OutputKind::Multilabel:
        return torch::sigmoid(raw);
    case OutputKind::Scalar:
        break;
    }
    return raw;
}

// One number per sequence: the expectation over bin values, the scalar, or the first class.
inline torch::Tensor toExpression(const torch::Tensor& probabilities, const OutputSpec& output)
{
    if (output.kind == OutputKind::Bins) {
        const auto values = torch::tensor(output.binValues, torch::kFloat64).to(probabilities.device());
        return probabilities.to(torch::kFloat64).matmul(values);
    }
    return probabilities.select(1, 0).to(torch::kFloat64);
}

}  // namespace promoterlab
