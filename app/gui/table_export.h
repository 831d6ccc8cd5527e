// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the sequence table for a spreadsheet (CSV or TSV: one row per sequence with its name,
// sequence, measured and predicted expression, status and optionally the model's outputs) or
// for other tools (FASTA, the values in each header's description).
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

// FASTA: ">name predicted=… measured=…" (values left out when unknown), then the bases.
void exportSequenceFasta(const SequenceTableModel& table, const std::string& path);

}  // namespace promoterlab::widgets
