// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of cold-diffusion sampling over a mock generator: the schedule of DESIGN.md §6, batching,
// seeds, progress and cancellation.
#include "promoterlab/diffusion_sampler.h"
#include "promoterlab/errors.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace promoterlab;

namespace {

// A generator that records what it was given and hands back the corrupted inserts unchanged.
struct RecordingStep {
    std::vector<int> counts;
    std::vector<std::size_t> batchSizes;
    std::vector<std::vector<double>> targets;
    std::vector<std::vector<std::string>> inserts;

    GeneratorStep step()
    {
        return [this](const std::vector<std::string>& given, const std::vector<double>& givenTargets, int count) {
            counts.push_back(count);
            batchSizes.push_back(given.size());
            targets.push_back(givenTargets);
            inserts.push_back(given);
            return given;
        };
    }
};

int differences(const std::string& a, const std::string& b)
{
    int count = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        count += a[i] != b[i] ? 1 : 0;
    return count;
}

}  // namespace

TEST_CASE("The generator is told k + shift substitutions for k = steps down to 1, in order")
{
    RecordingStep recorder;
    DiffusionOptions options;  // DESIGN.md §6: 100 steps, shift 30
    options.insertLength = 20;
    const auto designs = sampleDesigns(recorder.step(), {8.0, 12.0}, options);
    REQUIRE(recorder.counts.size() == 100);
    for (int call = 0; call < 100; ++call)
        CHECK(recorder.counts[static_cast<std::size_t>(call)] == 130 - call);
    CHECK(recorder.counts.front() == 130);
    CHECK(recorder.counts.back() == 31);
    for (const auto& targets : recorder.targets)
        CHECK(targets == std::vector<double>{8.0, 12.0});
    REQUIRE(designs.size() == 2);
    CHECK(designs[0].size() == 20);
    CHECK(designs[0].find_first_not_of("ACGT") == std::string::npos);

    RecordingStep shifted;
    options.steps = 3;
    options.shift = 0;
    sampleDesigns(shifted.step(), {5.0}, options);
    CHECK(shifted.counts == std::vector<int>{3, 2, 1});
}

TEST_CASE("Each step corrupts the generator's last output with k substitutions")
{
    // A generator that always answers with one fixed insert: what it is given next is that
    // insert corrupted, so at most k positions differ from it.
    const std::string fixed(40, 'A');
    std::vector<int> counts;
    std::vector<int> changed;
    const GeneratorStep step = [&](const std::vector<std::string>& inserts, const std::vector<double>&, int count) {
        counts.push_back(count);
        changed.push_back(differences(inserts.front(), fixed));
        return std::vector<std::string>(inserts.size(), fixed);
    };
    DiffusionOptions options;
    options.steps = 12;
    options.shift = 30;
    options.insertLength = 40;
    CHECK(sampleDesigns(step, {10.0}, options) == std::vector<std::string>{fixed});
    for (std::size_t call = 1; call < counts.size(); ++call) {
        const int k = counts[call] - options.shift;
        CHECK(changed[call] <= k);
    }
    // Twelve corruptions of 40 positions change some; the first call saw a random insert.
    CHECK(changed.front() > 10);
}

TEST_CASE("Designs are reproducible with a seed, differ with another, and do not depend on batching")
{
    const std::vector<double> targets = {4, 6, 8, 10, 12, 14, 16};
    DiffusionOptions options;
    options.steps = 5;
    options.insertLength = 30;
    options.seed = 17;
    options.batchSize = 3;
    RecordingStep first, again, otherSeed, oneBatch;
    const auto designs = sampleDesigns(first.step(), targets, options);
    CHECK(sampleDesigns(again.step(), targets, options) == designs);
    CHECK(first.batchSizes == std::vector<std::size_t>{3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1});
    CHECK(first.targets[5] == std::vector<double>{10, 12, 14});

    options.seed = 18;
    const auto reseeded = sampleDesigns(otherSeed.step(), targets, options);
    for (std::size_t i = 0; i < designs.size(); ++i)
        CHECK(reseeded[i] != designs[i]);

    options.seed = 17;
    options.batchSize = 1024;
    CHECK(sampleDesigns(oneBatch.step(), targets, options) == designs);
    CHECK(oneBatch.counts.size() == 5);
}

TEST_CASE("Progress counts generator calls over steps and batches, and cancel stops within a run")
{
    DiffusionOptions options;
    options.steps = 4;
    options.insertLength = 10;
    options.batchSize = 2;
    RecordingStep recorder;
    std::vector<std::pair<std::size_t, std::size_t>> reports;
    sampleDesigns(recorder.step(), {1, 2, 3}, options,
                  [&](std::size_t done, std::size_t total) { reports.emplace_back(done, total); });
    REQUIRE(reports.size() == 8);
    for (std::size_t i = 0; i < reports.size(); ++i)
        CHECK(reports[i] == std::pair<std::size_t, std::size_t>{i + 1, 8});

    CancellationToken cancel;
    int calls = 0;
    const GeneratorStep cancellingStep = [&](const std::vector<std::string>& inserts, const std::vector<double>&, int) {
        if (++calls == 3)
            cancel.cancel();
        return inserts;
    };
    options.steps = 100;
    CHECK_THROWS_AS(sampleDesigns(cancellingStep, std::vector<double>(10000, 8.0), options, {}, cancel), Cancelled);
    CHECK(calls == 3);
}

TEST_CASE("Bad options and a generator of the wrong insert length are reported")
{
    RecordingStep recorder;
    DiffusionOptions options;
    options.steps = 0;
    CHECK_THROWS_WITH(sampleDesigns(recorder.step(), {1}, options),
                      "diffusion sampling: the number of steps must be at least 1, not 0");
    options.steps = 2;
    options.shift = -1;
    CHECK_THROWS_AS(sampleDesigns(recorder.step(), {1}, options), Error);
    options.shift = 30;
    CHECK(sampleDesigns(recorder.step(), {}, options).empty());

    const GeneratorStep shortInserts = [](const std::vector<std::string>& inserts, const std::vector<double>&, int) {
        return std::vector<std::string>(inserts.size(), std::string(60, 'A'));
    };
    CHECK_THROWS_WITH(sampleDesigns(shortInserts, {1}, options),
                      "the generator returned a 60-nt insert where 80 nt were asked for; use a generator of that insert length");
    const GeneratorStep tooFew = [](const std::vector<std::string>&, const std::vector<double>&, int) {
        return std::vector<std::string>{};
    };
    CHECK_THROWS_WITH(sampleDesigns(tooFew, {1, 2}, options), "the generator returned 0 inserts for 2");
}
