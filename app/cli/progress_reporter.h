// SPDX-License-Identifier: GPL-3.0-or-later
// Progress lines on stderr for long commands: redrawn in place on a terminal, sparse in a log.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace promoterlab::cli {

class ProgressReporter {
public:
    explicit ProgressReporter(std::string what);

    // done units so far; fraction in [0, 1] or negative when unknown.
    void update(std::uint64_t done, double fraction);
    // Prints the final line with the rate.
    void finish(std::uint64_t done);

private:
    std::string m_what;
    bool m_terminal;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastPrint;
};

}  // namespace promoterlab::cli
