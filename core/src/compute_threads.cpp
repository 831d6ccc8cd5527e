// SPDX-License-Identifier: GPL-3.0-or-later
#include "promoterlab/compute_threads.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <atomic>
#include <thread>

namespace promoterlab {

namespace {

std::atomic<int> g_runningJobs{0};

int hardwareThreads()
{
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
    return std::max(1, hardwareThreads() / std::max(1, runningComputeJobs()));
}

void setComputeThreads(int threads)
{
    // OpenMP keeps the thread count per calling thread, so each job's thread sets its own.
    const int wanted = threads > 0 ? threads : automaticComputeThreads();
    if (at::get_num_threads() != wanted)
        at::set_num_threads(wanted);
}

}  // namespace promoterlab
