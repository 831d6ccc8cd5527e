// SPDX-License-Identifier: GPL-3.0-or-later
#include "promoterlab/bundled_data.h"

#include "promoterlab/errors.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace promoterlab {

namespace {
constexpr const char* kDefaultModelName = "default";
}  // namespace

std::vector<std::string> bundledDataFolders()
{
    std::vector<std::string> folders;
    if (const char* overridden = std::getenv("PROMOTERLAB_DATA_DIR"); overridden && *overridden)
        folders.emplace_back(overridden);
    std::error_code error;
    const fs::path executable = fs::read_symlink("/proc/self/exe", error);
    if (!error)
        folders.push_back((executable.parent_path().parent_path() / "share" / "promoterlab").string());
    folders.emplace_back(PROMOTERLAB_SOURCE_RESOURCES);
    return folders;
}

std::string bundledModelPath(const std::string& name)
{
    std::string searched;
    for (const auto& folder : bundledDataFolders()) {
        const fs::path candidate = fs::path(folder) / "models" / (name + ".plm");
        std::error_code error;
        if (fs::is_regular_file(candidate, error))
            return candidate.string();
        searched += "\n  " + candidate.string();
    }
    throw ModelError("the shipped model '" + name + "' was not found; looked for:" + searched
                     + "\nreinstall PromoterLab or set PROMOTERLAB_DATA_DIR to the folder that holds models/");
}

std::string resolveModelPath(const std::string& nameOrPath)
{
    return nameOrPath == kDefaultModelName ? bundledModelPath(kDefaultModelName) : nameOrPath;
}

}  // namespace promoterlab
