// SPDX-License-Identifier: GPL-3.0-or-later
// Data-parallel training across processes: where a process stands in its group, read as torchrun sets it.
#pragma once

#include <optional>
#include <string>

namespace promoterlab {

// One process of a data-parallel group. Every process of the group trains on its own slice of
// each global batch; rank 0 also serves the rendezvous (a TCP store on masterAddress:masterPort),
// validates and writes checkpoints and the bundle.
struct DistributedOptions {
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;  // the process's index on its machine: picks cuda:localRank on CUDA devices
    std::string masterAddress = "127.0.0.1";
    int masterPort = 29500;
    std::string backend;  // "gloo", "nccl", or empty: nccl on CUDA devices, gloo otherwise
    // How long a collective or the rendezvous may wait for a peer. The other ranks wait in their
    // next collective while rank 0 validates and writes the checkpoint at the end of an epoch,
    // so this must exceed the time those take.
    int timeoutSeconds = 300;
};

// From RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR and MASTER_PORT (as torchrun and cluster
// launchers set them). std::nullopt when WORLD_SIZE is unset or 1; otherwise RANK must be set,
// and the others keep their defaults when unset. Throws Error naming the variable when one is
// missing, malformed or out of range.
std::optional<DistributedOptions> distributedOptionsFromEnvironment();

// Whether this build can run the backend ("gloo" or "nccl"); false for any other name.
bool distributedBackendAvailable(const std::string& backend);

}  // namespace promoterlab
