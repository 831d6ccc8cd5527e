// SPDX-License-Identifier: GPL-3.0-or-later
// Library versions and compute devices, asked of LibTorch and SQLite themselves.
#include "promoterlab/build_info.h"

#include <sqlite3.h>
#include <torch/torch.h>
#include <torch/version.h>

namespace promoterlab {

std::string libtorchVersion()
{
    return TORCH_VERSION;
}

std::string sqliteVersion()
{
    return sqlite3_libversion();
}

std::vector<std::string> computeDevices()
{
    std::vector<std::string> devices{"CPU"};
    const std::size_t gpus = torch::cuda::is_available() ? torch::cuda::device_count() : 0;
    for (std::size_t gpu = 0; gpu < gpus; ++gpu)
        devices.push_back("CUDA GPU " + std::to_string(gpu));
    return devices;
}

}  // namespace promoterlab
