// SPDX-License-Identifier: GPL-3.0-or-later
// How many CPU threads LibTorch computes with, shared fairly among jobs that run at the same time.
#pragma once

namespace promoterlab {

// Marks the calling job as running for the scope's lifetime. LibTorch's worker threads spin while
// they wait, so two jobs that each take every core run tens of times slower than one after the
// other; jobs with an automatic thread count (0) split the hardware threads among the running ones.
class ComputeJobScope {
public:
    ComputeJobScope();
    ~ComputeJobScope();
    ComputeJobScope(const ComputeJobScope&) = delete;
    ComputeJobScope& operator=(const ComputeJobScope&) = delete;
};

// The number of jobs inside a ComputeJobScope now.
int runningComputeJobs();

// The process's threads divided among the running jobs (at least 1): OMP_NUM_THREADS when it is
// set, as launchers of several processes on one machine do, otherwise every hardware thread.
int automaticComputeThreads();

// Sets LibTorch's intra-op thread count for work started from the calling thread: `threads`, or
// automaticComputeThreads() when 0. Cheap when nothing changes: long jobs call it between batches
// so that they give up threads when another job starts and take them back when it ends.
void setComputeThreads(int threads);

}  // namespace promoterlab
