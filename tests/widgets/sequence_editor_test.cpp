// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the sequence editor driven like a user: keys, clicks, drags, paste, undo, flanks, motifs,
// substitutions, and the single line that follows a PositionViewport with the tracks under it.
#include "base_colours.h"
#include "position_viewport.h"
#include "promoterlab/motif_search.h"
#include "promoterlab/mutagenesis.h"
#include "sequence_editor.h"
#include "sequence_logo_track.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QImage>
#include <QPixmap>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>
#include <memory>

// Failures then print the sequences instead of {?}.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
}  // namespace Catch

using promoterlab::MotifMatch;
using promoterlab::MutagenesisMap;
using promoterlab::widgets::baseColour;
using promoterlab::widgets::PositionViewport;
using promoterlab::widgets::SequenceEditor;
using promoterlab::widgets::SequenceLogoTrack;

namespace {

// The constant flanks of the 80-nt libraries' 150-nt model inputs (Vaishnav et al. 2022).
const QString kLeftFlank = "TGCATTTTTTTCACATC";
const QString kRightFlank = "GGTTACGGCTGTT";
constexpr int kLeftMargin = 40;
constexpr int kRightMargin = 70;
constexpr int kStripWidth = 600;

// A promoter-like 150-mer: a forward TATA box at 61, an EcoRI site at 101 and a TATA box on the
// reverse strand at 131.
QString promoter150()
{
    const QString filler = "GCATTCCGAGCAGTTCAAGCCTGGACGTACCATGAGCACC";
    return (filler + filler).left(60) + "TATAAAAG" + (filler + filler).left(32) + "GAATTC" + filler.left(24)
           + "CTTTTATA" + filler.left(12);
}

void show(SequenceEditor& editor, QSize size = {640, 240})
{
    editor.resize(size);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
}

void press(SequenceEditor& editor, Qt::Key key, int times = 1, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    for (int i = 0; i < times; ++i)
        QTest::keyClick(&editor, key, modifiers);
}

void dragBetweenBases(SequenceEditor& editor, int from, int to)
{
    QWidget* viewport = editor.viewport();
    const QPoint target = editor.baseRect(to).center();
    QTest::mousePress(viewport, Qt::LeftButton, {}, editor.baseRect(from).center());
    // QTest::mouseMove does not carry the held button, which a drag needs.
    QMouseEvent move(QEvent::MouseMove, target, viewport->mapToGlobal(target), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, target);
}

QString toolTipOver(SequenceEditor& editor, QPoint point)
{
    QHelpEvent help(QEvent::ToolTip, point, editor.viewport()->mapToGlobal(point));
    QApplication::sendEvent(editor.viewport(), &help);
    return QToolTip::text();
}

// The editor on one line as the top of a column of tracks: the sequence with its flanks, the
// viewport's range set by its owner to flanks and sequence, pixelsPerBase from the range's start.
void showOnOneLine(SequenceEditor& editor, PositionViewport& view, const QString& bases, double pixelsPerBase)
{
    view.setMargins(kLeftMargin, kRightMargin);
    editor.setFlanks(kLeftFlank, kRightFlank);
    editor.setSequence(bases);
    editor.setViewport(&view);
    view.setRange(-static_cast<int>(kLeftFlank.size()), static_cast<int>(bases.size() + kRightFlank.size()));
    show(editor, {kLeftMargin + kStripWidth + kRightMargin, editor.sizeHint().height()});
    view.setPixelsPerBase(pixelsPerBase);
    view.scrollTo(view.rangeStart());
}

// Base p's cell drawn exactly where the viewport puts position p, to the pixel.
void checkCellAtViewport(const SequenceEditor& editor, const PositionViewport& view, int position)
{
    INFO("position " << position);
    const QRect cell = editor.baseRect(position);
    CHECK(cell.left() == static_cast<int>(std::floor(view.xOf(position))));
    CHECK(cell.right() + 1 == static_cast<int>(std::floor(view.xOf(position + 1))));
}

void turnWheel(SequenceEditor& editor, QPoint at, QPoint angleDelta, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWheelEvent wheel(at, editor.viewport()->mapToGlobal(at), {}, angleDelta, Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(editor.viewport(), &wheel);
}

// A hand-built map whose every substitution in column c changes expression by −importance[c]:
// a TATA box that matters, an EcoRI site whose change helps, a little noise elsewhere.
MutagenesisMap handBuiltMap(const QString& bases, int sequenceOffset)
{
    MutagenesisMap map;
    map.name = "hand-built";
    map.bases = bases.toStdString();
    map.sequenceOffset = sequenceOffset;
    const std::size_t columns = map.bases.size();
    map.deltas.assign(4 * columns, 0.0);
    for (std::size_t column = 0; column < columns; ++column) {
        const int position = sequenceOffset + static_cast<int>(column);
        double importance = 0.08 * std::sin(position * 0.7);
        if (position >= 60 && position < 68)
            importance = 0.9;
        else if (position >= 100 && position < 106)
            importance = -0.5;
        const int reference = promoterlab::mapRow(map.bases[column]);
        for (int row = 0; row < 4; ++row)
            if (row != reference)
                map.deltas[static_cast<std::size_t>(row) * columns + column] = -importance * 4 / 3;
    }
    return map;
}

void saveForPerson(QWidget& widget, const QString& name)
{
    // For a person to look at: PROMOTERLAB_SCREENSHOT_DIR=folder keeps what the test drew.
    if (const QString folder = qEnvironmentVariable("PROMOTERLAB_SCREENSHOT_DIR"); !folder.isEmpty())
        CHECK(widget.grab().save(folder + '/' + name));
}

}  // namespace

TEST_CASE("Typing overwrites the base at the cursor, in lower case too")
{
    SequenceEditor editor;
    show(editor);
    editor.setSequence("ACGTACGT");
    QSignalSpy edited(&editor, &SequenceEditor::sequenceEdited);
    QSignalSpy cursor(&editor, &SequenceEditor::cursorPositionChanged);

    press(editor, Qt::Key_Right, 2);
    CHECK(editor.cursorPosition() == 2);
    QTest::keyClicks(&editor, "t");
    CHECK(editor.sequence() == "ACTTACGT");
    CHECK(editor.cursorPosition() == 3);
    REQUIRE(edited.size() == 1);
    CHECK(edited.last().at(0).toString() == "ACTTACGT");
    QTest::keyClicks(&editor, "Gg");
    CHECK(editor.sequence() == "ACTGGCGT");
    CHECK(edited.size() == 3);
    CHECK(cursor.last().at(0).toInt() == 5);
}

TEST_CASE("Insert switches between overwriting and inserting")
{
    SequenceEditor editor;
    show(editor);
    editor.setSequence("ACGT");
    REQUIRE(editor.overwriteMode());
    press(editor, Qt::Key_Insert);
    CHECK_FALSE(editor.overwriteMode());
    press(editor, Qt::Key_Right);
    QTest::keyClicks(&editor, "nn");
    CHECK(editor.sequence() == "ANNCGT");
    press(editor, Qt::Key_Insert);
    QTest::keyClicks(&editor, "T");
    CHECK(editor.sequence() == "ANNTGT");
}

TEST_CASE("Typing at the end of the sequence appends, Backspace and Delete remove one base")
{
    SequenceEditor editor;
    show(editor);
    editor.setSequence("ACGT");
    press(editor, Qt::Key_End);
    QTest::keyClicks(&editor, "a");
    CHECK(editor.sequence() == "ACGTA");
    press(editor, Qt::Key_Backspace, 2);
    CHECK(editor.sequence() == "ACG");
    press(editor, Qt::Key_Home);
    press(editor, Qt::Key_Delete);
    CHECK(editor.sequence() == "CG");
    press(editor, Qt::Key_Backspace);  // nothing before the first base
    CHECK(editor.sequence() == "CG");
    CHECK(editor.undoStack()->count() == 4);
}

TEST_CASE("Keys that are not bases are refused and change nothing")
{
    SequenceEditor editor;
    show(editor);
    editor.setSequence("ACGT");
    QSignalSpy refused(&editor, &SequenceEditor::inputRefused);
    QSignalSpy edited(&editor, &SequenceEditor::sequenceEdited);
    QTest::keyClicks(&editor, "x1 R");
    CHECK(refused.size() == 4);
    CHECK(refused.first().at(0).toString().contains("'x'"));
    CHECK(editor.sequence() == "ACGT");
    CHECK(edited.isEmpty());
    CHECK(editor.undoStack()->count() == 0);
}

TEST_CASE("Paste of FASTA text keeps the bases only, upper-cased, IUPAC codes included")
{
    SequenceEditor editor;
    show(editor);
    editor.setSequence("AAAA");
    QSignalSpy edited(&editor, &SequenceEditor::sequenceEdited);
    press(editor, Qt::Key_Right, 2);
    QApplication::clipboard()->setText(">seq1 a promoter\r\nacgt ryN\r\n; comment\r\n     10 GG\n");
    press(editor, Qt::Key_V, 1, Qt::ControlModifier);
    CHECK(editor.sequence() == "AAACGTRYNGGAA");
    CHECK(editor.cursorPosition() == 11);
    REQUIRE(edited.size() == 1);
    CHECK(edited.last().at(0).toString() == "AAACGTRYNGGAA");
}

TEST_CASE("Paste with a character that is no nucleotide, or of several records, is refused whole")
{
    SequenceEditor editor;
    show(editor);
    editor.setSequence("AAAA");
    QSignalSpy refused(&editor, &SequenceEditor::inputRefused);
    QSignalSpy edited(&editor, &SequenceEditor::sequenceEdited);

    QApplication::clipboard()->setText("ACGTXACGT");
    press(editor, Qt::Key_V, 1, Qt::ControlModifier);
    REQUIRE(refused.size() == 1);
    CHECK(refused.last().at(0).toString().contains("'X'"));

    QApplication::clipboard()->setText(">one\nACGT\n>two\nGGCC\n");
    editor.paste();
    REQUIRE(refused.size() == 2);
    CHECK(refused.last().at(0).toString().contains('2'));

    QApplication::clipboard()->setText(">header only\n");
    editor.paste();
    CHECK(refused.size() == 3);

    CHECK(editor.sequence() == "AAAA");
    CHECK(edited.isEmpty());
}

TEST_CASE("Undo and redo restore the exact sequence and cursor, each reported as an edit")
{
    SequenceEditor editor;
    show(editor);
    editor.setSequence("AAAAAAAA");
    QSignalSpy edited(&editor, &SequenceEditor::sequenceEdited);

    QTest::keyClicks(&editor, "CC");  // one typed run, one undo step
    press(editor, Qt::Key_Delete);     // removes the third base
    QApplication::clipboard()->setText("GT");
    editor.paste();
    CHECK(editor.sequence() == "CCGTAAAAA");
    CHECK(editor.undoStack()->count() == 3);
    CHECK(edited.size() == 4);

    press(editor, Qt::Key_Z, 1, Qt::ControlModifier);
    CHECK(editor.sequence() == "CCAAAAA");
    CHECK(editor.cursorPosition() == 2);
    CHECK(edited.last().at(0).toString() == "CCAAAAA");
    press(editor, Qt::Key_Z, 1, Qt::ControlModifier);
    CHECK(editor.sequence() == "CCAAAAAA");
    press(editor, Qt::Key_Z, 1, Qt::ControlModifier);
    CHECK(editor.sequence() == "AAAAAAAA");
    CHECK(editor.cursorPosition() == 0);
    CHECK(edited.size() == 7);
    CHECK(edited.last().at(0).toString() == "AAAAAAAA");

    press(editor, Qt::Key_Z, 1, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(editor.sequence() == "CCAAAAAA");
    press(editor, Qt::Key_Y, 1, Qt::ControlModifier);
    CHECK(editor.sequence() == "CCAAAAA");
    press(editor, Qt::Key_Y, 1, Qt::ControlModifier);
    CHECK(editor.sequence() == "CCGTAAAAA");
    CHECK(edited.size() == 10);
    CHECK(edited.last().at(0).toString() == "CCGTAAAAA");
}

TEST_CASE("A new sequence is a new document: no undo history, no edit reported")
{
    SequenceEditor editor;
    show(editor);
    editor.setSequence("ACGT");
    QTest::keyClicks(&editor, "G");
    REQUIRE(editor.undoStack()->count() == 1);
    QSignalSpy edited(&editor, &SequenceEditor::sequenceEdited);
    editor.setSequence("TTTT");
    CHECK(editor.undoStack()->count() == 0);
    CHECK(edited.isEmpty());
    press(editor, Qt::Key_Z, 1, Qt::ControlModifier);
    CHECK(editor.sequence() == "TTTT");
}

TEST_CASE("Flanks are shown but the cursor cannot enter them and sequence() excludes them")
{
    SequenceEditor editor;
    show(editor);
    editor.setFlanks("TTTTTTTTTTTTTTTTTTTTT", "GGGG");
    editor.setSequence("ACGT");
    QSignalSpy edited(&editor, &SequenceEditor::sequenceEdited);

    press(editor, Qt::Key_Left, 3);
    CHECK(editor.cursorPosition() == 0);
    press(editor, Qt::Key_Backspace);
    press(editor, Qt::Key_End);
    press(editor, Qt::Key_Right, 3);
    CHECK(editor.cursorPosition() == 4);
    press(editor, Qt::Key_Delete);
    CHECK(edited.isEmpty());
    QTest::keyClicks(&editor, "c");
    CHECK(editor.sequence() == "ACGTC");
    CHECK(editor.leftFlank() == "TTTTTTTTTTTTTTTTTTTTT");
    CHECK(editor.rightFlank() == "GGGG");

    // A click on a flank puts the cursor at the nearer end of the sequence.
    QTest::mouseClick(editor.viewport(), Qt::LeftButton, {}, editor.baseRect(-3).center());
    CHECK(editor.cursorPosition() == 0);
    QTest::mouseClick(editor.viewport(), Qt::LeftButton, {}, editor.baseRect(7).center());
    CHECK(editor.cursorPosition() == 5);
    // Select All and a drag into a flank select bases of the sequence only.
    press(editor, Qt::Key_A, 1, Qt::ControlModifier);
    CHECK(editor.selectionStart() == 0);
    CHECK(editor.selectionLength() == 5);
    dragBetweenBases(editor, 2, -5);
    CHECK(editor.selectionStart() == 0);
    CHECK(editor.selectionLength() == 3);
}

TEST_CASE("Characters that are no nucleotides are reported until they are replaced")
{
    SequenceEditor editor;
    show(editor);
    editor.setSequence("ACXGT?Nr");
    CHECK(editor.invalidPositions() == QList<int>{2, 5});
    CHECK(toolTipOver(editor, editor.baseRect(2).center()).contains("not a nucleotide"));
    editor.selectRange(2, 1);
    QTest::keyClicks(&editor, "a");
    CHECK(editor.sequence() == "ACAGT?Nr");
    CHECK(editor.invalidPositions() == QList<int>{5});
}

TEST_CASE("Shift and arrows select, and typing replaces the selection")
{
    SequenceEditor editor;
    show(editor);
    editor.setSequence("AAAAAAAA");
    QSignalSpy selection(&editor, &SequenceEditor::selectionChanged);
    press(editor, Qt::Key_Right);
    press(editor, Qt::Key_Right, 3, Qt::ShiftModifier);
    CHECK(editor.selectionStart() == 1);
    CHECK(editor.selectionLength() == 3);
    REQUIRE_FALSE(selection.isEmpty());
    CHECK(selection.last().at(0).toInt() == 1);
    CHECK(selection.last().at(1).toInt() == 3);
    QTest::keyClicks(&editor, "g");
    CHECK(editor.sequence() == "AGAAAA");
    CHECK(editor.cursorPosition() == 2);
    CHECK(editor.selectionLength() == 0);
    press(editor, Qt::Key_Z, 1, Qt::ControlModifier);
    CHECK(editor.sequence() == "AAAAAAAA");
    CHECK(editor.selectionStart() == 1);
    CHECK(editor.selectionLength() == 3);
}

TEST_CASE("A click puts the cursor on the base clicked and a drag selects whole bases")
{
    SequenceEditor editor;
    show(editor);
    editor.setSequence("ACGTACGTACGTACGTACGTACGT");
    QTest::mouseClick(editor.viewport(), Qt::LeftButton, {}, editor.baseRect(13).center());
    CHECK(editor.cursorPosition() == 13);
    CHECK(toolTipOver(editor, editor.baseRect(13).center()) == "Position 14: C");
    dragBetweenBases(editor, 6, 2);
    CHECK(editor.selectionStart() == 2);
    CHECK(editor.selectionLength() == 5);
    QTest::keyClick(&editor, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == "GTACG");
}

TEST_CASE("selectRange clamps to the sequence and scrolls the range into view")
{
    SequenceEditor editor;
    show(editor, {400, 90});
    QString bases;
    for (int i = 0; i < 100; ++i)
        bases += "ACGT";
    editor.setSequence(bases);
    REQUIRE(editor.verticalScrollBar()->maximum() > 0);
    editor.selectRange(350, 6);
    CHECK(editor.selectionStart() == 350);
    CHECK(editor.selectionLength() == 6);
    CHECK(editor.viewport()->rect().contains(editor.baseRect(350)));
    editor.selectRange(395, 50);
    CHECK(editor.selectionStart() == 395);
    CHECK(editor.selectionLength() == 5);
    editor.selectRange(0, 1);
    CHECK(editor.verticalScrollBar()->value() == 0);
}

TEST_CASE("Highlights are drawn per strand and dropped by an edit")
{
    SequenceEditor editor;
    show(editor);
    editor.setSequence("CCGAATTCGGCTTTTATAGG");
    editor.setHighlights(promoterlab::findMotif(editor.sequence().toStdString(), "GAATTC"));
    REQUIRE(editor.highlights() == std::vector<MotifMatch>{{2, 6, false}});
    CHECK(toolTipOver(editor, editor.baseRect(4).center()).contains("Motif at 3–8 on the forward strand"));
    QTest::keyClicks(&editor, "A");
    CHECK(editor.highlights().empty());
}

TEST_CASE("A read-only editor refuses edits but lets the user select and copy")
{
    SequenceEditor editor;
    show(editor);
    editor.setSequence("ACGT");
    editor.setReadOnly(true);
    QSignalSpy refused(&editor, &SequenceEditor::inputRefused);
    QTest::keyClicks(&editor, "G");
    press(editor, Qt::Key_Delete);
    QApplication::clipboard()->setText("TT");
    editor.paste();
    CHECK(refused.size() == 3);
    CHECK(editor.sequence() == "ACGT");
    press(editor, Qt::Key_Right, 2, Qt::ShiftModifier);
    editor.copy();
    CHECK(QApplication::clipboard()->text() == "AC");
}

TEST_CASE("An empty sequence can be shown and typed into")
{
    SequenceEditor editor;
    show(editor);
    editor.setSequence("");
    CHECK(editor.invalidPositions().isEmpty());
    CHECK_FALSE(editor.grab().isNull());
    QTest::keyClicks(&editor, "ac");
    CHECK(editor.sequence() == "AC");
}

TEST_CASE("150 nt with LegNet's flanks and motifs on both strands read as expected")
{
    // One unreadable base at 21.
    QString bases = promoter150();
    bases[20] = 'X';
    REQUIRE(bases.size() == 150);
    const auto tata = promoterlab::findMotif(bases.toStdString(), "TATAWAWR");
    const auto ecoRI = promoterlab::findMotif(bases.toStdString(), "GAATTC");
    REQUIRE(tata == std::vector<MotifMatch>{{60, 8, false}, {130, 8, true}});
    REQUIRE(ecoRI == std::vector<MotifMatch>{{100, 6, false}});
    std::vector<MotifMatch> matches = tata;
    matches.insert(matches.end(), ecoRI.begin(), ecoRI.end());

    SequenceEditor editor;
    editor.setFlanks("AGTGCTAGCAGGAATGATGCAAAAGGTTCCCGATTCGAACTGCATTTTTTTCACATC", "GGTTACGGCTGTT");
    editor.setSequence(bases);
    editor.setHighlights(matches);
    show(editor, editor.sizeHint());
    editor.setFocus();
    editor.selectRange(40, 5);

    // Everything fits the suggested size: no scrolling needed to see the whole construct.
    CHECK(editor.verticalScrollBar()->maximum() == 0);
    CHECK(editor.viewport()->rect().contains(editor.baseRect(-57)));
    CHECK(editor.viewport()->rect().contains(editor.baseRect(150 + 12)));
    // Groups of ten start at positions 1, 11, 21, ... however long the left flank is.
    const int width = editor.baseRect(0).width();
    for (int position : {0, 10, 50, 1, 5, 9, -5}) {
        const QRect cell = editor.baseRect(position);
        const QRect previous = editor.baseRect(position - 1);
        if (cell.top() == previous.top())
            CHECK(cell.left() - previous.left() == (position % 10 == 0 ? 2 * width : width));
    }
    CHECK(editor.invalidPositions() == QList<int>{20});

    const QImage image = editor.grab().toImage();
    // Under the reverse-strand box lies its strand colour, different from the forward one.
    const auto colourUnder = [&](int position) {
        const QRect cell = editor.baseRect(position).translated(editor.viewport()->pos());
        QList<QRgb> seen;
        for (int y = cell.bottom() + 1; y < cell.bottom() + 8; ++y)
            seen.append(image.pixel(cell.center().x(), y));
        return seen;
    };
    CHECK(colourUnder(133).contains(qRgb(0, 131, 143)));
    CHECK(colourUnder(63).contains(qRgb(142, 68, 173)));
    CHECK_FALSE(colourUnder(10).contains(qRgb(142, 68, 173)));

    saveForPerson(editor, "sequence_editor.png");
}


TEST_CASE("substitute() replaces one base as one undoable step reported as an edit")
{
    SequenceEditor editor;
    show(editor);
    editor.setSequence("ACGTACGT");
    QSignalSpy edited(&editor, &SequenceEditor::sequenceEdited);

    editor.substitute(2, 't');
    CHECK(editor.sequence() == "ACTTACGT");
    REQUIRE(edited.size() == 1);
    CHECK(edited.last().at(0).toString() == "ACTTACGT");
    REQUIRE(editor.undoStack()->count() == 1);
    CHECK(editor.undoStack()->undoText() == "Substitute G3T");

    editor.undoStack()->undo();
    CHECK(editor.sequence() == "ACGTACGT");
    CHECK(edited.size() == 2);
    editor.undoStack()->redo();
    CHECK(editor.sequence() == "ACTTACGT");
    CHECK(edited.size() == 3);
    CHECK(edited.last().at(0).toString() == "ACTTACGT");

    // A second substitution is a step of its own, not merged with the first as typing would be.
    editor.substitute(3, 'N');
    CHECK(editor.sequence() == "ACTNACGT");
    CHECK(editor.undoStack()->count() == 2);
    editor.undoStack()->undo();
    CHECK(editor.sequence() == "ACTTACGT");
}

TEST_CASE("substitute() of the base already there does nothing; read-only or out of range is refused")
{
    SequenceEditor editor;
    show(editor);
    editor.setSequence("ACGT");
    QSignalSpy edited(&editor, &SequenceEditor::sequenceEdited);
    QSignalSpy refused(&editor, &SequenceEditor::inputRefused);

    editor.substitute(1, 'c');
    CHECK(edited.isEmpty());
    CHECK(refused.isEmpty());
    CHECK(editor.undoStack()->count() == 0);

    editor.substitute(-1, 'A');
    editor.substitute(4, 'A');
    REQUIRE(refused.size() == 2);
    CHECK(refused.last().at(0).toString().contains("Position 5"));
    editor.substitute(0, 'R');
    CHECK(refused.size() == 3);
    CHECK(refused.last().at(0).toString().contains("'R'"));

    editor.setReadOnly(true);
    editor.substitute(0, 'G');
    REQUIRE(refused.size() == 4);
    CHECK(refused.last().at(0).toString().contains("read-only"));
    CHECK(editor.sequence() == "ACGT");
    CHECK(edited.isEmpty());
    CHECK(editor.undoStack()->count() == 0);
}

TEST_CASE("On one line, base p is drawn at the viewport's x of p, after a zoom and a scroll too")
{
    SequenceEditor editor;
    PositionViewport view;
    showOnOneLine(editor, view, promoter150(), 12);

    // One fixed-height line without frame or vertical scroll bar, reporting its strip width.
    CHECK(editor.sizePolicy().verticalPolicy() == QSizePolicy::Fixed);
    // Room for the ruler and one line of bases, not for a second line.
    CHECK(editor.sizeHint().height() < 2 * editor.baseRect(0).height() + editor.fontMetrics().height());
    saveForPerson(editor, "sequence_editor_single_line.png");
    CHECK(editor.frameWidth() == 0);
    CHECK_FALSE(editor.verticalScrollBar()->isVisible());
    CHECK(view.stripWidth() == kStripWidth);
    CHECK(editor.baseRect(-17).top() == editor.baseRect(162).top());

    for (int position : {-17, -1, 0, 1, 9, 10, 32})
        checkCellAtViewport(editor, view, position);
    view.zoom(1.7, 300);
    view.scrollTo(40.3);
    for (int position : {41, 42, 60, 75})
        checkCellAtViewport(editor, view, position);

    // Zoomed out to fit, bases are bars of their colours where the viewport puts them.
    view.fit();
    REQUIRE(view.pixelsPerBase() < 6);
    const QImage image = editor.grab().toImage();
    // Position 0 has the cursor's box.
    for (int position : {1, 60, 61, 149}) {
        const QRect cell = editor.baseRect(position);
        INFO("position " << position);
        CHECK(QColor(image.pixel(cell.center()))
              == baseColour(editor.sequence()[position], Qt::black));
    }
}

TEST_CASE("On one line, a click puts the cursor on the base at the viewport's x and a drag selects")
{
    SequenceEditor editor;
    PositionViewport view;
    showOnOneLine(editor, view, promoter150(), 12);
    const int y = editor.baseRect(0).center().y();
    const auto xOf = [&](int position) { return static_cast<int>(std::floor(view.xOf(position))) + 1; };

    QTest::mouseClick(editor.viewport(), Qt::LeftButton, {}, {xOf(13), y});
    CHECK(editor.cursorPosition() == 13);
    view.scrollTo(57.5);
    QTest::mouseClick(editor.viewport(), Qt::LeftButton, {}, {xOf(80), y});
    CHECK(editor.cursorPosition() == 80);
    CHECK(toolTipOver(editor, {xOf(80), y}) == QString("Position 81: %1").arg(editor.sequence()[80]));
    // The left margin holds no bases, even where a base scrolled out would be: the tooltip goes
    // (after Qt's hiding delay).
    toolTipOver(editor, {kLeftMargin - 5, y});
    CHECK(QTest::qWaitFor([] { return QToolTip::text().isEmpty(); }));

    dragBetweenBases(editor, 70, 66);
    CHECK(editor.selectionStart() == 66);
    CHECK(editor.selectionLength() == 5);
}

TEST_CASE("On one line, moving the cursor by keyboard scrolls the viewport to keep it visible")
{
    SequenceEditor editor;
    PositionViewport view;
    showOnOneLine(editor, view, promoter150(), 12);
    const auto visible = [&](int position) {
        return view.xOf(position) >= kLeftMargin && view.xOf(position + 1) <= kLeftMargin + kStripWidth;
    };
    REQUIRE_FALSE(visible(150));

    press(editor, Qt::Key_End);
    CHECK(editor.cursorPosition() == 150);
    CHECK(visible(150));
    press(editor, Qt::Key_Home);
    CHECK(visible(0));
    press(editor, Qt::Key_Right, 60);
    CHECK(visible(60));
    // Up and Down have no other line to go to.
    press(editor, Qt::Key_Down);
    CHECK(editor.cursorPosition() == 60);
}

TEST_CASE("On one line, the wheel zooms the viewport around the mouse and Shift+wheel scrolls it")
{
    SequenceEditor editor;
    PositionViewport view;
    showOnOneLine(editor, view, promoter150(), 12);
    const QPoint mouse(300, editor.baseRect(0).center().y());
    const double under = view.positionAt(mouse.x());

    turnWheel(editor, mouse, {0, 120});
    CHECK(view.pixelsPerBase() == Approx(12 * std::pow(2.0, 0.25)));
    CHECK(view.positionAt(mouse.x()) == Approx(under));
    turnWheel(editor, mouse, {0, -240});
    CHECK(view.pixelsPerBase() == Approx(12 * std::pow(2.0, -0.25)));

    const double scale = view.pixelsPerBase();
    const double first = view.firstVisible();
    turnWheel(editor, mouse, {0, -120}, Qt::ShiftModifier);
    CHECK(view.pixelsPerBase() == scale);
    CHECK(view.firstVisible() == Approx(first + 0.1 * view.visibleBases()));
    turnWheel(editor, mouse, {120, 0});
    CHECK(view.firstVisible() == Approx(first));
}

TEST_CASE("The editor gives an empty viewport range its flanks and sequence, but leaves an owner's range alone")
{
    SequenceEditor editor;
    PositionViewport view;
    editor.setFlanks(kLeftFlank, kRightFlank);
    editor.setSequence("ACGTACGTAC");
    editor.setViewport(&view);
    CHECK(view.rangeStart() == -17);
    CHECK(view.rangeEnd() == 10 + 13);
    // Still the editor's range: it follows the sequence's length.
    editor.setFocus();
    editor.undoStack()->clear();
    press(editor, Qt::Key_Insert);
    QTest::keyClicks(&editor, "GG");
    CHECK(view.rangeEnd() == 12 + 13);

    view.setRange(0, 12);
    QTest::keyClicks(&editor, "T");
    CHECK(view.rangeStart() == 0);
    CHECK(view.rangeEnd() == 12);
}

TEST_CASE("Without a viewport, or when it is gone, the editor wraps the bases again")
{
    SequenceEditor editor;
    auto view = std::make_unique<PositionViewport>();
    editor.setSequence(promoter150());
    editor.setViewport(view.get());
    show(editor, {400, 200});
    REQUIRE(editor.baseRect(0).top() == editor.baseRect(149).top());

    editor.setViewport(nullptr);
    CHECK(editor.positionViewport() == nullptr);
    CHECK(editor.baseRect(149).top() > editor.baseRect(0).top());
    CHECK(editor.frameWidth() > 0);
    CHECK(editor.sizePolicy().verticalPolicy() == QSizePolicy::Preferred);

    editor.setViewport(view.get());
    REQUIRE(editor.baseRect(0).top() == editor.baseRect(149).top());
    view.reset();
    CHECK(editor.baseRect(149).top() > editor.baseRect(0).top());
    CHECK(editor.sizePolicy().verticalPolicy() == QSizePolicy::Preferred);
}

TEST_CASE("150 nt with flanks on one line lines up, position for position, with a logo track under it")
{
    QWidget column;
    auto* layout = new QVBoxLayout(&column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* editor = new SequenceEditor;
    auto* logo = new SequenceLogoTrack;
    layout->addWidget(editor);
    layout->addWidget(logo);
    layout->addStretch();
    PositionViewport view;
    view.setMargins(kLeftMargin, kRightMargin);
    editor->setFlanks(kLeftFlank, kRightFlank);
    editor->setSequence(promoter150());
    editor->setHighlights(promoterlab::findMotif(editor->sequence().toStdString(), "TATAWAWR"));
    editor->setViewport(&view);
    logo->setViewport(&view);
    view.setRange(-17, 150 + 13);
    logo->setMap(handBuiltMap(kLeftFlank + editor->sequence(), -17));
    column.resize(kLeftMargin + kStripWidth + kRightMargin, 160);
    column.show();
    REQUIRE(QTest::qWaitForWindowExposed(&column));
    editor->setFocus();
    editor->selectRange(100, 6);
    view.setPixelsPerBase(12);
    view.scrollTo(30);

    REQUIRE(editor->width() == logo->width());
    REQUIRE(editor->x() == logo->x());
    CHECK(view.stripWidth() == kStripWidth);
    const auto checkAligned = [&] {
        for (int position : {-17, -3, 0, 45, 60, 61, 100, 149}) {
            const QRectF letter = logo->letterRect(position + 17);
            if (letter.right() < kLeftMargin || letter.left() > kLeftMargin + kStripWidth)
                continue;
            INFO("position " << position << " at " << view.pixelsPerBase() << " px per base");
            CHECK(editor->baseRect(position).left() == static_cast<int>(std::floor(letter.left())));
            CHECK(editor->baseRect(position).right() + 1 == static_cast<int>(std::floor(letter.right())));
        }
    };
    checkAligned();
    saveForPerson(column, "sequence_editor_with_logo_12px.png");
    view.fit();
    checkAligned();
    saveForPerson(column, "sequence_editor_with_logo_fit.png");
}
