// SPDX-License-Identifier: GPL-3.0-or-later
#include "table_options.h"

namespace promoterlab::cli {

void addTableOptions(CommandLine& commandLine)
{
    commandLine.addValue("sequence-column", "NAME",
                         "the table column holding the sequences (found by name or content when omitted)");
    commandLine.addValue("name-column", "NAME", "the table column holding the sequence names");
    commandLine.addValue("measured-column", "NAME",
                         "the table column holding the measured values (found by name when omitted: expression, "
                         "measured, EL.combined, ...)");
}

ReaderOptions readTableOptions(const CommandLine& commandLine)
{
    ReaderOptions options;
    options.sequenceColumn = commandLine.value("sequence-column");
    options.nameColumn = commandLine.value("name-column");
    options.measuredColumn = commandLine.value("measured-column");
    return options;
}

}  // namespace promoterlab::cli
