// SPDX-License-Identifier: GPL-3.0-or-later
// Guided search: batched predictions of single-substitution mutants, accepted under the constraints.
#include "promoterlab/guided_search.h"

#include "promoterlab/errors.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace promoterlab {

namespace {

constexpr char kBases[] = {'A', 'C', 'G', 'T'};
// Progress units per round, so that the bar moves within a round too.
constexpr std::size_t kProgressPerRound = 1000;
constexpr std::size_t kCandidatesPerChunk = 16384;

// One insert's walk: where it is, the best it has met, and whether it is still searched.
struct Walk {
    double target = 0;
    std::string current;
    double currentPredicted = 0;
    std::string best;
    double bestPredicted = 0;
    bool placed = false;  // repaired and spread: part of the search
    bool active = false;  // placed and not yet done
    std::string failure;  // why a start insert could not be placed
    std::vector<double> errors;

    double currentError() const { return std::abs(currentPredicted - target); }
    double bestError() const { return std::abs(bestPredicted - target); }
};

struct Candidate {
    std::size_t walk = 0;
    std::string insert;
    double predicted = 0;
    double error = 0;
};

void requireOption(bool holds, const std::string& what)
{
    if (!holds)
        throw Error("guided search: " + what);
}

std::vector<double> predictInserts(const Predictor& predictor, const DesignConstraints& constraints,
                                   const std::vector<std::string>& inserts, const CancellationToken& cancel)
{
    std::vector<std::string> constructs;
    constructs.reserve(inserts.size());
    for (const auto& insert : inserts)
        constructs.push_back(constraints.leftFlank + insert + constraints.rightFlank);
    std::vector<double> expressions;
    expressions.reserve(inserts.size());
    for (const auto& prediction : predictor.predict(constructs, {}, cancel))
        expressions.push_back(prediction.expression);
    return expressions;
}

// How far short of minDistance the insert falls, summed over the other placed walks' current and
// best inserts; 0 when it keeps its distance. Checking both keeps every mix of them valid.
int distanceDeficit(const std::vector<Walk>& walks, std::size_t self, const std::string& insert, int minDistance)
{
    if (minDistance <= 0)
        return 0;
    int deficit = 0;
    for (std::size_t j = 0; j < walks.size(); ++j) {
        if (j == self || !walks[j].placed)
            continue;
        deficit += std::max(0, minDistance - hammingDistance(insert, walks[j].current));
        if (walks[j].best != walks[j].current)
            deficit += std::max(0, minDistance - hammingDistance(insert, walks[j].best));
    }
    return deficit;
}

char otherBase(char base, std::mt19937_64& random)
{
    char other = base;
    while (other == base)
        other = kBases[std::uniform_int_distribution<int>(0, 3)(random)];
    return other;
}

// Random substitutions that keep the constraints and move the insert away from the placed ones
// until it is minDistance from all of them.
std::optional<std::string> spread(const std::string& insert, std::size_t self, const std::vector<Walk>& walks,
                                  const DesignChecker& checker, std::mt19937_64& random)
{
    const int minDistance = checker.constraints().minDistance;
    std::string current = insert;
    int deficit = distanceDeficit(walks, self, current, minDistance);
    const int tries = 50 * static_cast<int>(insert.size());
    std::uniform_int_distribution<std::size_t> position(0, insert.size() - 1);
    for (int attempt = 0; attempt < tries && deficit > 0; ++attempt) {
        std::string mutant = current;
        const std::size_t p = position(random);
        mutant[p] = otherBase(mutant[p], random);
        const int mutantDeficit = distanceDeficit(walks, self, mutant, minDistance);
        if (mutantDeficit < deficit && checker.satisfies(mutant)) {
            current = std::move(mutant);
            deficit = mutantDeficit;
        }
    }
    if (deficit > 0)
        return std::nullopt;
    return current;
}

void place(std::vector<Walk>& walks, std::size_t self, const DesignChecker& checker, std::mt19937_64& random)
{
    Walk& walk = walks[self];
    const auto repaired = repairDesign(walk.current, checker, random);
    if (!repaired) {
        walk.failure = "cannot be repaired: " + describeViolations(checker.check(walk.current));
        return;
    }
    const auto spreadOut = spread(*repaired, self, walks, checker, random);
    if (!spreadOut) {
        walk.failure = "cannot be moved " + std::to_string(checker.constraints().minDistance)
                       + " substitutions away from the other designs (min_distance)";
        return;
    }
    walk.current = *spreadOut;
    walk.best = walk.current;
    walk.placed = true;
}

void proposeMutants(const Walk& walk, std::size_t index, const GuidedSearchOptions& options,
                    const DesignChecker& checker, std::mt19937_64& random, std::vector<Candidate>& candidates)
{
    const auto propose = [&](std::size_t position, char base) {
        std::string mutant = walk.current;
        mutant[position] = base;
        if (checker.satisfies(mutant))
            candidates.push_back({index, std::move(mutant), 0, 0});
    };
    if (options.method == SearchMethod::Greedy) {
        for (std::size_t position = 0; position < walk.current.size(); ++position)
            for (const char base : kBases)
                if (base != walk.current[position])
                    propose(position, base);
        return;
    }
    std::uniform_int_distribution<std::size_t> position(0, walk.current.size() - 1);
    for (int i = 0; i < options.mutantsPerRound; ++i) {
        const std::size_t p = position(random);
        propose(p, otherBase(walk.current[p], random));
    }
}

// The walk's candidate to accept this round, if any: greedy takes the best that lowers the error,
// annealing the best and then the Metropolis rule at this temperature.
const Candidate* choose(std::vector<const Candidate*>& mine, const std::vector<Walk>& walks, std::size_t self,
                        const GuidedSearchOptions& options, int minDistance, double temperature,
                        std::mt19937_64& random)
{
    std::stable_sort(mine.begin(), mine.end(),
                     [](const Candidate* a, const Candidate* b) { return a->error < b->error; });
    const double currentError = walks[self].currentError();
    for (const Candidate* candidate : mine) {
        if (options.method == SearchMethod::Greedy && candidate->error >= currentError)
            return nullptr;
        if (distanceDeficit(walks, self, candidate->insert, minDistance) > 0)
            continue;
        if (options.method == SearchMethod::Greedy)
            return candidate;
        const double worsening = candidate->error - currentError;
        if (worsening <= 0 || std::uniform_real_distribution<double>(0, 1)(random) < std::exp(-worsening / temperature))
            return candidate;
        return nullptr;
    }
    return nullptr;
}

double gcFraction(const std::string& insert)
{
    const auto gc = std::count_if(insert.begin(), insert.end(), [](char base) { return base == 'G' || base == 'C'; });
    return insert.empty() ? 0 : static_cast<double>(gc) / static_cast<double>(insert.size());
}

}  // namespace

std::vector<DesignResult> guidedSearch(const Predictor& predictor, std::vector<std::string> startInserts,
                                       const DesignConstraints& constraints, const GuidedSearchOptions& options,
                                       const ProgressCallback& progress, const CancellationToken& cancel)
{
    requireOption(options.targets.empty() || options.targets.size() == startInserts.size(),
                  std::to_string(options.targets.size()) + " targets for " + std::to_string(startInserts.size())
                      + " start inserts (give one per insert, or none and a single target)");
    requireOption(options.maxRounds >= 0, "the number of rounds cannot be negative");
    requireOption(options.tolerance >= 0, "the tolerance cannot be negative");
    requireOption(options.method == SearchMethod::Greedy
                      || (options.mutantsPerRound >= 1 && options.startTemperature > 0 && options.cooling > 0
                          && options.cooling <= 1),
                  "annealing needs at least one mutant per round, a positive temperature and cooling in (0, 1]");
    if (startInserts.empty())
        return {};

    const int length = static_cast<int>(startInserts.front().size());
    for (std::size_t i = 0; i < startInserts.size(); ++i) {
        const auto& insert = startInserts[i];
        const std::string name = "start insert " + std::to_string(i + 1);
        if (static_cast<int>(insert.size()) != length || insert.empty())
            throw InputError("", 0, name + " has " + std::to_string(insert.size()) + " nt where the first has "
                                        + std::to_string(length) + "; design inserts of one length at a time");
        if (insert.find_first_not_of("ACGT") != std::string::npos)
            throw InputError("", 0, name + " holds a base other than A, C, G and T (upper case)");
        if (auto reason = predictor.encoder().rejectionReason(constraints.leftFlank + insert + constraints.rightFlank))
            throw InputError("", 0, name + " with its flanks cannot be fed to the model: " + *reason);
    }
    validateConstraints(constraints, length, "design constraints");

    const DesignChecker checker(constraints);
    std::mt19937_64 random(options.seed);
    std::vector<Walk> walks(startInserts.size());
    for (std::size_t i = 0; i < walks.size(); ++i) {
        cancel.throwIfCancelled();
        walks[i].target = options.targets.empty() ? options.target : options.targets[i];
        walks[i].current = std::move(startInserts[i]);
        place(walks, i, checker, random);
    }
    std::vector<std::string> starts;
    for (const auto& walk : walks)
        starts.push_back(walk.current);
    const auto startPredictions = predictInserts(predictor, constraints, starts, cancel);
    for (std::size_t i = 0; i < walks.size(); ++i) {
        walks[i].currentPredicted = walks[i].bestPredicted = startPredictions[i];
        walks[i].best = walks[i].current;
        walks[i].errors.push_back(walks[i].currentError());
        walks[i].active = walks[i].placed && walks[i].currentError() >= options.tolerance;
    }

    const std::size_t totalProgress = static_cast<std::size_t>(options.maxRounds) * kProgressPerRound;
    double temperature = options.startTemperature;
    for (int round = 0; round < options.maxRounds; ++round) {
        cancel.throwIfCancelled();
        std::vector<std::size_t> active;
        for (std::size_t i = 0; i < walks.size(); ++i)
            if (walks[i].active)
                active.push_back(i);
        if (active.empty())
            break;
        const std::size_t roundStart = static_cast<std::size_t>(round) * kProgressPerRound;
        // Walks go in chunks so that memory holds about kCandidatesPerChunk mutants, however many
        // designs there are.
        for (std::size_t first = 0; first < active.size();) {
            std::vector<Candidate> candidates;
            std::vector<std::size_t> begins;  // where each walk's candidates start
            std::size_t last = first;
            for (; last < active.size() && candidates.size() < kCandidatesPerChunk; ++last) {
                begins.push_back(candidates.size());
                proposeMutants(walks[active[last]], active[last], options, checker, random, candidates);
            }
            begins.push_back(candidates.size());
            std::vector<std::string> inserts;
            for (const auto& candidate : candidates)
                inserts.push_back(candidate.insert);
            const auto predicted = predictInserts(predictor, constraints, inserts, cancel);
            for (std::size_t c = 0; c < candidates.size(); ++c) {
                candidates[c].predicted = predicted[c];
                candidates[c].error = std::abs(predicted[c] - walks[candidates[c].walk].target);
            }
            for (std::size_t a = first; a < last; ++a) {
                Walk& walk = walks[active[a]];
                std::vector<const Candidate*> mine;
                for (std::size_t c = begins[a - first]; c < begins[a - first + 1]; ++c)
                    mine.push_back(&candidates[c]);
                const Candidate* chosen =
                    choose(mine, walks, active[a], options, constraints.minDistance, temperature, random);
                if (!chosen) {
                    // A greedy walk without a better neighbour is at a local optimum.
                    walk.active = options.method != SearchMethod::Greedy;
                    continue;
                }
                walk.current = chosen->insert;
                walk.currentPredicted = chosen->predicted;
                walk.errors.push_back(walk.currentError());
                if (walk.currentError() < walk.bestError()) {
                    walk.best = walk.current;
                    walk.bestPredicted = walk.currentPredicted;
                }
                walk.active = walk.bestError() >= options.tolerance;
            }
            first = last;
            if (progress)
                progress(roundStart + first * kProgressPerRound / active.size(), totalProgress);
        }
        temperature *= options.cooling;
    }
    if (progress)
        progress(totalProgress, totalProgress);

    std::vector<DesignResult> results;
    results.reserve(walks.size());
    for (const auto& walk : walks) {
        DesignResult result;
        result.insert = walk.best;
        result.target = walk.target;
        result.predicted = walk.bestPredicted;
        result.error = walk.bestError();
        result.gc = gcFraction(walk.best);
        result.satisfiesConstraints = walk.placed;
        result.violations = walk.failure;
        result.errors = walk.errors;
        results.push_back(std::move(result));
    }
    return results;
}

}  // namespace promoterlab
