// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the sequence table to CSV or TSV for a spreadsheet: one row per sequence with its
// name, sequence, measured and predicted expression, status and the model's outputs.
#pragma once

#include <string>
#include <vector>

namespace promoterlab::widgets {

class SequenceTableModel;

// The delimiter follows the file name: tab for .tsv and .txt, comma otherwise. Numbers are
// written so that they read back exactly; text that a spreadsheet would run as a formula is
// guarded. Throws promoterlab::Error naming the file when it cannot be written (a full disk too).
// outputNames names the output columns (outputColumnNames of the model); empty leaves them out.
void exportSequenceTable(const SequenceTableModel& table, const std::string& path,
                         const std::vector<std::string>& outputNames);

}  // namespace promoterlab::widgets
