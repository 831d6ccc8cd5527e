// SPDX-License-Identifier: GPL-3.0-or-later
// Prediction throughput of the full-size optimized LegNet: sequences/s by batch size and
// thread count, peak memory, and bfloat16's speed and error against float32.
#include "promoterlab/model.h"
#include "promoterlab/predictor.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace promoterlab;

namespace {

std::vector<std::string> randomInserts(std::size_t count, unsigned seed)
{
    std::mt19937 random(seed);
    std::vector<std::string> sequences;
    for (std::size_t i = 0; i < count; ++i) {
        std::string bases = "TGCATTTTTTTCACATC";
        for (int j = 0; j < 80; ++j)
            bases += "ACGT"[random() % 4];
        sequences.push_back(bases + "GGTTACGGCTGTT");
    }
    return sequences;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// Median sequences/s over repetitions of about `seconds` each, after one warm-up call.
double measure(const Predictor& predictor, const std::vector<std::string>& sequences, int repetitions)
{
    predictor.predict({sequences.begin(), sequences.begin() + std::min<std::size_t>(sequences.size(), predictor.options().batchSize)});
    std::vector<double> rates;
    for (int r = 0; r < repetitions; ++r) {
        const auto start = std::chrono::steady_clock::now();
        predictor.predict(sequences);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        rates.push_back(sequences.size() / seconds);
    }
    std::sort(rates.begin(), rates.end());
    return rates[rates.size() / 2];
}

}  // namespace

int main(int argc, char** argv)
{
    // --quick: fewer sequences per case, for smoke runs.
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const int hardwareThreads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    auto model = Model::create(Manifest::legnetDefault(Architecture::LegNetOptimized));
    std::printf("# optimized LegNet, %lld parameters, input 6x150, reverse-complement averaging off "
                "(one forward pass per sequence, as the reference bench)\n",
                static_cast<long long>(model->parameterCount()));

    for (int threads : {1, hardwareThreads}) {
        for (int batch : {1, 8, 64, 256}) {
            PredictorOptions options;
            options.batchSize = batch;
            options.threads = threads;
            options.reverseComplementAveraging = false;
            Predictor predictor(model, options);
            const std::size_t count = quick ? std::max(batch, 16) : (batch == 1 ? 64 : 4 * batch);
            const double rate = measure(predictor, randomInserts(count, 1), quick ? 1 : 3);
            std::printf("promoterlab      batch=%d threads=%d  seq/s=%.1f  peak_MB=%.0f\n", batch, threads, rate,
                        peakMegabytes());
            std::fflush(stdout);
        }
    }

    PredictorOptions options;
    options.batchSize = 64;
    options.reverseComplementAveraging = false;
    const auto sequences = randomInserts(quick ? 64 : 256, 2);
    Predictor exact(model, options);
    options.precision = Precision::BFloat16;
    Predictor approximate(model, options);
    const double exactRate = measure(exact, sequences, quick ? 1 : 3);
    const double approximateRate = measure(approximate, sequences, quick ? 1 : 3);
    const auto exactPredictions = exact.predict(sequences);
    const auto approximatePredictions = approximate.predict(sequences);
    double maxError = 0;
    for (std::size_t i = 0; i < sequences.size(); ++i)
        maxError = std::max(maxError, std::abs(exactPredictions[i].expression - approximatePredictions[i].expression));
    std::printf("promoterlab      batch=64 threads=%d float32 seq/s=%.1f  bfloat16 seq/s=%.1f  "
                "bfloat16 max |error| in expression=%.4f\n",
                hardwareThreads, exactRate, approximateRate, maxError);
    return 0;
}
