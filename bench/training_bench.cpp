// SPDX-License-Identifier: GPL-3.0-or-later
// Training throughput of the full-size optimized LegNet through trainModel, as a run takes its
// steps: encoding the batch from packed rows, soft labels, forward, backward and the optimizer.
//
// Usage: training_bench --case BATCH THREADS [--optimizer adamw|lion] [--steps N]
#include "promoterlab/training.h"
#include "promoterlab/training_set.h"
#include "bench_support.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

using namespace promoterlab;

namespace {

// DREAM-style reads with values 0-17, a third of them integers.
TrainingData randomReads(std::size_t rows)
{
    TrainingData data;
    std::mt19937 random(2022);
    std::uniform_real_distribution<double> expression(0.0, 17.0);
    for (std::size_t row = 0; row < rows; ++row) {
        std::string read = "TGCATTTTTTTCACATC";
        for (int i = 0; i < 80; ++i)
            read.push_back("ACGT"[random() % 4]);
        read += "GGTTACGGCTGTT";
        const double value = expression(random);
        data.train.append(read, row % 3 == 0 ? std::round(value) : value);
    }
    return data;
}

void usage()
{
    std::fprintf(stderr, "usage: training_bench --case BATCH THREADS [--optimizer adamw|lion] [--steps N]\n");
    std::exit(2);
}

}  // namespace

int main(int argc, char** argv)
{
    TrainingConfig config;  // the full optimized LegNet of the published recipe
    int timedSteps = 3;
    bool haveCase = false;
    for (int i = 1; i < argc; ++i) {
        const std::string option = argv[i];
        if (option == "--case" && i + 2 < argc) {
            config.batchSize = std::atoi(argv[++i]);
            config.threads = std::atoi(argv[++i]);
            haveCase = true;
        } else if (option == "--optimizer" && i + 1 < argc) {
            const std::string name = argv[++i];
            config.optimizer = name == "lion" ? OptimizerKind::Lion : OptimizerKind::AdamW;
            if (name != "lion" && name != "adamw")
                usage();
        } else if (option == "--steps" && i + 1 < argc) {
            timedSteps = std::atoi(argv[++i]);
        } else {
            usage();
        }
    }
    if (!haveCase || config.batchSize < 1 || config.threads < 1 || timedSteps < 1)
        usage();
    if (config.optimizer == OptimizerKind::AdamW) {
        config.learningRate = 5e-3;
        config.weightDecay = 0.01;
    }
    config.epochs = 1;
    config.stepsPerEpoch = 1 + timedSteps;  // the first step warms up (allocations, kernel choice)

    const TrainingData data = randomReads(static_cast<std::size_t>(config.batchSize) * 4);
    const auto folder = std::filesystem::temp_directory_path() / ("promoterlab-training-bench-" + std::to_string(getpid()));
    std::filesystem::create_directories(folder);
    TrainingRunOptions run;
    run.outputPath = (folder / "bench.plm").string();

    std::vector<double> stepSeconds;
    auto last = std::chrono::steady_clock::now();
    TrainingCallbacks callbacks;
    callbacks.onBatch = [&](const BatchReport& report) {
        const auto now = std::chrono::steady_clock::now();
        if (report.step > 1)
            stepSeconds.push_back(std::chrono::duration<double>(now - last).count());
        last = now;
    };
    trainModel(data, config, run, callbacks);
    std::filesystem::remove_all(folder);

    std::sort(stepSeconds.begin(), stepSeconds.end());
    const double median = stepSeconds[stepSeconds.size() / 2];
    std::printf("promoterlab      train batch=%d threads=%d optimizer=%s  seq/s=%.1f  peak_MB=%.0f\n", config.batchSize,
                config.threads, config.optimizer == OptimizerKind::Lion ? "lion" : "adamw",
                config.batchSize / median, bench::peakRssMegabytes());
    return 0;
}
