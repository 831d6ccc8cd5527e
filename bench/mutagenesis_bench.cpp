// SPDX-License-Identifier: GPL-3.0-or-later
// Time for one full mutagenesis map of a 150-nt input with the full-size optimized LegNet
// (450 mutants + the reference, both strands: 902 inputs): with the reuse of the unchanged
// sequence's work, without it, in bfloat16, and as a gradient estimate; peak memory.
#include "promoterlab/model.h"
#include "promoterlab/mutagenesis.h"
#include "promoterlab/predictor.h"
#include "bench_support.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace promoterlab;

namespace {

std::string randomSequence(int length, unsigned seed)
{
    std::mt19937 random(seed);
    std::string bases;
    for (int i = 0; i < length; ++i)
        bases += "ACGT"[random() % 4];
    return bases;
}

// Median seconds over repetitions after one warm-up run.
double medianSeconds(const std::function<void()>& work, int repetitions)
{
    work();
    std::vector<double> seconds;
    for (int r = 0; r < repetitions; ++r) {
        const auto start = std::chrono::steady_clock::now();
        work();
        seconds.push_back(bench::secondsSince(start));
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds[seconds.size() / 2];
}

// The same map by predicting each mutated sequence from scratch, as any model is mapped.
void mapWithoutReuse(const Predictor& predictor, const std::string& sequence)
{
    std::vector<std::string> inputs{sequence};
    for (std::size_t position = 0; position < sequence.size(); ++position)
        for (const char base : kMapBases)
            if (base != sequence[position]) {
                inputs.push_back(sequence);
                inputs.back()[position] = base;
            }
    predictor.predict(inputs);
}

void report(const char* what, int batch, double seconds, int inputs)
{
    std::printf("promoterlab      ism %-28s batch=%-4d seconds=%.2f  inputs/s=%.0f  peak_MB=%.0f\n", what, batch, seconds,
                inputs / seconds, bench::peakRssMegabytes());
    std::fflush(stdout);
}

// Largest |bfloat16 − float32| over a map's deltas, for a model whose outputs vary like a trained one's.
void reportBFloat16Error(const std::shared_ptr<Model>& model, const std::string& sequence)
{
    PredictorOptions options;
    const auto exact = computeMutagenesisMap(Predictor(model, options), "exact", sequence);
    options.precision = Precision::BFloat16;
    const auto approximate = computeMutagenesisMap(Predictor(model, options), "bf16", sequence);
    double largest = 0, sum = 0, largestDelta = 0;
    for (std::size_t cell = 0; cell < exact.deltas.size(); ++cell) {
        largest = std::max(largest, std::abs(exact.deltas[cell] - approximate.deltas[cell]));
        sum += std::abs(exact.deltas[cell] - approximate.deltas[cell]);
        largestDelta = std::max(largestDelta, std::abs(exact.deltas[cell]));
    }
    std::printf("promoterlab      ism bfloat16 |error| in deltas with %s: mean %.4f, max %.4f (largest |delta| %.3f)\n",
                model->sourcePath().c_str(), sum / exact.deltas.size(), largest, largestDelta);
}

}  // namespace

// Usage: mutagenesis_bench [--quick] [--bfloat16-error MODEL]
// MODEL (a trained model, e.g. resources/models/default.plm) measures bfloat16's error on a map.
int main(int argc, char** argv)
{
    std::vector<std::string> arguments(argv + 1, argv + argc);
    const bool quick = std::find(arguments.begin(), arguments.end(), "--quick") != arguments.end();
    const int repetitions = quick ? 1 : 3;
    const int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    // Random weights run exactly as fast as trained ones.
    const auto model = Model::create(Manifest::legnetDefault(Architecture::LegNetOptimized));
    const std::string sequence = randomSequence(150, 5);
    constexpr int kInputs = 2 * (1 + 3 * 150);
    std::printf("# optimized LegNet, %lld parameters, one 150-nt map: %d inputs with strand averaging, %d threads\n",
                static_cast<long long>(model->parameterCount()), kInputs, threads);

    for (int batch : {64, 256}) {
        PredictorOptions options;
        options.batchSize = batch;
        options.threads = threads;
        const Predictor predictor(model, options);
        report("exact, reusing the reference", batch,
               medianSeconds([&] { computeMutagenesisMap(predictor, "map", sequence); }, repetitions), kInputs);
        report("exact, every mutant from scratch", batch,
               medianSeconds([&] { mapWithoutReuse(predictor, sequence); }, repetitions), kInputs);
    }
    PredictorOptions options;
    options.batchSize = 256;
    options.threads = threads;
    options.precision = Precision::BFloat16;
    report("bfloat16 (opt-in), reusing", 256,
           medianSeconds([&] { computeMutagenesisMap(Predictor(model, options), "map", sequence); }, repetitions),
           kInputs);
    options.precision = Precision::Float32;
    const Predictor predictor(model, options);
    report("gradient x input estimate", 1,
           medianSeconds([&] { estimateMutagenesisMap(predictor, "map", sequence); }, repetitions), 2);

    const auto errorOption = std::find(arguments.begin(), arguments.end(), "--bfloat16-error");
    if (errorOption != arguments.end() && arguments.end() - errorOption >= 2)
        reportBFloat16Error(Model::load(*(errorOption + 1)), sequence);
    return 0;
}
