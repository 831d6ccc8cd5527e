// SPDX-License-Identifier: GPL-3.0-or-later
// Tests that jobs running at the same time split the hardware threads, and that each job's
// thread keeps its own LibTorch thread count.
#include "promoterlab/compute_threads.h"

#include <ATen/Parallel.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace {

int hardwareThreads()
{
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// Lets a number of threads wait for each other.
class Rendezvous {
public:
    explicit Rendezvous(int parties)
        : m_parties(parties)
    {
    }

    void arriveAndWait()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        const int round = m_round;
        if (++m_arrived == m_parties) {
            m_arrived = 0;
            ++m_round;
            m_changed.notify_all();
            return;
        }
        m_changed.wait(lock, [&] { return m_round != round; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    const int m_parties;
    int m_arrived = 0;
    int m_round = 0;
};

}  // namespace

TEST_CASE("Jobs running at the same time share the hardware threads")
{
    ::unsetenv("OMP_NUM_THREADS");
    REQUIRE(promoterlab::runningComputeJobs() == 0);
    CHECK(promoterlab::automaticComputeThreads() == hardwareThreads());

    Rendezvous rendezvous(2);
    int seen[2] = {0, 0};
    int running[2] = {0, 0};
    auto job = [&](int index) {
        promoterlab::ComputeJobScope scope;
        rendezvous.arriveAndWait();  // both jobs are running
        promoterlab::setComputeThreads(0);
        seen[index] = at::get_num_threads();
        running[index] = promoterlab::runningComputeJobs();
        rendezvous.arriveAndWait();  // neither leaves before both have looked
    };
    std::thread first(job, 0), second(job, 1);
    first.join();
    second.join();
    for (int index : {0, 1}) {
        CHECK(running[index] == 2);
        CHECK(seen[index] == std::max(1, hardwareThreads() / 2));
    }

    CHECK(promoterlab::runningComputeJobs() == 0);
    int alone = 0;
    std::thread([&] {
        promoterlab::ComputeJobScope scope;
        promoterlab::setComputeThreads(0);
        alone = at::get_num_threads();
    }).join();
    CHECK(alone == hardwareThreads());
}

TEST_CASE("OMP_NUM_THREADS, as a launcher of several processes sets it, is the budget to share")
{
    ::setenv("OMP_NUM_THREADS", "1", 1);
    CHECK(promoterlab::automaticComputeThreads() == 1);
    ::setenv("OMP_NUM_THREADS", "6", 1);
    {
        const promoterlab::ComputeJobScope first, second;
        CHECK(promoterlab::automaticComputeThreads() == 3);
    }
    ::setenv("OMP_NUM_THREADS", "many", 1);
    CHECK(promoterlab::automaticComputeThreads() == hardwareThreads());
    ::unsetenv("OMP_NUM_THREADS");
}

TEST_CASE("An explicit thread count is kept and is the calling thread's own")
{
    promoterlab::setComputeThreads(hardwareThreads());
    int inWorker = 0;
    std::thread([&] {
        promoterlab::ComputeJobScope scope;
        promoterlab::setComputeThreads(1);
        inWorker = at::get_num_threads();
    }).join();
    CHECK(inWorker == 1);
    CHECK(at::get_num_threads() == hardwareThreads());
}
