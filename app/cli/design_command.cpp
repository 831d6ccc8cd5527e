// SPDX-License-Identifier: GPL-3.0-or-later
// `promoterlab-cli design`: new promoters toward target expressions, by cold diffusion with a
// LegNet-Generator, by predictor-guided search, or both, under constraints; CSV (and FASTA) out.
#include "commands.h"
#include "compute_options.h"
#include "interrupt.h"
#include "progress_reporter.h"

#include "promoterlab/bundled_data.h"
#include "promoterlab/errors.h"
#include "promoterlab/generator.h"
#include "promoterlab/model.h"
#include "promoterlab/predictor.h"
#include "promoterlab/promoter_design.h"
#include "promoterlab/sequence_writer.h"

#include <cmath>
#include <iomanip>
#include <iostream>

namespace promoterlab::cli {

namespace {

constexpr std::size_t kProblemsShown = 10;
// The bundled generator's name among the shipped models (resources/models/<name>.plm).
constexpr const char* kBundledGenerator = "default-generator";

std::string generatorPath(const std::string& nameOrPath)
{
    return nameOrPath == "default" ? bundledModelPath(kBundledGenerator) : resolveModelPath(nameOrPath);
}

// FROM:TO:STEP as the targets FROM, FROM + STEP, … up to TO.
std::vector<double> targetRange(const std::string& text)
{
    const auto first = text.find(':');
    const auto second = first == std::string::npos ? std::string::npos : text.find(':', first + 1);
    try {
        if (second != std::string::npos) {
            const double from = std::stod(text.substr(0, first));
            const double to = std::stod(text.substr(first + 1, second - first - 1));
            const double step = std::stod(text.substr(second + 1));
            if (step > 0 && to >= from && (to - from) / step < 1e6) {
                std::vector<double> targets;
                for (double target = from; target <= to + step * 1e-9; target += step)
                    targets.push_back(target);
                return targets;
            }
        }
    } catch (const std::exception&) {
    }
    throw UsageError("--targets must be FROM:TO:STEP with FROM <= TO and STEP > 0, for example 4:16:1 (got '" +
                     text + "')");
}

void reportQuality(const std::vector<Design>& designs)
{
    const DesignQuality quality = summarizeDesigns(designs);
    std::cerr << std::fixed << std::setprecision(3) << quality.count << " designs: target vs predicted Pearson "
              << quality.pearson << ", Spearman " << quality.spearman << ", mean absolute error "
              << quality.meanAbsoluteError << ", mean pairwise distance " << std::setprecision(1)
              << quality.meanPairwiseDistance << "\n";
    for (const auto& range : quality.byTarget)
        std::cerr << "  targets " << std::setprecision(1) << range.from << "-" << range.to << ": " << range.count
                  << " designs, mean absolute error " << std::setprecision(3) << range.meanAbsoluteError << "\n";
    std::cerr << std::defaultfloat;
}

void reportUnsatisfied(const std::vector<Design>& designs)
{
    std::size_t shown = 0, unsatisfied = 0;
    for (const Design& design : designs) {
        if (design.result.satisfiesConstraints)
            continue;
        if (unsatisfied++ == 0)
            std::cerr << "designs left out because they break a constraint that could not be repaired:\n";
        if (shown++ < kProblemsShown)
            std::cerr << "  " << design.name << " (target " << design.result.target << "): " << design.result.violations
                      << "\n";
    }
    if (unsatisfied > kProblemsShown)
        std::cerr << "  ... and " << unsatisfied - kProblemsShown << " more\n";
}

// Targets the predictor cannot output are allowed (designs get as close as they can), but said.
void warnOutsideRange(const Predictor& predictor, const std::vector<double>& targets)
{
    const auto& output = predictor.model().manifest().output;
    if (output.kind != OutputKind::Bins || output.binValues.empty())
        return;
    const double lowest = output.binValues.front(), highest = output.binValues.back();
    for (const double target : targets)
        if (target < lowest || target > highest)
            std::cerr << "warning: target " << target << " is outside what the predictor can output (" << lowest
                      << " to " << highest << "); those designs get as close as they can\n";
}

}  // namespace

int runDesign(const std::vector<std::string>& arguments)
{
    CommandLine commandLine(
        "design",
        "Designs promoter inserts toward target expressions: cold-diffusion sampling with a LegNet-Generator "
        "(--method diffusion, the default), predictor-guided search over single substitutions (guided), or "
        "diffusion polished by guided search (diffusion+polish). Every design is scored by the predictor with the "
        "flanks attached; the CSV lists the designs that satisfy every constraint (name, sequence with flanks, "
        "insert, target, predicted, error, gc, nearest_distance), and those that could not be repaired are "
        "listed on stderr. 'default' names the bundled generator and predictor.");
    commandLine.addValue("predictor", "MODEL", "model that scores the designs", "default");
    commandLine.addValue("generator", "MODEL", "LegNet-Generator for the diffusion methods", "default");
    commandLine.addValue("target", "E", "one target expression (0-17 for LegNet bins)");
    commandLine.addValue("targets", "FROM:TO:STEP", "several targets, for example 4:16:1");
    commandLine.addValue("count", "N", "designs per target", "1");
    commandLine.addValue("method", "METHOD", "diffusion, guided or diffusion+polish", "diffusion");
    commandLine.addValue("constraints", "FILE",
                         "JSON with gc_min, gc_max, max_homopolymer, forbidden_motifs (IUPAC or enzyme names such as "
                         "BsaI), min_distance, exclude (a sequence file), left_flank, right_flank");
    commandLine.addValue("steps", "K", "diffusion steps", "100");
    commandLine.addValue("shift", "S", "substitution count added for the generator at each step", "30");
    commandLine.addValue("rounds", "N", "guided search: accepted substitutions per design at most", "100");
    commandLine.addValue("search", "KIND",
                         "guided search: greedy (every substitution each round) or annealing (a random sample)",
                         "greedy");
    commandLine.addValue("mutants", "N", "annealing: substitutions tried per design and round", "64");
    commandLine.addValue("seed", "N", "random seed; the same seed gives the same designs", "1");
    commandLine.addValue("name-prefix", "TEXT", "designs are named TEXT_1, TEXT_2, ...", "design");
    commandLine.addValue("output", "FILE", "CSV file of the designs");
    commandLine.addValue("fasta", "FILE", "also write the designs as FASTA, ready for oligo ordering");
    commandLine.addFlag("fasta-inserts-only", "FASTA without the flanks");
    addComputeOptions(commandLine, 256);
    commandLine.require("output");
    if (!commandLine.parse(arguments)) {
        std::cout << commandLine.helpText();
        return 0;
    }
    if (commandLine.has("target") == commandLine.has("targets"))
        throw UsageError("give either --target or --targets");

    const ComputeOptions compute = readComputeOptions(commandLine);
    DesignRequest request;
    request.method = designMethodFromName(commandLine.value("method"));
    const std::vector<double> targets = commandLine.has("target")
                                            ? std::vector<double>{commandLine.decimal("target", -1e6, 1e6)}
                                            : targetRange(commandLine.value("targets"));
    const int count = commandLine.integer("count", 1, 10000000);
    for (const double target : targets)
        request.targets.insert(request.targets.end(), static_cast<std::size_t>(count), target);
    if (commandLine.has("constraints"))
        request.constraints = DesignConstraints::load(commandLine.value("constraints"));
    if (request.constraints.leftFlank.empty() && request.constraints.rightFlank.empty()) {
        request.constraints.leftFlank = kReadLeftAdapter;
        request.constraints.rightFlank = kReadRightAdapter;
    }
    validateConstraints(request.constraints, request.insertLength,
                        commandLine.has("constraints") ? commandLine.value("constraints") : "constraints");
    request.diffusion.steps = commandLine.integer("steps", 1, 100000);
    request.diffusion.shift = commandLine.integer("shift", 0, 100000);
    request.diffusion.batchSize = compute.batchSize;
    request.search.maxRounds = commandLine.integer("rounds", 0, 100000);
    request.search.mutantsPerRound = commandLine.integer("mutants", 1, 100000);
    if (commandLine.value("search") == "annealing")
        request.search.method = SearchMethod::Annealing;
    else if (commandLine.value("search") != "greedy")
        throw UsageError("--search must be greedy or annealing (got '" + commandLine.value("search") + "')");
    request.seed = static_cast<std::uint64_t>(commandLine.integer("seed", 0, 2147483647));
    request.namePrefix = commandLine.value("name-prefix");

    ModelLoadOptions loadOptions;
    loadOptions.device = compute.device;
    PredictorOptions predictorOptions;
    predictorOptions.batchSize = compute.batchSize;
    predictorOptions.threads = compute.threads;
    const Predictor predictor(Model::load(resolveModelPath(commandLine.value("predictor")), loadOptions),
                              predictorOptions);
    warnOutsideRange(predictor, targets);
    GeneratorStep step;
    if (request.method != DesignMethod::Guided) {
        const auto generator = Model::load(generatorPath(commandLine.value("generator")), loadOptions);
        request.insertLength = InsertGenerator(generator).insertLength();
        step = generatorStep(generator);
    }

    ProgressReporter progress("design progress (per mille)");
    cancelOnInterrupt();
    const DesignOutcome outcome = designPromoters(
        step, predictor, request,
        [&](std::size_t done, std::size_t total) {
            progress.update(done, total > 0 ? static_cast<double>(done) / static_cast<double>(total) : -1);
        },
        interruptToken());
    progress.finish(outcome.designs.size());

    CsvWriter writer(commandLine.value("output"));
    writeDesignTable(writer, outcome.designs, request.constraints);
    writer.close();
    if (commandLine.has("fasta"))
        writeDesignFasta(commandLine.value("fasta"), outcome.designs, request.constraints,
                         !commandLine.flag("fasta-inserts-only"));
    reportUnsatisfied(outcome.designs);
    reportQuality(outcome.designs);
    std::cerr << "wrote " << outcome.satisfyingCount() << " of " << outcome.designs.size() << " designs to "
              << commandLine.value("output") << "\n";
    return 0;
}

}  // namespace promoterlab::cli
