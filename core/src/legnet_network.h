// SPDX-License-Identifier: GPL-3.0-or-later
// Native LibTorch implementations of LegNet whose parameter names match the official code.
#pragma once

#include "promoterlab/manifest.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace promoterlab::detail {

class ProcessGroup;

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
    // The folded convolution of input channels [first, first + count) alone, with or without the
    // bias: a convolution of a concatenation is the sum of such parts, so a part whose input
    // did not change can be reused.
    torch::Tensor forwardInputs(const torch::Tensor& x, std::int64_t first, std::int64_t count, bool withBias) const;
    // With a group, training-mode BatchNorm takes its statistics over the whole group's batch
    // (synchronisedBatchNorm); nullptr restores the per-process BatchNorm.
    void setProcessGroup(ProcessGroup* group) { m_group = group; }

private:
    // Module forwards are non-const in LibTorch although they do not change the module.
    mutable torch::nn::Conv1d m_conv;
    mutable torch::nn::BatchNorm1d m_norm;
    torch::Tensor m_foldedWeight;
    torch::Tensor m_foldedBias;
    // Copies for bfloat16 inference, made once at folding rather than on every call.
    torch::Tensor m_foldedWeightBFloat16;
    torch::Tensor m_foldedBiasBFloat16;
    ProcessGroup* m_group = nullptr;
};

// Input (batch, channels, length) → logits (batch, outputs) after global average pooling; for
// LegNet-Generator, per-position logits (batch, alphabet size, length) without pooling.
class LegNetNetwork : public torch::nn::Module {
public:
    virtual torch::Tensor forward(torch::Tensor x) = 0;
    // forward() on rowsPerPass rows at a time, outputs concatenated.
    torch::Tensor forwardInPasses(const torch::Tensor& inputs, std::int64_t rowsPerPass);
    // Logits of inputs (batch, channels, length) each of which differs from `reference`
    // (1, channels, length) at one position at most, positions[i] for row i, computed
    // rowsPerPass rows at a time. The same as forward() on the inputs; a network may override
    // it to reuse the reference's activations where a substitution cannot reach them.
    virtual torch::Tensor forwardSubstitutions(const torch::Tensor& reference, const torch::Tensor& inputs,
                                               const std::vector<std::int64_t>& positions, std::int64_t rowsPerPass);
    // Switches between BatchNorm folded into the convolutions (fast inference) and separate
    // BatchNorm (training; running statistics update).
    void setFolded(bool folded);
    bool isFolded() const { return m_folded; }
    // Synchronises every BatchNorm over the data-parallel group in training (nullptr: none).
    // The group must outlive the training steps.
    void setProcessGroup(ProcessGroup* group);

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
