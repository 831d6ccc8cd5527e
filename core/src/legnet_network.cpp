// SPDX-License-Identifier: GPL-3.0-or-later
// The optimized LegNet, the original DREAM 2022 LegNet (DESIGN.md §5, reference/legnet-dream2022.md) and
// LegNet-Generator, the DREAM 2022 body with a per-position head (DESIGN.md §6).
#include "legnet_network.h"

#include "promoterlab/errors.h"
#include "sync_batch_norm.h"

#include <torch/nn/functional/activation.h>
#include <torch/nn/modules/linear.h>

#include <algorithm>
#include <cmath>

namespace promoterlab::detail {

namespace {

namespace F = torch::nn::functional;

// Official LegNet uses BatchNorm1d defaults: eps 1e-5, momentum 0.1.
torch::nn::BatchNorm1d makeBatchNorm(int channels)
{
    return torch::nn::BatchNorm1d(torch::nn::BatchNorm1dOptions(channels).eps(1e-5).momentum(0.1));
}

torch::nn::Conv1d makeConv(int in, int out, int kernel, int groups = 1, bool bias = false)
{
    return torch::nn::Conv1d(
        torch::nn::Conv1dOptions(in, out, kernel).padding(kernel / 2).groups(groups).bias(bias));
}

// A module that only names its children, like an nn.Sequential whose forward we write ourselves,
// so that state_dict keys such as `block.0.weight` come out exactly as in the official code.
std::shared_ptr<torch::nn::Module> makeHolder()
{
    return std::make_shared<torch::nn::Module>();
}

// Without autograd, a tensor just computed by the caller can be overwritten: SiLU and the
// excitation then need no new activation buffer (about a tenth of inference time here).
bool mayOverwrite()
{
    return c10::InferenceMode::is_enabled() || !torch::GradMode::is_enabled();
}

// SiLU of an activation that nothing else refers to.
torch::Tensor siluOfFresh(torch::Tensor x)
{
    return mayOverwrite() ? torch::silu_(x) : F::silu(x);
}

// Conv → BatchNorm → SiLU, named `<holder>.0` and `<holder>.1`.
class ConvBlock {
public:
    ConvBlock(torch::nn::Module& holder, int in, int out, int kernel, std::vector<ConvBatchNorm*>& registry,
              int firstIndex = 0, int groups = 1)
        : m_pair(holder.register_module(std::to_string(firstIndex), makeConv(in, out, kernel, groups)),
                 holder.register_module(std::to_string(firstIndex + 1), makeBatchNorm(out)))
    {
        registry.push_back(&m_pair);
    }
    torch::Tensor forward(const torch::Tensor& x) const { return siluOfFresh(m_pair.forward(x)); }
    // The pre-activation contributed by input channels [first, first + count) (folded only).
    torch::Tensor preActivation(const torch::Tensor& x, std::int64_t first, std::int64_t count, bool withBias) const
    {
        return m_pair.forwardInputs(x, first, count, withBias);
    }
    static torch::Tensor activate(torch::Tensor preActivation) { return siluOfFresh(std::move(preActivation)); }

private:
    ConvBatchNorm m_pair;
};

// Activations are (batch, channels, 1, length) in channels-last order, in training and in
// inference, so that oneDNN convolves them without reordering (see toLayout).

// Mean over positions: (batch, channels).
torch::Tensor averagePositions(const torch::Tensor& x)
{
    return x.flatten(2).mean(-1);
}

// x (an activation nothing else refers to) scaled channel-wise by squeeze-excitation weights
// of shape (batch, channels).
torch::Tensor excite(torch::Tensor x, const torch::Tensor& weights)
{
    std::vector<std::int64_t> shape(static_cast<std::size_t>(x.dim()), 1);
    shape[0] = weights.size(0);
    shape[1] = weights.size(1);
    return mayOverwrite() ? x.mul_(weights.view(shape)) : x * weights.view(shape);
}

// Convolves a (batch, channels, 1, length) channels-last input with oneDNN. Called directly
// because LibTorch's dispatcher sends small batches of 1×1 convolutions to its im2col path on
// the system BLAS, which measured 30× slower here (Debian links the reference BLAS).
torch::Tensor oneDnnConvolution(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                                std::int64_t padding, std::int64_t groups)
{
    const std::int64_t stride[] = {1, 1}, paddings[] = {0, padding}, dilation[] = {1, 1};
    const bool needsGradient = torch::GradMode::is_enabled() && (x.requires_grad() || weight.requires_grad());
    if (!x.is_cpu() || needsGradient)
        return torch::conv2d(x, weight, bias, stride, paddings, dilation, groups);
    return at::mkldnn_convolution(x, weight, bias, paddings, stride, dilation, groups);
}

// A 1×1 convolution with bias of a 1-D module applied to the network's activations.
torch::Tensor pointwise(const torch::nn::Conv1d& conv, const torch::Tensor& x)
{
    return oneDnnConvolution(x, conv->weight.unsqueeze(2).to(x.scalar_type()), conv->bias.to(x.scalar_type()), 0, 1);
}

// Squeeze-excitation of the optimized LegNet: Linear → SiLU → Linear → sigmoid.
class SimpleSqueezeExcitation : public torch::nn::Module {
public:
    SimpleSqueezeExcitation(int channels, int reduced)
    {
        auto fc = register_module("fc", makeHolder());
        m_squeeze = fc->register_module("0", torch::nn::Linear(channels, reduced));
        m_expand = fc->register_module("2", torch::nn::Linear(reduced, channels));
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        const auto pooled = averagePositions(x);
        return excite(x, torch::sigmoid(m_expand(F::silu(m_squeeze(pooled)))));
    }

private:
    torch::nn::Linear m_squeeze{nullptr};
    torch::nn::Linear m_expand{nullptr};
};

// tensorly-torch's CP tensor regression layer as the DREAM 2022 LegNet uses it:
// y[b,k] = Σ_ij v_i v_j W_ijk + bias_k with W = Σ_r weights_r f0_r ⊗ f1_r ⊗ f2_r.
class CpTensorRegression : public torch::nn::Module {
public:
    CpTensorRegression(int n, int out)
    {
        const int rank = tensorRegressionRank(n);
        auto trl = register_module("trl", makeHolder());
        m_bias = trl->register_parameter("bias", torch::empty({out}).uniform_(-1, 1));
        auto weight = trl->register_module("weight", makeHolder());
        m_weights = weight->register_parameter("weights", torch::ones({rank}));
        auto factors = weight->register_module("factors", makeHolder());
        const double std = std::pow(0.00075 / std::sqrt(rank), 1.0 / 3.0);
        m_factor0 = factors->register_parameter("factor_0", torch::randn({n, rank}) * std);
        m_factor1 = factors->register_parameter("factor_1", torch::randn({n, rank}) * std);
        m_factor2 = factors->register_parameter("factor_2", torch::randn({out, rank}) * std);
    }
    // The rank-R factorisation avoids building the n×n outer product and the n×n×out tensor.
    torch::Tensor forward(const torch::Tensor& v)
    {
        const auto projected = v.matmul(m_factor0) * v.matmul(m_factor1) * m_weights;
        return torch::addmm(m_bias, projected, m_factor2.t());
    }

private:
    torch::Tensor m_bias, m_weights, m_factor0, m_factor1, m_factor2;
};

// Squeeze-excitation of the DREAM 2022 LegNet:
// Linear → SiLU → Linear → concat(y, Bilinear(y)) → SiLU → Linear → sigmoid.
class ComplexSqueezeExcitation : public torch::nn::Module {
public:
    ComplexSqueezeExcitation(int channels, int reduced)
    {
        auto fc = register_module("fc", makeHolder());
        m_squeeze = fc->register_module("0", torch::nn::Linear(channels, reduced));
        m_mix = fc->register_module("2", torch::nn::Linear(reduced, reduced));
        auto concat = fc->register_module("3", makeHolder());
        m_bilinear = concat->register_module("mod", std::make_shared<CpTensorRegression>(reduced, reduced / 2));
        m_expand = fc->register_module("5", torch::nn::Linear(reduced + reduced / 2, channels));
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        const auto mixed = m_mix(F::silu(m_squeeze(averagePositions(x))));
        const auto joined = torch::cat({mixed, m_bilinear->forward(mixed)}, 1);
        return excite(x, torch::sigmoid(m_expand(F::silu(joined))));
    }

private:
    torch::nn::Linear m_squeeze{nullptr}, m_mix{nullptr}, m_expand{nullptr};
    std::shared_ptr<CpTensorRegression> m_bilinear;
};

// The EfficientNet-like block: 1×1 expand → grouped k-wide conv → squeeze-excitation → 1×1 project.
template <typename SqueezeExcitation>
class InvertedResidual {
public:
    InvertedResidual(torch::nn::Module& block, int in, int inner, int kernel, int groups, int reduced,
                     std::vector<ConvBatchNorm*>& registry)
        : m_expand(block, in, inner, 1, registry, 0)
        , m_spatial(block, inner, inner, kernel, registry, 3, groups)
        , m_excitation(block.register_module("6", std::make_shared<SqueezeExcitation>(inner, reduced)))
        , m_project(block, inner, in, 1, registry, 7)
    {
    }
    torch::Tensor forward(const torch::Tensor& x) const { return globalPart(localPart(x)); }
    // Expansion and the k-wide convolution: each output position depends on 2·(k/2) + 1 input
    // positions only.
    torch::Tensor localPart(const torch::Tensor& x) const { return m_spatial.forward(m_expand.forward(x)); }
    // Squeeze-excitation and projection: every output position depends on every input position.
    torch::Tensor globalPart(const torch::Tensor& local) const { return m_project.forward(m_excitation->forward(local)); }

private:
    ConvBlock m_expand;
    ConvBlock m_spatial;
    std::shared_ptr<SqueezeExcitation> m_excitation;
    ConvBlock m_project;
};

class OptimizedLegNet : public LegNetNetwork {
public:
    explicit OptimizedLegNet(const Manifest& manifest)
    {
        const auto& shape = manifest.shape;
        const auto& sizes = shape.blockSizes;
        m_kernelSize = shape.kernelSize;
        m_stemWidth = sizes[0];
        auto stem = register_module("stem_block", makeHolder());
        auto stemBlock = stem->register_module("block", makeHolder());
        m_stem = std::make_unique<ConvBlock>(*stemBlock, manifest.input.channelCount(), sizes[0], shape.kernelSize,
                                             m_convBatchNorms);
        auto main = register_module("main", makeHolder());
        for (std::size_t i = 0; i + 1 < sizes.size(); ++i) {
            const int prev = sizes[i];
            const int size = sizes[i + 1];
            const int inner = prev * shape.resizeFactor;
            auto stage = main->register_module(std::to_string(i), makeHolder());
            auto residual = stage->register_module("0", makeHolder());
            auto fn = residual->register_module("fn", makeHolder());
            auto block = fn->register_module("block", makeHolder());
            m_residuals.push_back(std::make_unique<InvertedResidual<SimpleSqueezeExcitation>>(
                *block, prev, inner, shape.kernelSize, inner, prev / shape.seReduction, m_convBatchNorms));
            auto local = stage->register_module("1", makeHolder());
            auto localBlock = local->register_module("block", makeHolder());
            m_locals.push_back(
                std::make_unique<ConvBlock>(*localBlock, 2 * prev, size, shape.kernelSize, m_convBatchNorms));
        }
        auto mapper = register_module("mapper", makeHolder());
        auto mapperBlock = mapper->register_module("block", makeHolder());
        m_mapper = mapperBlock->register_module("0", makeConv(sizes.back(), manifest.output.size(), 1, 1, true));
        register_buffer("bins", torch::arange(manifest.output.size(), torch::kLong));
    }

    torch::Tensor forward(torch::Tensor x) override
    {
        x = m_stem->forward(toLayout(x));
        for (std::size_t i = 0; i < m_residuals.size(); ++i)
            x = m_locals[i]->forward(torch::cat({m_residuals[i]->forward(x), x}, 1));
        return averagePositions(pointwise(m_mapper, x));
    }

    // A substitution at p changes the stem's output at p ± h (h = kernel / 2), the first block's
    // local part at p ± 2h and the stem's share of the first resizing convolution at p ± 2h; only
    // the squeeze-excitation spreads it further. So the stem, the first block's expansion and
    // k-wide convolution, and the stem's half of the first resizing convolution (a quarter of the
    // work for the full-size network) run on a window of 8h + 1 positions around p, and the
    // reference's activations are used everywhere else.
    torch::Tensor forwardSubstitutions(const torch::Tensor& reference, const torch::Tensor& inputs,
                                       const std::vector<std::int64_t>& positions, std::int64_t rowsPerPass) override
    {
        const std::int64_t half = m_kernelSize / 2;
        const std::int64_t window = 8 * half + 1;
        const std::int64_t length = inputs.size(2);
        const bool inference = c10::InferenceMode::is_enabled() || !torch::GradMode::is_enabled();
        if (!isFolded() || !inference || m_residuals.empty() || length < window)
            return LegNetNetwork::forwardSubstitutions(reference, inputs, positions, rowsPerPass);

        const auto stemReference = m_stem->forward(toLayout(reference));
        const auto localReference = m_residuals[0]->localPart(stemReference);
        const auto stemShareReference = m_locals[0]->preActivation(stemReference, m_stemWidth, m_stemWidth, false);
        std::vector<torch::Tensor> outputs;
        for (std::int64_t first = 0; first < inputs.size(0); first += rowsPerPass) {
            const std::int64_t rows = std::min(rowsPerPass, inputs.size(0) - first);
            auto local = expandedCopy(localReference, rows);
            auto stemShare = expandedCopy(stemShareReference, rows);
            std::vector<std::int64_t> windowStarts;
            std::vector<torch::Tensor> windows;
            for (std::int64_t i = 0; i < rows; ++i) {
                const std::int64_t position = positions[static_cast<std::size_t>(first + i)];
                windowStarts.push_back(std::clamp<std::int64_t>(position - 4 * half, 0, length - window));
                windows.push_back(inputs[first + i].narrow(1, windowStarts.back(), window));
            }
            const auto stemWindows = m_stem->forward(toLayout(torch::stack(windows)));
            const auto localWindows = m_residuals[0]->localPart(stemWindows);
            const auto stemShareWindows = m_locals[0]->preActivation(stemWindows, m_stemWidth, m_stemWidth, false);
            for (std::int64_t i = 0; i < rows; ++i) {
                const std::int64_t position = positions[static_cast<std::size_t>(first + i)];
                const std::int64_t changedFirst = std::max<std::int64_t>(0, position - 2 * half);
                const std::int64_t changed = std::min<std::int64_t>(length, position + 2 * half + 1) - changedFirst;
                const std::int64_t offset = changedFirst - windowStarts[static_cast<std::size_t>(i)];
                local[i].narrow(2, changedFirst, changed).copy_(localWindows[i].narrow(2, offset, changed));
                stemShare[i].narrow(2, changedFirst, changed).copy_(stemShareWindows[i].narrow(2, offset, changed));
            }
            const auto excited = m_residuals[0]->globalPart(local);
            auto x = ConvBlock::activate(m_locals[0]->preActivation(excited, 0, m_stemWidth, true).add_(stemShare));
            for (std::size_t i = 1; i < m_residuals.size(); ++i)
                x = m_locals[i]->forward(torch::cat({m_residuals[i]->forward(x), x}, 1));
            outputs.push_back(averagePositions(pointwise(m_mapper, x)));
        }
        return torch::cat(outputs);
    }

private:
    // The reference's activation (1, channels, 1, length) repeated for every row of a batch, in
    // the channels-last layout the convolutions take.
    static torch::Tensor expandedCopy(const torch::Tensor& activation, std::int64_t batch)
    {
        return activation.expand({batch, -1, -1, -1}).contiguous(torch::MemoryFormat::ChannelsLast);
    }

    std::int64_t m_kernelSize = 0;
    std::int64_t m_stemWidth = 0;
    std::unique_ptr<ConvBlock> m_stem;
    std::vector<std::unique_ptr<InvertedResidual<SimpleSqueezeExcitation>>> m_residuals;
    std::vector<std::unique_ptr<ConvBlock>> m_locals;
    torch::nn::Conv1d m_mapper{nullptr};
};

// The original DREAM 2022 feature extractor (`seqextractor.*`): the stem, then per stage an
// inverted residual concatenated after its input and a resizing convolution. Shared by the
// predictor and the generator, which differ only in their heads.
class Dream2022Body {
public:
    Dream2022Body(torch::nn::Module& network, int inputChannels, const LegNetShape& shape,
                  std::vector<ConvBatchNorm*>& registry)
    {
        const auto& sizes = shape.blockSizes;
        auto extractor = network.register_module("seqextractor", makeHolder());
        auto stem = extractor->register_module("blc0", makeHolder());
        m_stem = std::make_unique<ConvBlock>(*stem, inputChannels, sizes[0], shape.kernelSize, registry);
        // The official model always uses 2 filters per group in the middle convolution.
        constexpr int kFiltersPerGroup = 2;
        for (std::size_t i = 0; i + 1 < sizes.size(); ++i) {
            const int prev = sizes[i];
            const int size = sizes[i + 1];
            const int inner = size * shape.resizeFactor;
            auto block = extractor->register_module("inv_res_blc" + std::to_string(i), makeHolder());
            m_residuals.push_back(std::make_unique<InvertedResidual<ComplexSqueezeExcitation>>(
                *block, prev, inner, shape.kernelSize, inner / kFiltersPerGroup, prev / shape.seReduction, registry));
            auto resize = extractor->register_module("resize_blc" + std::to_string(i), makeHolder());
            m_resizes.push_back(std::make_unique<ConvBlock>(*resize, 2 * prev, size, shape.kernelSize, registry));
        }
    }

    // x in the network's layout (see LegNetNetwork::toLayout).
    torch::Tensor forward(torch::Tensor x) const
    {
        x = m_stem->forward(x);
        for (std::size_t i = 0; i < m_residuals.size(); ++i)
            x = m_resizes[i]->forward(torch::cat({x, m_residuals[i]->forward(x)}, 1));
        return x;
    }

private:
    std::unique_ptr<ConvBlock> m_stem;
    std::vector<std::unique_ptr<InvertedResidual<ComplexSqueezeExcitation>>> m_residuals;
    std::vector<std::unique_ptr<ConvBlock>> m_resizes;
};

class Dream2022LegNet : public LegNetNetwork {
public:
    explicit Dream2022LegNet(const Manifest& manifest)
        : m_body(*this, manifest.input.channelCount(), manifest.shape, m_convBatchNorms)
    {
        auto mapper = register_module("mapper", makeHolder());
        m_mapper = mapper->register_module(
            "0", makeConv(manifest.shape.blockSizes.back(), manifest.output.size(), 1, 1, true));
        register_buffer("bins", torch::arange(manifest.output.size(), torch::kLong));
    }

    torch::Tensor forward(torch::Tensor x) override
    {
        // Unlike the optimized model, the original head has a SiLU after the 1×1 convolution.
        return averagePositions(F::silu(pointwise(m_mapper, m_body.forward(toLayout(x)))));
    }

private:
    Dream2022Body m_body;
    torch::nn::Conv1d m_mapper{nullptr};
};

// LegNet-Generator (DESIGN.md §6): the DREAM 2022 body over the insert and a 1×1 convolution
// with bias to one logit per base of the alphabet at every position, without pooling or SiLU,
// so forward() gives (batch, alphabet size, length) rather than (batch, outputs).
class GeneratorLegNet : public LegNetNetwork {
public:
    explicit GeneratorLegNet(const Manifest& manifest)
        : m_body(*this, manifest.input.channelCount(), manifest.shape, m_convBatchNorms)
    {
        const int bases = static_cast<int>(manifest.input.alphabet.size());
        auto mapper = register_module("mapper", makeHolder());
        m_mapper = mapper->register_module("0", makeConv(manifest.shape.blockSizes.back(), bases, 1, 1, true));
    }

    torch::Tensor forward(torch::Tensor x) override
    {
        return pointwise(m_mapper, m_body.forward(toLayout(x))).squeeze(2).contiguous();
    }

private:
    Dream2022Body m_body;
    torch::nn::Conv1d m_mapper{nullptr};
};

}  // namespace

ConvBatchNorm::ConvBatchNorm(torch::nn::Conv1d conv, torch::nn::BatchNorm1d norm)
    : m_conv(std::move(conv))
    , m_norm(std::move(norm))
{
}

torch::Tensor ConvBatchNorm::forward(const torch::Tensor& x) const
{
    if (m_foldedWeight.defined()) {
        const auto& options = m_conv->options;
        const std::int64_t padding = (*options.kernel_size())[0] / 2;
        const bool half = x.scalar_type() == torch::kBFloat16;
        return oneDnnConvolution(x, half ? m_foldedWeightBFloat16 : m_foldedWeight,
                                 half ? m_foldedBiasBFloat16 : m_foldedBias, padding, options.groups());
    }
    // Training runs in the same (batch, channels, 1, length) channels-last layout: the 1-D modules
    // hold the weights and statistics, the 2-D functions compute without reordering activations.
    const auto& options = m_conv->options;
    const std::int64_t padding = (*options.kernel_size())[0] / 2;
    const std::int64_t stride[] = {1, 1}, paddings[] = {0, padding}, dilation[] = {1, 1};
    const auto convolved = torch::conv2d(x, m_conv->weight.unsqueeze(2), m_conv->bias, stride, paddings, dilation,
                                         options.groups());
    const bool training = m_norm->is_training();
    if (training) {
        torch::NoGradGuard noGrad;
        m_norm->num_batches_tracked += 1;
    }
    const auto& normOptions = m_norm->options;
    const double momentum = normOptions.momentum().value_or(0.1);
    if (training && m_group != nullptr)
        return synchronisedBatchNorm(convolved, m_norm->weight, m_norm->bias, m_norm->running_mean,
                                     m_norm->running_var, momentum, normOptions.eps(), *m_group);
    return torch::batch_norm(convolved, m_norm->weight, m_norm->bias, m_norm->running_mean, m_norm->running_var,
                             training, momentum, normOptions.eps(), true);
}

torch::Tensor ConvBatchNorm::forwardInputs(const torch::Tensor& x, std::int64_t first, std::int64_t count,
                                          bool withBias) const
{
    const bool half = x.scalar_type() == torch::kBFloat16;
    const auto& weight = half ? m_foldedWeightBFloat16 : m_foldedWeight;
    const auto part = weight.narrow(1, first, count).contiguous(torch::MemoryFormat::ChannelsLast);
    const auto bias = withBias ? (half ? m_foldedBiasBFloat16 : m_foldedBias) : torch::Tensor();
    const auto& options = m_conv->options;
    return oneDnnConvolution(x, part, bias, (*options.kernel_size())[0] / 2, options.groups());
}

void ConvBatchNorm::fold()
{
    torch::NoGradGuard noGrad;
    const auto scale = m_norm->weight / torch::sqrt(m_norm->running_var + m_norm->options.eps());
    // As a (out, in, 1, k) kernel in channels-last order: oneDNN then convolves without
    // reordering activations, which measured 1.2–2.7× faster than 1-D convolutions here.
    m_foldedWeight = (m_conv->weight * scale.view({-1, 1, 1}))
                         .unsqueeze(2)
                         .contiguous(torch::MemoryFormat::ChannelsLast);
    m_foldedBias = m_norm->bias - m_norm->running_mean * scale;
    m_foldedWeightBFloat16 = m_foldedWeight.to(torch::kBFloat16).contiguous(torch::MemoryFormat::ChannelsLast);
    m_foldedBiasBFloat16 = m_foldedBias.to(torch::kBFloat16);
}

void ConvBatchNorm::unfold()
{
    m_foldedWeight = m_foldedBias = m_foldedWeightBFloat16 = m_foldedBiasBFloat16 = torch::Tensor();
}

torch::Tensor LegNetNetwork::forwardInPasses(const torch::Tensor& inputs, std::int64_t rowsPerPass)
{
    if (inputs.size(0) <= rowsPerPass)
        return forward(inputs);
    std::vector<torch::Tensor> outputs;
    for (const auto& rows : inputs.split(rowsPerPass))
        outputs.push_back(forward(rows));
    return torch::cat(outputs);
}

torch::Tensor LegNetNetwork::forwardSubstitutions(const torch::Tensor&, const torch::Tensor& inputs,
                                                  const std::vector<std::int64_t>&, std::int64_t rowsPerPass)
{
    return forwardInPasses(inputs, rowsPerPass);
}

torch::Tensor LegNetNetwork::toLayout(const torch::Tensor& input) const
{
    return input.unsqueeze(2).contiguous(torch::MemoryFormat::ChannelsLast);
}

void LegNetNetwork::setFolded(bool folded)
{
    for (auto* pair : m_convBatchNorms) {
        if (folded)
            pair->fold();
        else
            pair->unfold();
    }
    m_folded = folded;
}

void LegNetNetwork::setProcessGroup(ProcessGroup* group)
{
    for (auto* pair : m_convBatchNorms)
        pair->setProcessGroup(group);
}

std::shared_ptr<LegNetNetwork> makeLegNetNetwork(const Manifest& manifest)
{
    const auto& sizes = manifest.shape.blockSizes;
    for (std::size_t i = 0; i + 1 < sizes.size(); ++i)
        if (sizes[i] / manifest.shape.seReduction < 1)
            throw ModelError("block size " + std::to_string(sizes[i]) + " is too small for squeeze-excitation reduction "
                             + std::to_string(manifest.shape.seReduction));
    switch (manifest.architecture) {
    case Architecture::LegNetOptimized:
        return std::make_shared<OptimizedLegNet>(manifest);
    case Architecture::LegNetDream2022:
        return std::make_shared<Dream2022LegNet>(manifest);
    case Architecture::LegNetGenerator:
        return std::make_shared<GeneratorLegNet>(manifest);
    default:
        throw ModelError("architecture '" + architectureName(manifest.architecture) + "' is not a native LegNet");
    }
}

int tensorRegressionRank(int n)
{
    // tensorly: round(prod(shape) · 0.5 / sum(shape)) for the weight shape (n, n, n/2);
    // Python's round() is half-to-even, which nearbyint gives in the default rounding mode.
    // Very narrow blocks get rank 0 there too: the layer then adds only its bias.
    const double product = static_cast<double>(n) * n * (n / 2);
    const double sum = n + n + n / 2;
    return static_cast<int>(std::nearbyint(product * 0.5 / sum));
}

}  // namespace promoterlab::detail
