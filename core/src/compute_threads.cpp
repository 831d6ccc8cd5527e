// SPDX-License-Identifier: GPL-3.0-or-later
#include "promoterlab/compute_threads.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <thread>

namespace promoterlab {

namespace {

std::atomic<int> g_runningJobs{0};

// OMP_NUM_THREADS when set (torchrun and `train --nproc` set it to share a machine among the
// processes of a group), otherwise every hardware thread.
int threadBudget()
{
    if (const char* text = std::getenv("OMP_NUM_THREADS"); text && *text) {
        char* end = nullptr;
        const long value = std::strtol(text, &end, 10);
        if (*end == '\0' && value > 0 && value < 100000)
            return static_cast<int>(value);
    }
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

}  // namespace

ComputeJobScope::ComputeJobScope()
{
    g_runningJobs.fetch_add(1, std::memory_order_relaxed);
}

ComputeJobScope::~ComputeJobScope()
{
    g_runningJobs.fetch_sub(1, std::memory_order_relaxed);
}

int runningComputeJobs()
{
    return g_runningJobs.load(std::memory_order_relaxed);
}

int automaticComputeThreads()
{
    return std::max(1, threadBudget() / std::max(1, runningComputeJobs()));
}

void setComputeThreads(int threads)
{
    // OpenMP keeps the thread count per calling thread, so each job's thread sets its own.
    const int wanted = threads > 0 ? threads : automaticComputeThreads();
    if (at::get_num_threads() != wanted)
        at::set_num_threads(wanted);
}

}  // namespace promoterlab
