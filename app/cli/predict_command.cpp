// SPDX-License-Identifier: GPL-3.0-or-later
// `promoterlab-cli predict`: streams a sequence file through one model or an ensemble into a CSV table.
#include "commands.h"
#include "prediction_stream.h"
#include "table_options.h"

#include "promoterlab/sequence_writer.h"

#include <iostream>
#include <optional>

namespace promoterlab::cli {

int runPredict(const std::vector<std::string>& arguments)
{
    CommandLine commandLine("predict",
                            "Predicts the expression of every sequence in a FASTA, CSV/TSV or plain-text file (gzip "
                            "allowed) and writes one CSV row per sequence: name, sequence, measured value, expression, "
                            "per-strand expressions and the output probabilities; with several models also their "
                            "spread and each model's expression.");
    commandLine.addValue("input", "FILE", "sequences to predict");
    commandLine.addValue("output", "FILE", "CSV file to write; standard output when omitted");
    addTableOptions(commandLine);
    addEnsembleOptions(commandLine);
    commandLine.require("input");
    if (!commandLine.parse(arguments)) {
        std::cout << commandLine.helpText();
        return 0;
    }
    const auto ensemble = makeEnsemble(commandLine);
    PredictionStream stream(ensemble, commandLine.value("input"), readTableOptions(commandLine));

    std::optional<CsvWriter> fileWriter;
    std::optional<CsvWriter> streamWriter;
    if (commandLine.has("output"))
        fileWriter.emplace(commandLine.value("output"));
    else
        streamWriter.emplace(std::cout, ',', "standard output");
    CsvWriter& writer = fileWriter ? *fileWriter : *streamWriter;

    const bool several = ensemble.size() > 1;
    const auto outputColumns = outputColumnNames(ensemble.member(0).model().manifest());
    std::vector<std::string> header = {"name", "sequence", "measured", "expression", "expression_forward",
                                       "expression_reverse"};
    if (several) {
        header.push_back("ensemble_spread");
        for (std::size_t i = 0; i < ensemble.size(); ++i)
            header.push_back("expression_model_" + std::to_string(i + 1));
    }
    header.insert(header.end(), outputColumns.begin(), outputColumns.end());
    writer.writeRow(header);

    const auto predicted = stream.run([&](const SequenceRecord& record, const EnsemblePrediction& prediction) {
        const auto& mean = prediction.mean;
        writer.field(record.name).field(record.bases).field(record.measured).field(mean.expression);
        if (mean.hasStrands)
            writer.field(mean.expressionForward).field(mean.expressionReverse);
        else
            writer.emptyField().emptyField();
        if (several) {
            writer.field(prediction.spread);
            for (double expression : prediction.memberExpressions)
                writer.field(expression);
        }
        for (std::size_t i = 0; i < outputColumns.size(); ++i)
            writer.field(mean.outputs[i]);
        writer.endRow();
    });
    writer.close();
    stream.reportRejections();
    if (predicted == 0) {
        std::cerr << "error: no sequence in " << stream.sourceName() << " could be predicted\n";
        return 2;
    }
    return 0;
}

}  // namespace promoterlab::cli
