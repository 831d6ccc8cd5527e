// SPDX-License-Identifier: GPL-3.0-or-later
// `promoterlab-cli variants`: predicted effects of substitution variants, and their agreement with measured deltas.
#include "commands.h"
#include "prediction_stream.h"
#include "progress_reporter.h"
#include "table_options.h"

#include "promoterlab/errors.h"
#include "promoterlab/sequence_writer.h"
#include "promoterlab/variant_effects.h"

#include <cstdio>
#include <iostream>

namespace promoterlab::cli {

namespace {

constexpr std::size_t kRejectionsShown = 10;

void reportRejections(const std::vector<RejectedRecord>& shown, std::size_t total)
{
    if (total == 0)
        return;
    std::cerr << "skipped " << total << " variant" << (total == 1 ? "" : "s") << ":\n";
    for (std::size_t i = 0; i < shown.size() && i < kRejectionsShown; ++i)
        std::cerr << "  " << shown[i].file << " line " << shown[i].line << ": " << shown[i].reason << "\n";
    if (total > kRejectionsShown)
        std::cerr << "  ... and " << total - kRejectionsShown << " more\n";
}

void writeEffects(const std::string& path, const std::vector<VariantEffect>& effects)
{
    CsvWriter writer(path);
    writer.writeRow({"name", "reference", "alternative", "substitutions", "predicted_reference",
                     "predicted_alternative", "predicted_delta", "measured_reference", "measured_alternative",
                     "measured_delta"});
    for (const auto& effect : effects) {
        const auto& variant = effect.variant;
        writer.field(variant.name).field(variant.reference).field(variant.alternative).field(variant.substitutions);
        writer.field(effect.predictedReference).field(effect.predictedAlternative).field(effect.predictedDelta());
        writer.field(variant.measuredReference).field(variant.measuredAlternative).field(variant.measuredDelta);
        writer.endRow();
    }
    writer.close();
}

}  // namespace

int runVariants(const std::vector<std::string>& arguments)
{
    CommandLine commandLine(
        "variants",
        "Predicts the effect of substitution variants: the expression of the reference and the alternative "
        "sequence and their difference (alternative - reference). The input table holds either one "
        "(reference, alternative) sequence pair a row, or with --sequences one (sequence name, 1-based position, "
        "ref, alt) row a variant applied to the sequences of that file. Prints the number of variants and, when "
        "measured deltas are given, Pearson and Spearman of predicted against measured deltas, over all variants "
        "and by number of substitutions. Rows that cannot be scored are listed and skipped. "
        "--sequence-column, --name-column and --measured-column describe the --sequences file.");
    commandLine.addValue("input", "FILE", "CSV/TSV of variants with a header row (gzip allowed)");
    commandLine.addValue("sequences", "FILE",
                         "sequences the variant rows refer to by name (FASTA, CSV/TSV or plain text); without it "
                         "the input holds sequence pairs");
    commandLine.addValue("output", "FILE", "CSV file to write the per-variant table to");
    commandLine.addValue("ref-column", "NAME",
                         "column of the reference sequence (pairs) or base (rows); found by name when omitted: "
                         "reference, ref, ...");
    commandLine.addValue("alt-column", "NAME",
                         "column of the alternative sequence (pairs) or base (rows); found by name when omitted: "
                         "alternative, alt, ...");
    commandLine.addValue("variant-name-column", "NAME", "column of the variant names (pairs)");
    commandLine.addValue("sequence-name-column", "NAME",
                         "column of the sequence names (rows); found by name when omitted: sequence, name, ...");
    commandLine.addValue("position-column", "NAME",
                         "column of the 1-based positions (rows); position or pos when omitted");
    commandLine.addValue("measured", "COLUMN", "column of the measured deltas (alternative - reference)");
    commandLine.addValue("measured-ref", "COLUMN",
                         "column of the measured reference value; with --measured-alt gives the measured delta");
    commandLine.addValue("measured-alt", "COLUMN", "column of the measured alternative value");
    addTableOptions(commandLine);
    addEnsembleOptions(commandLine);
    commandLine.require("input");
    if (!commandLine.parse(arguments)) {
        std::cout << commandLine.helpText();
        return 0;
    }
    if (commandLine.values("model").size() != 1)
        throw UsageError("variants takes exactly one --model");

    VariantColumns columns;
    columns.reference = commandLine.value("ref-column");
    columns.alternative = commandLine.value("alt-column");
    columns.name = commandLine.value("variant-name-column");
    columns.sequenceName = commandLine.value("sequence-name-column");
    columns.position = commandLine.value("position-column");
    columns.measuredDelta = commandLine.value("measured");
    columns.measuredReference = commandLine.value("measured-ref");
    columns.measuredAlternative = commandLine.value("measured-alt");
    const auto input = commandLine.value("input");
    VariantTable table;
    if (commandLine.has("sequences")) {
        std::vector<RejectedRecord> unreadable;
        const auto sequences =
            readAllSequences(commandLine.value("sequences"), readTableOptions(commandLine), &unreadable);
        for (const auto& rejected : unreadable)
            std::cerr << "skipped sequence: " << rejected.file << " line " << rejected.line << ": " << rejected.reason
                      << "\n";
        table = readVariantRows(input, sequences, columns);
    } else
        table = readVariantPairs(input, columns);

    const auto ensemble = makeEnsemble(commandLine);
    ProgressReporter progress("predicted");
    std::size_t predicted = 0;
    const auto reportProgress = [&](std::size_t done, std::size_t total) {
        predicted = done;
        progress.update(done, total > 0 ? static_cast<double>(done) / static_cast<double>(total) : -1);
    };
    const auto result = predictVariantEffects(ensemble.member(0), table.variants, reportProgress);
    progress.finish(predicted);

    auto shown = table.rejected;
    shown.insert(shown.end(), result.rejected.begin(), result.rejected.end());
    reportRejections(shown, table.rejectedCount + result.rejected.size());
    if (result.effects.empty())
        throw Error(input + ": no variant could be scored");
    if (commandLine.has("output"))
        writeEffects(commandLine.value("output"), result.effects);

    std::printf("variants\t%zu\n", result.effects.size());
    const auto agreement = deltaAgreement(result.effects);
    if (agreement.empty()) {
        std::cerr << "no measured deltas: name their column with --measured, or the measured values with "
                     "--measured-ref and --measured-alt, to see the agreement\n";
        return 0;
    }
    std::printf("substitutions\tN\tPearson\tSpearman\n");
    for (const auto& group : agreement) {
        const std::string label = group.substitutions == 0 ? "all" : std::to_string(group.substitutions);
        std::printf("%s\t%zu\t%.4f\t%.4f\n", label.c_str(), group.count, group.pearson, group.spearman);
    }
    return 0;
}

}  // namespace promoterlab::cli
