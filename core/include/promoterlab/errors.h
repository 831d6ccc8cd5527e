// SPDX-License-Identifier: GPL-3.0-or-later
// The exception hierarchy through which core reports failures to its callers.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace promoterlab {

// Base of every error core throws on purpose; what() is a message fit for the user.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Bad user input: names the file, the line (0 when not tied to a line) and the reason.
class InputError : public Error {
public:
    InputError(std::string file, std::size_t line, std::string reason);

    const std::string& file() const { return m_file; }
    std::size_t line() const { return m_line; }
    const std::string& reason() const { return m_reason; }

private:
    std::string m_file;
    std::size_t m_line;
    std::string m_reason;
};

// A model file that cannot be read, or weights that do not fit the architecture.
class ModelError : public Error {
public:
    using Error::Error;
};

// A project store (SQLite) failure.
class StoreError : public Error {
public:
    using Error::Error;
};

// Thrown by long work when its cancellation token was set.
class Cancelled : public Error {
public:
    Cancelled() : Error("cancelled by the user") {}
};

}  // namespace promoterlab
