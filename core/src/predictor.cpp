// SPDX-License-Identifier: GPL-3.0-or-later
// Batched inference: encoding, strand averaging and reduction of outputs to expression.
#include "promoterlab/predictor.h"

#include "model_impl.h"
#include "promoterlab/errors.h"

#include <ATen/Parallel.h>
#include <ATen/autocast_mode.h>

#include <thread>

namespace promoterlab {

namespace {

// Turns raw outputs into what the user reads: probabilities for bins and classes.
torch::Tensor toProbabilities(const torch::Tensor& raw, const OutputSpec& output)
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
torch::Tensor toExpression(const torch::Tensor& probabilities, const OutputSpec& output)
{
    if (output.kind == OutputKind::Bins) {
        const auto values = torch::tensor(output.binValues, torch::kFloat64).to(probabilities.device());
        return probabilities.to(torch::kFloat64).matmul(values);
    }
    return probabilities.select(1, 0).to(torch::kFloat64);
}

// Runs the enclosed forward passes in bfloat16 where LibTorch's autocast lists the operation
// (convolutions, matrix products) and in float32 elsewhere (softmax, reductions).
class BFloat16Autocast {
public:
    BFloat16Autocast(bool enabled, const torch::Device& device)
        : m_enabled(enabled)
        , m_cuda(device.is_cuda())
    {
        if (!m_enabled)
            return;
        if (m_cuda) {
            at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
            at::autocast::set_enabled(true);
        } else {
            at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
            at::autocast::set_cpu_enabled(true);
        }
    }
    ~BFloat16Autocast()
    {
        if (!m_enabled)
            return;
        if (m_cuda)
            at::autocast::set_enabled(false);
        else
            at::autocast::set_cpu_enabled(false);
        at::autocast::clear_cache();
    }
    BFloat16Autocast(const BFloat16Autocast&) = delete;
    BFloat16Autocast& operator=(const BFloat16Autocast&) = delete;

private:
    bool m_enabled;
    bool m_cuda;
};

}  // namespace

void setComputeThreads(int threads)
{
    const int wanted = threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (at::get_num_threads() != wanted)
        at::set_num_threads(wanted);
}

Predictor::Predictor(std::shared_ptr<const Model> model, PredictorOptions options)
    : m_model(std::move(model))
    , m_options(options)
    , m_encoder(m_model->manifest().input, options.truncate)
{
    if (m_options.batchSize < 1)
        throw Error("the batch size must be at least 1");
}

Predictor::~Predictor() = default;

bool Predictor::averagesStrands() const
{
    return m_options.reverseComplementAveraging.value_or(m_model->manifest().reverseComplementAveraging);
}

std::vector<Prediction> Predictor::predict(const std::vector<std::string>& sequences,
                                           const ProgressCallback& progress, const CancellationToken& cancel) const
{
    setComputeThreads(m_options.threads);
    const auto& impl = m_model->impl();
    const auto& output = m_model->manifest().output;
    const bool bothStrands = averagesStrands();
    const int strands = bothStrands ? 2 : 1;
    const auto valuesPerSequence = m_encoder.valuesPerSequence();
    const bool bfloat16 = m_options.precision == Precision::BFloat16;

    std::vector<Prediction> predictions(sequences.size());
    c10::InferenceMode inferenceMode;
    for (std::size_t start = 0; start < sequences.size(); start += static_cast<std::size_t>(m_options.batchSize)) {
        cancel.throwIfCancelled();
        const std::size_t count = std::min<std::size_t>(m_options.batchSize, sequences.size() - start);
        // Forward copies first, reverse-complement copies after them, in one batch.
        auto input = torch::empty({static_cast<std::int64_t>(count * strands), m_encoder.channelCount(),
                                   m_encoder.length()});
        float* data = input.data_ptr<float>();
        for (std::size_t i = 0; i < count; ++i) {
            std::string prepared;
            try {
                prepared = m_encoder.prepare(sequences[start + i]);
            } catch (const InputError& error) {
                throw InputError("", 0, "sequence " + std::to_string(start + i + 1) + ": " + error.reason());
            }
            m_encoder.encode(prepared, false, data + i * valuesPerSequence);
            if (bothStrands)
                m_encoder.encode(prepared, true, data + (count + i) * valuesPerSequence);
        }

        torch::Tensor raw;
        try {
            BFloat16Autocast autocast(bfloat16, impl.device);
            auto deviceInput = input.to(impl.device);
            raw = impl.forward(bfloat16 ? deviceInput.to(torch::kBFloat16) : deviceInput).to(torch::kFloat32);
        } catch (const c10::Error& error) {
            throw ModelError(m_model->sourcePath() + ": the model failed on a batch (" + error.what_without_backtrace()
                             + ")");
        }
        const auto probabilities = toProbabilities(raw, output).to(torch::kCPU);
        const auto expressions = toExpression(probabilities, output);
        const auto forwardProbabilities = probabilities.narrow(0, 0, static_cast<std::int64_t>(count));
        const auto averaged = bothStrands
            ? (forwardProbabilities + probabilities.narrow(0, static_cast<std::int64_t>(count), static_cast<std::int64_t>(count))) / 2
            : forwardProbabilities;
        const auto averagedContiguous = averaged.contiguous();
        const auto expressionAccessor = expressions.accessor<double, 1>();
        const int outputs = static_cast<int>(averagedContiguous.size(1));
        const float* averagedData = averagedContiguous.data_ptr<float>();
        for (std::size_t i = 0; i < count; ++i) {
            auto& prediction = predictions[start + i];
            prediction.outputs.assign(averagedData + i * outputs, averagedData + (i + 1) * outputs);
            prediction.hasStrands = bothStrands;
            prediction.expressionForward = expressionAccessor[static_cast<std::int64_t>(i)];
            prediction.expressionReverse
                = bothStrands ? expressionAccessor[static_cast<std::int64_t>(count + i)] : prediction.expressionForward;
            prediction.expression = (prediction.expressionForward + prediction.expressionReverse) / 2;
        }
        if (progress)
            progress(start + count, sequences.size());
    }
    return predictions;
}

}  // namespace promoterlab
