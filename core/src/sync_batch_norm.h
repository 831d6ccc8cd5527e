// SPDX-License-Identifier: GPL-3.0-or-later
// BatchNorm whose batch statistics span every process of a data-parallel group (PyTorch's SyncBatchNorm).
#pragma once

#include <torch/types.h>

namespace promoterlab::detail {

class ProcessGroup;

// Training-mode BatchNorm of x (batch, channels, ...) normalised with the mean and variance of
// the whole group's batch (one all-reduce of per-channel sums), so that W processes of batch B
// compute what one process of batch W·B computes. Updates runningMean and runningVar as
// torch::batch_norm does (momentum; the unbiased variance with the group's count). Backward
// gives x the gradient of the sum of every rank's loss (one more all-reduce), and weight and
// bias this rank's share, which the group averages with the other gradients.
torch::Tensor synchronisedBatchNorm(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                                    const torch::Tensor& runningMean, const torch::Tensor& runningVar,
                                    double momentum, double eps, ProcessGroup& group);

}  // namespace promoterlab::detail
