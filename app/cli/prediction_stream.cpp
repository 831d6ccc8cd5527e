// SPDX-License-Identifier: GPL-3.0-or-later
// Chunked reading, validation and prediction of sequence files for the CLI.
#include "prediction_stream.h"

#include "compute_options.h"
#include "progress_reporter.h"

#include "promoterlab/bundled_data.h"

#include <cstdio>
#include <iostream>

namespace promoterlab::cli {

namespace {
// Sequences are predicted in chunks so that memory does not grow with the file.
constexpr std::size_t kChunkSize = 4096;
constexpr std::size_t kRejectionsShown = 10;
}  // namespace

PredictionStream::PredictionStream(const EnsemblePredictor& ensemble, const std::string& inputPath,
                                   const ReaderOptions& columns)
    : m_ensemble(ensemble)
    , m_reader(inputPath, columns)
{
}

std::size_t PredictionStream::run(const RowHandler& handler)
{
    std::size_t predicted = 0;
    ProgressReporter progress("predicted");
    std::vector<SequenceRecord> chunk;
    std::vector<std::string> bases;
    bool more = true;
    while (more) {
        chunk.clear();
        bases.clear();
        SequenceRecord record;
        while (chunk.size() < kChunkSize && (more = m_reader.next(record))) {
            if (auto reason = m_ensemble.rejectionReason(record.bases)) {
                if (m_rejections.size() < SequenceReader::kMaxKeptRejections)
                    m_rejections.push_back({m_reader.sourceName(), record.line, record.name + ": " + *reason});
                ++m_modelRejections;
                continue;
            }
            bases.push_back(record.bases);
            chunk.push_back(std::move(record));
        }
        const auto predictions = m_ensemble.predict(bases);
        for (std::size_t i = 0; i < chunk.size(); ++i)
            handler(chunk[i], predictions[i]);
        predicted += chunk.size();
        const double fraction = m_reader.fileSize() > 0
            ? static_cast<double>(m_reader.bytesRead()) / static_cast<double>(m_reader.fileSize())
            : -1;
        progress.update(predicted, fraction);
    }
    progress.finish(predicted);
    return predicted;
}

void PredictionStream::reportRejections() const
{
    const std::size_t total = m_reader.rejectedCount() + m_modelRejections;
    if (total == 0)
        return;
    auto shown = m_reader.rejected();
    shown.insert(shown.end(), m_rejections.begin(), m_rejections.end());
    std::cerr << "skipped " << total << " record" << (total == 1 ? "" : "s") << ":\n";
    for (std::size_t i = 0; i < shown.size() && i < kRejectionsShown; ++i)
        std::cerr << "  " << shown[i].file << " line " << shown[i].line << ": " << shown[i].reason << "\n";
    if (total > kRejectionsShown)
        std::cerr << "  ... and " << total - kRejectionsShown << " more\n";
}

void addEnsembleOptions(CommandLine& commandLine)
{
    commandLine.addList("model", "FILE",
                        "model: PromoterLab bundle, LegNet state_dict, TorchScript with manifest, or 'default' for the shipped "
                        "model; several "
                        "--model options form an ensemble whose predictions are averaged");
    commandLine.addFlag("no-rc-average", "predict the forward strand only, without reverse-complement averaging");
    commandLine.addFlag("truncate", "keep the 3' end of sequences longer than the model's input instead of skipping them");
    commandLine.addValue("precision", "P", "float32, or bfloat16 (faster where supported, slightly less exact)",
                         "float32");
    addComputeOptions(commandLine, 128);
    commandLine.require("model");
}

EnsemblePredictor makeEnsemble(const CommandLine& commandLine)
{
    const auto compute = readComputeOptions(commandLine);
    const auto precision = commandLine.value("precision");
    if (precision != "float32" && precision != "bfloat16")
        throw UsageError("--precision must be float32 or bfloat16");
    PredictorOptions options;
    options.batchSize = compute.batchSize;
    options.threads = compute.threads;
    options.truncate = commandLine.flag("truncate");
    options.precision = precision == "bfloat16" ? Precision::BFloat16 : Precision::Float32;
    if (commandLine.flag("no-rc-average"))
        options.reverseComplementAveraging = false;
    std::vector<std::shared_ptr<const Model>> models;
    for (const auto& path : commandLine.values("model"))
        models.push_back(Model::load(resolveModelPath(path), ModelLoadOptions{compute.device}));
    return EnsemblePredictor(models, options);
}

}  // namespace promoterlab::cli
