// SPDX-License-Identifier: GPL-3.0-or-later
// Native LibTorch implementations of LegNet whose parameter names match the official code.
#pragma once

#include "promoterlab/manifest.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>

#include <memory>
#include <vector>

namespace promoterlab::detail {

// A convolution followed by BatchNorm. In inference the pair can be folded into one
// convolution with a bias, which removes the BatchNorm pass over the activations.
class ConvBatchNorm {
public:
    ConvBatchNorm(torch::nn::Conv1d conv, torch::nn::BatchNorm1d norm);

    torch::Tensor forward(const torch::Tensor& x) const;
    // Folds the current running statistics into the convolution (eval only); unfold() undoes it.
    // The pair convolves (batch, channels, 1, length) channels-last input; folded, of either
    // float32 or bfloat16.
    void fold();
    void unfold();

private:
    // Module forwards are non-const in LibTorch although they do not change the module.
    mutable torch::nn::Conv1d m_conv;
    mutable torch::nn::BatchNorm1d m_norm;
    torch::Tensor m_foldedWeight;
    torch::Tensor m_foldedBias;
    // Copies for bfloat16 inference, made once at folding rather than on every call.
    torch::Tensor m_foldedWeightBFloat16;
    torch::Tensor m_foldedBiasBFloat16;
};

// Input (batch, channels, length) → logits (batch, outputs) after global average pooling.
class LegNetNetwork : public torch::nn::Module {
public:
    virtual torch::Tensor forward(torch::Tensor x) = 0;
    // Switches between BatchNorm folded into the convolutions (fast inference) and separate
    // BatchNorm (training; running statistics update).
    void setFolded(bool folded);
    bool isFolded() const { return m_folded; }

protected:
    // The input (batch, channels, length) as (batch, channels, 1, length) channels-last, the
    // layout oneDNN convolves fastest here (1.2–2.7× over 1-D convolutions, measured).
    torch::Tensor toLayout(const torch::Tensor& input) const;

    std::vector<ConvBatchNorm*> m_convBatchNorms;

private:
    bool m_folded = false;
};

// Builds an untrained network of the manifest's architecture and shape, with the input
// channels of its input spec and the outputs of its output spec.
std::shared_ptr<LegNetNetwork> makeLegNetNetwork(const Manifest& manifest);

// The CP rank tensorly gives a tensor regression layer of the given weight shape at rank 0.5.
int tensorRegressionRank(int n);

}  // namespace promoterlab::detail
