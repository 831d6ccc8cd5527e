// SPDX-License-Identifier: GPL-3.0-or-later
// Message formatting for core's exceptions.
#include "promoterlab/errors.h"

namespace promoterlab {

namespace {
std::string formatInputError(const std::string& file, std::size_t line, const std::string& reason)
{
    std::string message = file.empty() ? std::string("input") : file;
    if (line > 0)
        message += " line " + std::to_string(line);
    return message + ": " + reason;
}
}  // namespace

InputError::InputError(std::string file, std::size_t line, std::string reason)
    : Error(formatInputError(file, line, reason))
    , m_file(std::move(file))
    , m_line(line)
    , m_reason(std::move(reason))
{
}

}  // namespace promoterlab
