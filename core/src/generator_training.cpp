// SPDX-License-Identifier: GPL-3.0-or-later
// The generator's training loop: corrupted batches, cross-entropy against the originals,
// reconstruction accuracy by corruption level, checkpoints and resume.
#include "generator_encoder.h"
#include "model_impl.h"
#include "promoterlab/errors.h"
#include "promoterlab/generator.h"
#include "promoterlab/insert_corruption.h"
#include "promoterlab/predictor.h"
#include "training_checkpoint.h"

#include <nlohmann/json.hpp>
#include <torch/optim/adamw.h>
#include <torch/serialize.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <numeric>
#include <random>

namespace promoterlab {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr int kCheckpointFormatVersion = 1;
// Upper ends of the reported corruption levels below the maximum (DESIGN.md §6 samples with
// 1 … 130 substitutions, so the low levels matter most).
constexpr int kLevelEnds[] = {30, 100, 200};
// The validation corruptions are drawn once from a stream of their own, so that every epoch is
// scored on the same corrupted inserts.
constexpr std::uint64_t kValidationStream = 0x5EEDull;

std::vector<ReconstructionAccuracy> emptyLevels(int maxSubstitutions)
{
    std::vector<ReconstructionAccuracy> levels;
    int first = 0;
    for (int end : kLevelEnds) {
        if (end >= maxSubstitutions)
            break;
        levels.push_back({first, end, std::nan(""), 0});
        first = end + 1;
    }
    levels.push_back({first, maxSubstitutions, std::nan(""), 0});
    return levels;
}

json epochToJson(const GeneratorEpochReport& report)
{
    json levels = json::array();
    for (const auto& level : report.accuracyByLevel)
        levels.push_back({{"min_substitutions", level.minSubstitutions},
                          {"max_substitutions", level.maxSubstitutions},
                          {"accuracy", level.accuracy},
                          {"examples", level.examples}});
    return {{"epoch", report.epoch},
            {"train_loss", report.trainLoss},
            {"valid_loss", report.validLoss},
            {"accuracy_by_level", levels},
            {"sequences_per_second", report.sequencesPerSecond},
            {"seconds", report.seconds}};
}

// JSON has no NaN: nlohmann writes it as null, read back here as NaN.
double numberOrNaN(const json& object, const char* key)
{
    const auto& value = object.at(key);
    return value.is_null() ? std::nan("") : value.get<double>();
}

GeneratorEpochReport epochFromJson(const json& object)
{
    GeneratorEpochReport report;
    report.epoch = object.at("epoch").get<int>();
    report.trainLoss = numberOrNaN(object, "train_loss");
    report.validLoss = numberOrNaN(object, "valid_loss");
    for (const auto& level : object.at("accuracy_by_level"))
        report.accuracyByLevel.push_back({level.at("min_substitutions").get<int>(),
                                          level.at("max_substitutions").get<int>(), numberOrNaN(level, "accuracy"),
                                          level.at("examples").get<std::size_t>()});
    report.sequencesPerSecond = numberOrNaN(object, "sequences_per_second");
    report.seconds = numberOrNaN(object, "seconds");
    return report;
}

void checkInserts(const std::vector<GeneratorExample>& examples, int length, const char* which)
{
    for (std::size_t i = 0; i < examples.size(); ++i) {
        const auto& insert = examples[i].insert;
        const auto where = std::string(which) + " insert " + std::to_string(i + 1);
        if (static_cast<int>(insert.size()) != length)
            throw Error(where + " has " + std::to_string(insert.size()) + " bases; the generator needs "
                        + std::to_string(length));
        const auto bad = insert.find_first_not_of("ACGT");
        if (bad != std::string::npos)
            throw Error(where + ": '" + insert[bad] + "' at position " + std::to_string(bad + 1)
                        + " is not A, C, G or T; the generator learns to reproduce definite bases");
        if (!std::isfinite(examples[i].expression))
            throw Error(where + " has no finite expression value");
    }
}

// A batch ready for the network: the corrupted inputs and the original bases as class indices.
struct Batch {
    torch::Tensor input;    // (rows, channels, length)
    torch::Tensor targets;  // (rows, length), long
    std::vector<int> substitutions;
};

class GeneratorRun {
public:
    GeneratorRun(const std::vector<GeneratorExample>& train, const std::vector<GeneratorExample>& valid,
                 const GeneratorConfig& config, const TrainingRunOptions& run)
        : m_train(train)
        , m_valid(valid)
        , m_config(config)
        , m_run(run)
        , m_manifest(config.manifest())
        , m_encoder(m_manifest)
        , m_checkpointPath(run.outputPath + ".checkpoint")
    {
        if (m_train.empty())
            throw Error("the training set is empty");
        checkInserts(m_train, m_config.insertLength, "training");
        checkInserts(m_valid, m_config.insertLength, "validation");
        if (!m_run.modelName.empty())
            m_manifest.name = m_run.modelName;
        m_manifest.description = m_run.modelDescription;
        m_dataProvenance = json::parse(run.dataProvenanceJson, nullptr, false);
        if (!m_dataProvenance.is_object())
            throw Error("the description of the training data is not a JSON object");
        torch::manual_seed(m_config.seed);
        m_model = Model::create(m_manifest, ModelLoadOptions{m_config.device});
        auto& impl = m_model->impl();
        m_network = impl.network;
        m_device = impl.device;
        m_network->setFolded(false);
        m_network->train();
        m_stepsPerEpoch = m_config.stepsPerEpoch > 0
            ? m_config.stepsPerEpoch
            : static_cast<int>((m_train.size() + m_config.batchSize - 1) / m_config.batchSize);
        m_optimizer = std::make_unique<torch::optim::AdamW>(m_network->parameters(),
                                                            torch::optim::AdamWOptions(m_config.learningRate)
                                                                .betas({m_config.beta1, m_config.beta2})
                                                                .weight_decay(m_config.weightDecay));
        prepareValidation();
    }

    GeneratorTrainingResult run(const GeneratorCallbacks& callbacks, const CancellationToken& cancel)
    {
        GeneratorTrainingResult result;
        detail::checkCheckpointWritable(m_checkpointPath);
        if (m_run.resume && fs::exists(m_checkpointPath))
            result.resumedFromEpoch = loadCheckpoint(result.history);
        detail::ExampleStream stream(m_train.size(), m_config.seed);
        for (int epoch = result.resumedFromEpoch + 1; epoch <= m_config.epochs; ++epoch) {
            const auto started = std::chrono::steady_clock::now();
            double lossSum = 0;
            for (int step = 1; step <= m_stepsPerEpoch; ++step) {
                cancel.throwIfCancelled();
                const std::int64_t globalStep = static_cast<std::int64_t>(epoch - 1) * m_stepsPerEpoch + step;
                const auto examples = stream.take(static_cast<std::uint64_t>(globalStep - 1) * m_config.batchSize,
                                                  static_cast<std::size_t>(m_config.batchSize));
                const double loss = trainStep(examples, globalStep);
                if (!std::isfinite(loss))
                    throw Error("training stopped: the loss became " + std::string(std::isnan(loss) ? "NaN" : "infinite")
                                + " at epoch " + std::to_string(epoch) + ", step " + std::to_string(step)
                                + "; the checkpoint of epoch " + std::to_string(epoch - 1)
                                + " is kept. Lower the learning rate, then resume.");
                lossSum += loss;
                if (callbacks.onBatch)
                    callbacks.onBatch({epoch, step, m_stepsPerEpoch, loss, m_config.learningRate});
            }
            const double seconds
                = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            GeneratorEpochReport report = validate();
            report.epoch = epoch;
            report.trainLoss = lossSum / m_stepsPerEpoch;
            report.seconds = seconds;
            report.sequencesPerSecond = static_cast<double>(m_stepsPerEpoch) * m_config.batchSize / seconds;
            result.history.push_back(report);
            saveCheckpoint(epoch, result.history);
            if (callbacks.onEpoch)
                callbacks.onEpoch(report);
        }
        writeBundle(result.history);
        return result;
    }

private:
    // Corrupts each example by its own number of substitutions, n uniform in 0 … max.
    Batch makeBatch(const std::vector<GeneratorExample>& source, const std::vector<std::size_t>& examples,
                    const std::vector<int>& substitutions, std::mt19937_64& random) const
    {
        Batch batch;
        batch.substitutions = substitutions;
        std::vector<std::string> corrupted;
        std::vector<double> targets;
        auto originals = torch::empty({static_cast<std::int64_t>(examples.size()), m_config.insertLength}, torch::kLong);
        auto* original = originals.data_ptr<std::int64_t>();
        for (std::size_t i = 0; i < examples.size(); ++i) {
            const auto& example = source[examples[i]];
            corrupted.push_back(corruptInsert(example.insert, substitutions[i], random));
            targets.push_back(example.expression);
            for (char base : example.insert)
                *original++ = static_cast<std::int64_t>(m_manifest.input.alphabet.find(base));
        }
        batch.input = m_encoder.encode(corrupted, targets, substitutions).to(m_device);
        batch.targets = originals.to(m_device);
        return batch;
    }

    // Each step corrupts with a generator seeded by the run's seed and the step, so a resumed run
    // draws the corruptions the uninterrupted one would have.
    double trainStep(const std::vector<std::size_t>& examples, std::int64_t globalStep)
    {
        std::seed_seq seed{static_cast<std::uint32_t>(m_config.seed), static_cast<std::uint32_t>(m_config.seed >> 32),
                           static_cast<std::uint32_t>(globalStep), static_cast<std::uint32_t>(globalStep >> 32)};
        std::mt19937_64 random(seed);
        std::uniform_int_distribution<int> level(0, m_config.maxSubstitutions);
        std::vector<int> substitutions(examples.size());
        for (int& n : substitutions)
            n = level(random);
        const auto batch = makeBatch(m_train, examples, substitutions, random);
        setComputeThreads(m_config.threads);
        m_optimizer->zero_grad();
        const auto loss = torch::cross_entropy_loss(m_network->forward(batch.input), batch.targets);
        loss.backward();
        m_optimizer->step();
        return loss.item<double>();
    }

    void prepareValidation()
    {
        std::mt19937_64 random(m_config.seed ^ kValidationStream);
        std::uniform_int_distribution<int> level(0, m_config.maxSubstitutions);
        m_validSubstitutions.resize(m_valid.size());
        for (int& n : m_validSubstitutions)
            n = level(random);
        m_validRandomSeed = random();
    }

    GeneratorEpochReport validate()
    {
        GeneratorEpochReport report;
        if (m_valid.empty())
            return report;
        torch::NoGradGuard noGrad;
        m_network->eval();
        report.accuracyByLevel = emptyLevels(m_config.maxSubstitutions);
        std::vector<double> correctByLevel(report.accuracyByLevel.size(), 0);
        std::mt19937_64 random(m_validRandomSeed);
        double lossSum = 0;
        const auto batchSize = static_cast<std::size_t>(m_config.batchSize);
        for (std::size_t first = 0; first < m_valid.size(); first += batchSize) {
            const std::size_t count = std::min(batchSize, m_valid.size() - first);
            std::vector<std::size_t> examples(count);
            std::iota(examples.begin(), examples.end(), first);
            const std::vector<int> substitutions(m_validSubstitutions.begin() + static_cast<std::ptrdiff_t>(first),
                                                 m_validSubstitutions.begin() + static_cast<std::ptrdiff_t>(first + count));
            const auto batch = makeBatch(m_valid, examples, substitutions, random);
            const auto logits = m_network->forward(batch.input);
            lossSum += torch::cross_entropy_loss(logits, batch.targets).item<double>() * static_cast<double>(count);
            const auto accuracy
                = logits.argmax(1).eq(batch.targets).to(torch::kFloat64).mean(1).to(torch::kCPU).contiguous();
            const double* values = accuracy.data_ptr<double>();
            for (std::size_t i = 0; i < count; ++i) {
                for (std::size_t l = 0; l < report.accuracyByLevel.size(); ++l) {
                    auto& level = report.accuracyByLevel[l];
                    if (substitutions[i] >= level.minSubstitutions && substitutions[i] <= level.maxSubstitutions) {
                        correctByLevel[l] += values[i];
                        ++level.examples;
                    }
                }
            }
        }
        m_network->train();
        for (std::size_t l = 0; l < report.accuracyByLevel.size(); ++l) {
            auto& level = report.accuracyByLevel[l];
            if (level.examples > 0)
                level.accuracy = correctByLevel[l] / static_cast<double>(level.examples);
        }
        report.validLoss = lossSum / static_cast<double>(m_valid.size());
        return report;
    }

    void saveCheckpoint(int epoch, const std::vector<GeneratorEpochReport>& history) const
    {
        detail::CheckpointState state{epoch, m_config.toJson(), json::array()};
        for (const auto& report : history)
            state.history.push_back(epochToJson(report));
        detail::writeTrainingCheckpoint(m_checkpointPath, *m_network, *m_optimizer,
                                        "promoterlab_generator_checkpoint_version", kCheckpointFormatVersion, state);
    }

    // Returns the epoch the checkpoint completed.
    int loadCheckpoint(std::vector<GeneratorEpochReport>& history)
    {
        const auto state = detail::readTrainingCheckpoint(
            m_checkpointPath, *m_network, *m_optimizer, "generator", [this](const std::string& savedConfig) {
                return GeneratorConfig::fromJson(savedConfig, m_checkpointPath).toJson() == m_config.toJson();
            });
        history.clear();
        for (const auto& item : state.history)
            history.push_back(epochFromJson(item));
        return state.epoch;
    }

    void writeBundle(const std::vector<GeneratorEpochReport>& history)
    {
        m_network->eval();
        m_network->setFolded(true);
        json provenance = {{"trained_with", "PromoterLab"},
                           {"config", json::parse(m_config.toJson())},
                           {"data", m_dataProvenance},
                           {"training_inserts", m_train.size()},
                           {"validation_inserts", m_valid.size()},
                           // How the channels were built, for readers of the provenance alone; the
                           // channel values in the manifest's input are what inference uses.
                           {"generator",
                            {{"insert_length", m_config.insertLength},
                             {"max_substitutions", m_config.maxSubstitutions},
                             {"target_expression_channel", "expression × expression_scale"},
                             {"substitution_count_channel", "substitutions / max_substitutions"},
                             {"expression_scale", m_config.expressionScale}}}};
        if (!history.empty())
            provenance["final_epoch"] = epochToJson(history.back());
        m_model->setProvenance(provenance.dump());
        m_model->saveBundle(m_run.outputPath);
    }

    const std::vector<GeneratorExample>& m_train;
    const std::vector<GeneratorExample>& m_valid;
    GeneratorConfig m_config;
    TrainingRunOptions m_run;
    json m_dataProvenance;
    Manifest m_manifest;
    detail::GeneratorEncoder m_encoder;
    std::string m_checkpointPath;
    std::shared_ptr<Model> m_model;
    std::shared_ptr<detail::LegNetNetwork> m_network;
    torch::Device m_device = torch::kCPU;
    int m_stepsPerEpoch = 0;
    std::unique_ptr<torch::optim::AdamW> m_optimizer;
    std::vector<int> m_validSubstitutions;
    std::uint64_t m_validRandomSeed = 0;
};

}  // namespace

GeneratorTrainingResult trainGenerator(const std::vector<GeneratorExample>& train,
                                       const std::vector<GeneratorExample>& valid, const GeneratorConfig& config,
                                       const TrainingRunOptions& run, const GeneratorCallbacks& callbacks,
                                       const CancellationToken& cancel)
{
    if (run.outputPath.empty())
        throw Error("no output path was given for the trained generator");
    setComputeThreads(config.threads);
    try {
        GeneratorRun training(train, valid, config, run);
        return training.run(callbacks, cancel);
    } catch (const c10::Error& error) {
        throw Error(std::string("generator training failed inside LibTorch: ") + error.what_without_backtrace());
    }
}

}  // namespace promoterlab
