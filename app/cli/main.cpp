// SPDX-License-Identifier: GPL-3.0-or-later
// promoterlab-cli: the headless PromoterLab for servers and scripts.
#include "command_line.h"
#include "commands.h"

#include "promoterlab/errors.h"

#include <algorithm>
#include <functional>
#include <iostream>
#include <map>

namespace {

constexpr const char* kVersion = PROMOTERLAB_VERSION;

struct Command {
    std::function<int(const std::vector<std::string>&)> run;
    const char* summary;
};

const std::map<std::string, Command>& commands()
{
    static const std::map<std::string, Command> table = {
        {"predict", {promoterlab::cli::runPredict, "predict the expression of the sequences in a file"}},
        {"info", {promoterlab::cli::runInfo, "show a model's kind and manifest"}},
        {"train", {promoterlab::cli::runTrain, "train a LegNet on sequences with measured values"}},
        {"train-generator",
         {promoterlab::cli::runTrainGenerator, "train a LegNet-Generator for promoter design on 80-nt inserts"}},
        {"evaluate", {promoterlab::cli::runEvaluate, "score models against measured values (Pearson, Spearman, ...)"}},
        {"variants", {promoterlab::cli::runVariants, "predict variant effects and compare them with measured deltas"}},
        {"ism", {promoterlab::cli::runIsm, "in silico mutagenesis: every single-base substitution of each sequence"}},
        {"design", {promoterlab::cli::runDesign, "design promoters toward target expressions under constraints"}},
    };
    return table;
}

void printUsage(std::ostream& out)
{
    out << "Usage: promoterlab-cli COMMAND [options]\n\nCommands:\n";
    std::size_t width = 0;
    for (const auto& entry : commands())
        width = std::max(width, entry.first.size());
    for (const auto& [name, command] : commands())
        out << "  " << name << std::string(width + 2 - name.size(), ' ') << command.summary << "\n";
    out << "\nRun 'promoterlab-cli COMMAND --help' for the options of a command.\n";
}

}  // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> arguments(argv + 1, argv + argc);
    if (arguments.empty() || arguments[0] == "--help" || arguments[0] == "-h" || arguments[0] == "help") {
        printUsage(arguments.empty() ? std::cerr : std::cout);
        return arguments.empty() ? 1 : 0;
    }
    if (arguments[0] == "--version") {
        std::cout << "promoterlab-cli " << kVersion << "\n";
        return 0;
    }
    const auto command = commands().find(arguments[0]);
    if (command == commands().end()) {
        std::cerr << "promoterlab-cli: unknown command '" << arguments[0] << "'\n\n";
        printUsage(std::cerr);
        return 1;
    }
    try {
        return command->second.run({arguments.begin() + 1, arguments.end()});
    } catch (const promoterlab::cli::UsageError& error) {
        std::cerr << "promoterlab-cli " << arguments[0] << ": " << error.what() << "\n"
                  << "Run 'promoterlab-cli " << arguments[0] << " --help' for its options.\n";
        return 1;
    } catch (const promoterlab::Cancelled&) {
        std::cerr << "promoterlab-cli " << arguments[0] << ": cancelled\n";
        return 130;
    } catch (const promoterlab::Error& error) {
        std::cerr << "error: " << error.what() << "\n";
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "internal error: " << error.what() << "\n";
        return 3;
    }
}
