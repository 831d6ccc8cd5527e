// SPDX-License-Identifier: GPL-3.0-or-later
// Two prediction jobs at the same time, as when the window predicts while a design runs: each
// taking every hardware thread, against sharing them (compute_threads.h), with one job alone and
// the two one after the other as the reference.
#include "promoterlab/bundled_data.h"
#include "promoterlab/compute_threads.h"
#include "promoterlab/model.h"
#include "promoterlab/predictor.h"
#include "bench_support.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

using namespace promoterlab;

namespace {

// threads = 0: the automatic share; otherwise that many threads, whatever else runs.
void predictAsJob(const std::shared_ptr<Model>& model, const std::vector<std::string>& reads, int threads)
{
    const ComputeJobScope computing;
    PredictorOptions options;
    options.threads = threads;
    Predictor(model, options).predict(reads);
}

void report(const char* label, std::size_t sequences, double seconds)
{
    std::printf("%-44s %6.2f s  %7.0f seq/s  peak_MB=%.0f\n", label, seconds, sequences / seconds,
                bench::peakRssMegabytes());
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv)
{
    const std::size_t count = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 4096;
    const auto model = Model::load(bundledModelPath("default"));
    const auto reads = bench::randomReads(count, 1);
    const int hardware = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::printf("default model, %zu reads per job, %d hardware threads\n", count, hardware);
    predictAsJob(model, {reads.begin(), reads.begin() + 128}, 0);  // warm-up

    auto start = std::chrono::steady_clock::now();
    predictAsJob(model, reads, 0);
    const double alone = bench::secondsSince(start);
    report("one job alone", count, alone);
    report("two jobs one after the other", 2 * count, 2 * alone);

    const auto together = [&](int threads) {
        const auto began = std::chrono::steady_clock::now();
        std::thread first(predictAsJob, model, reads, threads), second(predictAsJob, model, reads, threads);
        first.join();
        second.join();
        return bench::secondsSince(began);
    };
    report("two jobs at once, each with every thread", 2 * count, together(hardware));
    report("two jobs at once, sharing the threads", 2 * count, together(0));
    return 0;
}
