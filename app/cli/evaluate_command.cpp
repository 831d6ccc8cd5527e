// SPDX-License-Identifier: GPL-3.0-or-later
// `promoterlab-cli evaluate`: agreement of one model or an ensemble with measured values.
#include "commands.h"
#include "prediction_stream.h"
#include "table_options.h"

#include "promoterlab/errors.h"
#include "promoterlab/metrics.h"
#include "promoterlab/sequence_writer.h"
#include "promoterlab/training_set.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <optional>

namespace promoterlab::cli {

namespace {

// AUROC and F1 for each class, then their means over the classes that had both labels.
void printClassMetrics(const std::vector<std::string>& names, const std::vector<BinaryClassificationMetrics>& classes)
{
    double aurocSum = 0, f1Sum = 0;
    int scored = 0;
    for (std::size_t c = 0; c < classes.size(); ++c) {
        const double auroc = classes[c].auroc();
        const double f1 = classes[c].f1().f1;
        std::printf("AUROC %s\t%.4f\nF1 %s\t%.4f\n", names[c].c_str(), auroc, names[c].c_str(), f1);
        if (std::isfinite(auroc)) {
            aurocSum += auroc;
            f1Sum += f1;
            ++scored;
        }
    }
    std::printf("mean AUROC\t%.4f\nmean F1\t%.4f\n", scored ? aurocSum / scored : NAN, scored ? f1Sum / scored : NAN);
}

}  // namespace

int runEvaluate(const std::vector<std::string>& arguments)
{
    CommandLine commandLine("evaluate",
                            "Predicts a file of sequences with measured values and prints how well the predictions "
                            "agree with the measurements: Pearson, Spearman and MSE for expression models, AUROC and "
                            "F1 (measured > 0.5 is positive) for classifiers, per class and averaged over the classes of a multi-label "
                            "model, whose labels are read from the columns named after its classes. Several --model options are "
                            "evaluated as an ensemble.");
    commandLine.addValue("data", "FILE", "sequences with measured values");
    commandLine.addValue("predictions", "FILE", "also write per-sequence predictions to this CSV file");
    addTableOptions(commandLine);
    addEnsembleOptions(commandLine);
    commandLine.require("data");
    if (!commandLine.parse(arguments)) {
        std::cout << commandLine.helpText();
        return 0;
    }
    const auto ensemble = makeEnsemble(commandLine);
    const auto& output = ensemble.member(0).model().manifest().output;
    const bool classifier = output.kind == OutputKind::Binary || output.kind == OutputKind::Multilabel;
    const bool multilabel = output.kind == OutputKind::Multilabel;
    auto columns = readTableOptions(commandLine);
    if (multilabel)
        columns.measuredColumn = output.classNames.front();
    PredictionStream stream(ensemble, commandLine.value("data"), columns);

    std::optional<CsvWriter> writer;
    if (commandLine.has("predictions")) {
        writer.emplace(commandLine.value("predictions"));
        writer->writeRow({"name", "sequence", "measured", "expression", "ensemble_spread"});
    }
    RegressionMetrics regression;
    std::vector<BinaryClassificationMetrics> classes(multilabel ? output.classNames.size() : 1);
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
        if (multilabel) {
            std::string reason;
            const auto labels = labelsOf(record, output.classNames, reason);
            if (!labels) {
                ++unmeasured;
                return;
            }
            for (std::size_t c = 0; c < classes.size(); ++c)
                classes[c].add(prediction.mean.outputs[c], (*labels)[c] > 0.5 ? 1 : 0);
        } else if (classifier)
            classes.front().add(prediction.mean.expression, *record.measured > 0.5 ? 1 : 0);
        else
            regression.add(prediction.mean.expression, *record.measured);
    });
    if (writer)
        writer->close();
    stream.reportRejections();
    if (unmeasured > 0)
        std::cerr << unmeasured << " sequences without a measured value were predicted but not scored\n";

    if (classifier) {
        if (classes.front().count() == 0)
            throw Error(stream.sourceName() + ": no sequence with a measured value to score");
        std::printf("sequences\t%zu\n", classes.front().count());
        if (multilabel)
            printClassMetrics(output.classNames, classes);
        else {
            const auto f1 = classes.front().f1();
            std::printf("AUROC\t%.4f\nF1\t%.4f\nprecision\t%.4f\nrecall\t%.4f\n", classes.front().auroc(), f1.f1,
                        f1.precision, f1.recall);
        }
    } else {
        if (regression.count() == 0)
            throw Error(stream.sourceName() + ": no sequence with a measured value to score (is there a measured column?)");
        std::printf("sequences\t%zu\nPearson\t%.4f\nSpearman\t%.4f\nMSE\t%.4f\n", regression.count(),
                    regression.pearson(), regression.spearman(), regression.mse());
    }
    return 0;
}

}  // namespace promoterlab::cli
