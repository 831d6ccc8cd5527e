// SPDX-License-Identifier: GPL-3.0-or-later
// Removing sequences from the list as an undoable step: undo puts them back where they were.
#pragma once

#include "sequence_table_model.h"

#include <QUndoCommand>

#include <utility>
#include <vector>

namespace promoterlab::widgets {

class RemoveSequencesCommand : public QUndoCommand {
public:
    // rows: list rows of the model, in any order, without duplicates.
    RemoveSequencesCommand(SequenceTableModel& sequences, std::vector<int> rows);

    void redo() override;
    void undo() override;

private:
    SequenceTableModel& m_sequences;
    // Ascending rows with the entries they held; filled by redo().
    std::vector<std::pair<int, SequenceEntry>> m_removed;
    std::vector<int> m_rows;
};

}  // namespace promoterlab::widgets
