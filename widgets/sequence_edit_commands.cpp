// SPDX-License-Identifier: GPL-3.0-or-later
// The undoable edit of a SequenceEditor: one replacement of a run of bases by another.
#include "sequence_edit_commands.h"

#include "sequence_editor.h"

#include <utility>

namespace promoterlab::widgets {

namespace {
// QUndoStack only offers commands with the same id to mergeWith(); -1 would never merge.
constexpr int kTypingId = 0x5e9e;
}  // namespace

SequenceEditCommand::SequenceEditCommand(SequenceEditor* editor, int start, QString removed, QString inserted,
                                         Selection before, Selection after, const QString& text, bool typing)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_start(start)
    , m_removed(std::move(removed))
    , m_inserted(std::move(inserted))
    , m_before(before)
    , m_after(after)
    , m_typing(typing)
{
}

void SequenceEditCommand::redo()
{
    m_editor->applyEdit(m_start, static_cast<int>(m_removed.size()), m_inserted, m_after.anchor, m_after.cursor);
}

void SequenceEditCommand::undo()
{
    m_editor->applyEdit(m_start, static_cast<int>(m_inserted.size()), m_removed, m_before.anchor, m_before.cursor);
}

int SequenceEditCommand::id() const
{
    return m_typing ? kTypingId : -1;
}

bool SequenceEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SequenceEditCommand*>(other);
    // Only a keystroke made where the previous one left the cursor continues the run. Its
    // removed bases then follow ours in the text before the run, so the replacements concatenate.
    const bool continues = next->m_before.anchor == m_after.cursor && next->m_before.cursor == m_after.cursor
                           && next->m_start == m_start + m_inserted.size();
    if (!continues)
        return false;
    m_removed += next->m_removed;
    m_inserted += next->m_inserted;
    m_after = next->m_after;
    return true;
}

}  // namespace promoterlab::widgets
