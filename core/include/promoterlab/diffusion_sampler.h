// SPDX-License-Identifier: GPL-3.0-or-later
// Cold-diffusion sampling of new inserts toward target expressions (DESIGN.md §6), over any
// generator step: corrupt with k substitutions, let the generator repair, for k = steps … 1.
#pragma once

#include "promoterlab/job.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace promoterlab {

// One step of cold-diffusion sampling: the repaired (argmax) inserts for corrupted ones, told the
// target expression of each and how many substitutions corrupted them; generator.h provides
// the real one (generatorStep()).
using GeneratorStep = std::function<std::vector<std::string>(
    const std::vector<std::string>& inserts, const std::vector<double>& targets, int substitutionCount)>;

struct DiffusionOptions {
    int steps = 100;  // k runs from steps down to 1
    int shift = 30;   // the generator is told k + shift substitutions, which pushes it to change more
    int insertLength = 80;
    std::uint64_t seed = 1;
    int batchSize = 1024;  // designs handed to the step at once
};

// One insert per target. Each design draws its random start and its corruptions from its own
// generator seeded by (seed, its index), so the designs do not depend on batchSize. Progress
// counts generator calls (steps × batches); cancellation is checked before each call and
// throws Cancelled. Throws Error for options out of range and when the step returns the wrong
// number of inserts or inserts of the wrong length.
std::vector<std::string> sampleDesigns(const GeneratorStep& step, const std::vector<double>& targets,
                                       const DiffusionOptions& options, const ProgressCallback& progress = {},
                                       const CancellationToken& cancel = {});

}  // namespace promoterlab
