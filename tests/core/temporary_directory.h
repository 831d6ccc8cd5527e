// SPDX-License-Identifier: GPL-3.0-or-later
// A scratch folder for tests that write files, removed with everything in it at the end.
#pragma once

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

namespace promoterlab::test {

class TemporaryDirectory {
public:
    TemporaryDirectory()
    {
        // A random number and a counter keep parallel test programs and tests apart.
        static std::atomic<unsigned> counter{0};
        const unsigned random = std::random_device()();
        m_path = std::filesystem::temp_directory_path()
                 / ("promoterlab-test-" + std::to_string(random) + "-" + std::to_string(counter++));
        std::filesystem::create_directories(m_path);
    }
    ~TemporaryDirectory()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

    // The path of name inside the folder.
    std::string file(const std::string& name) const { return (m_path / name).string(); }

    // Writes bytes exactly as given (no newline translation) and returns the path.
    std::string write(const std::string& name, const std::string& bytes) const
    {
        const std::string path = file(name);
        std::ofstream out(path, std::ios::binary);
        out << bytes;
        return path;
    }

private:
    std::filesystem::path m_path;
};

// The whole content of a file, byte for byte (empty when it cannot be read).
inline std::string readFileBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace promoterlab::test
