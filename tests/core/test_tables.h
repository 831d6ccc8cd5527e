// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the tab-separated fixtures that the Python reference scripts write.
#pragma once

#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace promoterlab::test {

inline std::string fixturePath(const std::string& relative)
{
    return std::string(PROMOTERLAB_TEST_DATA_DIR) + "/" + relative;
}

// Rows of a TSV with a header, each as column name → text.
inline std::vector<std::map<std::string, std::string>> readTsv(const std::string& relative)
{
    std::ifstream file(fixturePath(relative));
    if (!file)
        throw std::runtime_error("missing fixture " + relative);
    auto split = [](const std::string& line) {
        std::vector<std::string> fields;
        std::stringstream stream(line);
        std::string field;
        while (std::getline(stream, field, '\t'))
            fields.push_back(field);
        return fields;
    };
    std::string line;
    std::getline(file, line);
    const auto header = split(line);
    std::vector<std::map<std::string, std::string>> rows;
    while (std::getline(file, line)) {
        const auto fields = split(line);
        std::map<std::string, std::string> row;
        for (std::size_t i = 0; i < header.size() && i < fields.size(); ++i)
            row[header[i]] = fields[i];
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace promoterlab::test
