// SPDX-License-Identifier: GPL-3.0-or-later
// A small declarative option parser for the subcommands of promoterlab-cli.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace promoterlab::cli {

// A mistake in how the command was called; main prints it with the command's usage hint.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class CommandLine {
public:
    CommandLine(std::string command, std::string summary);

    // An option that takes a value (`--name VALUE` or `--name=VALUE`).
    void addValue(const std::string& name, const std::string& valueName, const std::string& help,
                  const std::string& fallback = {});
    // An option that may be given several times, collecting every value.
    void addList(const std::string& name, const std::string& valueName, const std::string& help);
    void addFlag(const std::string& name, const std::string& help);
    void require(const std::string& name);

    // Throws UsageError for unknown options, missing values or missing required options.
    // Returns false when --help was asked for (the help text is then in helpText()).
    bool parse(const std::vector<std::string>& arguments);

    std::string helpText() const;

    bool has(const std::string& name) const;
    std::string value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;
    bool flag(const std::string& name) const;
    // The value as an integer in [minimum, maximum]; UsageError names the option otherwise.
    int integer(const std::string& name, int minimum, int maximum) const;
    // The value as a decimal number in [minimum, maximum]; UsageError names the option otherwise.
    double decimal(const std::string& name, double minimum, double maximum) const;

private:
    enum class Kind { Value, List, Flag };
    struct Option {
        Kind kind;
        std::string valueName;
        std::string help;
        std::string fallback;
        bool required = false;
    };

    std::string m_command;
    std::string m_summary;
    std::vector<std::string> m_order;
    std::map<std::string, Option> m_options;
    std::map<std::string, std::vector<std::string>> m_given;
};

}  // namespace promoterlab::cli
