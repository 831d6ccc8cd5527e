// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the LegNet networks' two paths: folded inference against separate BatchNorm.
#include "model_impl.h"
#include "test_tables.h"

#include <catch2/catch.hpp>

using namespace promoterlab;

namespace {

torch::Tensor someInputs(const Model& model)
{
    torch::manual_seed(5);
    const auto& input = model.manifest().input;
    // One-hot bases with the reverse flag set on half of the rows, as the predictor encodes them.
    auto bases = torch::randint(0, 4, {12, input.length});
    auto encoded = torch::zeros({12, input.channelCount(), input.length});
    encoded.narrow(1, 0, 4).copy_(torch::one_hot(bases, 4).permute({0, 2, 1}));
    encoded.narrow(0, 6, 6).select(1, 4).fill_(1.0f);
    return encoded;
}

}  // namespace

TEST_CASE("Folded BatchNorm gives the outputs of separate BatchNorm in evaluation")
{
    for (const char* file : {"parity/optimized_small.pth", "parity/dream2022_small.pth"}) {
        INFO(file);
        const auto model = Model::load(test::fixturePath(file));
        auto& network = *model->impl().network;
        const auto input = someInputs(*model);
        torch::NoGradGuard noGrad;
        REQUIRE(network.isFolded());
        const auto folded = network.forward(input);
        network.setFolded(false);
        const auto separate = network.forward(input);
        network.setFolded(true);
        // float32 rounding differs between the two orders of operation; logits here reach tens.
        const double scale = separate.abs().max().item<double>();
        INFO("largest logit " << scale);
        CHECK((folded - separate).abs().max().item<double>() <= 2e-5 * scale);
        CHECK(separate.std().item<double>() > 1e-3);  // the outputs do differ between inputs
    }
}

TEST_CASE("Training mode updates the BatchNorm statistics as PyTorch does")
{
    const auto model = Model::load(test::fixturePath("models/tiny_optimized.pth"));
    auto& network = *model->impl().network;
    network.setFolded(false);
    network.train();
    const auto buffers = network.named_buffers();
    const auto mean = buffers["stem_block.block.1.running_mean"].clone();
    const auto tracked = buffers["stem_block.block.1.num_batches_tracked"].item<std::int64_t>();
    network.forward(someInputs(*model));
    CHECK(buffers["stem_block.block.1.num_batches_tracked"].item<std::int64_t>() == tracked + 1);
    CHECK_FALSE(torch::allclose(buffers["stem_block.block.1.running_mean"], mean));
    network.eval();
}
