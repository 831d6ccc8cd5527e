// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of where the shipped models are found: the override folder, the source tree, and the message when absent.
#include "promoterlab/bundled_data.h"
#include "promoterlab/errors.h"
#include "temporary_directory.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace promoterlab;

namespace {

// Sets an environment variable for the scope of a test and restores the earlier state.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char* name, const std::string& value)
        : m_name(name)
    {
        if (const char* earlier = std::getenv(name)) {
            m_hadValue = true;
            m_earlier = earlier;
        }
        setenv(name, value.c_str(), 1);
    }
    ~ScopedEnvironment()
    {
        if (m_hadValue)
            setenv(m_name, m_earlier.c_str(), 1);
        else
            unsetenv(m_name);
    }

private:
    const char* m_name;
    bool m_hadValue = false;
    std::string m_earlier;
};

}  // namespace

TEST_CASE("PROMOTERLAB_DATA_DIR is searched first, then the installation, then the source tree")
{
    test::TemporaryDirectory folder;
    std::filesystem::create_directories(folder.file("models"));
    const std::string own = folder.write("models/mine.plm", "not read here");
    ScopedEnvironment environment("PROMOTERLAB_DATA_DIR", folder.file(""));

    const auto folders = bundledDataFolders();
    REQUIRE(folders.size() == 3);
    CHECK(std::filesystem::equivalent(folders[0], folder.file("")));
    CHECK(folders[1].find("share/promoterlab") != std::string::npos);
    CHECK(std::filesystem::exists(std::filesystem::path(folders[2]) / "README.md"));  // the source tree's resources/
    CHECK(std::filesystem::equivalent(bundledModelPath("mine"), own));
}

TEST_CASE("A shipped model that is missing is reported with every place searched")
{
    test::TemporaryDirectory folder;
    ScopedEnvironment environment("PROMOTERLAB_DATA_DIR", folder.file(""));
    const auto expectedPlace = folder.file("models/no-such-model.plm");
    CHECK_THROWS_AS(bundledModelPath("no-such-model"), ModelError);
    CHECK_THROWS_WITH(bundledModelPath("no-such-model"),
                      Catch::Contains("'no-such-model' was not found") && Catch::Contains(expectedPlace)
                          && Catch::Contains("PROMOTERLAB_DATA_DIR"));
}

TEST_CASE("Only the name 'default' means a shipped model; anything else is a path")
{
    test::TemporaryDirectory folder;
    std::filesystem::create_directories(folder.file("models"));
    const std::string shipped = folder.write("models/default.plm", "not read here");
    ScopedEnvironment environment("PROMOTERLAB_DATA_DIR", folder.file(""));
    CHECK(std::filesystem::equivalent(resolveModelPath("default"), shipped));
    CHECK(resolveModelPath("models/default.plm") == "models/default.plm");
    CHECK(resolveModelPath("./default") == "./default");
}
