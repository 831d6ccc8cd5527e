// SPDX-License-Identifier: GPL-3.0-or-later
// `promoterlab-cli info`: what a model file is and its manifest.
#include "commands.h"
#include "command_line.h"

#include "promoterlab/bundled_data.h"
#include "promoterlab/model.h"

#include <iostream>

namespace promoterlab::cli {

int runInfo(const std::vector<std::string>& arguments)
{
    CommandLine commandLine("info", "Prints a model's file kind, parameter count, content hash and manifest (JSON).");
    commandLine.addValue("model", "FILE",
                         "model: PromoterLab bundle, LegNet state_dict, TorchScript with manifest, or 'default' for "
                         "the shipped model");
    commandLine.require("model");
    if (!commandLine.parse(arguments)) {
        std::cout << commandLine.helpText();
        return 0;
    }
    const auto model = Model::load(resolveModelPath(commandLine.value("model")));
    std::cerr << "file:        " << model->sourcePath() << "\n"
              << "kind:        " << modelFileKindName(model->fileKind()) << "\n"
              << "parameters:  " << model->parameterCount() << "\n"
              << "sha256:      " << model->contentHash() << "\n";
    std::cout << model->manifest().toJson() << "\n";
    return 0;
}

}  // namespace promoterlab::cli
