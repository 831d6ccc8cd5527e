// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks share: peak memory, timing, and DREAM-style input files.
#pragma once

#include <sys/resource.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace promoterlab::bench {

inline double peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux reports kilobytes
}

// DREAM-style 110-nt reads around random 80-nt inserts, the same for the same seed.
inline std::vector<std::string> randomReads(std::size_t count, unsigned seed)
{
    std::mt19937 random(seed);
    std::vector<std::string> reads;
    for (std::size_t i = 0; i < count; ++i) {
        std::string bases = "TGCATTTTTTTCACATC";
        for (int j = 0; j < 80; ++j)
            bases += "ACGT"[random() % 4];
        reads.push_back(bases + "GGTTACGGCTGTT");
    }
    return reads;
}

inline double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Writes rows like the DREAM 2022 training file: a 110-nt read, a tab, a 0-17 value that is
// an integer for about a third of the rows, as in the real file. Exits on a write failure.
inline void writeDreamFile(const std::string& path, long rows, bool gzip)
{
    gzFile out = gzopen(path.c_str(), gzip ? "wb1" : "wT");
    if (!out) {
        std::fprintf(stderr, "cannot create %s\n", path.c_str());
        std::exit(1);
    }
    std::mt19937 random(2022);
    std::uniform_real_distribution<double> expression(0.0, 17.0);
    static const char kBases[] = "ACGT";
    std::string line;
    for (long row = 0; row < rows; ++row) {
        line = "TGCATTTTTTTCACATC";
        for (int i = 0; i < 80; ++i)
            line.push_back(kBases[random() % 4]);
        line += "GGTTACGGCTGTT\t";
        char number[32];
        std::snprintf(number, sizeof number, row % 3 == 0 ? "%.0f\n" : "%.13g\n", expression(random));
        line += number;
        if (gzwrite(out, line.data(), static_cast<unsigned>(line.size())) <= 0) {
            std::fprintf(stderr, "cannot write %s\n", path.c_str());
            std::exit(1);
        }
    }
    if (gzclose(out) != Z_OK) {
        std::fprintf(stderr, "cannot write %s\n", path.c_str());
        std::exit(1);
    }
}

}  // namespace promoterlab::bench
