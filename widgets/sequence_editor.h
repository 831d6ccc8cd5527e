// SPDX-License-Identifier: GPL-3.0-or-later
// An editor for one promoter sequence: coloured bases in groups of ten wrapped to the width, or
// on one line under a shared PositionViewport, with a position ruler, the model's constant flanks
// greyed, motif highlights and undoable edits.
#pragma once

#include "position_viewport.h"
#include "promoterlab/motif_search.h"

#include <QAbstractScrollArea>
#include <QFont>
#include <QList>
#include <QPointer>
#include <QRect>
#include <QString>

#include <algorithm>
#include <cstdlib>
#include <utility>
#include <vector>

class QPainter;
class QUndoStack;

namespace promoterlab::widgets {

// Positions are 0-based indexes into the editable sequence; the ruler shows them from 1.
// The cursor is a boundary 0…length. Typing overwrites the base at the cursor by default,
// which is what a point mutation needs; the Insert key toggles inserting. Typing accepts
// A, C, G, T and N in either case; a paste replaces the selection or inserts at the cursor
// and also takes the other IUPAC codes, FASTA headers and numbered lines.
//
// Under a PositionViewport (setViewport) the editor draws everything on one line, base p at the
// viewport's xOf(p), so that tracks stacked under it in a column of equal widths line up with
// it; the wheel then zooms the viewport around the mouse and Shift+wheel scrolls it.
class SequenceEditor : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit SequenceEditor(QWidget* parent = nullptr);

    // A new document: clears the undo history, the selection and the highlights. Characters
    // that are not nucleotides are kept and marked (see invalidPositions()).
    void setSequence(const QString& bases);
    QString sequence() const { return m_bases; }
    // The model's constant plasmid flanks around the editable sequence, shown but never edited.
    void setFlanks(const QString& left, const QString& right);
    QString leftFlank() const { return m_leftFlank; }
    QString rightFlank() const { return m_rightFlank; }

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    void setOverwriteMode(bool overwrite);
    bool overwriteMode() const { return m_overwrite; }

    // Positions of characters in the sequence that are not A, C, G, T or an IUPAC code.
    QList<int> invalidPositions() const;

    // Matches in editable-sequence coordinates, e.g. from promoterlab::findMotif(); cleared
    // by every change of the sequence, since they no longer describe it.
    void setHighlights(const std::vector<MotifMatch>& matches);
    const std::vector<MotifMatch>& highlights() const { return m_highlights; }

    int cursorPosition() const { return m_cursor; }
    int selectionStart() const { return std::min(m_anchor, m_cursor); }
    int selectionLength() const { return std::abs(m_cursor - m_anchor); }
    // Selects [start, start + length) (clamped to the sequence) and scrolls it into view.
    void selectRange(int start, int length);

    QUndoStack* undoStack() const { return m_undoStack; }
    // Replaces the base at position (0 <= position < length) by A, C, G, T or N in either case, as
    // one undoable step, like typing it over the base would. Nothing happens when that base is
    // already there; a read-only editor, a position outside the sequence or another character
    // is refused with inputRefused().
    void substitute(int position, QChar base);

    // Single-line mode under a shared horizontal view; nullptr wraps the bases to the width again.
    // The editor drops its frame and vertical scroll bar in this mode so that its strip starts at
    // the viewport's left margin, and reports the strip's width to the viewport when resized.
    // The viewport's range belongs to its owner (rangeStart = −leftFlank().size() with flanks);
    // only while that range is empty, or still the one the editor last set, does the editor set
    // it to its flanks and sequence, and keep it so as they change.
    // (This hides QAbstractScrollArea::setViewport(QWidget*), which the editor never needs.)
    void setViewport(PositionViewport* viewport);
    PositionViewport* positionViewport() const { return m_viewport; }

    // Where the base at a position is drawn, in viewport() coordinates (the editor's own in
    // single-line mode); negative positions are the left flank's, sequence().size() and beyond
    // the right flank's.
    QRect baseRect(int position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void copy();
    void cut();
    void paste();
    void selectAll();

Q_SIGNALS:
    // After every edit by the user, undo and redo; not after setSequence().
    void sequenceEdited(const QString& bases);
    void cursorPositionChanged(int position);
    void selectionChanged(int start, int length);
    // A key or a paste was refused and nothing changed; reason is fit for a status bar.
    void inputRefused(const QString& reason);

protected:
    bool event(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    friend class SequenceEditCommand;

    // The palette's colours as the editor paints with them.
    struct Colours;

    // A point of the viewport as the cell under it, in editable coordinates.
    struct Hit {
        int base;        // may lie in a flank: negative, or m_bases.size() and beyond
        bool rightHalf;  // the nearest boundary is after the base rather than before it
    };

    // Called by the undo commands: replaces `removed` bases at start by `inserted`, then
    // places the selection.
    void applyEdit(int start, int removedLength, const QString& inserted, int anchor, int cursor);
    void pushEdit(int start, int removedLength, const QString& inserted, const QString& description,
                  bool typing = false);
    void typeBase(QChar base);
    void deleteSelectionOr(int start, int length);
    bool refuseWhenReadOnly();
    void moveCursor(int position, bool extendSelection);
    void setSelection(int anchor, int cursor);

    void updateMetrics();
    // The vertical scroll range when wrapped; in single-line mode the viewport's range, when
    // the editor keeps it (see setViewport()).
    void updateScrollRange();
    void updateStripWidth();
    // The part of the width where single-line mode draws: between the viewport's margins.
    QRect stripRect() const;
    // The row where the cursor stands when it is at this boundary.
    int rowOfBoundary(int position) const;
    void ensureVisible(int position);
    int firstColumn() const;
    int columnCount() const;
    int columnsPerRow() const;
    int rowCount() const;
    int rowHeight() const;
    int singleLineHeight() const;
    int rowTop(int row) const;
    int columnX(int columnInRow) const;
    // Column in the whole layout of a character; index counts from the start of the left flank.
    int columnOf(int index) const { return firstColumn() + index; }
    Hit hitTest(const QPoint& point) const;
    QString toolTipAt(const QPoint& point) const;

    Colours paintColours() const;
    // Backgrounds, motif highlights and letters (or bars, when cells are too narrow for letters)
    // of the positions [firstPosition, endPosition), all on one row.
    void paintCells(QPainter& painter, const Colours& colours, int firstPosition, int endPosition) const;
    void paintWrappedRuler(QPainter& painter, const Colours& colours, int top, int firstPosition,
                           int endPosition) const;
    void paintSingleLineRuler(QPainter& painter, const Colours& colours, int firstPosition, int endPosition) const;
    // The numbered positions of the single-line ruler: every step-th, chosen for the labels to fit.
    int singleLineRulerStep() const;
    void paintFlankNames(QPainter& painter, const Colours& colours, int top, int firstPosition,
                         int endPosition) const;
    // A box on the base that typing replaces, or a bar at barX where typing inserts.
    void paintCursor(QPainter& painter, const Colours& colours, int barX, int basesTop) const;
    void paintSingleLine(QPainter& painter, const Colours& colours) const;

    QString m_leftFlank;
    QString m_bases;
    QString m_rightFlank;
    std::vector<MotifMatch> m_highlights;
    int m_anchor = 0;
    int m_cursor = 0;
    int m_dragBase = -1;  // base pressed on when a drag began; -1 when no drag
    bool m_readOnly = false;
    bool m_overwrite = true;
    QUndoStack* m_undoStack;
    QPointer<PositionViewport> m_viewport;
    // The viewport range the editor set last, which it keeps up to date; see setViewport().
    std::pair<int, int> m_rangeSetByEditor{0, 0};

    QFont m_baseFont;
    QFont m_rulerFont;
    int m_charWidth = 0;
    int m_baseHeight = 0;
    int m_rulerHeight = 0;
};

}  // namespace promoterlab::widgets
