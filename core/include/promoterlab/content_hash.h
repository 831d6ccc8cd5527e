// SPDX-License-Identifier: GPL-3.0-or-later
// SHA-256 digests, used to identify model files and project content.
#pragma once

#include <string>
#include <string_view>

namespace promoterlab {

// Lowercase hex SHA-256 of the bytes.
std::string sha256Hex(std::string_view bytes);

// Lowercase hex SHA-256 of a file's content; throws InputError when it cannot be read.
std::string sha256HexOfFile(const std::string& path);

}  // namespace promoterlab
