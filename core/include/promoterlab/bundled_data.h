// SPDX-License-Identifier: GPL-3.0-or-later
// The models and example files that ship with PromoterLab, found wherever it runs from.
#pragma once

#include <string>
#include <vector>

namespace promoterlab {

// The folders searched for shipped data, in order: $PROMOTERLAB_DATA_DIR when set, the
// share/promoterlab folder of an installation (beside the executable's bin/), and the source
// tree's resources/ for a build that was not installed.
std::vector<std::string> bundledDataFolders();

// The shipped model called name ("default" is the one the application preselects): the
// first models/<name>.plm in bundledDataFolders(). Throws ModelError listing where it looked.
std::string bundledModelPath(const std::string& name);

// What a --model argument or a model setting means: a shipped model for "default", else the
// path itself.
std::string resolveModelPath(const std::string& nameOrPath);

}  // namespace promoterlab
