// SPDX-License-Identifier: GPL-3.0-or-later
// `promoterlab-cli ism`: in silico mutagenesis maps of every sequence of a file, as one long table.
#include "commands.h"
#include "interrupt.h"
#include "prediction_stream.h"
#include "progress_reporter.h"
#include "table_options.h"

#include "promoterlab/errors.h"
#include "promoterlab/mutagenesis.h"
#include "promoterlab/sequence_writer.h"

#include <iostream>

namespace promoterlab::cli {

namespace {

constexpr std::size_t kRejectionsShown = 10;

// The records the model can read; the others are listed on stderr with file, line and reason.
std::vector<SequenceRecord> readableRecords(const std::string& path, const ReaderOptions& options,
                                            const SequenceEncoder& encoder)
{
    std::vector<RejectedRecord> rejected;
    auto records = readAllSequences(path, options, &rejected);
    std::vector<SequenceRecord> readable;
    for (auto& record : records) {
        if (auto reason = encoder.rejectionReason(record.bases))
            rejected.push_back({path, record.line, "'" + record.name + "': " + *reason});
        else
            readable.push_back(std::move(record));
    }
    if (!rejected.empty()) {
        std::cerr << "skipped " << rejected.size() << " sequence" << (rejected.size() == 1 ? "" : "s") << ":\n";
        for (std::size_t i = 0; i < rejected.size() && i < kRejectionsShown; ++i)
            std::cerr << "  " << rejected[i].file << " line " << rejected[i].line << ": " << rejected[i].reason << "\n";
        if (rejected.size() > kRejectionsShown)
            std::cerr << "  ... and " << rejected.size() - kRejectionsShown << " more\n";
    }
    return readable;
}

}  // namespace

int runIsm(const std::vector<std::string>& arguments)
{
    CommandLine commandLine(
        "ism",
        "In silico mutagenesis: predicts every single-base substitution of every sequence of the input and writes "
        "one row per substitution: sequence, position (1-based; 0 and below in the model's plasmid flank), ref, alt, "
        "delta (mutant - reference expression) and prediction (the mutant's expression). Substitutions cover the "
        "sequence itself unless --flanks is given. --estimate writes a gradient x input estimate instead (one "
        "forward and backward pass a sequence; first-order, not predictions). Ctrl-C stops within one batch; the "
        "rows of the maps finished so far stay in the output.");
    commandLine.addValue("input", "FILE", "sequences (FASTA, CSV/TSV or plain text, gzip allowed)");
    commandLine.addValue("output", "FILE", "CSV file to write the maps to");
    commandLine.addFlag("flanks", "substitute in the model's constant plasmid flank too");
    commandLine.addFlag("estimate", "gradient x input estimates instead of predictions (fast preview)");
    addTableOptions(commandLine);
    addEnsembleOptions(commandLine);
    commandLine.require("input");
    commandLine.require("output");
    if (!commandLine.parse(arguments)) {
        std::cout << commandLine.helpText();
        return 0;
    }
    if (commandLine.values("model").size() != 1)
        throw UsageError("ism takes exactly one --model");

    const auto ensemble = makeEnsemble(commandLine);
    const auto& predictor = ensemble.member(0);
    const auto input = commandLine.value("input");
    const auto records = readableRecords(input, readTableOptions(commandLine), predictor.encoder());
    if (records.empty())
        throw Error(input + ": no sequence the model can read");

    MutagenesisOptions options;
    options.includeFlanks = commandLine.flag("flanks");
    CsvWriter writer(commandLine.value("output"));
    writeMutagenesisHeader(writer);
    std::size_t maps = 0;
    if (commandLine.flag("estimate")) {
        for (const auto& record : records) {
            interruptToken().throwIfCancelled();
            writeMutagenesisRows(writer, estimateMutagenesisMap(predictor, record.name, record.bases, options));
            ++maps;
        }
    } else {
        ProgressReporter progress("substitutions predicted");
        std::size_t predicted = 0;
        cancelOnInterrupt();
        try {
            computeMutagenesisMaps(
                predictor, records, options,
                [&](std::size_t, MutagenesisMap&& map) {
                    writeMutagenesisRows(writer, map);
                    ++maps;
                },
                [&](std::size_t done, std::size_t total) {
                    predicted = done;
                    progress.update(done, total > 0 ? static_cast<double>(done) / static_cast<double>(total) : -1);
                },
                interruptToken());
        } catch (const Cancelled&) {
            writer.close();
            std::cerr << "cancelled after " << maps << " of " << records.size() << " maps; their rows are in "
                      << commandLine.value("output") << "\n";
            throw;
        }
        progress.finish(predicted);
    }
    writer.close();
    std::cerr << "wrote " << maps << " map" << (maps == 1 ? "" : "s") << " to " << commandLine.value("output") << "\n";
    return 0;
}

}  // namespace promoterlab::cli
