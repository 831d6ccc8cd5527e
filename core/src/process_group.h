// SPDX-License-Identifier: GPL-3.0-or-later
// The c10d process group of a data-parallel run: rendezvous, weight broadcast and bucketed gradient averaging.
#pragma once

#include "promoterlab/distributed.h"
#include "promoterlab/errors.h"

#include <torch/types.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace promoterlab::detail {

// A collective that failed because another process of the group stopped, closed its connection
// or did not answer within the timeout. The message names the rank and what it was doing.
class GroupCommunicationError : public Error {
public:
    using Error::Error;
};

// This process's membership of a data-parallel group (LibTorch's c10d: Gloo or NCCL). Rank 0
// serves the TCP store through which the processes find each other; the store and the backend
// live as long as this object.
class ProcessGroup {
public:
    // Joins the group: waits up to options.timeoutSeconds for every process to reach the store,
    // then connects the backend (options.backend, or the default for the device). Throws Error
    // saying which rank could not do what, and the way out: a port in use, a master that never
    // came, a rendezvous that timed out, a backend missing from this build.
    ProcessGroup(const DistributedOptions& options, const torch::Device& device);
    ~ProcessGroup();
    ProcessGroup(const ProcessGroup&) = delete;
    ProcessGroup& operator=(const ProcessGroup&) = delete;

    int rank() const { return m_rank; }
    int worldSize() const { return m_worldSize; }
    const std::string& backend() const { return m_backend; }

    // The collectives throw GroupCommunicationError when a peer fails them.
    // Overwrites the tensors of every rank with rank 0's (parameters and buffers at the start).
    void broadcastFromRoot(const std::vector<torch::Tensor>& tensors);
    // Replaces the gradient of each parameter with its mean over the group, flattening several
    // gradients into one all-reduce of about kBucketBytes; a missing gradient counts as zeros.
    void averageGradients(const std::vector<torch::Tensor>& parameters);
    // Sums a few values over the group in place; `activity` says what for in an error message.
    void sumInPlace(torch::Tensor& tensor, const std::string& activity);
    // Whether every rank passed the same value.
    bool allAgree(std::int64_t value, const std::string& activity);
    // Returns when every rank has called it.
    void barrier(const std::string& activity);

    // Large enough that the per-call latency vanishes, small enough to keep a copy of at most
    // this much gradient beside the model (PyTorch's DistributedDataParallel default).
    static constexpr std::size_t kBucketBytes = 25u << 20;

private:
    struct Connection;

    void allReduceBucket(const std::vector<torch::Tensor>& gradients);
    GroupCommunicationError failure(const std::string& activity, const std::string& detail) const;

    int m_rank = 0;
    int m_worldSize = 1;
    std::string m_backend;
    torch::Device m_device = torch::kCPU;
    std::unique_ptr<Connection> m_connection;
};

}  // namespace promoterlab::detail
