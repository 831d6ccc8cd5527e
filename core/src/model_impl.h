// SPDX-License-Identifier: GPL-3.0-or-later
// The torch side of Model, shared by the files of core that run models.
#pragma once

#include "legnet_network.h"
#include "promoterlab/model.h"

#include <torch/script.h>

namespace promoterlab {

class Model::Impl {
public:
    Manifest manifest;
    ModelFileKind fileKind = ModelFileKind::Bundle;
    std::string sourcePath;
    std::string contentHash;
    torch::Device device = torch::kCPU;
    // Exactly one of these is set.
    std::shared_ptr<detail::LegNetNetwork> network;
    std::shared_ptr<torch::jit::Module> script;

    // Raw outputs (batch, outputs) for an encoded batch (batch, channels, length) already on
    // device(): logits for native networks, whatever the manifest says for TorchScript.
    torch::Tensor forward(const torch::Tensor& input) const;
    // The same for inputs that each differ from `reference` (1, channels, length) at one
    // position, positions[i] for row i; faster where the network can reuse the reference's work.
    torch::Tensor forwardSubstitutions(const torch::Tensor& reference, const torch::Tensor& inputs,
                                       const std::vector<std::int64_t>& positions) const;
};

}  // namespace promoterlab
