// SPDX-License-Identifier: GPL-3.0-or-later
// Prediction throughput of the full-size optimized LegNet: sequences/s by batch size and
// thread count, peak memory, and bfloat16's speed and error against float32.
#include "promoterlab/model.h"
#include "promoterlab/predictor.h"
#include "bench_support.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace promoterlab;

namespace {

// Median sequences/s over repetitions, after one warm-up call.
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

void runCase(const std::shared_ptr<Model>& model, int batch, int threads, bool quick)
{
    PredictorOptions options;
    options.batchSize = batch;
    options.threads = threads;
    options.reverseComplementAveraging = false;
    Predictor predictor(model, options);
    const std::size_t count = quick ? std::max(batch, 16) : (batch == 1 ? 128 : std::max(4 * batch, 512));
    const double rate = measure(predictor, bench::randomReads(count, 1), quick ? 1 : 5);
    std::printf("promoterlab      batch=%d threads=%d  seq/s=%.1f  peak_MB=%.0f\n", batch, threads, rate,
                bench::peakRssMegabytes());
    std::fflush(stdout);
}

// Largest and mean |bfloat16 − float32| in expression. Random weights predict nearly the same for
// every sequence, so the error is measured with a network whose outputs vary like a trained one's.
void reportBFloat16Error(const std::shared_ptr<Model>& model, const std::vector<std::string>& sequences)
{
    PredictorOptions options;
    const auto exact = Predictor(model, options).predict(sequences);
    options.precision = Precision::BFloat16;
    const auto approximate = Predictor(model, options).predict(sequences);
    double maxError = 0, sumError = 0;
    for (std::size_t i = 0; i < sequences.size(); ++i) {
        const double error = std::abs(exact[i].expression - approximate[i].expression);
        maxError = std::max(maxError, error);
        sumError += error;
    }
    std::printf("promoterlab      bfloat16 |error| in expression over %zu sequences of %s: mean %.5f, max %.5f\n",
                sequences.size(), model->sourcePath().c_str(), sumError / sequences.size(), maxError);
}

void compareBFloat16Speed(const std::shared_ptr<Model>& model, int threads, bool quick)
{
    PredictorOptions options;
    options.batchSize = 64;
    options.threads = threads;
    options.reverseComplementAveraging = false;
    const auto sequences = bench::randomReads(quick ? 64 : 512, 2);
    const double exactRate = measure(Predictor(model, options), sequences, quick ? 1 : 5);
    options.precision = Precision::BFloat16;
    const double approximateRate = measure(Predictor(model, options), sequences, quick ? 1 : 5);
    std::printf("promoterlab      batch=64 threads=%d  float32 seq/s=%.1f  bfloat16 seq/s=%.1f\n", threads, exactRate,
                approximateRate);
}

}  // namespace

// Usage: prediction_bench [--quick] [--case BATCH THREADS | --bfloat16 [MODEL]]
// Without a case it runs batch sizes 1, 8, 64 and 256 with one and all threads, then bfloat16.
// MODEL (a trained or calibrated model, e.g. tests/data/parity/optimized_small.pth) is used to
// measure bfloat16's error on 200 random inserts.
int main(int argc, char** argv)
{
    std::vector<std::string> arguments(argv + 1, argv + argc);
    const bool quick = std::find(arguments.begin(), arguments.end(), "--quick") != arguments.end();
    const int hardwareThreads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    // Random weights run exactly as fast as trained ones.
    auto model = Model::create(Manifest::legnetDefault(Architecture::LegNetOptimized));

    const auto caseOption = std::find(arguments.begin(), arguments.end(), "--case");
    if (caseOption != arguments.end() && arguments.end() - caseOption >= 3) {
        runCase(model, std::stoi(*(caseOption + 1)), std::stoi(*(caseOption + 2)), quick);
        return 0;
    }
    const auto bfloat16Option = std::find(arguments.begin(), arguments.end(), "--bfloat16");
    if (bfloat16Option != arguments.end()) {
        compareBFloat16Speed(model, hardwareThreads, quick);
        if (arguments.end() - bfloat16Option >= 2)
            reportBFloat16Error(Model::load(*(bfloat16Option + 1)), bench::randomReads(200, 3));
        return 0;
    }
    std::printf("# optimized LegNet, %lld parameters, input 6x150, one forward pass per sequence (no strand "
                "averaging), sequences encoded from text on every call\n",
                static_cast<long long>(model->parameterCount()));
    for (int threads : {1, hardwareThreads})
        for (int batch : {1, 8, 64, 256})
            runCase(model, batch, threads, quick);
    compareBFloat16Speed(model, hardwareThreads, quick);
    return 0;
}
