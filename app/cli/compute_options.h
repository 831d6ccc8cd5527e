// SPDX-License-Identifier: GPL-3.0-or-later
// The options every compute command shares, so that they mean the same everywhere.
#pragma once

#include "command_line.h"

#include <string>

namespace promoterlab::cli {

struct ComputeOptions {
    int threads = 0;  // 0: all hardware threads
    int batchSize = 128;
    std::string device = "cpu";
};

// Declares --threads, --batch-size and --device.
void addComputeOptions(CommandLine& commandLine, int defaultBatchSize);
ComputeOptions readComputeOptions(const CommandLine& commandLine);

}  // namespace promoterlab::cli
