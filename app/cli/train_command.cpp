// SPDX-License-Identifier: GPL-3.0-or-later
// `promoterlab-cli train`: trains a LegNet from a table of sequences and measured values.
#include "commands.h"
#include "compute_options.h"
#include "progress_reporter.h"

#include "promoterlab/errors.h"
#include "promoterlab/training.h"
#include "promoterlab/training_set.h"

#include <cmath>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

namespace promoterlab::cli {

namespace {

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

// Ctrl-C (or a scheduler's SIGTERM) cancels the run within one batch; the last checkpoint stays.
CancellationToken& interruptToken()
{
    static CancellationToken token;
    return token;
}

void cancelOnSignal(int)
{
    interruptToken().cancel();
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
    addComputeOptions(commandLine, 1024);
    commandLine.require("data");
    commandLine.require("out");
    if (!commandLine.parse(arguments)) {
        std::cout << commandLine.helpText();
        return 0;
    }
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

    ProgressReporter loading("read");
    const auto data = loadTrainingData(commandLine.value("data"), dataOptions,
                                       [&](std::size_t done, std::size_t) { loading.update(done, -1); });
    loading.finish(data.train.size() + data.valid.size());
    std::cerr << "training rows: " << data.train.size() << ", validation rows: " << data.valid.size()
              << ", rejected: " << data.rejectedCount << ", duplicates removed: " << data.duplicatesRemoved
              << ", excluded: " << data.excludedCount << "\n";
    for (std::size_t i = 0; i < data.rejected.size() && i < 10; ++i)
        std::cerr << "  " << data.rejected[i].file << " line " << data.rejected[i].line << ": "
                  << data.rejected[i].reason << "\n";

    MetricsLog log(commandLine.value("metrics-log"));
    std::optional<ProgressReporter> steps;
    TrainingCallbacks callbacks;
    callbacks.onBatch = [&](const BatchReport& report) {
        if (report.step == 1)
            steps.emplace("epoch " + std::to_string(report.epoch) + " steps");
        steps->update(static_cast<std::uint64_t>(report.step),
                      static_cast<double>(report.step) / static_cast<double>(report.stepsPerEpoch));
    };
    callbacks.onEpoch = [&](const EpochReport& report) {
        std::fprintf(stderr, "epoch %d/%d  train loss %.4f  valid loss %.4f  Pearson %.4f  Spearman %.4f  %.0f seq/s\n",
                     report.epoch, config.epochs, report.trainLoss, report.validLoss, report.pearson, report.spearman,
                     report.sequencesPerSecond);
        log.write(report);
    };
    TrainingRunOptions run;
    run.outputPath = commandLine.value("out");
    run.resume = commandLine.flag("resume");
    std::signal(SIGINT, cancelOnSignal);
    std::signal(SIGTERM, cancelOnSignal);
    const auto result = trainModel(data, config, run, callbacks, interruptToken());
    if (result.resumedFromEpoch > 0)
        std::cerr << "resumed after epoch " << result.resumedFromEpoch << "\n";
    std::cerr << "wrote " << run.outputPath << "\n";
    return 0;
}

}  // namespace promoterlab::cli
