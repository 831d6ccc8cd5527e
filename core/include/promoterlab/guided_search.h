// SPDX-License-Identifier: GPL-3.0-or-later
// Predictor-guided design: greedy or simulated-annealing walks over single substitutions that move
// inserts toward a target expression while honouring the design constraints.
#pragma once

#include "promoterlab/design_constraints.h"
#include "promoterlab/job.h"
#include "promoterlab/predictor.h"

#include <cstdint>
#include <string>
#include <vector>

namespace promoterlab {

enum class SearchMethod {
    Greedy,     // each round, every single substitution; take the best if it lowers the error
    Annealing,  // each round, a random sample; take its best with the Metropolis rule
};

struct GuidedSearchOptions {
    double target = 10;
    std::vector<double> targets;  // one per start insert (to polish designs of many targets); empty: target
    SearchMethod method = SearchMethod::Greedy;
    int maxRounds = 100;         // rounds of one accepted substitution at most per insert
    int mutantsPerRound = 64;    // annealing: random single substitutions tried per insert and round
    double tolerance = 0.1;      // an insert is done once |predicted − target| < tolerance
    double startTemperature = 0.5;  // annealing: in expression units; a worse step Δ passes with exp(−Δ/T)
    double cooling = 0.95;          // annealing: T is multiplied by this every round
    std::uint64_t seed = 1;
};

struct DesignResult {
    std::string insert;
    double target = 0;
    double predicted = 0;  // for leftFlank + insert + rightFlank
    double error = 0;      // |predicted − target|
    double gc = 0;         // GC fraction of the insert
    bool satisfiesConstraints = false;
    std::string violations;  // why not, for the user (empty when it satisfies them)
    // The error of the start (after repair) and after every accepted substitution.
    std::vector<double> errors;
};

// One result per start insert, in order. Start inserts that break a constraint are first repaired
// (repairDesign; then spread to minDistance from the earlier ones); one that cannot be is
// reported unchanged with its violations and not searched. Every accepted substitution keeps
// every constraint, so each searched result satisfies them all; annealing returns the best insert
// it met. The predictor sees leftFlank + insert + rightFlank. Progress runs over maxRounds;
// cancellation is checked between prediction batches and throws Cancelled. Throws InputError
// for contradictory constraints (validateConstraints), start inserts of different lengths or
// with bases other than ACGT, constructs the predictor cannot take, and Error for bad options.
std::vector<DesignResult> guidedSearch(const Predictor& predictor, std::vector<std::string> startInserts,
                                       const DesignConstraints& constraints, const GuidedSearchOptions& options,
                                       const ProgressCallback& progress = {}, const CancellationToken& cancel = {});

}  // namespace promoterlab
