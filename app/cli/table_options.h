// SPDX-License-Identifier: GPL-3.0-or-later
// The options that say which columns of a table to read, shared by every command that reads one.
#pragma once

#include "command_line.h"

#include "promoterlab/sequence_reader.h"

namespace promoterlab::cli {

// Declares --sequence-column, --name-column and --measured-column.
void addTableOptions(CommandLine& commandLine);
ReaderOptions readTableOptions(const CommandLine& commandLine);

}  // namespace promoterlab::cli
