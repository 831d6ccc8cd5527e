// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing and help text of promoterlab-cli options.
#include "command_line.h"

#include <algorithm>
#include <optional>
#include <sstream>

namespace promoterlab::cli {

namespace {

// The number a whole option value spells with parse (std::stol, std::stod), or nothing when
// it is not a number or has anything after it.
template <typename Number, typename Parse>
std::optional<Number> parseWhole(const std::string& text, Parse parse)
{
    std::size_t used = 0;
    Number number{};
    try {
        number = parse(text, &used);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    if (used == 0 || used != text.size())
        return std::nullopt;
    return number;
}

std::string shortNumber(double number)
{
    std::ostringstream text;
    text << number;
    return text.str();
}

}  // namespace

CommandLine::CommandLine(std::string command, std::string summary)
    : m_command(std::move(command))
    , m_summary(std::move(summary))
{
}

void CommandLine::addValue(const std::string& name, const std::string& valueName, const std::string& help,
                           const std::string& fallback)
{
    m_order.push_back(name);
    m_options[name] = {Kind::Value, valueName, help, fallback};
}

void CommandLine::addList(const std::string& name, const std::string& valueName, const std::string& help)
{
    m_order.push_back(name);
    m_options[name] = {Kind::List, valueName, help, {}};
}

void CommandLine::addFlag(const std::string& name, const std::string& help)
{
    m_order.push_back(name);
    m_options[name] = {Kind::Flag, {}, help, {}};
}

void CommandLine::require(const std::string& name)
{
    m_options.at(name).required = true;
}

bool CommandLine::parse(const std::vector<std::string>& arguments)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        std::string argument = arguments[i];
        if (argument == "--help" || argument == "-h")
            return false;
        if (argument.rfind("--", 0) != 0)
            throw UsageError("unexpected argument '" + argument + "' (options start with --)");
        std::string name = argument.substr(2);
        std::string inlineValue;
        bool hasInlineValue = false;
        if (const auto equals = name.find('='); equals != std::string::npos) {
            inlineValue = name.substr(equals + 1);
            name = name.substr(0, equals);
            hasInlineValue = true;
        }
        const auto option = m_options.find(name);
        if (option == m_options.end())
            throw UsageError("unknown option --" + name);
        if (option->second.kind == Kind::Flag) {
            if (hasInlineValue)
                throw UsageError("--" + name + " takes no value");
            m_given[name].push_back("1");
            continue;
        }
        if (!hasInlineValue) {
            if (i + 1 >= arguments.size())
                throw UsageError("--" + name + " needs a value (" + option->second.valueName + ")");
            inlineValue = arguments[++i];
        }
        if (option->second.kind == Kind::Value && m_given.count(name))
            throw UsageError("--" + name + " is given twice");
        m_given[name].push_back(inlineValue);
    }
    for (const auto& [name, option] : m_options)
        if (option.required && !m_given.count(name))
            throw UsageError("--" + name + " is required");
    return true;
}

std::string CommandLine::helpText() const
{
    std::string text = "Usage: promoterlab-cli " + m_command + " [options]\n\n" + m_summary + "\n\nOptions:\n";
    std::size_t width = 0;
    std::vector<std::string> heads;
    for (const auto& name : m_order) {
        const auto& option = m_options.at(name);
        std::string head = "  --" + name;
        if (option.kind != Kind::Flag)
            head += " " + option.valueName;
        width = std::max(width, head.size());
        heads.push_back(head);
    }
    for (std::size_t i = 0; i < m_order.size(); ++i) {
        const auto& option = m_options.at(m_order[i]);
        text += heads[i] + std::string(width + 2 - heads[i].size(), ' ') + option.help;
        if (option.required)
            text += " (required)";
        else if (!option.fallback.empty())
            text += " (default: " + option.fallback + ")";
        if (option.kind == Kind::List)
            text += " (may be repeated)";
        text += "\n";
    }
    text += "  --help" + std::string(width > 6 ? width + 2 - 6 : 2, ' ') + "show this help\n";
    return text;
}

bool CommandLine::has(const std::string& name) const
{
    return m_given.count(name) > 0;
}

std::string CommandLine::value(const std::string& name) const
{
    auto it = m_given.find(name);
    return it == m_given.end() ? m_options.at(name).fallback : it->second.front();
}

std::vector<std::string> CommandLine::values(const std::string& name) const
{
    auto it = m_given.find(name);
    return it == m_given.end() ? std::vector<std::string>{} : it->second;
}

bool CommandLine::flag(const std::string& name) const
{
    return has(name);
}

int CommandLine::integer(const std::string& name, int minimum, int maximum) const
{
    const std::string text = value(name);
    const auto number = parseWhole<long>(text, [](const std::string& whole, std::size_t* used) {
        return std::stol(whole, used);
    });
    if (!number || *number < minimum || *number > maximum)
        throw UsageError("--" + name + " must be a whole number from " + std::to_string(minimum) + " to "
                         + std::to_string(maximum) + " (got '" + text + "')");
    return static_cast<int>(*number);
}

double CommandLine::decimal(const std::string& name, double minimum, double maximum) const
{
    const std::string text = value(name);
    const auto number = parseWhole<double>(text, [](const std::string& whole, std::size_t* used) {
        return std::stod(whole, used);
    });
    if (!number || !(*number >= minimum && *number <= maximum))
        throw UsageError("--" + name + " must be a number from " + shortNumber(minimum) + " to " +
                         shortNumber(maximum) + " (got '" + text + "')");
    return *number;
}

}  // namespace promoterlab::cli
