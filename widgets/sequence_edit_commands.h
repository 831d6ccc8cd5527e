// SPDX-License-Identifier: GPL-3.0-or-later
// The undoable edit of a SequenceEditor: one replacement of a run of bases by another.
#pragma once

#include <QString>
#include <QUndoCommand>

namespace promoterlab::widgets {

class SequenceEditor;

// Replaces the bases [start, start + removed.size()) by inserted, and restores them on undo,
// with the selection as it was before and after. Consecutive typing merges into one command
// so that undo takes back a typed run at once.
class SequenceEditCommand : public QUndoCommand {
public:
    struct Selection {
        int anchor;
        int cursor;
    };

    SequenceEditCommand(SequenceEditor* editor, int start, QString removed, QString inserted, Selection before,
                        Selection after, const QString& text, bool typing);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    SequenceEditor* m_editor;
    int m_start;
    QString m_removed;
    QString m_inserted;
    Selection m_before;
    Selection m_after;
    bool m_typing;
};

}  // namespace promoterlab::widgets
