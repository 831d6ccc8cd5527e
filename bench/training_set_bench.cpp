// SPDX-License-Identifier: GPL-3.0-or-later
// Loads a DREAM-sized training table into packed training and validation sets and prints rows/s and memory.
//
// Usage: training_set_bench [--rows N] [--valid-fold K] [--dedup] [--exclude FILE]... [FILE]
//   FILE given: loads it. Otherwise writes N DREAM-style rows (default 7,000,000, the size of
//   the DREAM 2022 training file) to a temporary file, loads it and removes it. The validation
//   fold defaults to 9, the official LegNet code's. Peak RSS is the whole process's
//   (getrusage): its growth over the figure before loading is what the sets really cost,
//   buffers being reserved but never all touched included.
#include "promoterlab/errors.h"
#include "promoterlab/training_set.h"

#include <sys/resource.h>

#include "bench_support.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace {

double megabytes(std::size_t bytes)
{
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

void printSet(const char* name, const promoterlab::PackedSequences& set)
{
    const double perRow = set.empty() ? 0.0 : static_cast<double>(set.memoryBytes()) / static_cast<double>(set.size());
    std::printf("%s: %zu rows, memoryBytes %.1f MB (%.1f bytes a row)\n", name, set.size(),
                megabytes(set.memoryBytes()), perRow);
}

}  // namespace

int main(int argc, char** argv)
{
    // LibTorch, loaded with core, accounts for most of the resident memory before any work.
    const double rssAtStart = promoterlab::bench::peakRssMegabytes();
    long rows = 7'000'000;
    std::string path;
    promoterlab::TrainingSetOptions options;
    options.validFold = 9;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--rows") == 0 && i + 1 < argc)
            rows = std::atol(argv[++i]);
        else if (std::strcmp(argv[i], "--valid-fold") == 0 && i + 1 < argc)
            options.validFold = std::atoi(argv[++i]);
        else if (std::strcmp(argv[i], "--dedup") == 0)
            options.deduplicate = true;
        else if (std::strcmp(argv[i], "--exclude") == 0 && i + 1 < argc)
            options.excludeFiles.push_back(argv[++i]);
        else
            path = argv[i];
    }

    const bool generated = path.empty();
    if (generated) {
        path = (std::filesystem::temp_directory_path()
                / ("promoterlab-training-set-bench-" + std::to_string(std::random_device()()) + ".tsv"))
                   .string();
        const auto start = std::chrono::steady_clock::now();
        promoterlab::bench::writeDreamFile(path, rows, false);
        std::printf("wrote %ld rows in %.1f s\n", rows, promoterlab::bench::secondsSince(start));
    }
    const double rssBeforeLoad = promoterlab::bench::peakRssMegabytes();

    int status = 0;
    try {
        const auto start = std::chrono::steady_clock::now();
        const auto data = promoterlab::loadTrainingData(path, options);
        const double seconds = promoterlab::bench::secondsSince(start);
        const std::size_t total = data.train.size() + data.valid.size() + data.rejectedCount + data.duplicatesRemoved
                                  + data.excludedCount;
        std::printf("file: %s (%.1f MB), validation fold %d%s\n", path.c_str(),
                    megabytes(std::filesystem::file_size(path)), options.validFold,
                    options.deduplicate ? ", deduplicated" : "");
        std::printf("loaded %zu rows in %.2f s: %.0f rows/s (%zu rejected, %zu duplicates, %zu excluded)\n", total,
                    seconds, static_cast<double>(total) / seconds, data.rejectedCount, data.duplicatesRemoved,
                    data.excludedCount);
        printSet("train", data.train);
        printSet("valid", data.valid);
        std::printf("memoryBytes in all: %.1f MB\n", megabytes(data.train.memoryBytes() + data.valid.memoryBytes()));
    } catch (const promoterlab::Error& error) {
        std::fprintf(stderr, "%s\n", error.what());
        status = 1;
    }
    std::printf("peak RSS: %.1f MB (%.1f MB at start, %.1f MB before loading)\n", promoterlab::bench::peakRssMegabytes(), rssAtStart,
                rssBeforeLoad);

    if (generated)
        std::filesystem::remove(path);
    return status;
}
