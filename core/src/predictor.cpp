// SPDX-License-Identifier: GPL-3.0-or-later
// Batched inference: encoding, strand averaging and reduction of outputs to expression.
#include "promoterlab/predictor.h"

#include "model_impl.h"
#include "output_reduction.h"
#include "promoterlab/errors.h"

#include <ATen/Parallel.h>
#include <ATen/autocast_mode.h>


namespace promoterlab {

namespace {

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

// The model's raw outputs, as float32, for what `forward(impl, prepare)` computes, where
// prepare() moves an encoded input to the model's device and precision.
template <typename Forward>
torch::Tensor runModel(const Model& model, bool bfloat16, Forward&& forward)
{
    const auto& impl = model.impl();
    try {
        BFloat16Autocast autocast(bfloat16, impl.device);
        const auto prepare = [&](const torch::Tensor& input) {
            auto onDevice = input.to(impl.device);
            return bfloat16 ? onDevice.to(torch::kBFloat16) : onDevice;
        };
        return forward(impl, prepare).to(torch::kFloat32);
    } catch (const c10::Error& error) {
        throw ModelError(model.sourcePath() + ": the model failed on a batch (" + error.what_without_backtrace() + ")");
    }
}

// Fills count predictions from raw outputs whose first count rows are the forward strand's and,
// with bothStrands, the next count rows the reverse complement's.
void collectPredictions(const torch::Tensor& raw, std::size_t count, bool bothStrands, const OutputSpec& output,
                        Prediction* predictions)
{
    const auto rows = static_cast<std::int64_t>(count);
    const auto probabilities = toProbabilities(raw, output).to(torch::kCPU);
    const auto expressions = toExpression(probabilities, output);
    const auto forwardProbabilities = probabilities.narrow(0, 0, rows);
    const auto averaged = bothStrands ? (forwardProbabilities + probabilities.narrow(0, rows, rows)) / 2
                                      : forwardProbabilities;
    const auto averagedContiguous = averaged.contiguous();
    const auto expressionAccessor = expressions.accessor<double, 1>();
    const int outputs = static_cast<int>(averagedContiguous.size(1));
    const float* averagedData = averagedContiguous.data_ptr<float>();
    for (std::size_t i = 0; i < count; ++i) {
        auto& prediction = predictions[i];
        prediction.outputs.assign(averagedData + i * outputs, averagedData + (i + 1) * outputs);
        prediction.hasStrands = bothStrands;
        prediction.expressionForward = expressionAccessor[static_cast<std::int64_t>(i)];
        prediction.expressionReverse
            = bothStrands ? expressionAccessor[rows + static_cast<std::int64_t>(i)] : prediction.expressionForward;
        prediction.expression = (prediction.expressionForward + prediction.expressionReverse) / 2;
    }
}

}  // namespace

Predictor::Predictor(std::shared_ptr<const Model> model, PredictorOptions options)
    : m_model(std::move(model))
    , m_options(options)
    , m_encoder(m_model->manifest().input, options.truncate)
{
    if (m_options.batchSize < 1)
        throw Error("the batch size must be at least 1");
    // A generator's output is per-position base logits, not an expression.
    if (m_model->manifest().architecture == Architecture::LegNetGenerator)
        throw ModelError(m_model->sourcePath() + ": this is a legnet-generator, which designs inserts; it predicts no "
                         "expression (use it with 'design --generator')");
}

Predictor::~Predictor() = default;

bool Predictor::averagesStrands() const
{
    return m_options.reverseComplementAveraging.value_or(m_model->manifest().reverseComplementAveraging);
}

std::vector<Prediction> Predictor::predict(const std::vector<std::string>& sequences,
                                           const ProgressCallback& progress, const CancellationToken& cancel) const
{
    const bool bothStrands = averagesStrands();
    const int strands = bothStrands ? 2 : 1;
    const auto valuesPerSequence = m_encoder.valuesPerSequence();
    const bool bfloat16 = m_options.precision == Precision::BFloat16;

    std::vector<Prediction> predictions(sequences.size());
    c10::InferenceMode inferenceMode;
    for (std::size_t start = 0; start < sequences.size(); start += static_cast<std::size_t>(m_options.batchSize)) {
        cancel.throwIfCancelled();
        setComputeThreads(m_options.threads);
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
        const auto raw = runModel(*m_model, bfloat16, [&](const Model::Impl& impl, const auto& prepare) {
            return impl.forward(prepare(input));
        });
        collectPredictions(raw, count, bothStrands, m_model->manifest().output, predictions.data() + start);
        if (progress)
            progress(start + count, sequences.size());
    }
    return predictions;
}

std::vector<Prediction> Predictor::predictSubstitutions(const std::string& sequence,
                                                        const std::vector<Substitution>& substitutions,
                                                        const ProgressCallback& progress,
                                                        const CancellationToken& cancel) const
{
    const bool bothStrands = averagesStrands();
    const std::string reference = m_encoder.prepare(sequence);
    const auto length = static_cast<int>(reference.size());
    const auto valuesPerSequence = m_encoder.valuesPerSequence();
    const bool bfloat16 = m_options.precision == Precision::BFloat16;
    for (const auto& substitution : substitutions)
        if (substitution.position < 0 || substitution.position >= length)
            throw InputError("", 0, "substitution at position " + std::to_string(substitution.position + 1)
                                        + " is outside the model's " + std::to_string(length) + "-nt input");

    // The reverse-complement copy of a substitution at p has it at length − 1 − p.
    const auto encodeOne = [&](const std::string& bases, bool reverseStrand) {
        auto encoded = torch::empty({1, m_encoder.channelCount(), m_encoder.length()});
        m_encoder.encode(bases, reverseStrand, encoded.data_ptr<float>());
        return encoded;
    };
    const auto forwardReference = encodeOne(reference, false);
    const auto reverseReference = bothStrands ? encodeOne(reference, true) : torch::Tensor();

    std::vector<Prediction> predictions(substitutions.size());
    c10::InferenceMode inferenceMode;
    for (std::size_t start = 0; start < substitutions.size(); start += static_cast<std::size_t>(m_options.batchSize)) {
        cancel.throwIfCancelled();
        setComputeThreads(m_options.threads);
        const std::size_t count = std::min<std::size_t>(m_options.batchSize, substitutions.size() - start);
        const auto rows = static_cast<std::int64_t>(count);
        auto forwardInput = torch::empty({rows, m_encoder.channelCount(), m_encoder.length()});
        auto reverseInput = bothStrands ? torch::empty_like(forwardInput) : torch::Tensor();
        std::vector<std::int64_t> forwardPositions, reversePositions;
        for (std::size_t i = 0; i < count; ++i) {
            const auto& substitution = substitutions[start + i];
            std::string mutant = reference;
            mutant[static_cast<std::size_t>(substitution.position)] = substitution.base;
            m_encoder.encode(mutant, false, forwardInput.data_ptr<float>() + i * valuesPerSequence);
            forwardPositions.push_back(substitution.position);
            if (bothStrands) {
                m_encoder.encode(mutant, true, reverseInput.data_ptr<float>() + i * valuesPerSequence);
                reversePositions.push_back(length - 1 - substitution.position);
            }
        }
        const auto raw = runModel(*m_model, bfloat16, [&](const Model::Impl& impl, const auto& prepare) {
            auto outputs = impl.forwardSubstitutions(prepare(forwardReference), prepare(forwardInput), forwardPositions);
            if (!bothStrands)
                return outputs;
            return torch::cat(
                {outputs, impl.forwardSubstitutions(prepare(reverseReference), prepare(reverseInput), reversePositions)});
        });
        collectPredictions(raw, count, bothStrands, m_model->manifest().output, predictions.data() + start);
        if (progress)
            progress(start + count, substitutions.size());
    }
    return predictions;
}

}  // namespace promoterlab
