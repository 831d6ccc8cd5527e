// SPDX-License-Identifier: GPL-3.0-or-later
// The group settings of a data-parallel run read from the launcher's environment, and the backends this build has.
#include "promoterlab/distributed.h"

#include "number_text.h"
#include "promoterlab/errors.h"

#include <cstdlib>

namespace promoterlab {

namespace {

// The variable's integer value, or fallback when it is unset (Error when there is none); Error
// when it is not an integer from lowest to highest.
int integerVariable(const char* name, std::optional<int> fallback, int lowest, int highest)
{
    const char* text = std::getenv(name);
    if (text == nullptr) {
        if (!fallback)
            throw Error("the environment variable " + std::string(name) + " is not set; a process of a group of "
                        "several (WORLD_SIZE) needs it");
        return *fallback;
    }
    const auto value = parseInteger(text);
    if (!value || *value < lowest || *value > highest)
        throw Error("the environment variable " + std::string(name) + " is '" + text + "', not an integer from "
                    + std::to_string(lowest) + " to " + std::to_string(highest));
    return *value;
}

}  // namespace

std::optional<DistributedOptions> distributedOptionsFromEnvironment()
{
    constexpr int kLargest = 1 << 20;
    const int worldSize = integerVariable("WORLD_SIZE", 1, 1, kLargest);
    if (worldSize == 1)
        return std::nullopt;
    DistributedOptions options;
    options.worldSize = worldSize;
    options.rank = integerVariable("RANK", std::nullopt, 0, worldSize - 1);
    options.localRank = integerVariable("LOCAL_RANK", 0, 0, kLargest);
    options.masterPort = integerVariable("MASTER_PORT", options.masterPort, 1, 65535);
    if (const char* address = std::getenv("MASTER_ADDR"); address != nullptr && *address != '\0')
        options.masterAddress = address;
    return options;
}

bool distributedBackendAvailable(const std::string& backend)
{
#ifdef USE_C10D_GLOO
    if (backend == "gloo")
        return true;
#endif
#ifdef USE_C10D_NCCL
    if (backend == "nccl")
        return true;
#endif
    return false;
}

}  // namespace promoterlab
