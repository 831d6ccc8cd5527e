// SPDX-License-Identifier: GPL-3.0-or-later
// `promoterlab-cli predict`: streams a sequence file through a model into a CSV table.
#include "commands.h"
#include "compute_options.h"
#include "progress_reporter.h"

#include "promoterlab/errors.h"
#include "promoterlab/predictor.h"
#include "promoterlab/sequence_reader.h"
#include "promoterlab/sequence_writer.h"

#include <cstdio>
#include <iostream>
#include <optional>

namespace promoterlab::cli {

namespace {

// Sequences are predicted in chunks so that memory does not grow with the file.
constexpr std::size_t kChunkSize = 4096;
constexpr std::size_t kRejectionsShown = 10;

std::vector<std::string> outputColumnNames(const Manifest& manifest)
{
    std::vector<std::string> names;
    const auto& output = manifest.output;
    if (output.kind == OutputKind::Bins) {
        for (double value : output.binValues) {
            char text[32];
            std::snprintf(text, sizeof text, "p_bin_%g", value);
            names.emplace_back(text);
        }
    } else if (output.kind != OutputKind::Scalar) {
        for (const auto& name : output.classNames)
            names.push_back("p_" + name);
    }
    return names;
}

class PredictionTable {
public:
    PredictionTable(CsvWriter& writer, const Manifest& manifest)
        : m_writer(writer)
        , m_outputColumns(outputColumnNames(manifest))
    {
        std::vector<std::string> header = {"name", "sequence", "measured", "expression", "expression_forward",
                                           "expression_reverse"};
        header.insert(header.end(), m_outputColumns.begin(), m_outputColumns.end());
        m_writer.writeRow(header);
    }

    void write(const SequenceRecord& record, const Prediction& prediction)
    {
        m_writer.field(record.name).field(record.bases).field(record.measured).field(prediction.expression);
        if (prediction.hasStrands)
            m_writer.field(prediction.expressionForward).field(prediction.expressionReverse);
        else
            m_writer.emptyField().emptyField();
        for (std::size_t i = 0; i < m_outputColumns.size(); ++i)
            m_writer.field(prediction.outputs[i]);
        m_writer.endRow();
    }

private:
    CsvWriter& m_writer;
    std::vector<std::string> m_outputColumns;
};

void reportRejections(const std::vector<RejectedRecord>& rejections, std::size_t total)
{
    if (total == 0)
        return;
    std::cerr << "skipped " << total << " record" << (total == 1 ? "" : "s") << ":\n";
    for (std::size_t i = 0; i < rejections.size() && i < kRejectionsShown; ++i)
        std::cerr << "  " << rejections[i].file << " line " << rejections[i].line << ": " << rejections[i].reason << "\n";
    if (total > kRejectionsShown)
        std::cerr << "  ... and " << total - kRejectionsShown << " more\n";
}

}  // namespace

int runPredict(const std::vector<std::string>& arguments)
{
    CommandLine commandLine("predict",
                            "Predicts the expression of every sequence in a FASTA, CSV/TSV or plain-text file (gzip "
                            "allowed) and writes one CSV row per sequence: name, sequence, measured value, expression, "
                            "per-strand expressions and the output probabilities.");
    commandLine.addValue("model", "FILE", "model: PromoterLab bundle, LegNet state_dict or TorchScript with manifest");
    commandLine.addValue("input", "FILE", "sequences to predict");
    commandLine.addValue("output", "FILE", "CSV file to write; standard output when omitted");
    commandLine.addFlag("no-rc-average", "predict the forward strand only, without reverse-complement averaging");
    commandLine.addFlag("truncate", "keep the 3' end of sequences longer than the model's input instead of skipping them");
    commandLine.addValue("precision", "P", "float32, or bfloat16 (faster where supported, slightly less exact)",
                         "float32");
    addComputeOptions(commandLine, 128);
    commandLine.require("model");
    commandLine.require("input");
    if (!commandLine.parse(arguments)) {
        std::cout << commandLine.helpText();
        return 0;
    }
    const auto compute = readComputeOptions(commandLine);
    const auto precisionName = commandLine.value("precision");
    if (precisionName != "float32" && precisionName != "bfloat16")
        throw UsageError("--precision must be float32 or bfloat16");

    auto model = Model::load(commandLine.value("model"), ModelLoadOptions{compute.device});
    PredictorOptions options;
    options.batchSize = compute.batchSize;
    options.threads = compute.threads;
    options.truncate = commandLine.flag("truncate");
    options.precision = precisionName == "bfloat16" ? Precision::BFloat16 : Precision::Float32;
    if (commandLine.flag("no-rc-average"))
        options.reverseComplementAveraging = false;
    Predictor predictor(model, options);

    SequenceReader reader(commandLine.value("input"));
    std::optional<CsvWriter> fileWriter;
    std::optional<CsvWriter> streamWriter;
    if (commandLine.has("output"))
        fileWriter.emplace(commandLine.value("output"));
    else
        streamWriter.emplace(std::cout, ',', "standard output");
    CsvWriter& writer = fileWriter ? *fileWriter : *streamWriter;
    PredictionTable table(writer, model->manifest());

    // Rejections by the model's encoder (length, alphabet) join the reader's own.
    std::vector<RejectedRecord> rejections;
    std::size_t encoderRejections = 0;
    std::uint64_t predicted = 0;
    ProgressReporter progress("predicted");
    std::vector<SequenceRecord> chunk;
    std::vector<std::string> bases;
    bool more = true;
    while (more) {
        chunk.clear();
        bases.clear();
        SequenceRecord record;
        while (chunk.size() < kChunkSize && (more = reader.next(record))) {
            if (auto reason = predictor.encoder().rejectionReason(record.bases)) {
                if (rejections.size() < SequenceReader::kMaxKeptRejections)
                    rejections.push_back({reader.sourceName(), record.line, record.name + ": " + *reason});
                ++encoderRejections;
                continue;
            }
            bases.push_back(record.bases);
            chunk.push_back(std::move(record));
        }
        const auto predictions = predictor.predict(bases);
        for (std::size_t i = 0; i < chunk.size(); ++i)
            table.write(chunk[i], predictions[i]);
        predicted += chunk.size();
        const double fraction
            = reader.fileSize() > 0 ? static_cast<double>(reader.bytesRead()) / static_cast<double>(reader.fileSize()) : -1;
        progress.update(predicted, fraction);
    }
    writer.close();
    progress.finish(predicted);

    auto allRejections = reader.rejected();
    allRejections.insert(allRejections.end(), rejections.begin(), rejections.end());
    reportRejections(allRejections, reader.rejectedCount() + encoderRejections);
    if (predicted == 0) {
        std::cerr << "error: no sequence in " << reader.sourceName() << " could be predicted\n";
        return 2;
    }
    return 0;
}

}  // namespace promoterlab::cli
