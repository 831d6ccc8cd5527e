// SPDX-License-Identifier: GPL-3.0-or-later
// `promoterlab-cli train`: trains a LegNet from a table of sequences and measured values.
#include "commands.h"
#include "compute_options.h"
#include "interrupt.h"
#include "local_group.h"
#include "progress_reporter.h"
#include "table_options.h"

#include "promoterlab/content_hash.h"
#include "promoterlab/distributed.h"
#include "promoterlab/errors.h"
#include "promoterlab/training.h"
#include "promoterlab/training_set.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

namespace promoterlab::cli {

namespace {

constexpr std::size_t kFewTrainingRows = 1000;
// How long the launcher of a local group lets the other ranks stop by themselves after one failed.
constexpr int kLauncherGraceSeconds = 30;

std::string readTextFile(const std::string& path)
{
    std::ifstream file(path);
    if (!file)
        throw InputError(path, 0, "cannot be opened for reading");
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

// One JSON object a line per epoch, flushed at once so that a killed run keeps its log.
class MetricsLog {
public:
    explicit MetricsLog(const std::string& path)
    {
        if (path.empty())
            return;
        m_file.open(path, std::ios::app);
        if (!m_file)
            throw InputError(path, 0, "cannot be opened for writing");
        m_path = path;
    }

    void write(const EpochReport& report)
    {
        if (m_path.empty())
            return;
        auto number = [](double value) { return std::isfinite(value) ? std::to_string(value) : std::string("null"); };
        m_file << "{\"epoch\":" << report.epoch << ",\"train_loss\":" << number(report.trainLoss)
               << ",\"valid_loss\":" << number(report.validLoss) << ",\"pearson\":" << number(report.pearson)
               << ",\"spearman\":" << number(report.spearman) << ",\"auroc\":" << number(report.auroc)
               << ",\"f1\":" << number(report.f1) << ",\"sequences_per_second\":" << number(report.sequencesPerSecond)
               << ",\"seconds\":" << number(report.seconds) << ",\"learning_rate\":" << number(report.learningRate)
               << "}" << std::endl;
        if (!m_file)
            throw Error(m_path + ": the metrics log could not be written (is the disk full?)");
    }

private:
    std::string m_path;
    std::ofstream m_file;
};

nlohmann::json describeFile(const std::string& path)
{
    return {{"file", std::filesystem::path(path).filename().string()}, {"sha256", sha256HexOfFile(path)}};
}

std::string utcTimestamp()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

// Where the bundle's training data came from, so that the model can be traced back to it: the
// files by name and content hash, the split, the filters and what they left.
std::string describeData(const TrainingSetOptions& options, const std::string& trainPath, const TrainingData& data,
                         const std::string& note)
{
    nlohmann::json description = {{"training", describeFile(trainPath)},
                                  {"deduplicated", options.deduplicate},
                                  {"training_rows", data.train.size()},
                                  {"validation_rows", data.valid.size()},
                                  {"rejected_rows", data.rejectedCount},
                                  {"duplicates_removed", data.duplicatesRemoved},
                                  {"excluded_rows", data.excludedCount},
                                  {"bundle_written_at", utcTimestamp()},
                                  {"promoterlab_version", PROMOTERLAB_VERSION}};
    if (!options.validFile.empty())
        description["validation"] = describeFile(options.validFile);
    else if (options.validFold >= 0)
        description["validation"] = {{"fold", options.validFold},
                                     {"folds_from", options.useFoldColumn ? "fold column" : "sequence hash"}};
    auto& excluded = description["excluded_inserts_of"] = nlohmann::json::array();
    for (const auto& path : options.excludeFiles)
        excluded.push_back(describeFile(path));
    if (!note.empty())
        description["note"] = note;
    return description.dump();
}

// "epoch 3/10  train loss 1.2  valid loss 1.3  Pearson 0.91  Spearman 0.90  281 seq/s", with
// only the figures the task and the data gave.
std::string epochSummary(const EpochReport& report, int epochs)
{
    char text[64];
    std::string summary = "epoch " + std::to_string(report.epoch) + "/" + std::to_string(epochs);
    const auto add = [&](const char* label, double value, const char* format) {
        if (!std::isfinite(value))
            return;
        std::snprintf(text, sizeof text, format, value);
        summary += std::string("  ") + label + " " + text;
    };
    add("train loss", report.trainLoss, "%.4f");
    if (std::isnan(report.validLoss))
        summary += "  (no validation set)";
    add("valid loss", report.validLoss, "%.4f");
    add("Pearson", report.pearson, "%.4f");
    add("Spearman", report.spearman, "%.4f");
    add("AUROC", report.auroc, "%.4f");
    add("F1", report.f1, "%.4f");
    std::snprintf(text, sizeof text, "  %.0f seq/s", report.sequencesPerSecond);
    return summary + text;
}

// The arguments each rank of a local group gets: the command's own, less the launcher's options.
std::vector<std::string> rankArguments(const std::vector<std::string>& arguments)
{
    std::vector<std::string> forwarded{"train"};
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (argument == "--nproc" || argument == "--master-port") {
            ++i;
            continue;
        }
        if (argument.rfind("--nproc=", 0) == 0 || argument.rfind("--master-port=", 0) == 0)
            continue;
        forwarded.push_back(argument);
    }
    return forwarded;
}

// This process's place in a data-parallel group started by torchrun, a scheduler or --nproc.
std::optional<DistributedOptions> groupFromEnvironment(const CommandLine& commandLine)
{
    auto group = distributedOptionsFromEnvironment();
    if (!group) {
        if (commandLine.has("backend") || commandLine.has("group-timeout"))
            std::cerr << "warning: --backend and --group-timeout apply to data-parallel runs (--nproc, or WORLD_SIZE "
                         "set by a launcher); this run is a single process\n";
        return group;
    }
    if (commandLine.has("backend")) {
        group->backend = commandLine.value("backend");
        if (group->backend != "gloo" && group->backend != "nccl")
            throw UsageError("--backend must be gloo or nccl, not '" + group->backend + "'");
    }
    if (commandLine.has("group-timeout"))
        group->timeoutSeconds = commandLine.integer("group-timeout", 1, 86400);
    return group;
}

}  // namespace

int runTrain(const std::vector<std::string>& arguments)
{
    CommandLine commandLine("train",
                            "Trains a LegNet on sequences with measured values (FASTA/CSV/TSV/plain, gzip allowed) and "
                            "writes a PromoterLab bundle. A checkpoint is written after every epoch; --resume continues "
                            "a stopped run.");
    commandLine.addValue("data", "FILE", "training sequences with measured values");
    commandLine.addValue("valid", "FILE", "validation sequences (instead of --valid-fold)");
    commandLine.addValue("valid-fold", "K", "validate on fold K (0-9) of a stable hash of the sequence, or of the "
                                            "file's fold column with --fold-column");
    commandLine.addFlag("fold-column", "take folds from the file's 'fold' column instead of the hash");
    commandLine.addFlag("deduplicate", "keep only the first of identical sequences");
    commandLine.addList("exclude", "FILE", "leave out every sequence whose 80-nt insert appears in FILE");
    commandLine.addValue("config", "FILE", "training configuration (JSON, docs/training-config.md); LegNet's recipe "
                                           "when omitted");
    commandLine.addValue("out", "FILE", "the trained model bundle (.plm)");
    commandLine.addFlag("resume", "continue from OUT.checkpoint when it exists");
    commandLine.addValue("metrics-log", "FILE", "append one JSON line of metrics per epoch");
    commandLine.addValue("note", "TEXT", "free text kept in the bundle's provenance (for example the recipe)");
    commandLine.addValue("name", "TEXT", "the model's name in its manifest (default: the architecture)");
    commandLine.addValue("description", "TEXT", "what the model predicts, in its manifest");
    commandLine.addValue("nproc", "N", "train data-parallel as N processes on this machine, each taking --batch-size "
                                       "sequences a step (docs/distributed-training.md)");
    commandLine.addValue("master-port", "PORT", "the rendezvous port of --nproc (default: a free one)");
    commandLine.addValue("backend", "NAME", "gloo or nccl for data-parallel runs (default: nccl on CUDA, gloo on the "
                                            "CPU)");
    commandLine.addValue("group-timeout", "SECONDS", "how long a data-parallel process waits for the others before "
                                                     "it gives up (default: 300)");
    addTableOptions(commandLine);
    addComputeOptions(commandLine, 1024);
    commandLine.require("data");
    commandLine.require("out");
    if (!commandLine.parse(arguments)) {
        std::cout << commandLine.helpText();
        return 0;
    }
    if (commandLine.has("nproc")) {
        const int processes = commandLine.integer("nproc", 1, 1024);
        if (std::getenv("WORLD_SIZE"))
            throw UsageError("--nproc starts a group itself; WORLD_SIZE is already set by a launcher, so leave "
                             "--nproc out");
        if (processes > 1) {
            const int port = commandLine.has("master-port") ? commandLine.integer("master-port", 1, 65535) : 0;
            return runLocalGroup(processes, rankArguments(arguments), port, kLauncherGraceSeconds);
        }
    }
    const auto group = groupFromEnvironment(commandLine);
    // Rank 0 speaks for the group; the others report only what goes wrong.
    const bool speaks = !group || group->rank == 0;
    if (commandLine.has("valid") && commandLine.has("valid-fold"))
        throw UsageError("give --valid or --valid-fold, not both");

    TrainingConfig config;
    if (commandLine.has("config"))
        config = TrainingConfig::fromJson(readTextFile(commandLine.value("config")), commandLine.value("config"));
    const auto compute = readComputeOptions(commandLine);
    if (commandLine.has("threads"))
        config.threads = compute.threads;
    if (commandLine.has("batch-size"))
        config.batchSize = compute.batchSize;
    if (commandLine.has("device"))
        config.device = compute.device;

    TrainingSetOptions dataOptions;
    if (commandLine.has("valid-fold"))
        dataOptions.validFold = commandLine.integer("valid-fold", 0, 9);
    dataOptions.useFoldColumn = commandLine.flag("fold-column");
    dataOptions.deduplicate = commandLine.flag("deduplicate");
    dataOptions.excludeFiles = commandLine.values("exclude");
    dataOptions.validFile = commandLine.value("valid");
    dataOptions.reader = readTableOptions(commandLine);
    if (config.task == TrainingTask::Multilabel)
        dataOptions.labelColumns = config.classNames;

    ProgressReporter loading(group ? "rank " + std::to_string(group->rank) + " read" : "read");
    const auto data = loadTrainingData(commandLine.value("data"), dataOptions,
                                       [&](std::size_t done, std::size_t) { loading.update(done, -1); });
    loading.finish(data.train.size() + data.valid.size());
    if (speaks)
        std::cerr << "training rows: " << data.train.size() << ", validation rows: " << data.valid.size()
              << ", rejected: " << data.rejectedCount << ", duplicates removed: " << data.duplicatesRemoved
              << ", excluded: " << data.excludedCount << "\n";
    if (speaks && data.train.size() < kFewTrainingRows)
        std::cerr << "warning: only " << data.train.size() << " training row" << (data.train.size() == 1 ? "" : "s")
                  << "; a LegNet needs tens of thousands to learn expression\n";
    for (std::size_t i = 0; speaks && i < data.rejected.size() && i < 10; ++i)
        std::cerr << "  " << data.rejected[i].file << " line " << data.rejected[i].line << ": "
                  << data.rejected[i].reason << "\n";

    MetricsLog log(speaks ? commandLine.value("metrics-log") : std::string());
    std::optional<ProgressReporter> steps;
    TrainingCallbacks callbacks;
    callbacks.onBatch = [&](const BatchReport& report) {
        if (!speaks)
            return;
        if (report.step == 1)
            steps.emplace("epoch " + std::to_string(report.epoch) + " steps");
        steps->update(static_cast<std::uint64_t>(report.step),
                      static_cast<double>(report.step) / static_cast<double>(report.stepsPerEpoch));
    };
    callbacks.onEpoch = [&](const EpochReport& report) {
        std::cerr << epochSummary(report, config.epochs) << "\n";
        log.write(report);
    };
    TrainingRunOptions run;
    run.outputPath = commandLine.value("out");
    run.resume = commandLine.flag("resume");
    run.modelName = commandLine.value("name");
    run.modelDescription = commandLine.value("description");
    run.dataProvenanceJson = describeData(dataOptions, commandLine.value("data"), data, commandLine.value("note"));
    run.distributed = group;
    // Ctrl-C cancels the run within one batch; the last checkpoint stays.
    cancelOnInterrupt();
    const auto result = trainModel(data, config, run, callbacks, interruptToken());
    if (!speaks)
        return 0;
    if (result.resumedFromEpoch > 0)
        std::cerr << "resumed after epoch " << result.resumedFromEpoch << "\n";
    std::cerr << "wrote " << run.outputPath << "\n";
    return 0;
}

}  // namespace promoterlab::cli
