// SPDX-License-Identifier: GPL-3.0-or-later
// An editor for one promoter sequence, painted cell by cell: ruler, flanks, bases, motifs, cursor.
#include "sequence_editor.h"

#include "base_colours.h"
#include "sequence_edit_commands.h"
#include "viewport_navigation.h"

#include "promoterlab/sequence_encoder.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QScrollBar>
#include <QToolTip>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>

namespace promoterlab::widgets {

namespace {

constexpr int kGroupSize = 10;
constexpr int kMargin = 6;
constexpr int kHighlightBand = 6;  // room under the bases for the strand arrows of motifs
constexpr int kRowSpacing = 6;
// Above and below the single line, which sits in a column of tracks that need no more.
constexpr int kSingleLineMargin = 2;
// Single-line cells narrower than this get coloured bars: a letter there would be unreadable.
constexpr double kMinLetterPixels = 6;
// Unnumbered ruler ticks closer than this would merge into a grey band.
constexpr double kMinTickSpacing = 4;
// A wheel notch scrolls by a tenth of the visible bases, whatever the scale.
constexpr double kVisibleFractionPerNotch = 0.1;

const QColor kForwardMotif(142, 68, 173);
const QColor kReverseMotif(0, 131, 143);
const QColor kInvalidBackground(255, 205, 205);
const QColor kInvalidText(176, 0, 0);

bool isNucleotide(QChar c)
{
    return c.unicode() < 128 && isIupacNucleotide(static_cast<char>(c.unicode()));
}

QColor mixed(const QColor& a, const QColor& b, double weightOfB)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - weightOfB) + b.redF() * weightOfB),
                            static_cast<float>(a.greenF() * (1 - weightOfB) + b.greenF() * weightOfB),
                            static_cast<float>(a.blueF() * (1 - weightOfB) + b.blueF() * weightOfB));
}

// Both usual redo keys whatever the platform's standard one is.
bool isRedo(const QKeyEvent* key)
{
    return key->matches(QKeySequence::Redo) || key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_Y)
           || key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
}

// A key that writes a character rather than giving a command.
bool isTyping(const QKeyEvent* key)
{
    return !key->text().isEmpty() && key->text().at(0).isPrint()
           && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
}

struct Pasted {
    QString bases;
    QString problem;  // why nothing can be pasted; empty when bases are good
};

// Accepts what biologists copy: FASTA (headers and ';' comments dropped), GenBank-style lines
// with position numbers, any line breaks and spacing; refuses anything else whole.
Pasted basesFromText(const QString& text)
{
    Pasted result;
    int headers = 0;
    for (const QString& line : text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n")))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('>'))) {
            ++headers;
            continue;
        }
        if (trimmed.startsWith(QLatin1Char(';')))
            continue;
        for (const QChar c : trimmed) {
            if (c.isSpace() || c.isDigit())
                continue;
            const QChar base = c.toUpper();
            if (base == QLatin1Char('U'))
                return {{}, SequenceEditor::tr("The pasted text has U, as RNA does: write T for U. "
                                               "Nothing was pasted.")};
            if (!isNucleotide(base))
                return {{},
                        SequenceEditor::tr("The pasted text has '%1', which is not a nucleotide (allowed: A, C, G, T "
                                           "and IUPAC codes). Nothing was pasted.")
                            .arg(c)};
            result.bases += base;
        }
    }
    if (headers > 1)
        result.problem = SequenceEditor::tr("The pasted text holds %1 FASTA records: paste one sequence at a time.")
                             .arg(headers);
    else if (result.bases.isEmpty())
        result.problem = SequenceEditor::tr("The pasted text holds no bases.");
    return result;
}

}  // namespace

struct SequenceEditor::Colours {
    QColor text;
    QColor flankText;
    QColor flankBackground;
    QColor selection;
    QColor ruler;
};

SequenceEditor::SequenceEditor(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_undoStack(new QUndoStack(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Sequence editor"));
    viewport()->setCursor(Qt::IBeamCursor);
    updateMetrics();
    updateScrollRange();
}

void SequenceEditor::setSequence(const QString& bases)
{
    m_bases = bases;
    m_highlights.clear();
    m_undoStack->clear();
    m_dragBase = -1;
    updateScrollRange();
    setSelection(0, 0);
    verticalScrollBar()->setValue(0);
    updateGeometry();
    viewport()->update();
}

void SequenceEditor::setFlanks(const QString& left, const QString& right)
{
    m_leftFlank = left;
    m_rightFlank = right;
    updateScrollRange();
    ensureVisible(m_cursor);
    updateGeometry();
    viewport()->update();
}

void SequenceEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    viewport()->setCursor(readOnly ? Qt::ArrowCursor : Qt::IBeamCursor);
    viewport()->update();
}

void SequenceEditor::setOverwriteMode(bool overwrite)
{
    m_overwrite = overwrite;
    viewport()->update();
}

QList<int> SequenceEditor::invalidPositions() const
{
    QList<int> positions;
    for (int i = 0; i < m_bases.size(); ++i)
        if (!isNucleotide(m_bases[i]))
            positions.append(i);
    return positions;
}

void SequenceEditor::setHighlights(const std::vector<MotifMatch>& matches)
{
    m_highlights = matches;
    viewport()->update();
}

void SequenceEditor::selectRange(int start, int length)
{
    const int size = static_cast<int>(m_bases.size());
    const int first = std::clamp(start, 0, size);
    const int end = std::clamp(first + std::max(length, 0), first, size);
    // Selecting scrolls to the end; then the start, which matters more when both do not fit.
    setSelection(first, end);
    ensureVisible(first);
}

void SequenceEditor::substitute(int position, QChar base)
{
    if (refuseWhenReadOnly())
        return;
    const int size = static_cast<int>(m_bases.size());
    const QChar alternative = base.toUpper();
    if (position < 0 || position >= size) {
        Q_EMIT inputRefused(tr("Position %1 is outside the sequence (1–%2): nothing was substituted.")
                                .arg(position + 1)
                                .arg(size));
        return;
    }
    if (!QStringLiteral("ACGTN").contains(alternative)) {
        Q_EMIT inputRefused(tr("'%1' cannot be substituted: use A, C, G, T or N.").arg(base));
        return;
    }
    const QChar reference = m_bases[position];
    if (reference.toUpper() == alternative)
        return;
    pushEdit(position, 1, alternative, tr("Substitute %1%2%3").arg(reference).arg(position + 1).arg(alternative));
}

void SequenceEditor::setViewport(PositionViewport* viewport)
{
    if (m_viewport)
        disconnect(m_viewport, nullptr, this, nullptr);
    m_viewport = viewport;
    m_rangeSetByEditor = {0, 0};
    const bool singleLine = m_viewport != nullptr;
    if (singleLine) {
        connect(m_viewport, &PositionViewport::changed, this, [this] { this->viewport()->update(); });
        // A single line following a view that is gone would be stuck: wrap again instead.
        connect(m_viewport, &QObject::destroyed, this, [this] { setViewport(nullptr); });
    }
    // Without a frame the editor's x is its viewport's, so base p lands at xOf(p) as in the tracks.
    setFrameShape(singleLine ? QFrame::NoFrame : QFrame::StyledPanel);
    setVerticalScrollBarPolicy(singleLine ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, singleLine ? QSizePolicy::Fixed : QSizePolicy::Preferred);
    updateScrollRange();
    updateStripWidth();
    ensureVisible(m_cursor);
    updateGeometry();
    this->viewport()->update();
}

QRect SequenceEditor::baseRect(int position) const
{
    if (m_viewport) {
        // Cells from the floors of both edges tile the line without gaps at any scale.
        const int left = static_cast<int>(std::floor(m_viewport->xOf(position)));
        const int right = static_cast<int>(std::floor(m_viewport->xOf(position + 1)));
        return {left, rowTop(0) + m_rulerHeight, std::max(1, right - left), m_baseHeight};
    }
    const int column = columnOf(static_cast<int>(m_leftFlank.size()) + position);
    const int row = column / columnsPerRow();
    return {columnX(column % columnsPerRow()), rowTop(row) + m_rulerHeight, m_charWidth, m_baseHeight};
}

QSize SequenceEditor::sizeHint() const
{
    // Ten groups a row reads well and keeps 150 nt with LegNet's flanks within three rows.
    const int groupWidth = kGroupSize * m_charWidth;
    const int width = 2 * kMargin + 10 * groupWidth + 9 * m_charWidth + verticalScrollBar()->sizeHint().width();
    if (m_viewport)
        return {width, singleLineHeight()};
    const int columns = 10 * kGroupSize;
    const int rows = std::clamp((columnCount() + columns - 1) / columns, 2, 6);
    const int frame = 2 * frameWidth();
    return {width + frame, 2 * kMargin + rows * rowHeight() + frame};
}

QSize SequenceEditor::minimumSizeHint() const
{
    if (m_viewport)
        return {m_viewport->leftMargin() + m_viewport->rightMargin() + kGroupSize * m_charWidth, singleLineHeight()};
    const int frame = 2 * frameWidth();
    return {2 * kMargin + kGroupSize * m_charWidth + verticalScrollBar()->sizeHint().width() + frame,
            2 * kMargin + rowHeight() + frame};
}

void SequenceEditor::copy()
{
    if (selectionLength() > 0)
        QApplication::clipboard()->setText(m_bases.mid(selectionStart(), selectionLength()));
}

void SequenceEditor::cut()
{
    if (selectionLength() == 0 || refuseWhenReadOnly())
        return;
    copy();
    pushEdit(selectionStart(), selectionLength(), {}, tr("Cut"));
}

void SequenceEditor::paste()
{
    if (refuseWhenReadOnly())
        return;
    const Pasted pasted = basesFromText(QApplication::clipboard()->text());
    if (!pasted.problem.isEmpty()) {
        Q_EMIT inputRefused(pasted.problem);
        return;
    }
    pushEdit(selectionStart(), selectionLength(), pasted.bases, tr("Paste"));
}

void SequenceEditor::selectAll()
{
    setSelection(0, static_cast<int>(m_bases.size()));
}

void SequenceEditor::applyEdit(int start, int removedLength, const QString& inserted, int anchor, int cursor)
{
    m_bases.replace(start, removedLength, inserted);
    m_highlights.clear();
    updateScrollRange();
    setSelection(anchor, cursor);
    ensureVisible(m_cursor);
    viewport()->update();
    Q_EMIT sequenceEdited(m_bases);
}

void SequenceEditor::pushEdit(int start, int removedLength, const QString& inserted, const QString& description,
                              bool typing)
{
    const int end = start + static_cast<int>(inserted.size());
    m_undoStack->push(new SequenceEditCommand(this, start, m_bases.mid(start, removedLength), inserted,
                                              {m_anchor, m_cursor}, {end, end}, description, typing));
}

void SequenceEditor::typeBase(QChar base)
{
    if (selectionLength() > 0)
        pushEdit(selectionStart(), selectionLength(), base, tr("Typing"), true);
    else
        pushEdit(m_cursor, m_overwrite && m_cursor < m_bases.size() ? 1 : 0, base, tr("Typing"), true);
}

void SequenceEditor::deleteSelectionOr(int start, int length)
{
    if (selectionLength() > 0)
        pushEdit(selectionStart(), selectionLength(), {}, tr("Delete"));
    else if (start >= 0 && start + length <= m_bases.size())
        pushEdit(start, length, {}, tr("Delete"));
}

bool SequenceEditor::refuseWhenReadOnly()
{
    if (m_readOnly)
        Q_EMIT inputRefused(tr("The sequence is read-only."));
    return m_readOnly;
}

void SequenceEditor::moveCursor(int position, bool extendSelection)
{
    const int cursor = std::clamp(position, 0, static_cast<int>(m_bases.size()));
    setSelection(extendSelection ? m_anchor : cursor, cursor);
}

void SequenceEditor::setSelection(int anchor, int cursor)
{
    const int size = static_cast<int>(m_bases.size());
    anchor = std::clamp(anchor, 0, size);
    cursor = std::clamp(cursor, 0, size);
    if (anchor == m_anchor && cursor == m_cursor)
        return;
    const int oldCursor = m_cursor;
    const int oldStart = selectionStart();
    const int oldLength = selectionLength();
    m_anchor = anchor;
    m_cursor = cursor;
    ensureVisible(m_cursor);
    viewport()->update();
    if (m_cursor != oldCursor)
        Q_EMIT cursorPositionChanged(m_cursor);
    if (selectionStart() != oldStart || selectionLength() != oldLength)
        Q_EMIT selectionChanged(selectionStart(), selectionLength());
}

void SequenceEditor::updateMetrics()
{
    m_baseFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_baseFont.setPointSizeF(font().pointSizeF() + 1);
    m_rulerFont = font();
    m_rulerFont.setPointSizeF(font().pointSizeF() * 0.8);
    const QFontMetrics baseMetrics(m_baseFont);
    // A pixel between letters keeps runs like TTTT countable.
    m_charWidth = baseMetrics.horizontalAdvance(QLatin1Char('W')) + 1;
    m_baseHeight = baseMetrics.height() + 4;
    m_rulerHeight = QFontMetrics(m_rulerFont).height() + 3;
}

void SequenceEditor::updateScrollRange()
{
    if (m_viewport) {
        verticalScrollBar()->setRange(0, 0);
        const std::pair<int, int> construct{-static_cast<int>(m_leftFlank.size()),
                                            static_cast<int>(m_bases.size() + m_rightFlank.size())};
        const std::pair<int, int> range{m_viewport->rangeStart(), m_viewport->rangeEnd()};
        if ((range.first == range.second || range == m_rangeSetByEditor) && range != construct) {
            m_rangeSetByEditor = construct;
            m_viewport->setRange(construct.first, construct.second);
        }
        return;
    }
    const int contentHeight = 2 * kMargin + rowCount() * rowHeight();
    QScrollBar* bar = verticalScrollBar();
    bar->setRange(0, std::max(0, contentHeight - viewport()->height()));
    bar->setPageStep(viewport()->height());
    bar->setSingleStep(rowHeight());
}

void SequenceEditor::updateStripWidth()
{
    if (m_viewport)
        m_viewport->setStripWidth(stripRect().width());
}

QRect SequenceEditor::stripRect() const
{
    const int left = m_viewport->leftMargin();
    return {left, 0, std::max(0, width() - left - m_viewport->rightMargin()), height()};
}

int SequenceEditor::rowOfBoundary(int position) const
{
    if (m_viewport)
        return 0;
    const int column = columnOf(static_cast<int>(m_leftFlank.size()) + position);
    // The end of a sequence that fills its row is shown after that row's last base, not on a row of its own.
    const bool wrapsBack = position == m_bases.size() && column > 0 && column % columnsPerRow() == 0;
    return column / columnsPerRow() - (wrapsBack ? 1 : 0);
}

void SequenceEditor::ensureVisible(int position)
{
    if (m_viewport) {
        // The cell after the boundary: the base an overwrite replaces, or the room for an insert.
        const double first = m_viewport->firstVisible();
        const double visible = m_viewport->visibleBases();
        if (position < first)
            m_viewport->scrollTo(position);
        else if (position + 1 > first + visible)
            m_viewport->scrollTo(position + 1 - visible);
        return;
    }
    const int top = rowTop(rowOfBoundary(position)) - kMargin;
    const int bottom = top + rowHeight() + kMargin;
    QScrollBar* bar = verticalScrollBar();
    if (top < 0)
        bar->setValue(bar->value() + top);
    else if (bottom > viewport()->height())
        bar->setValue(bar->value() + std::min(top, bottom - viewport()->height()));
}

int SequenceEditor::firstColumn() const
{
    // Blank cells before the left flank make position 1 start a group, as the ruler expects.
    return (kGroupSize - static_cast<int>(m_leftFlank.size()) % kGroupSize) % kGroupSize;
}

int SequenceEditor::columnCount() const
{
    return firstColumn() + static_cast<int>(m_leftFlank.size() + m_bases.size() + m_rightFlank.size());
}

int SequenceEditor::columnsPerRow() const
{
    const int groupPitch = (kGroupSize + 1) * m_charWidth;
    const int groups = (viewport()->width() - 2 * kMargin + m_charWidth) / groupPitch;
    return std::max(1, groups) * kGroupSize;
}

int SequenceEditor::rowCount() const
{
    if (m_viewport)
        return 1;
    return std::max(1, (columnCount() + columnsPerRow() - 1) / columnsPerRow());
}

int SequenceEditor::rowHeight() const
{
    return m_rulerHeight + m_baseHeight + kHighlightBand + kRowSpacing;
}

int SequenceEditor::singleLineHeight() const
{
    return 2 * kSingleLineMargin + m_rulerHeight + m_baseHeight + kHighlightBand;
}

int SequenceEditor::rowTop(int row) const
{
    if (m_viewport)
        return kSingleLineMargin;
    return kMargin + row * rowHeight() - verticalScrollBar()->value();
}

int SequenceEditor::columnX(int columnInRow) const
{
    return kMargin + columnInRow * m_charWidth + columnInRow / kGroupSize * m_charWidth;
}

SequenceEditor::Hit SequenceEditor::hitTest(const QPoint& point) const
{
    if (m_viewport) {
        // The pixel's centre decides, as in the tracks under the editor.
        const double position = m_viewport->positionAt(point.x() + 0.5);
        const int base = static_cast<int>(std::floor(position));
        return {base, position - base >= 0.5};
    }
    const int perRow = columnsPerRow();
    const int row = std::clamp((point.y() + verticalScrollBar()->value() - kMargin) / rowHeight(), 0, rowCount() - 1);
    const int groupPitch = (kGroupSize + 1) * m_charWidth;
    const int x = std::max(0, point.x() - kMargin);
    int group = x / groupPitch;
    int inGroup = x - group * groupPitch;
    // The gap after a group belongs half to its last base, half to the next group's first.
    if (inGroup >= kGroupSize * m_charWidth + m_charWidth / 2) {
        ++group;
        inGroup = 0;
    }
    int column = std::min(inGroup / m_charWidth, kGroupSize - 1);
    bool rightHalf = inGroup - column * m_charWidth >= m_charWidth / 2;
    if (group >= perRow / kGroupSize) {
        group = perRow / kGroupSize - 1;
        column = kGroupSize - 1;
        rightHalf = true;
    }
    const int index = row * perRow + group * kGroupSize + column - firstColumn();
    return {index - static_cast<int>(m_leftFlank.size()), rightHalf};
}

QString SequenceEditor::toolTipAt(const QPoint& point) const
{
    const Hit hit = hitTest(point);
    const int left = static_cast<int>(m_leftFlank.size());
    const int size = static_cast<int>(m_bases.size());
    const bool onCell = hit.base >= -left && hit.base < size + static_cast<int>(m_rightFlank.size())
                        && (!m_viewport || stripRect().contains(point))
                        && baseRect(hit.base).adjusted(0, -m_rulerHeight, 0, kHighlightBand).contains(point);
    if (!onCell)
        return {};
    if (hit.base < 0)
        return tr("5′ flank, %1 nt before position 1: %2").arg(-hit.base).arg(m_leftFlank[left + hit.base]);
    if (hit.base >= size)
        return tr("3′ flank, %1 nt after the sequence: %2")
            .arg(hit.base - size + 1)
            .arg(m_rightFlank[hit.base - size]);
    const QChar base = m_bases[hit.base];
    QString text = isNucleotide(base) ? tr("Position %1: %2").arg(hit.base + 1).arg(base)
                                      : tr("Position %1: '%2' is not a nucleotide").arg(hit.base + 1).arg(base);
    for (const MotifMatch& match : m_highlights) {
        const auto position = static_cast<std::size_t>(hit.base);
        if (position < match.position || position >= match.position + match.length)
            continue;
        const QString range = QStringLiteral("%1–%2").arg(match.position + 1).arg(match.position + match.length);
        text += QLatin1Char('\n')
                + (match.reverseStrand ? tr("Motif at %1 on the reverse strand").arg(range)
                                       : tr("Motif at %1 on the forward strand").arg(range));
    }
    return text;
}

bool SequenceEditor::event(QEvent* event)
{
    // Claims the keys it handles before window shortcuts (Edit → Undo, Delete) can take them.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const QKeySequence::StandardKey handled[] = {
            QKeySequence::Undo, QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste,
            QKeySequence::SelectAll, QKeySequence::Delete, QKeySequence::MoveToStartOfLine,
            QKeySequence::MoveToEndOfLine};
        if (isTyping(key) || isRedo(key) || key->key() == Qt::Key_Backspace
            || std::any_of(std::begin(handled), std::end(handled), [key](auto k) { return key->matches(k); })) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool SequenceEditor::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

SequenceEditor::Colours SequenceEditor::paintColours() const
{
    const QPalette& palette = this->palette();
    Colours colours;
    const QColor background = palette.color(QPalette::Base);
    colours.text = palette.color(QPalette::Text);
    colours.flankText = mixed(colours.text, background, 0.55);
    colours.flankBackground = mixed(background, colours.text, 0.07);
    colours.selection = palette.color(hasFocus() ? QPalette::Active : QPalette::Inactive, QPalette::Highlight);
    colours.selection.setAlpha(90);
    colours.ruler = mixed(colours.text, background, 0.3);
    return colours;
}

void SequenceEditor::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    const Colours colours = paintColours();
    if (m_viewport) {
        paintSingleLine(painter, colours);
        return;
    }

    const int perRow = columnsPerRow();
    const int left = static_cast<int>(m_leftFlank.size());
    const int scroll = verticalScrollBar()->value();
    const int firstRow = std::max(0, (scroll - kMargin) / rowHeight());
    const int lastRow = std::min(rowCount() - 1, (scroll + viewport()->height() - kMargin) / rowHeight());
    for (int row = firstRow; row <= lastRow; ++row) {
        const int top = rowTop(row);
        const int rowStart = row * perRow;
        const int rowEnd = std::min(rowStart + perRow, columnCount());
        // The row's cells, each as a position of the editable sequence (flanks outside 0…size).
        const int firstPosition = std::max(rowStart, firstColumn()) - firstColumn() - left;
        const int endPosition = rowEnd - firstColumn() - left;
        paintCells(painter, colours, firstPosition, endPosition);
        paintWrappedRuler(painter, colours, top, firstPosition, endPosition);
        paintFlankNames(painter, colours, top, firstPosition, endPosition);

        const int cursorRow = rowOfBoundary(m_cursor);
        if (hasFocus() && !m_readOnly && cursorRow == row) {
            const bool wrapsBack = cursorRow != columnOf(left + m_cursor) / perRow;
            const int x = wrapsBack ? columnX(perRow - 1) + m_charWidth : baseRect(m_cursor).left();
            paintCursor(painter, colours, x, top + m_rulerHeight);
        }
    }
}

void SequenceEditor::paintSingleLine(QPainter& painter, const Colours& colours) const
{
    // Bases scrolled out of the strip stay out of the margins, where the tracks below draw axes.
    const QRect strip = stripRect();
    painter.setClipRect(strip);
    const int size = static_cast<int>(m_bases.size());
    const int firstPosition = std::max(-static_cast<int>(m_leftFlank.size()),
                                       static_cast<int>(std::floor(m_viewport->positionAt(strip.left()))));
    const int endPosition = std::min(size + static_cast<int>(m_rightFlank.size()),
                                     static_cast<int>(std::ceil(m_viewport->positionAt(strip.right() + 1))));
    paintCells(painter, colours, firstPosition, endPosition);
    paintSingleLineRuler(painter, colours, firstPosition, endPosition);
    paintFlankNames(painter, colours, rowTop(0), firstPosition, endPosition);
    if (hasFocus() && !m_readOnly)
        paintCursor(painter, colours, static_cast<int>(std::floor(m_viewport->xOf(m_cursor))),
                    rowTop(0) + m_rulerHeight);
}

void SequenceEditor::paintCells(QPainter& painter, const Colours& colours, int firstPosition, int endPosition) const
{
    if (firstPosition >= endPosition)
        return;
    const int left = static_cast<int>(m_leftFlank.size());
    const int size = static_cast<int>(m_bases.size());
    const int basesTop = baseRect(firstPosition).top();

    // Backgrounds: flanks, invalid characters, the selection.
    for (int p = firstPosition; p < endPosition; ++p) {
        const QRect cell = baseRect(p);
        if (p < 0 || p >= size)
            painter.fillRect(cell, colours.flankBackground);
        else if (!isNucleotide(m_bases[p]))
            painter.fillRect(cell, kInvalidBackground);
        if (p >= selectionStart() && p < selectionStart() + selectionLength())
            painter.fillRect(cell, colours.selection);
    }

    // Motif matches: a tint over the bases and an arrow under them pointing along the strand.
    for (const MotifMatch& match : m_highlights) {
        const int start = std::max(static_cast<int>(match.position), std::max(firstPosition, 0));
        const int end = std::min(static_cast<int>(match.position + match.length), std::min(endPosition, size));
        if (start >= end)
            continue;
        const QColor colour = match.reverseStrand ? kReverseMotif : kForwardMotif;
        const int x0 = baseRect(start).left();
        const int x1 = baseRect(end - 1).right() + 1;
        QColor tint = colour;
        tint.setAlpha(40);
        painter.fillRect(QRect(x0, basesTop, x1 - x0, m_baseHeight), tint);
        const int y = basesTop + m_baseHeight + kHighlightBand / 2;
        painter.setPen(QPen(colour, 2));
        painter.drawLine(x0, y, x1, y);
        const bool headHere = match.reverseStrand ? start == static_cast<int>(match.position)
                                                  : end == static_cast<int>(match.position + match.length);
        if (headHere) {
            const int tip = match.reverseStrand ? x0 : x1;
            const int back = match.reverseStrand ? tip + kHighlightBand : tip - kHighlightBand;
            QPainterPath head;
            head.moveTo(tip, y);
            head.lineTo(back, y - kHighlightBand / 2);
            head.lineTo(back, y + kHighlightBand / 2);
            head.closeSubpath();
            painter.fillPath(head, colour);
        }
    }

    // Letters, or in cells too narrow for them bars of the letters' colours, short enough to
    // leave the selection visible above and below.
    const bool letters = !m_viewport || m_viewport->pixelsPerBase() >= kMinLetterPixels;
    painter.setFont(m_baseFont);
    for (int p = firstPosition; p < endPosition; ++p) {
        const bool flank = p < 0 || p >= size;
        const QChar c = p < 0 ? m_leftFlank[left + p] : p >= size ? m_rightFlank[p - size] : m_bases[p];
        const QColor colour = flank ? colours.flankText : !isNucleotide(c) ? kInvalidText : baseColour(c, colours.text);
        const QRect cell = baseRect(p);
        if (letters) {
            painter.setPen(colour);
            painter.drawText(cell, Qt::AlignCenter, c.isPrint() ? QString(c) : QStringLiteral("·"));
        } else {
            painter.fillRect(cell.adjusted(0, m_baseHeight / 5, 0, -m_baseHeight / 5), colour);
        }
    }
}

void SequenceEditor::paintWrappedRuler(QPainter& painter, const Colours& colours, int top, int firstPosition,
                                       int endPosition) const
{
    // A tick and a number at position 1 and every tenth base.
    const QFontMetrics metrics(m_rulerFont);
    painter.setFont(m_rulerFont);
    painter.setPen(colours.ruler);
    const int tickBottom = top + m_rulerHeight - 1;
    for (int p = std::max(firstPosition, 0); p < std::min(endPosition, static_cast<int>(m_bases.size())); ++p) {
        if (p != 0 && (p + 1) % kGroupSize != 0)
            continue;
        const QRect cell = baseRect(p);
        painter.drawLine(cell.center().x(), tickBottom - 3, cell.center().x(), tickBottom);
        const QString number = QString::number(p + 1);
        const int width = metrics.horizontalAdvance(number);
        const int x = p == 0 ? cell.left() : cell.right() + 1 - width;
        painter.drawText(QRect(x, top, width, m_rulerHeight - 3), Qt::AlignLeft | Qt::AlignBottom, number);
    }
}

int SequenceEditor::singleLineRulerStep() const
{
    // Numbers as wide as the longest, a digit apart; steps of 10, 20, 50, 100, 200, 500, …
    const QFontMetrics metrics(m_rulerFont);
    const double spacing = metrics.horizontalAdvance(QString::number(std::max<qsizetype>(m_bases.size(), 1)))
                           + metrics.horizontalAdvance(QLatin1Char('0'));
    for (int magnitude = kGroupSize;; magnitude *= 10)
        for (int multiple : {1, 2, 5})
            if (multiple * magnitude * m_viewport->pixelsPerBase() >= spacing)
                return multiple * magnitude;
}

void SequenceEditor::paintSingleLineRuler(QPainter& painter, const Colours& colours, int firstPosition,
                                          int endPosition) const
{
    // Numbers every step, as in the wrapped ruler ending where their base ends; position 1 too
    // when it leaves room for the first of them; short ticks every ten bases between numbers.
    const QFontMetrics metrics(m_rulerFont);
    const int step = singleLineRulerStep();
    const double pixelsPerBase = m_viewport->pixelsPerBase();
    const bool numberOne = step * pixelsPerBase >= metrics.horizontalAdvance(QStringLiteral("1 "))
                                                      + metrics.horizontalAdvance(QString::number(step));
    const bool groupTicks = kGroupSize * pixelsPerBase >= kMinTickSpacing;
    const int top = rowTop(0);
    const int tickBottom = top + m_rulerHeight - 1;
    painter.setFont(m_rulerFont);
    painter.setPen(colours.ruler);
    for (int p = std::max(firstPosition, 0); p < std::min(endPosition, static_cast<int>(m_bases.size())); ++p) {
        const int number = p + 1;
        const bool numbered = number % step == 0 || (number == 1 && numberOne);
        if (!numbered && !(groupTicks && number % kGroupSize == 0))
            continue;
        const QRect cell = baseRect(p);
        painter.drawLine(cell.center().x(), tickBottom - (numbered ? 3 : 1), cell.center().x(), tickBottom);
        if (!numbered)
            continue;
        const QString text = QString::number(number);
        const int width = metrics.horizontalAdvance(text);
        const int x = number == 1 ? cell.left() : cell.right() + 1 - width;
        painter.drawText(QRect(x, top, width, m_rulerHeight - 3), Qt::AlignLeft | Qt::AlignBottom, text);
    }
}

void SequenceEditor::paintFlankNames(QPainter& painter, const Colours& colours, int top, int firstPosition,
                                     int endPosition) const
{
    const QFontMetrics metrics(m_rulerFont);
    const int left = static_cast<int>(m_leftFlank.size());
    const int size = static_cast<int>(m_bases.size());
    // In single-line mode a flank partly scrolled out is named from the strip's edge.
    const int visibleLeft = m_viewport ? m_viewport->leftMargin() : 0;
    painter.setFont(m_rulerFont);
    painter.setPen(colours.flankText);
    const auto nameFlank = [&](int start, int end, const QString& name, int gapBefore, int gapAfter) {
        if (start >= end)
            return;
        const int x0 = std::max(baseRect(start).left(), visibleLeft) + gapBefore;
        const int width = baseRect(end - 1).right() + 1 - x0 - gapAfter;
        if (width <= 0)
            return;
        painter.drawText(QRect(x0, top, width, m_rulerHeight - 3), Qt::AlignLeft | Qt::AlignBottom,
                         metrics.elidedText(name, Qt::ElideRight, width));
    };
    // A digit's width apart from the numbers beside the sequence's ends, which may reach them.
    const int gap = metrics.horizontalAdvance(QLatin1Char('0'));
    nameFlank(std::max(firstPosition, -left), std::min(endPosition, 0), tr("5′ flank"), 0, gap);
    nameFlank(std::max(firstPosition, size), endPosition, tr("3′ flank"), gap, 0);
}

void SequenceEditor::paintCursor(QPainter& painter, const Colours& colours, int barX, int basesTop) const
{
    painter.setPen(QPen(colours.text, 2));
    if (m_overwrite && m_cursor < m_bases.size() && selectionLength() == 0) {
        painter.setBrush(Qt::NoBrush);
        QRect box = baseRect(m_cursor);
        // A narrow cell keeps its whole width so that the box still shows.
        if (box.width() >= kMinLetterPixels)
            box.adjust(1, 1, -1, -1);
        painter.drawRect(box);
    } else {
        painter.drawLine(barX, basesTop + 1, barX, basesTop + m_baseHeight - 1);
    }
}

void SequenceEditor::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRange();
    updateStripWidth();
}

void SequenceEditor::keyPressEvent(QKeyEvent* event)
{
    const int size = static_cast<int>(m_bases.size());
    const bool collapse = selectionLength() > 0;
    // A single line has no line above or below to move to.
    const int line = m_viewport ? 0 : columnsPerRow();
    if (event->matches(QKeySequence::Undo)) {
        if (!refuseWhenReadOnly())
            m_undoStack->undo();
    } else if (isRedo(event)) {
        if (!refuseWhenReadOnly())
            m_undoStack->redo();
    } else if (event->matches(QKeySequence::Copy)) {
        copy();
    } else if (event->matches(QKeySequence::Cut)) {
        cut();
    } else if (event->matches(QKeySequence::Paste)) {
        paste();
    } else if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
    } else if (event->matches(QKeySequence::MoveToNextChar)) {
        moveCursor(collapse ? selectionStart() + selectionLength() : m_cursor + 1, false);
    } else if (event->matches(QKeySequence::MoveToPreviousChar)) {
        moveCursor(collapse ? selectionStart() : m_cursor - 1, false);
    } else if (event->matches(QKeySequence::SelectNextChar)) {
        moveCursor(m_cursor + 1, true);
    } else if (event->matches(QKeySequence::SelectPreviousChar)) {
        moveCursor(m_cursor - 1, true);
    } else if (event->matches(QKeySequence::MoveToNextLine)) {
        moveCursor(m_cursor + line, false);
    } else if (event->matches(QKeySequence::MoveToPreviousLine)) {
        moveCursor(m_cursor - line, false);
    } else if (event->matches(QKeySequence::SelectNextLine)) {
        moveCursor(m_cursor + line, true);
    } else if (event->matches(QKeySequence::SelectPreviousLine)) {
        moveCursor(m_cursor - line, true);
    } else if (event->matches(QKeySequence::MoveToStartOfLine) || event->matches(QKeySequence::MoveToStartOfDocument)) {
        moveCursor(0, false);
    } else if (event->matches(QKeySequence::MoveToEndOfLine) || event->matches(QKeySequence::MoveToEndOfDocument)) {
        moveCursor(size, false);
    } else if (event->matches(QKeySequence::SelectStartOfLine) || event->matches(QKeySequence::SelectStartOfDocument)) {
        moveCursor(0, true);
    } else if (event->matches(QKeySequence::SelectEndOfLine) || event->matches(QKeySequence::SelectEndOfDocument)) {
        moveCursor(size, true);
    } else if (event->key() == Qt::Key_Insert && event->modifiers() == Qt::NoModifier) {
        setOverwriteMode(!m_overwrite);
    } else if (event->key() == Qt::Key_Backspace) {
        if (!refuseWhenReadOnly())
            deleteSelectionOr(m_cursor - 1, 1);
    } else if (event->matches(QKeySequence::Delete)) {
        if (!refuseWhenReadOnly())
            deleteSelectionOr(m_cursor, 1);
    } else if (isTyping(event)) {
        const QString typed = event->text().toUpper();
        if (refuseWhenReadOnly())
            return;
        if (typed.size() == 1 && QStringLiteral("ACGTN").contains(typed.at(0)))
            typeBase(typed.at(0));
        else
            Q_EMIT inputRefused(
                tr("'%1' cannot be typed here: type A, C, G, T or N (paste to enter other IUPAC codes).")
                    .arg(event->text()));
    } else {
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void SequenceEditor::wheelEvent(QWheelEvent* event)
{
    if (!m_viewport)
        return QAbstractScrollArea::wheelEvent(event);
    const QPoint units = event->angleDelta();
    if (units.x() != 0 || (event->modifiers() & Qt::ShiftModifier)) {
        // Turning away (positive) goes back towards the 5′ end, as a scroll bar's wheel does.
        const double notches = (units.x() != 0 ? units.x() : units.y()) / 120.0;
        m_viewport->scrollTo(m_viewport->firstVisible()
                             - notches * kVisibleFractionPerNotch * m_viewport->visibleBases());
    } else if (units.y() != 0) {
        // The tracks' own wheel zoom (ViewportNavigation), so that a notch zooms alike over any of them.
        m_viewport->zoom(std::pow(2.0, units.y() / ViewportNavigation::kWheelUnitsPerDoubling),
                         event->position().x());
    }
    event->accept();
}

void SequenceEditor::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const int size = static_cast<int>(m_bases.size());
    const Hit hit = hitTest(event->position().toPoint());
    const int boundary = hit.base + (hit.rightHalf ? 1 : 0);
    if (event->modifiers() & Qt::ShiftModifier) {
        moveCursor(boundary, true);
    } else {
        // Overwriting acts on a base, so a click puts the cursor on the base clicked.
        const bool onBase = hit.base >= 0 && hit.base < size;
        moveCursor(m_overwrite && onBase ? hit.base : boundary, false);
        m_dragBase = size > 0 ? std::clamp(hit.base, 0, size - 1) : -1;
    }
}

void SequenceEditor::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_dragBase < 0)
        return QAbstractScrollArea::mouseMoveEvent(event);
    const int base = std::clamp(hitTest(event->position().toPoint()).base, 0, static_cast<int>(m_bases.size()) - 1);
    // A hand that trembles on the base it clicked has not started a selection yet.
    if (base == m_dragBase && selectionLength() == 0)
        return;
    // Dragging selects whole bases from the one pressed to the one under the mouse.
    if (base >= m_dragBase)
        setSelection(m_dragBase, base + 1);
    else
        setSelection(m_dragBase + 1, base);
}

void SequenceEditor::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_dragBase = -1;
}

void SequenceEditor::focusInEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void SequenceEditor::focusOutEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void SequenceEditor::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        updateScrollRange();
        updateGeometry();
        viewport()->update();
    }
}

}  // namespace promoterlab::widgets
