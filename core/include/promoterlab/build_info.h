// SPDX-License-Identifier: GPL-3.0-or-later
// What this build of PromoterLab runs on, in words for an About box or a bug report: the
// versions of the libraries inside it and the devices it can compute on.
#pragma once

#include <string>
#include <vector>

namespace promoterlab {

// LibTorch's version as it was built against, such as "2.1.2".
std::string libtorchVersion();
// The SQLite library's version at run time.
std::string sqliteVersion();
// The devices models can run on: "CPU" and one entry per visible CUDA GPU ("CUDA GPU 0").
std::vector<std::string> computeDevices();

}  // namespace promoterlab
