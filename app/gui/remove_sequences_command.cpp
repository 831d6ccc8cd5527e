// SPDX-License-Identifier: GPL-3.0-or-later
#include "remove_sequences_command.h"

#include <QCoreApplication>

#include <algorithm>

namespace promoterlab::widgets {

RemoveSequencesCommand::RemoveSequencesCommand(SequenceTableModel& sequences, std::vector<int> rows)
    : m_sequences(sequences)
    , m_rows(std::move(rows))
{
    std::sort(m_rows.begin(), m_rows.end());
    const int count = static_cast<int>(m_rows.size());
    if (count == 1)
        setText(QCoreApplication::translate("RemoveSequencesCommand", "Remove %1").arg(sequences.entry(m_rows.front()).name));
    else
        setText(QCoreApplication::translate("RemoveSequencesCommand", "Remove %n sequence(s)", nullptr, count));
}

void RemoveSequencesCommand::redo()
{
    m_removed.clear();
    for (const int row : m_rows)
        m_removed.emplace_back(row, m_sequences.entry(row));
    // From the bottom up, so that the rows still to remove keep their numbers.
    for (auto row = m_rows.rbegin(); row != m_rows.rend(); ++row)
        m_sequences.removeRows(*row, 1);
}

void RemoveSequencesCommand::undo()
{
    // From the top down: each row is back in place before the next one counts on it.
    for (auto& [row, entry] : m_removed) {
        entry.id = 0;  // the project forgot it; it is stored again as a new sequence
        m_sequences.insert(row, {entry});
    }
}

}  // namespace promoterlab::widgets
