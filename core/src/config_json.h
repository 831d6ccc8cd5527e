// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a configuration file's JSON object, shared by the training and generator configurations.
#pragma once

#include "promoterlab/errors.h"

#include <nlohmann/json.hpp>

#include <string>

namespace promoterlab::detail {

// The JSON object of a configuration; throws Error naming source when the text is not JSON or
// not an object (`what` names the configuration's kind in the message).
inline nlohmann::json parseConfigObject(const std::string& text, const std::string& source, const std::string& what)
{
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& error) {
        throw Error(source + ": not valid JSON (" + error.what() + ")");
    }
    if (!document.is_object())
        throw Error(source + ": a " + what + " configuration must be a JSON object");
    return document;
}

}  // namespace promoterlab::detail
