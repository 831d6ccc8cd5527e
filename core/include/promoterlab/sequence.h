// SPDX-License-Identifier: GPL-3.0-or-later
// A sequence as the user gave it: name, bases, optional measured expression and free metadata.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace promoterlab {

struct SequenceRecord {
    std::string name;
    // Upper-case nucleotides: A, C, G, T and the IUPAC codes R Y S W K M B D H V N.
    std::string bases;
    std::optional<double> measured;
    // Cross-validation fold given by the file, if any.
    std::optional<int> fold;
    // Other columns of a table (header name → text) or a FASTA header's "description".
    std::vector<std::pair<std::string, std::string>> metadata;
    std::size_t line = 0;  // 1-based line where the record starts; 0 when not from a file
};

}  // namespace promoterlab
