// SPDX-License-Identifier: GPL-3.0-or-later
// Progress reporting and cooperative cancellation shared by every long core job.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>

namespace promoterlab {

// Set from any thread (the GUI's Cancel button, a signal handler); polled by the job
// between units of work, which then throws Cancelled.
class CancellationToken {
public:
    void cancel() { m_cancelled->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled->load(std::memory_order_relaxed); }
    // Throws Cancelled when cancel() was called.
    void throwIfCancelled() const;

private:
    // Shared so that copies handed to workers observe the same flag.
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
};

// Called with the units done so far and the total (0 when the total is unknown).
using ProgressCallback = std::function<void(std::size_t done, std::size_t total)>;

}  // namespace promoterlab
