// SPDX-License-Identifier: GPL-3.0-or-later
// The training loop: batches from packed sequences, losses per task, checkpoints and resume.
#include "lion_optimizer.h"
#include "model_impl.h"
#include "one_cycle_schedule.h"
#include "process_group.h"
#include "promoterlab/compute_threads.h"
#include "promoterlab/content_hash.h"
#include "promoterlab/errors.h"
#include "promoterlab/metrics.h"
#include "promoterlab/predictor.h"
#include "promoterlab/sequence_encoder.h"
#include "promoterlab/soft_labels.h"
#include "promoterlab/training.h"
#include "promoterlab/training_set.h"
#include "training_checkpoint.h"

#include <ATen/autocast_mode.h>
#include <nlohmann/json.hpp>
#include <torch/nn/utils/clip_grad.h>
#include <torch/optim/adamw.h>
#include <torch/serialize.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>
#include <mutex>
#include <numeric>

namespace promoterlab {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr int kCheckpointFormatVersion = 1;

json epochToJson(const EpochReport& report)
{
    return {{"epoch", report.epoch},         {"train_loss", report.trainLoss},
            {"valid_loss", report.validLoss}, {"pearson", report.pearson},
            {"spearman", report.spearman},    {"auroc", report.auroc},
            {"f1", report.f1},                {"sequences_per_second", report.sequencesPerSecond},
            {"seconds", report.seconds},      {"learning_rate", report.learningRate}};
}

// JSON has no NaN: nlohmann writes it as null, read back here as NaN.
double numberOrNaN(const json& object, const char* key)
{
    const auto& value = object.at(key);
    return value.is_null() ? std::numeric_limits<double>::quiet_NaN() : value.get<double>();
}

EpochReport epochFromJson(const json& object)
{
    EpochReport report;
    report.epoch = object.at("epoch").get<int>();
    report.trainLoss = numberOrNaN(object, "train_loss");
    report.validLoss = numberOrNaN(object, "valid_loss");
    report.pearson = numberOrNaN(object, "pearson");
    report.spearman = numberOrNaN(object, "spearman");
    report.auroc = numberOrNaN(object, "auroc");
    report.f1 = numberOrNaN(object, "f1");
    report.sequencesPerSecond = numberOrNaN(object, "sequences_per_second");
    report.seconds = numberOrNaN(object, "seconds");
    report.learningRate = numberOrNaN(object, "learning_rate");
    return report;
}

Manifest namedManifest(const TrainingConfig& config, const TrainingRunOptions& run)
{
    Manifest manifest = config.manifest();
    if (!run.modelName.empty())
        manifest.name = run.modelName;
    manifest.description = run.modelDescription;
    return manifest;
}

// torch::manual_seed seeds the generator that every thread of the process shares: runs created
// at the same time (the ranks of a group as threads of one test, two trainings in the GUI) must
// not interleave their draws, or a model would not be the one its seed promises.
std::shared_ptr<Model> createSeededModel(const Manifest& manifest, const std::string& device, std::uint64_t seed)
{
    static std::mutex seeding;
    const std::lock_guard<std::mutex> lock(seeding);
    torch::manual_seed(seed);
    return Model::create(manifest, ModelLoadOptions{device});
}

// Each process of a group on a CUDA machine takes the GPU of its local rank.
std::string processDevice(const TrainingConfig& config, const TrainingRunOptions& run)
{
    if (run.distributed && config.device.rfind("cuda", 0) == 0)
        return "cuda:" + std::to_string(run.distributed->localRank);
    return config.device;
}

// What the group can do after a peer failed, for the end of its message.
std::string keptCheckpointAdvice(int completedEpoch)
{
    if (completedEpoch == 0)
        return "no epoch had finished, so the whole group must start again";
    return "the checkpoint of epoch " + std::to_string(completedEpoch)
        + " is kept, resume the whole group with --resume";
}

class TrainingRun {
public:
    TrainingRun(const TrainingData& data, const TrainingConfig& config, const TrainingRunOptions& run)
        : m_data(data)
        , m_config(config)
        , m_run(run)
        , m_manifest(namedManifest(config, run))
        , m_encoder(m_manifest.input, true)
        , m_checkpointPath(run.outputPath + ".checkpoint")
    {
        if (m_data.train.size() == 0)
            throw Error("the training set is empty");
        const std::size_t labels = m_config.task == TrainingTask::Multilabel ? m_config.classNames.size() : 1;
        if (m_data.train.valuesPerRow() != labels)
            throw Error("the training set has " + std::to_string(m_data.train.valuesPerRow())
                        + " values a row but the task needs " + std::to_string(labels));
        m_dataProvenance = json::parse(run.dataProvenanceJson, nullptr, false);
        if (!m_dataProvenance.is_object())
            throw Error("the description of the training data is not a JSON object");
        m_model = createSeededModel(m_manifest, processDevice(m_config, m_run), m_config.seed);
        auto& impl = m_model->impl();
        m_network = impl.network;
        m_device = impl.device;
        m_network->setFolded(false);
        m_network->train();
        if (m_run.distributed) {
            m_group = std::make_unique<detail::ProcessGroup>(*m_run.distributed, m_device);
            m_network->setProcessGroup(m_group.get());
        }
        m_strands = m_config.reverseAugmentation ? 2 : 1;
        m_globalBatchSize = static_cast<std::size_t>(m_config.batchSize) * worldSize();
        m_stepsPerEpoch = m_config.stepsPerEpoch > 0
            ? m_config.stepsPerEpoch
            : static_cast<int>((m_data.train.size() * m_strands + m_globalBatchSize - 1) / m_globalBatchSize);
        const auto totalSteps = static_cast<std::int64_t>(m_stepsPerEpoch) * m_config.epochs;
        m_schedule = std::make_unique<detail::OneCycleSchedule>(m_config.learningRate, totalSteps,
                                                                 m_config.warmupFraction, m_config.divFactor,
                                                                 m_config.finalDivFactor);
        makeOptimizer();
        m_schedule->apply(*m_optimizer, 0);
    }

    TrainingResult run(const TrainingCallbacks& callbacks, const CancellationToken& cancel)
    {
        TrainingResult result;
        if (isRankZero())
            detail::checkCheckpointWritable(m_checkpointPath);
        if (m_run.resume && fs::exists(m_checkpointPath))
            result.resumedFromEpoch = loadCheckpoint(result.history);
        int completedEpoch = result.resumedFromEpoch;
        try {
            if (m_group)
                startTogether(result.resumedFromEpoch);
            trainEpochs(result, completedEpoch, callbacks, cancel);
            if (isRankZero())
                writeBundle(result.history);
            if (m_group)
                m_group->barrier("waiting for rank 0 to write the model");
        } catch (const detail::GroupCommunicationError& error) {
            throw Error(std::string(error.what()) + "; " + keptCheckpointAdvice(completedEpoch));
        }
        return result;
    }

private:
    int worldSize() const { return m_group ? m_group->worldSize() : 1; }
    bool isRankZero() const { return !m_group || m_group->rank() == 0; }

    // Makes sure the ranks train the same thing from the same weights: the same configuration
    // and data, the same checkpoint, rank 0's initial weights.
    void startTogether(int resumedFromEpoch)
    {
        const std::string fingerprint
            = sha256Hex(m_config.toJson() + "\n" + std::to_string(m_data.train.size())).substr(0, 15);
        if (!m_group->allAgree(std::stoll(fingerprint, nullptr, 16), "comparing the training configurations"))
            throw Error("the processes of the group were started with different training configurations or "
                        "training sets; start every rank with the same ones");
        if (!m_group->allAgree(resumedFromEpoch, "comparing the checkpoints"))
            throw Error("the processes of the group resumed from different checkpoints (rank "
                        + std::to_string(m_group->rank()) + ": " + m_checkpointPath + ", epoch "
                        + std::to_string(resumedFromEpoch)
                        + "); every rank reads the checkpoint rank 0 writes, so it must be on a filesystem all "
                          "of them see, under the same output path");
        std::vector<torch::Tensor> state = m_network->parameters();
        for (const auto& buffer : m_network->buffers())
            state.push_back(buffer);
        m_group->broadcastFromRoot(state);
    }

    // This rank's examples of the global step: its slice of the global batch, which is the batch
    // one process would take with batchSize × worldSize.
    std::vector<std::size_t> examplesOf(detail::ExampleStream& stream, std::int64_t globalStep) const
    {
        auto examples = stream.take(static_cast<std::uint64_t>(globalStep - 1) * m_globalBatchSize, m_globalBatchSize);
        if (!m_group)
            return examples;
        const auto first = examples.begin() + static_cast<std::ptrdiff_t>(m_group->rank()) * m_config.batchSize;
        return {first, first + m_config.batchSize};
    }

    void trainEpochs(TrainingResult& result, int& completedEpoch, const TrainingCallbacks& callbacks,
                     const CancellationToken& cancel)
    {
        detail::ExampleStream stream(m_data.train.size() * m_strands, m_config.seed);
        for (int epoch = result.resumedFromEpoch + 1; epoch <= m_config.epochs; ++epoch) {
            const auto started = std::chrono::steady_clock::now();
            double lossSum = 0;
            for (int step = 1; step <= m_stepsPerEpoch; ++step) {
                if (!m_group)
                    cancel.throwIfCancelled();
                const std::int64_t globalStep = static_cast<std::int64_t>(epoch - 1) * m_stepsPerEpoch + step;
                const double loss = trainStep(examplesOf(stream, globalStep), cancel);
                if (!std::isfinite(loss))
                    throw Error("training stopped: the loss became " + std::string(std::isnan(loss) ? "NaN" : "infinite")
                                + " at epoch " + std::to_string(epoch) + ", step " + std::to_string(step)
                                + "; the checkpoint of epoch " + std::to_string(epoch - 1)
                                + " is kept. Lower the learning rate or enable gradient clipping, then resume.");
                m_schedule->apply(*m_optimizer, globalStep);
                lossSum += loss;
                if (callbacks.onBatch)
                    callbacks.onBatch({epoch, step, m_stepsPerEpoch, loss, m_schedule->learningRate(globalStep)});
            }
            const double seconds
                = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            EpochReport report = isRankZero() ? validate() : EpochReport{};
            report.epoch = epoch;
            report.trainLoss = lossSum / m_stepsPerEpoch;
            report.seconds = seconds;
            report.sequencesPerSecond = static_cast<double>(m_stepsPerEpoch) * m_globalBatchSize / seconds;
            report.learningRate = m_schedule->learningRate(static_cast<std::int64_t>(epoch) * m_stepsPerEpoch);
            result.history.push_back(report);
            if (isRankZero()) {
                saveCheckpoint(epoch, result.history);
                if (callbacks.onEpoch)
                    callbacks.onEpoch(report);
            }
            completedEpoch = epoch;
        }
    }

    void makeOptimizer()
    {
        const double startLr = m_schedule->learningRate(0);
        if (m_config.optimizer == OptimizerKind::AdamW) {
            m_optimizer = std::make_unique<torch::optim::AdamW>(
                m_network->parameters(), torch::optim::AdamWOptions(startLr)
                                             .betas({m_config.beta1, m_config.beta2})
                                             .weight_decay(m_config.weightDecay));
        } else {
            m_optimizer = std::make_unique<detail::Lion>(
                m_network->parameters(), detail::LionOptions(startLr)
                                             .betas({m_config.beta1, m_config.beta2})
                                             .weight_decay(m_config.weightDecay));
        }
    }

    // Encodes the examples (index i < N: forward strand of row i; i ≥ N: reverse of row i − N).
    torch::Tensor encodeInputs(const PackedSequences& rows, const std::vector<std::size_t>& examples) const
    {
        const auto count = static_cast<std::int64_t>(examples.size());
        auto input = torch::empty({count, m_encoder.channelCount(), m_encoder.length()});
        float* data = input.data_ptr<float>();
        const std::size_t rowCount = rows.size();
        const auto singletonChannel = std::find_if(m_manifest.input.extraChannels.begin(),
                                                   m_manifest.input.extraChannels.end(),
                                                   [](const ExtraChannel& c) { return c.name == "singleton"; });
        for (std::int64_t i = 0; i < count; ++i) {
            const std::size_t example = examples[static_cast<std::size_t>(i)];
            const std::size_t row = example % rowCount;
            float* out = data + i * static_cast<std::int64_t>(m_encoder.valuesPerSequence());
            m_encoder.encode(m_encoder.prepare(rows.bases(row)), example >= rowCount, out);
            if (singletonChannel != m_manifest.input.extraChannels.end() && rows.isSingleton(row)) {
                const auto channel = 4 + (singletonChannel - m_manifest.input.extraChannels.begin());
                std::fill_n(out + channel * m_encoder.length(), m_encoder.length(), 1.0f);
            }
        }
        return input.to(m_device);
    }

    torch::Tensor encodeTargets(const PackedSequences& rows, const std::vector<std::size_t>& examples) const
    {
        const std::size_t rowCount = rows.size();
        if (m_config.task == TrainingTask::SoftBins) {
            const int bins = m_manifest.output.size();
            auto targets = torch::empty({static_cast<std::int64_t>(examples.size()), bins});
            float* data = targets.data_ptr<float>();
            for (std::size_t i = 0; i < examples.size(); ++i)
                writeSoftLabel(rows.value(examples[i] % rowCount), data + i * bins, bins);
            return targets.to(m_device);
        }
        if (m_config.task == TrainingTask::Multilabel) {
            const std::size_t classes = rows.valuesPerRow();
            auto targets = torch::empty({static_cast<std::int64_t>(examples.size()), static_cast<std::int64_t>(classes)});
            float* data = targets.data_ptr<float>();
            for (std::size_t i = 0; i < examples.size(); ++i)
                for (std::size_t c = 0; c < classes; ++c)
                    data[i * classes + c] = rows.value(examples[i] % rowCount, c);
            return targets.to(m_device);
        }
        auto targets = torch::empty({static_cast<std::int64_t>(examples.size())});
        float* data = targets.data_ptr<float>();
        for (std::size_t i = 0; i < examples.size(); ++i)
            data[i] = rows.value(examples[i] % rowCount);
        return targets.to(m_device);
    }

    torch::Tensor lossOf(const torch::Tensor& output, const torch::Tensor& targets) const
    {
        switch (m_config.task) {
        case TrainingTask::SoftBins:
            // KL divergence with batch-mean reduction, as the official LegNet (nn.KLDivLoss "batchmean").
            return torch::kl_div(torch::log_softmax(output, 1), targets, at::Reduction::Sum) / output.size(0);
        case TrainingTask::Regression:
            return m_config.regressionLoss == "l1" ? torch::l1_loss(output.squeeze(1), targets)
                                                    : torch::mse_loss(output.squeeze(1), targets);
        case TrainingTask::Binary:
        case TrainingTask::Multilabel:
            break;
        }
        // targets is (B) for one class and (B, classes) for several: the logits follow its shape.
        const auto logits = targets.dim() == 1 ? output.squeeze(1) : output;
        const auto positiveWeight = torch::full({1}, m_config.positiveClassWeight, output.options());
        return torch::binary_cross_entropy_with_logits(logits, targets, {}, positiveWeight);
    }

    // Returns the loss of the step, the group's mean in a group. A group honours a cancel on any
    // rank after the step, when all of them learn of it together.
    double trainStep(const std::vector<std::size_t>& examples, const CancellationToken& cancel)
    {
        setComputeThreads(m_config.threads);
        const auto input = encodeInputs(m_data.train, examples);
        const auto targets = encodeTargets(m_data.train, examples);
        m_optimizer->zero_grad();
        torch::Tensor loss;
        {
            const bool autocast = m_config.mixedPrecision && m_device.is_cuda();
            if (autocast) {
                at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
                at::autocast::set_enabled(true);
            }
            loss = lossOf(m_network->forward(input).to(torch::kFloat32), targets);
            if (autocast) {
                at::autocast::set_enabled(false);
                at::autocast::clear_cache();
            }
        }
        loss.backward();
        if (m_group)
            m_group->averageGradients(m_network->parameters());
        if (m_config.gradientClipNorm > 0)
            torch::nn::utils::clip_grad_norm_(m_network->parameters(), m_config.gradientClipNorm);
        m_optimizer->step();
        if (!m_group)
            return loss.item<double>();
        const auto stops = torch::full({}, cancel.isCancelled() ? 1.0 : 0.0, loss.options().dtype(torch::kFloat64));
        auto lossAndStops = torch::stack({loss.detach().to(torch::kFloat64), stops});
        m_group->sumInPlace(lossAndStops, "averaging the loss");
        if (lossAndStops[1].item<double>() > 0)
            throw Cancelled();
        return lossAndStops[0].item<double>() / worldSize();
    }

    // Validation uses the manifest's prediction path: both strands averaged when augmented.
    EpochReport validate()
    {
        EpochReport report;
        const auto& rows = m_data.valid;
        if (rows.size() == 0)
            return report;
        torch::NoGradGuard noGrad;
        m_network->eval();
        const std::size_t columns = rows.valuesPerRow();
        std::vector<std::vector<double>> predicted(columns), measured(columns);
        double lossSum = 0;
        const std::size_t batch = static_cast<std::size_t>(m_config.batchSize);
        for (std::size_t start = 0; start < rows.size(); start += batch) {
            const std::size_t count = std::min(batch, rows.size() - start);
            std::vector<std::size_t> forward(count);
            std::iota(forward.begin(), forward.end(), start);
            const auto targets = encodeTargets(rows, forward);
            auto output = m_network->forward(encodeInputs(rows, forward)).to(torch::kFloat32);
            lossSum += lossOf(output, targets).item<double>() * static_cast<double>(count);
            torch::Tensor score = scoreOf(output);
            if (m_strands == 2) {
                std::vector<std::size_t> reverse(count);
                for (std::size_t i = 0; i < count; ++i)
                    reverse[i] = forward[i] + rows.size();
                score = (score + scoreOf(m_network->forward(encodeInputs(rows, reverse)).to(torch::kFloat32))) / 2;
            }
            score = score.to(torch::kCPU).to(torch::kFloat64).contiguous();
            const double* values = score.data_ptr<double>();
            for (std::size_t i = 0; i < count; ++i)
                for (std::size_t c = 0; c < columns; ++c) {
                    predicted[c].push_back(values[i * columns + c]);
                    measured[c].push_back(rows.value(start + i, c));
                }
        }
        m_network->train();
        report.validLoss = lossSum / static_cast<double>(rows.size());
        if (m_config.task == TrainingTask::Binary || m_config.task == TrainingTask::Multilabel)
            scoreClasses(predicted, measured, report);
        else {
            report.pearson = pearsonCorrelation(predicted.front(), measured.front());
            report.spearman = spearmanCorrelation(predicted.front(), measured.front());
        }
        return report;
    }

    // AUROC and F1 (measured > 0.5 is positive), averaged over the classes whose validation rows
    // hold both labels (macro average); NaN when none does.
    static void scoreClasses(const std::vector<std::vector<double>>& predicted,
                             const std::vector<std::vector<double>>& measured, EpochReport& report)
    {
        double aurocSum = 0, f1Sum = 0;
        int scored = 0;
        for (std::size_t c = 0; c < predicted.size(); ++c) {
            std::vector<int> labels;
            for (double value : measured[c])
                labels.push_back(value > 0.5 ? 1 : 0);
            const double auroc = areaUnderRocCurve(predicted[c], labels);
            if (!std::isfinite(auroc))
                continue;
            aurocSum += auroc;
            f1Sum += f1Score(predicted[c], labels).f1;
            ++scored;
        }
        report.auroc = scored > 0 ? aurocSum / scored : std::nan("");
        report.f1 = scored > 0 ? f1Sum / scored : std::nan("");
    }

    // One column per output value (B, values): the expectation over bins, the scalar, or the
    // probability of each class.
    torch::Tensor scoreOf(const torch::Tensor& output) const
    {
        if (m_config.task == TrainingTask::SoftBins) {
            const auto values = torch::tensor(m_manifest.output.binValues, torch::kFloat32).to(output.device());
            return torch::softmax(output, 1).matmul(values).unsqueeze(1);
        }
        if (m_config.task == TrainingTask::Regression)
            return output;
        return torch::sigmoid(output);
    }

    void saveCheckpoint(int epoch, const std::vector<EpochReport>& history) const
    {
        detail::CheckpointState state{epoch, m_config.toJson(), json::array()};
        for (const auto& report : history)
            state.history.push_back(epochToJson(report));
        detail::writeTrainingCheckpoint(m_checkpointPath, *m_network, *m_optimizer, "promoterlab_checkpoint_version",
                                        kCheckpointFormatVersion, state);
    }

    // Returns the epoch the checkpoint completed.
    int loadCheckpoint(std::vector<EpochReport>& history)
    {
        const auto state = detail::readTrainingCheckpoint(
            m_checkpointPath, *m_network, *m_optimizer, "training", [this](const std::string& savedConfig) {
                return TrainingConfig::fromJson(savedConfig, m_checkpointPath).toJson() == m_config.toJson();
            });
        history.clear();
        for (const auto& item : state.history)
            history.push_back(epochFromJson(item));
        m_schedule->apply(*m_optimizer, static_cast<std::int64_t>(state.epoch) * m_stepsPerEpoch);
        return state.epoch;
    }

    void writeBundle(const std::vector<EpochReport>& history)
    {
        m_network->eval();
        m_network->setFolded(true);
        json provenance = {{"trained_with", "PromoterLab"},
                           {"config", json::parse(m_config.toJson())},
                           {"data", m_dataProvenance},
                           {"training_rows", m_data.train.size()},
                           {"world_size", worldSize()},
                           {"global_batch_size", m_globalBatchSize},
                           {"validation_rows", m_data.valid.size()}};
        if (!history.empty())
            provenance["final_epoch"] = epochToJson(history.back());
        m_model->setProvenance(provenance.dump());
        m_model->saveBundle(m_run.outputPath);
    }

    const TrainingData& m_data;
    TrainingConfig m_config;
    TrainingRunOptions m_run;
    json m_dataProvenance;
    Manifest m_manifest;
    SequenceEncoder m_encoder;
    std::string m_checkpointPath;
    std::shared_ptr<Model> m_model;
    std::shared_ptr<detail::LegNetNetwork> m_network;
    torch::Device m_device = torch::kCPU;
    std::unique_ptr<detail::ProcessGroup> m_group;
    int m_strands = 1;
    std::size_t m_globalBatchSize = 0;
    int m_stepsPerEpoch = 0;
    std::unique_ptr<detail::OneCycleSchedule> m_schedule;
    std::unique_ptr<torch::optim::Optimizer> m_optimizer;
};

}  // namespace

TrainingResult trainModel(const TrainingData& data, const TrainingConfig& config, const TrainingRunOptions& run,
                          const TrainingCallbacks& callbacks, const CancellationToken& cancel)
{
    if (run.outputPath.empty())
        throw Error("no output path was given for the trained model");
    setComputeThreads(config.threads);
    try {
        TrainingRun training(data, config, run);
        return training.run(callbacks, cancel);
    } catch (const c10::Error& error) {
        throw Error(std::string("training failed inside LibTorch: ") + error.what_without_backtrace());
    }
}

}  // namespace promoterlab
