// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a DREAM-sized training table through SequenceReader and prints rows/s and peak memory.
//
// Usage: sequence_reader_bench [--rows N] [--gzip] [FILE]
//   FILE given: reads it. Otherwise writes N DREAM-style rows (default 7,000,000, the size of
//   the DREAM 2022 training file; gzip level 1 with --gzip) to a temporary file, reads it
//   and removes it. Peak RSS is the whole process's (getrusage), so it shows whether
//   memory stays flat however large the file is.
#include "promoterlab/errors.h"
#include "promoterlab/sequence_reader.h"

#include <zlib.h>

#include <sys/resource.h>

#include "bench_support.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>

int main(int argc, char** argv)
{
    // The libraries loaded with core (LibTorch) account for most of the resident memory
    // before any work; the reader's own share is the growth after this point.
    const double rssAtStart = promoterlab::bench::peakRssMegabytes();
    long rows = 7'000'000;
    bool gzip = false;
    std::string path;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--rows") == 0 && i + 1 < argc)
            rows = std::atol(argv[++i]);
        else if (std::strcmp(argv[i], "--gzip") == 0)
            gzip = true;
        else
            path = argv[i];
    }

    const bool generated = path.empty();
    if (generated) {
        path = (std::filesystem::temp_directory_path()
                / ("promoterlab-reader-bench-" + std::to_string(std::random_device()()) + (gzip ? ".tsv.gz" : ".tsv")))
                   .string();
        const auto start = std::chrono::steady_clock::now();
        promoterlab::bench::writeDreamFile(path, rows, gzip);
        std::printf("wrote %ld rows (%s) in %.1f s\n", rows, gzip ? "gzip level 1" : "plain", promoterlab::bench::secondsSince(start));
    }
    const double rssBeforeRead = promoterlab::bench::peakRssMegabytes();

    int status = 0;
    try {
        const auto start = std::chrono::steady_clock::now();
        promoterlab::SequenceReader reader(path);
        promoterlab::SequenceRecord record;
        std::size_t bases = 0;
        while (reader.next(record))
            bases += record.bases.size();
        const double seconds = promoterlab::bench::secondsSince(start);
        const double megabytes = static_cast<double>(reader.fileSize()) / (1024.0 * 1024.0);
        std::printf("file: %s (%.1f MB)\n", path.c_str(), megabytes);
        std::printf("read %zu records (%zu rejected, %zu bases) in %.2f s\n", reader.acceptedCount(),
                    reader.rejectedCount(), bases, seconds);
        std::printf("throughput: %.0f rows/s, %.1f MB/s of file\n",
                    static_cast<double>(reader.acceptedCount() + reader.rejectedCount()) / seconds,
                    megabytes / seconds);
    } catch (const promoterlab::Error& error) {
        std::fprintf(stderr, "%s\n", error.what());
        status = 1;
    }
    std::printf("peak RSS: %.1f MB (%.1f MB at start, %.1f MB before reading)\n", promoterlab::bench::peakRssMegabytes(), rssAtStart,
                rssBeforeRead);

    if (generated)
        std::filesystem::remove(path);
    return status;
}
