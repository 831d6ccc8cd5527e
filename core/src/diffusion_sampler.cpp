// SPDX-License-Identifier: GPL-3.0-or-later
// Cold-diffusion sampling: the schedule of corruptions and generator calls, batched and seeded.
#include "promoterlab/diffusion_sampler.h"

#include "promoterlab/errors.h"
#include "promoterlab/insert_corruption.h"

#include <algorithm>
#include <random>

namespace promoterlab {

namespace {

void requireAtLeast(const char* name, int value, int least)
{
    if (value < least)
        throw Error(std::string("diffusion sampling: ") + name + " must be at least " + std::to_string(least)
                    + ", not " + std::to_string(value));
}

// A design's own random stream, so that its sequence does not depend on the batch it is in.
std::mt19937_64 designRandom(std::uint64_t seed, std::size_t index)
{
    std::seed_seq sequence{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32),
                           static_cast<std::uint32_t>(index), static_cast<std::uint32_t>(index >> 32)};
    return std::mt19937_64(sequence);
}

}  // namespace

std::vector<std::string> sampleDesigns(const GeneratorStep& step, const std::vector<double>& targets,
                                       const DiffusionOptions& options, const ProgressCallback& progress,
                                       const CancellationToken& cancel)
{
    requireAtLeast("the number of steps", options.steps, 1);
    requireAtLeast("the shift", options.shift, 0);
    requireAtLeast("the insert length", options.insertLength, 1);
    requireAtLeast("the batch size", options.batchSize, 1);

    const std::size_t batchSize = static_cast<std::size_t>(options.batchSize);
    const std::size_t batches = (targets.size() + batchSize - 1) / batchSize;
    const std::size_t totalCalls = batches * static_cast<std::size_t>(options.steps);
    std::size_t calls = 0;
    std::vector<std::string> designs;
    designs.reserve(targets.size());
    for (std::size_t first = 0; first < targets.size(); first += batchSize) {
        const std::size_t count = std::min(batchSize, targets.size() - first);
        const std::vector<double> batchTargets(targets.begin() + static_cast<std::ptrdiff_t>(first),
                                               targets.begin() + static_cast<std::ptrdiff_t>(first + count));
        std::vector<std::mt19937_64> randoms;
        std::vector<std::string> inserts;
        for (std::size_t i = 0; i < count; ++i) {
            randoms.push_back(designRandom(options.seed, first + i));
            inserts.push_back(randomInsert(options.insertLength, randoms.back()));
        }
        for (int k = options.steps; k >= 1; --k) {
            cancel.throwIfCancelled();
            for (std::size_t i = 0; i < count; ++i)
                inserts[i] = corruptInsert(inserts[i], k, randoms[i]);
            auto repaired = step(inserts, batchTargets, k + options.shift);
            if (repaired.size() != count)
                throw Error("the generator returned " + std::to_string(repaired.size()) + " inserts for "
                            + std::to_string(count));
            for (const auto& insert : repaired)
                if (static_cast<int>(insert.size()) != options.insertLength)
                    throw Error("the generator returned a " + std::to_string(insert.size()) + "-nt insert where "
                                + std::to_string(options.insertLength)
                                + " nt were asked for; use a generator of that insert length");
            inserts = std::move(repaired);
            if (progress)
                progress(++calls, totalCalls);
        }
        designs.insert(designs.end(), std::make_move_iterator(inserts.begin()), std::make_move_iterator(inserts.end()));
    }
    return designs;
}

}  // namespace promoterlab
