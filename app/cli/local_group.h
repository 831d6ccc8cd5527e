// SPDX-License-Identifier: GPL-3.0-or-later
// Starts a data-parallel group of this executable on one machine, as torchrun would.
#pragma once

#include <string>
#include <vector>

namespace promoterlab::cli {

// Runs `promoterlab-cli <arguments>` as `processes` processes with RANK, LOCAL_RANK, WORLD_SIZE,
// LOCAL_WORLD_SIZE, MASTER_ADDR (127.0.0.1) and MASTER_PORT set (a free port unless `port` > 0),
// and OMP_NUM_THREADS sharing the cores unless it is set. Waits for all of them; when one fails,
// the others are given `graceSeconds` to stop by themselves (they notice the lost peer) before
// they are killed. Returns 0 when all succeeded, 130 when the group was interrupted, otherwise
// the status of the first process that failed.
int runLocalGroup(int processes, const std::vector<std::string>& arguments, int port, int graceSeconds);

}  // namespace promoterlab::cli
