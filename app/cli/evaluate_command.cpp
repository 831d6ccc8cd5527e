// SPDX-License-Identifier: GPL-3.0-or-later
// `promoterlab-cli evaluate`: agreement of one model or an ensemble with measured values.
#include "commands.h"
#include "prediction_stream.h"

#include "promoterlab/errors.h"
#include "promoterlab/metrics.h"
#include "promoterlab/sequence_writer.h"

#include <cstdio>
#include <iostream>
#include <optional>

namespace promoterlab::cli {

int runEvaluate(const std::vector<std::string>& arguments)
{
    CommandLine commandLine("evaluate",
                            "Predicts a file of sequences with measured values and prints how well the predictions "
                            "agree with the measurements: Pearson, Spearman and MSE for expression models, AUROC and "
                            "F1 (measured > 0.5 is positive) for binary classifiers. Several --model options are "
                            "evaluated as an ensemble.");
    commandLine.addValue("data", "FILE", "sequences with measured values");
    commandLine.addValue("predictions", "FILE", "also write per-sequence predictions to this CSV file");
    addEnsembleOptions(commandLine);
    commandLine.require("data");
    if (!commandLine.parse(arguments)) {
        std::cout << commandLine.helpText();
        return 0;
    }
    const auto ensemble = makeEnsemble(commandLine);
    const bool classifier = ensemble.member(0).model().manifest().output.kind == OutputKind::Binary
                            || ensemble.member(0).model().manifest().output.kind == OutputKind::Multilabel;
    PredictionStream stream(ensemble, commandLine.value("data"));

    std::optional<CsvWriter> writer;
    if (commandLine.has("predictions")) {
        writer.emplace(commandLine.value("predictions"));
        writer->writeRow({"name", "sequence", "measured", "expression", "ensemble_spread"});
    }
    RegressionMetrics regression;
    BinaryClassificationMetrics classification;
    std::size_t unmeasured = 0;
    stream.run([&](const SequenceRecord& record, const EnsemblePrediction& prediction) {
        if (writer) {
            writer->field(record.name).field(record.bases).field(record.measured).field(prediction.mean.expression);
            writer->field(prediction.spread).endRow();
        }
        if (!record.measured) {
            ++unmeasured;
            return;
        }
        if (classifier)
            classification.add(prediction.mean.expression, *record.measured > 0.5 ? 1 : 0);
        else
            regression.add(prediction.mean.expression, *record.measured);
    });
    if (writer)
        writer->close();
    stream.reportRejections();
    if (unmeasured > 0)
        std::cerr << unmeasured << " sequences without a measured value were predicted but not scored\n";

    if (classifier) {
        if (classification.count() == 0)
            throw Error(stream.sourceName() + ": no sequence with a measured value to score");
        const auto f1 = classification.f1();
        std::printf("sequences\t%zu\nAUROC\t%.4f\nF1\t%.4f\nprecision\t%.4f\nrecall\t%.4f\n", classification.count(),
                    classification.auroc(), f1.f1, f1.precision, f1.recall);
    } else {
        if (regression.count() == 0)
            throw Error(stream.sourceName() + ": no sequence with a measured value to score (is there a measured column?)");
        std::printf("sequences\t%zu\nPearson\t%.4f\nSpearman\t%.4f\nMSE\t%.4f\n", regression.count(),
                    regression.pearson(), regression.spearman(), regression.mse());
    }
    return 0;
}

}  // namespace promoterlab::cli
