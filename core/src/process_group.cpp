// SPDX-License-Identifier: GPL-3.0-or-later
// The c10d process group of a data-parallel run: TCP store rendezvous, Gloo or NCCL, errors a user can act on.
#include "process_group.h"

#include <torch/csrc/distributed/c10d/ProcessGroup.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#ifdef USE_C10D_GLOO
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#endif
#ifdef USE_C10D_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif
#include <torch/torch.h>

#include <chrono>
#include <cstdlib>
#include <functional>

namespace promoterlab::detail {

namespace {

constexpr const char* kJoinedKey = "promoterlab/joined";
constexpr const char* kAllJoinedKey = "promoterlab/all_joined";

// LibTorch's messages without the C++ backtrace it appends to its own errors.
std::string messageOf(const std::exception& error)
{
    if (const auto* torchError = dynamic_cast<const c10::Error*>(&error))
        return torchError->what_without_backtrace();
    return error.what();
}

std::string resolveBackend(const std::string& requested, const torch::Device& device)
{
    const std::string backend = requested.empty() ? (device.is_cuda() ? "nccl" : "gloo") : requested;
    if (backend != "gloo" && backend != "nccl")
        throw Error("unknown distributed backend '" + backend + "' (known: gloo, nccl)");
    if (backend == "nccl" && !device.is_cuda())
        throw Error("the nccl backend needs a CUDA device; train on cuda, or use the gloo backend on the CPU");
    if (!distributedBackendAvailable(backend)) {
        if (backend == "nccl")
            throw Error("this build of PromoterLab has no nccl backend: that needs a LibTorch built with CUDA and "
                        "NCCL, and nccl.h when PromoterLab is built; use the gloo backend instead (slower on GPUs)");
        throw Error("this build of PromoterLab has no gloo backend: it was built without the Gloo headers "
                    "(Debian: libgloo-dev), or its LibTorch lacks Gloo");
    }
    return backend;
}

// Runs one collective to its end, turning the backend's failure into the group's.
template <typename Start, typename Failure>
void complete(const Start& start, const Failure& failure)
{
    try {
        start()->wait();
    } catch (const std::exception& error) {
        throw failure(messageOf(error));
    }
}

bool isLoopback(const std::string& address)
{
    return address == "localhost" || address.rfind("127.", 0) == 0 || address == "::1";
}

}  // namespace

struct ProcessGroup::Connection {
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroup> group;
};

ProcessGroup::ProcessGroup(const DistributedOptions& options, const torch::Device& device)
    : m_rank(options.rank)
    , m_worldSize(options.worldSize)
    , m_device(device)
    , m_connection(std::make_unique<Connection>())
{
    if (m_worldSize < 1 || m_rank < 0 || m_rank >= m_worldSize)
        throw Error("rank " + std::to_string(m_rank) + " is outside a group of " + std::to_string(m_worldSize)
                    + " processes (ranks 0 to world size - 1)");
    if (options.masterPort < 1 || options.masterPort > 65535)
        throw Error("the rendezvous port " + std::to_string(options.masterPort) + " is not from 1 to 65535");
    if (options.timeoutSeconds < 1)
        throw Error("the distributed timeout must be at least 1 second");
    m_backend = resolveBackend(options.backend, device);
    const std::chrono::milliseconds timeout(static_cast<std::int64_t>(options.timeoutSeconds) * 1000);
    const std::string place = options.masterAddress + ":" + std::to_string(options.masterPort);
    const std::string who = "rank " + std::to_string(m_rank) + " of " + std::to_string(m_worldSize);

    c10d::TCPStoreOptions storeOptions;
    storeOptions.port = static_cast<std::uint16_t>(options.masterPort);
    storeOptions.isServer = m_rank == 0;
    storeOptions.numWorkers = m_worldSize;
    // The joining is counted below, where a timeout can say how many came.
    storeOptions.waitWorkers = false;
    storeOptions.timeout = timeout;
    try {
        m_connection->store = c10::make_intrusive<c10d::TCPStore>(options.masterAddress, storeOptions);
    } catch (const std::exception& error) {
        if (m_rank == 0)
            throw Error(who + " could not open the rendezvous at " + place + " (" + messageOf(error)
                        + "); another program may use the port: choose another MASTER_PORT");
        throw Error(who + " could not reach the rendezvous at " + place + " within "
                    + std::to_string(options.timeoutSeconds) + " s (" + messageOf(error)
                    + "); start rank 0, and give every rank the MASTER_ADDR and MASTER_PORT of rank 0's machine");
    }

    auto& store = *m_connection->store;
    try {
        if (store.add(kJoinedKey, 1) == m_worldSize)
            store.set(kAllJoinedKey, {1});
        store.wait({kAllJoinedKey}, timeout);
    } catch (const std::exception&) {
        std::string joined = "not all";
        try {
            joined = std::to_string(store.add(kJoinedKey, 0));
        } catch (const std::exception&) {
            // Rank 0 and its store are gone: the count is unknown.
        }
        throw Error("rendezvous timed out: " + who + " waited " + std::to_string(options.timeoutSeconds) + " s at "
                    + place + " and " + joined + " of " + std::to_string(m_worldSize)
                    + " processes joined; start all of them with the same MASTER_ADDR, MASTER_PORT and WORLD_SIZE, "
                      "or raise the timeout");
    }

    try {
#ifdef USE_C10D_GLOO
        if (m_backend == "gloo") {
            auto glooOptions = c10d::ProcessGroupGloo::Options::create(timeout);
            // On one machine every rank talks over loopback; across machines Gloo takes the
            // interface of GLOO_SOCKET_IFNAME, else the one the host name resolves to, as PyTorch does.
            if (isLoopback(options.masterAddress))
                glooOptions->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
            else if (const char* interface = std::getenv("GLOO_SOCKET_IFNAME"))
                glooOptions->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(interface));
            else
                glooOptions->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
            m_connection->group = c10::make_intrusive<c10d::ProcessGroupGloo>(m_connection->store, m_rank,
                                                                               m_worldSize, glooOptions);
        }
#endif
#ifdef USE_C10D_NCCL
        if (m_backend == "nccl") {
            auto ncclOptions = c10d::ProcessGroupNCCL::Options::create();
            ncclOptions->timeout = timeout;
            m_connection->group = c10::make_intrusive<c10d::ProcessGroupNCCL>(m_connection->store, m_rank,
                                                                               m_worldSize, ncclOptions);
        }
#endif
    } catch (const std::exception& error) {
        throw Error(who + " could not connect the " + m_backend + " backend to the other processes ("
                    + messageOf(error) + "); check that every machine of the group can reach the others");
    }
}

ProcessGroup::~ProcessGroup() = default;

GroupCommunicationError ProcessGroup::failure(const std::string& activity, const std::string& detail) const
{
    return GroupCommunicationError("rank " + std::to_string(m_rank) + " of " + std::to_string(m_worldSize)
                                   + ", while " + activity
                                   + ": another process of the group stopped or is unreachable (" + detail + ")");
}

void ProcessGroup::broadcastFromRoot(const std::vector<torch::Tensor>& tensors)
{
    torch::NoGradGuard noGrad;
    for (const auto& tensor : tensors) {
        // Gloo and NCCL send dense memory: a strided tensor travels through a contiguous copy.
        std::vector<torch::Tensor> buffer{tensor.contiguous()};
        complete([&] { return m_connection->group->broadcast(buffer); },
                 [&](const std::string& detail) { return failure("sharing rank 0's initial weights", detail); });
        if (!buffer.front().is_same(tensor))
            tensor.copy_(buffer.front());
    }
}

void ProcessGroup::allReduceBucket(const std::vector<torch::Tensor>& gradients)
{
    // A lone contiguous gradient is reduced in place; others travel as one flat copy (a
    // convolution's gradient may come strided, channels-last).
    const bool inPlace = gradients.size() == 1 && gradients.front().is_contiguous();
    std::vector<torch::Tensor> flat;
    if (inPlace) {
        flat.push_back(gradients.front().view(-1));
    } else {
        std::vector<torch::Tensor> parts;
        for (const auto& gradient : gradients)
            parts.push_back(gradient.reshape(-1));
        flat.push_back(torch::cat(parts));
    }
    complete([&] { return m_connection->group->allreduce(flat); },
             [&](const std::string& detail) { return failure("averaging the gradients", detail); });
    flat.front().div_(m_worldSize);
    if (inPlace)
        return;
    std::int64_t offset = 0;
    for (const auto& gradient : gradients) {
        gradient.copy_(flat.front().narrow(0, offset, gradient.numel()).view(gradient.sizes()));
        offset += gradient.numel();
    }
}

void ProcessGroup::averageGradients(const std::vector<torch::Tensor>& parameters)
{
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> bucket;
    std::size_t bucketBytes = 0;
    for (const auto& parameter : parameters) {
        if (!parameter.requires_grad())
            continue;
        // Every rank must send the same buckets, also when one rank's batch left a parameter unused.
        auto& gradient = parameter.mutable_grad();
        if (!gradient.defined())
            gradient = torch::zeros_like(parameter);
        const auto bytes = static_cast<std::size_t>(gradient.nbytes());
        if (!bucket.empty()
            && (gradient.scalar_type() != bucket.front().scalar_type() || bucketBytes + bytes > kBucketBytes)) {
            allReduceBucket(bucket);
            bucket.clear();
            bucketBytes = 0;
        }
        bucket.push_back(gradient);
        bucketBytes += bytes;
    }
    if (!bucket.empty())
        allReduceBucket(bucket);
}

void ProcessGroup::sumInPlace(torch::Tensor& tensor, const std::string& activity)
{
    std::vector<torch::Tensor> buffer{tensor.contiguous()};
    complete([&] { return m_connection->group->allreduce(buffer); },
             [&](const std::string& detail) { return failure(activity, detail); });
    if (!buffer.front().is_same(tensor))
        tensor.copy_(buffer.front());
}

bool ProcessGroup::allAgree(std::int64_t value, const std::string& activity)
{
    // The largest value and the largest negated value in one all-reduce: all agree when the
    // largest is the smallest.
    std::vector<torch::Tensor> buffer{
        torch::tensor({value, -value}, torch::TensorOptions().dtype(torch::kInt64)).to(m_device)};
    c10d::AllreduceOptions largest;
    largest.reduceOp = c10d::ReduceOp::MAX;
    complete([&] { return m_connection->group->allreduce(buffer, largest); },
             [&](const std::string& detail) { return failure(activity, detail); });
    const auto extremes = buffer.front().cpu();
    return extremes[0].item<std::int64_t>() == -extremes[1].item<std::int64_t>();
}

void ProcessGroup::barrier(const std::string& activity)
{
    complete([&] { return m_connection->group->barrier(); },
             [&](const std::string& detail) { return failure(activity, detail); });
}

}  // namespace promoterlab::detail
