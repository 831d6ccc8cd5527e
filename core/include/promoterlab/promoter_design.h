// SPDX-License-Identifier: GPL-3.0-or-later
// Designing promoters toward target expressions, end to end: cold-diffusion sampling, guided
// search or both, repair under the constraints, scoring by a predictor, and the figures that
// say how well the designs hit their targets.
#pragma once

#include "promoterlab/design_constraints.h"
#include "promoterlab/diffusion_sampler.h"
#include "promoterlab/guided_search.h"
#include "promoterlab/job.h"

#include <cstdint>
#include <string>
#include <vector>

namespace promoterlab {

class CsvWriter;
class Predictor;

enum class DesignMethod {
    Diffusion,        // cold-diffusion sampling with a generator, then repair
    Guided,           // guided search from random inserts
    DiffusionPolish,  // diffusion, then guided search from its designs
};

std::string designMethodName(DesignMethod method);
// "diffusion", "guided" or "diffusion+polish"; throws Error listing them otherwise.
DesignMethod designMethodFromName(const std::string& name);

// The read the bundled default predictor takes around an 80-nt insert (DESIGN.md §5).
inline constexpr const char* kReadLeftAdapter = "TGCATTTTTTTCACATC";
inline constexpr const char* kReadRightAdapter = "GGTTACGGCTGTT";

struct DesignRequest {
    std::vector<double> targets;  // one design per entry
    DesignMethod method = DesignMethod::Diffusion;
    DesignConstraints constraints;
    int insertLength = 80;
    DiffusionOptions diffusion;  // its insertLength is the request's
    GuidedSearchOptions search;  // its targets are the request's
    std::uint64_t seed = 1;
    std::string namePrefix = "design";
};

struct Design {
    std::string name;  // namePrefix_1, _2, … in request order
    DesignResult result;
    // Hamming distance to the nearest other design that satisfies the constraints; −1 alone.
    int nearestDistance = -1;
};

struct DesignOutcome {
    // In request order; those with result.satisfiesConstraints are the ones to use, the others
    // (repair failed, or too close to an earlier design) carry their violations.
    std::vector<Design> designs;
    std::size_t satisfyingCount() const;
};

// Runs the request. A generator step is needed for the diffusion methods (throws Error without
// one). Throws InputError for contradictory constraints (validateConstraints) and for a
// construct the predictor cannot take. Progress runs over the phases (sampling, search,
// scoring); cancellation throws Cancelled.
DesignOutcome designPromoters(const GeneratorStep& generator, const Predictor& predictor, const DesignRequest& request,
                              const ProgressCallback& progress = {}, const CancellationToken& cancel = {});

// How well designs hit their targets: over the designs that satisfy the constraints.
struct DesignQuality {
    std::size_t count = 0;
    double pearson = 0;   // target vs predicted
    double spearman = 0;
    double meanAbsoluteError = 0;
    double meanPairwiseDistance = 0;  // Hamming, over every pair (diversity)
    struct RangeError {
        double from = 0;  // targets in [from, to)
        double to = 0;
        std::size_t count = 0;
        double meanAbsoluteError = 0;
    };
    std::vector<RangeError> byTarget;  // ranges of width rangeWidth over the targets
};

DesignQuality summarizeDesigns(const std::vector<Design>& designs, double rangeWidth = 2);

// The designs that satisfy the constraints as a table: name, sequence (flanks + insert), insert,
// target, predicted, error, gc, nearest_distance. Does not close the writer.
void writeDesignTable(CsvWriter& writer, const std::vector<Design>& designs, const DesignConstraints& constraints);
// The same designs as FASTA (headers with target and prediction), with the flanks or the bare
// inserts, ready for oligo ordering. Throws Error naming the file when it cannot be written.
void writeDesignFasta(const std::string& path, const std::vector<Design>& designs,
                      const DesignConstraints& constraints, bool withFlanks);

}  // namespace promoterlab
