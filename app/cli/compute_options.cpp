// SPDX-License-Identifier: GPL-3.0-or-later
// Declaration and reading of --threads, --batch-size and --device.
#include "compute_options.h"

namespace promoterlab::cli {

void addComputeOptions(CommandLine& commandLine, int defaultBatchSize)
{
    commandLine.addValue("threads", "N", "CPU threads to compute with; 0: OMP_NUM_THREADS when set, otherwise every hardware thread", "0");
    commandLine.addValue("batch-size", "N", "sequences per forward pass", std::to_string(defaultBatchSize));
    commandLine.addValue("device", "DEVICE", "cpu, cuda or cuda:N", "cpu");
}

ComputeOptions readComputeOptions(const CommandLine& commandLine)
{
    ComputeOptions options;
    options.threads = commandLine.integer("threads", 0, 1024);
    options.batchSize = commandLine.integer("batch-size", 1, 1 << 20);
    options.device = commandLine.value("device");
    return options;
}

}  // namespace promoterlab::cli
