// SPDX-License-Identifier: GPL-3.0-or-later
// `promoterlab-cli train-generator`: trains a LegNet-Generator on 80-nt inserts with measured values.
#include "commands.h"
#include "compute_options.h"
#include "interrupt.h"
#include "progress_reporter.h"
#include "table_options.h"

#include "promoterlab/content_hash.h"
#include "promoterlab/errors.h"
#include "promoterlab/generator.h"
#include "promoterlab/sequence_reader.h"
#include "promoterlab/training_set.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

namespace promoterlab::cli {

namespace {

// The constant adapters around the insert in a DREAM-style 110-nt read (DESIGN.md §5).
constexpr std::string_view kLeftAdapter = "TGCATTTTTTTCACATC";
constexpr std::string_view kRightAdapter = "GGTTACGGCTGTT";
constexpr std::size_t kInsertLength = 80;
constexpr std::size_t kMaxRejectionsShown = 10;

std::string readTextFile(const std::string& path)
{
    std::ifstream file(path);
    if (!file)
        throw InputError(path, 0, "cannot be opened for reading");
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

// The 80-nt insert of a read, or the reason it has none.
std::optional<std::string> insertOfRead(const std::string& bases, std::string& reason)
{
    std::string insert;
    if (bases.size() == kInsertLength) {
        insert = bases;
    } else if (bases.size() == kLeftAdapter.size() + kInsertLength + kRightAdapter.size()) {
        if (bases.compare(0, kLeftAdapter.size(), kLeftAdapter) != 0
            || bases.compare(bases.size() - kRightAdapter.size(), kRightAdapter.size(), kRightAdapter) != 0) {
            reason = "a 110-nt read must be " + std::string(kLeftAdapter) + " + 80-nt insert + "
                     + std::string(kRightAdapter) + "; this one's adapters differ";
            return std::nullopt;
        }
        insert = bases.substr(kLeftAdapter.size(), kInsertLength);
    } else {
        reason = std::to_string(bases.size()) + " nt; expected an 80-nt insert or a 110-nt read "
                 + std::string(kLeftAdapter) + " + insert + " + std::string(kRightAdapter);
        return std::nullopt;
    }
    const auto bad = insert.find_first_not_of("ACGT");
    if (bad != std::string::npos) {
        reason = std::string("'") + insert[bad] + "' at insert position " + std::to_string(bad + 1)
                 + " is not A, C, G or T; the generator learns definite bases only";
        return std::nullopt;
    }
    return insert;
}

struct GeneratorData {
    std::vector<GeneratorExample> train;
    std::vector<GeneratorExample> valid;
    std::vector<RejectedRecord> rejected;  // the first SequenceReader::kMaxKeptRejections
    std::size_t rejectedCount = 0;
};

void noteRejection(GeneratorData& data, RejectedRecord rejection)
{
    if (data.rejected.size() < SequenceReader::kMaxKeptRejections)
        data.rejected.push_back(std::move(rejection));
    ++data.rejectedCount;
}

// Reads a table into inserts with values; with validFold ≥ 0 the inserts whose hash fold is
// validFold go to valid instead (the fold of the insert, so a read and its bare insert agree).
void readInserts(const std::string& path, const ReaderOptions& options, int validFold, GeneratorData& data,
                 std::vector<GeneratorExample>& destination, ProgressReporter& progress)
{
    SequenceReader reader(path, options);
    SequenceRecord record;
    std::string reason;
    while (reader.next(record)) {
        if (!record.measured || !std::isfinite(*record.measured)) {
            noteRejection(data, {path, record.line, "no measured value"});
            continue;
        }
        const auto insert = insertOfRead(record.bases, reason);
        if (!insert) {
            noteRejection(data, {path, record.line, reason});
            continue;
        }
        GeneratorExample example{*insert, *record.measured};
        if (validFold >= 0 && sequenceFold(*insert) == validFold)
            data.valid.push_back(std::move(example));
        else
            destination.push_back(std::move(example));
        progress.update(data.train.size() + data.valid.size(), -1);
    }
    for (const auto& rejection : reader.rejected())
        noteRejection(data, rejection);
    data.rejectedCount += reader.rejectedCount() - reader.rejected().size();
}

nlohmann::json describeFile(const std::string& path)
{
    return {{"file", std::filesystem::path(path).filename().string()}, {"sha256", sha256HexOfFile(path)}};
}

// "epoch 3/10  train loss 1.21  valid loss 1.30  accuracy 0-30 0.95  31-100 0.61 ...  2100 seq/s".
std::string epochSummary(const GeneratorEpochReport& report, int epochs)
{
    char text[96];
    std::snprintf(text, sizeof text, "epoch %d/%d  train loss %.4f", report.epoch, epochs, report.trainLoss);
    std::string summary = text;
    if (std::isnan(report.validLoss)) {
        summary += "  (no validation set)";
    } else {
        std::snprintf(text, sizeof text, "  valid loss %.4f  accuracy by substitutions:", report.validLoss);
        summary += text;
        for (const auto& level : report.accuracyByLevel) {
            std::snprintf(text, sizeof text, " %d-%d %.3f", level.minSubstitutions, level.maxSubstitutions,
                          level.accuracy);
            summary += text;
        }
    }
    std::snprintf(text, sizeof text, "  %.0f seq/s", report.sequencesPerSecond);
    return summary + text;
}

// One JSON object a line per epoch, flushed at once so that a killed run keeps its log.
class GeneratorMetricsLog {
public:
    explicit GeneratorMetricsLog(const std::string& path)
        : m_path(path)
    {
        if (path.empty())
            return;
        m_file.open(path, std::ios::app);
        if (!m_file)
            throw InputError(path, 0, "cannot be opened for writing");
    }

    void write(const GeneratorEpochReport& report)
    {
        if (m_path.empty())
            return;
        nlohmann::json levels = nlohmann::json::array();
        for (const auto& level : report.accuracyByLevel)
            levels.push_back({{"min_substitutions", level.minSubstitutions},
                              {"max_substitutions", level.maxSubstitutions},
                              {"accuracy", level.accuracy},
                              {"examples", level.examples}});
        // nlohmann writes NaN (no validation set) as null.
        const nlohmann::json line = {{"epoch", report.epoch},
                                     {"train_loss", report.trainLoss},
                                     {"valid_loss", report.validLoss},
                                     {"accuracy_by_level", levels},
                                     {"sequences_per_second", report.sequencesPerSecond},
                                     {"seconds", report.seconds}};
        m_file << line.dump() << std::endl;
        if (!m_file)
            throw Error(m_path + ": the metrics log could not be written (is the disk full?)");
    }

private:
    std::string m_path;
    std::ofstream m_file;
};

}  // namespace

int runTrainGenerator(const std::vector<std::string>& arguments)
{
    CommandLine commandLine("train-generator",
                            "Trains a LegNet-Generator (cold-diffusion promoter design) on 80-nt inserts with measured "
                            "expression and writes a PromoterLab bundle. Rows may hold the bare 80-nt insert or the "
                            "110-nt read TGCATTTTTTTCACATC + insert + GGTTACGGCTGTT. A checkpoint is written after "
                            "every epoch; --resume continues a stopped run.");
    commandLine.addValue("data", "FILE", "training inserts or reads with measured values");
    commandLine.addValue("valid", "FILE", "validation inserts or reads (instead of --valid-fold)");
    commandLine.addValue("valid-fold", "K", "validate on fold K (0-9) of a stable hash of the insert");
    commandLine.addValue("config", "FILE", "generator configuration (JSON, docs/generator.md); the recipe of "
                                           "DESIGN.md section 6 when omitted");
    commandLine.addValue("out", "FILE", "the trained generator bundle (.plm)");
    commandLine.addFlag("resume", "continue from OUT.checkpoint when it exists");
    commandLine.addValue("metrics-log", "FILE", "append one JSON line of metrics per epoch");
    commandLine.addValue("note", "TEXT", "free text kept in the bundle's provenance (for example the recipe)");
    commandLine.addValue("name", "TEXT", "the generator's name in its manifest (default: legnet-generator)");
    commandLine.addValue("description", "TEXT", "what the generator designs, in its manifest");
    addTableOptions(commandLine);
    addComputeOptions(commandLine, 1024);
    commandLine.require("data");
    commandLine.require("out");
    if (!commandLine.parse(arguments)) {
        std::cout << commandLine.helpText();
        return 0;
    }
    if (commandLine.has("valid") && commandLine.has("valid-fold"))
        throw UsageError("give --valid or --valid-fold, not both");

    GeneratorConfig config;
    if (commandLine.has("config"))
        config = GeneratorConfig::fromJson(readTextFile(commandLine.value("config")), commandLine.value("config"));
    if (config.insertLength != static_cast<int>(kInsertLength))
        throw Error(commandLine.value("config") + ": insert_length must be 80 for train-generator, which reads the "
                    "80-nt inserts of DREAM-style reads");
    const auto compute = readComputeOptions(commandLine);
    if (commandLine.has("threads"))
        config.threads = compute.threads;
    if (commandLine.has("batch-size"))
        config.batchSize = compute.batchSize;
    if (commandLine.has("device"))
        config.device = compute.device;

    const auto tableOptions = readTableOptions(commandLine);
    const int validFold = commandLine.has("valid-fold") ? commandLine.integer("valid-fold", 0, 9) : -1;
    GeneratorData data;
    ProgressReporter loading("read");
    readInserts(commandLine.value("data"), tableOptions, validFold, data, data.train, loading);
    if (commandLine.has("valid"))
        readInserts(commandLine.value("valid"), tableOptions, -1, data, data.valid, loading);
    loading.finish(data.train.size() + data.valid.size());
    std::cerr << "training inserts: " << data.train.size() << ", validation inserts: " << data.valid.size()
              << ", rejected: " << data.rejectedCount << "\n";
    for (std::size_t i = 0; i < data.rejected.size() && i < kMaxRejectionsShown; ++i)
        std::cerr << "  " << data.rejected[i].file << " line " << data.rejected[i].line << ": "
                  << data.rejected[i].reason << "\n";
    if (data.train.empty())
        throw InputError(commandLine.value("data"), 0,
                         "no usable training insert (each row needs an 80-nt insert or 110-nt read and a value)");
    if (validFold >= 0 && data.valid.empty())
        throw InputError(commandLine.value("data"), 0,
                         "validation fold " + std::to_string(validFold) + " has no inserts; choose another fold");

    nlohmann::json description = {{"training", describeFile(commandLine.value("data"))},
                                  {"training_inserts", data.train.size()},
                                  {"validation_inserts", data.valid.size()},
                                  {"rejected_rows", data.rejectedCount},
                                  {"promoterlab_version", PROMOTERLAB_VERSION}};
    if (commandLine.has("valid"))
        description["validation"] = describeFile(commandLine.value("valid"));
    else if (validFold >= 0)
        description["validation"] = {{"fold", validFold}, {"folds_from", "insert hash"}};
    if (commandLine.has("note"))
        description["note"] = commandLine.value("note");

    GeneratorMetricsLog log(commandLine.value("metrics-log"));
    std::optional<ProgressReporter> steps;
    GeneratorCallbacks callbacks;
    callbacks.onBatch = [&](const BatchReport& report) {
        if (report.step == 1)
            steps.emplace("epoch " + std::to_string(report.epoch) + " steps");
        steps->update(static_cast<std::uint64_t>(report.step),
                      static_cast<double>(report.step) / static_cast<double>(report.stepsPerEpoch));
    };
    callbacks.onEpoch = [&](const GeneratorEpochReport& report) {
        std::cerr << epochSummary(report, config.epochs) << "\n";
        log.write(report);
    };
    TrainingRunOptions run;
    run.outputPath = commandLine.value("out");
    run.resume = commandLine.flag("resume");
    run.modelName = commandLine.value("name");
    run.modelDescription = commandLine.value("description");
    run.dataProvenanceJson = description.dump();
    // Ctrl-C cancels the run within one batch; the last checkpoint stays.
    cancelOnInterrupt();
    const auto result = trainGenerator(data.train, data.valid, config, run, callbacks, interruptToken());
    if (result.resumedFromEpoch > 0)
        std::cerr << "resumed after epoch " << result.resumedFromEpoch << "\n";
    std::cerr << "wrote " << run.outputPath << "\n";
    return 0;
}

}  // namespace promoterlab::cli
