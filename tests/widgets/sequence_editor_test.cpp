// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the sequence editor driven like a user: keys, clicks, drags, paste, undo, flanks, motifs.
#include "promoterlab/motif_search.h"
#include "sequence_editor.h"

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

// Failures then print the sequences instead of {?}.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
}  // namespace Catch

using promoterlab::MotifMatch;
using promoterlab::widgets::SequenceEditor;

namespace {

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
    // A promoter-like 150-mer: a forward TATA box at 61, an EcoRI site at 101 and a TATA box on
    // the reverse strand at 131; one unreadable base at 21.
    const QString filler = "GCATTCCGAGCAGTTCAAGCCTGGACGTACCATGAGCACC";
    QString bases = (filler + filler).left(60) + "TATAAAAG" + (filler + filler).left(32) + "GAATTC"
                    + filler.left(24) + "CTTTTATA" + filler.left(12);
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

    // For a person to look at: PROMOTERLAB_SCREENSHOT_DIR=folder keeps what the test drew.
    if (const QString folder = qEnvironmentVariable("PROMOTERLAB_SCREENSHOT_DIR"); !folder.isEmpty())
        CHECK(image.save(folder + "/sequence_editor.png"));
}
