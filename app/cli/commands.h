// SPDX-License-Identifier: GPL-3.0-or-later
// The subcommands of promoterlab-cli; each returns the process exit code.
#pragma once

#include <string>
#include <vector>

namespace promoterlab::cli {

int runPredict(const std::vector<std::string>& arguments);
int runInfo(const std::vector<std::string>& arguments);
int runTrain(const std::vector<std::string>& arguments);
int runEvaluate(const std::vector<std::string>& arguments);
int runVariants(const std::vector<std::string>& arguments);
int runIsm(const std::vector<std::string>& arguments);
int runTrainGenerator(const std::vector<std::string>& arguments);
int runDesign(const std::vector<std::string>& arguments);

}  // namespace promoterlab::cli
