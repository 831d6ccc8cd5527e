// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the motif track: arrows where the viewport puts their bases, lanes for overlapping
// hits, the tooltip, clicks, the view's wheel, drag and double-click, and image export.
#include "motif_track.h"

#include "position_viewport.h"
#include "temporary_directory.h"
#include "track_fixtures.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QLocale>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <string>
#include <vector>

using promoterlab::MotifHit;
using promoterlab::widgets::MotifTrack;
using promoterlab::widgets::PositionViewport;
using namespace promoterlab::test;

namespace {


QImage rendered(MotifTrack& track)
{
    QImage image(track.size(), QImage::Format_RGB32);
    track.render(&image);
    return image;
}

QPoint centreOf(const QRectF& rect)
{
    return rect.center().toPoint();
}

}  // namespace

TEST_CASE("A hit's arrow spans from the x of its first base to the x after its last, also zoomed and scrolled")
{
    PositionViewport viewport;
    MotifTrack track;
    follow(track, viewport, -10, 150, 4, 400, track.sizeHint().height());
    // The scanned sequence starts at viewport position 5 (as if 5 bases of it were hidden).
    const int offset = 5;
    track.setHits({hitOf("MA1", "ONE", 0, 8), hitOf("MA2", "TWO", 30, 12, true), hitOf("MA3", "THREE", 100, 6)},
                  offset);

    const auto checkAligned = [&] {
        for (int index = 0; index < 3; ++index) {
            CAPTURE(index);
            const MotifHit& hit = track.hits()[static_cast<std::size_t>(index)];
            const QRectF box = track.hitRect(index);
            CHECK(box.left() == Approx(viewport.xOf(offset + static_cast<double>(hit.start))));
            CHECK(box.right() == Approx(viewport.xOf(offset + static_cast<double>(hit.start + hit.length))));
            CHECK(box.top() >= 0);
            CHECK(box.bottom() <= track.height());
        }
    };
    checkAligned();
    viewport.zoom(3.0, viewport.xOf(40));
    viewport.scrollTo(20);
    checkAligned();
    CHECK(track.hitRect(0).right() < kLeftMargin);  // scrolled out of the strip to the left
    CHECK(track.hitAt(centreOf(track.hitRect(1))) == 1);
    // A hit scrolled into the margin cannot be hovered or clicked there.
    CHECK(track.hitAt({kLeftMargin / 2, static_cast<int>(track.hitRect(0).center().y())}) == -1);
}

TEST_CASE("Overlapping hits are stacked in different lanes and the track grows with them, up to a limit")
{
    PositionViewport viewport;
    MotifTrack track;
    follow(track, viewport, 0, 60, 8, 480, track.sizeHint().height());
    const int oneLane = track.sizeHint().height();
    // By start: A [0,10) lane 0; D [3,6) overlaps A: lane 1; B [5,12) overlaps A and D: lane 2;
    // C [10,15) starts where A ends: lane 0 again.
    track.setHits({hitOf("A", "A", 0, 10), hitOf("B", "B", 5, 7), hitOf("C", "C", 10, 5), hitOf("D", "D", 3, 3)});
    CHECK(track.laneCount() == 3);
    CHECK(track.laneOf(0) == 0);
    CHECK(track.laneOf(3) == 1);
    CHECK(track.laneOf(1) == 2);
    CHECK(track.laneOf(2) == 0);
    // What is drawn depends on the height, which a layout would give it from sizeHint().
    track.resize(track.width(), track.sizeHint().height());
    CHECK(track.hiddenHitCount() == 0);
    for (int a = 0; a < 4; ++a)
        for (int b = a + 1; b < 4; ++b) {
            CAPTURE(a, b);
            CHECK_FALSE(track.hitRect(a).intersects(track.hitRect(b)));
        }
    CHECK(track.hitRect(3).top() > track.hitRect(0).bottom());
    CHECK(track.sizeHint().height() > 2 * oneLane);

    // Ten hits on the same bases need ten lanes; the last four are left out and counted.
    std::vector<MotifHit> pile;
    for (int i = 0; i < 10; ++i)
        pile.push_back(hitOf("MA" + std::to_string(i), "M" + std::to_string(i), 20, 9));
    track.setHits(pile);
    CHECK(track.laneCount() == 10);
    track.resize(track.width(), track.sizeHint().height());
    CHECK(track.hiddenHitCount() == 10 - MotifTrack::kMaxLanes);
    for (int index = 0; index < 10; ++index) {
        CAPTURE(index);
        CHECK(track.hitRect(index).isEmpty() == (track.laneOf(index) >= MotifTrack::kMaxLanes));
        if (!track.hitRect(index).isEmpty())
            CHECK(track.hitRect(index).bottom() <= track.height());
    }
    // The note beside the last lane drawn lists the hits left out (lanes 6 to 9: the same start
    // and length keep the file order).
    const QPoint onNote(track.width() - kRightMargin + 20,
                        static_cast<int>(track.hitRect(MotifTrack::kMaxLanes - 1).center().y()));
    const QString note = track.toolTipAt(onNote);
    CHECK(note.contains(QString::fromUtf8("M6 (MA6) + 21–29")));
    CHECK(note.contains(QString::fromUtf8("M9 (MA9) + 21–29")));
    CHECK_FALSE(note.contains("M5 (MA5)"));
    // A track squeezed to two lanes draws those and counts the other eight in the note.
    track.resize(track.width(), 2 * oneLane - 1);
    REQUIRE(track.height() < track.sizeHint().height());
    int visible = 0;
    for (int index = 0; index < 10; ++index)
        visible += track.hitRect(index).isEmpty() ? 0 : 1;
    CHECK(visible == 2);
    CHECK(track.hiddenHitCount() == 8);
    pile.resize(MotifTrack::kMaxLanes);
    const int withLimit = track.sizeHint().height();
    track.setHits(pile);
    CHECK(track.sizeHint().height() == withLimit);

    track.clear();
    CHECK(track.laneCount() == 0);
    CHECK(track.sizeHint().height() == oneLane);
}

TEST_CASE("The tooltip names the motif, its strand, 1-based positions, score in bits and p-value")
{
    QLocale::setDefault(QLocale::c());
    PositionViewport viewport;
    MotifTrack track;
    follow(track, viewport, 0, 60, 10, 600, track.sizeHint().height());
    track.setHits({hitOf("MA0363.3", "REB1", 12, 9, true, 14.254, 3.14e-6), hitOf("MA0001.1", "ABF1", 30, 5)});

    const QString expected = QString::fromUtf8("REB1 (MA0363.3)\nStrand −\nPositions 13–21\nScore 14.25 bits\n"
                                               "p-value 3.1e-06");
    const QPoint onReb1 = centreOf(track.hitRect(0));
    CHECK(track.toolTipAt(onReb1) == expected);
    CHECK(track.toolTipAt(centreOf(track.hitRect(1))).startsWith("ABF1 (MA0001.1)\nStrand +\nPositions 31–35\n"));
    // Between the hits there is nothing to say.
    CHECK(track.toolTipAt({static_cast<int>(viewport.xOf(25)), onReb1.y()}).isEmpty());

    QHelpEvent help(QEvent::ToolTip, onReb1, track.mapToGlobal(onReb1));
    QApplication::sendEvent(&track, &help);
    CHECK(QToolTip::text() == expected);
    QLocale::setDefault(QLocale::system());
}

TEST_CASE("Arrows are drawn in their motif's colour and point along their strand")
{
    PositionViewport viewport;
    MotifTrack track;
    follow(track, viewport, 0, 40, 12, 480, track.sizeHint().height());
    track.setHits({hitOf("MA0363.3", "REB1", 2, 10), hitOf("MA0265.3", "ABF1", 20, 10, true)});
    CHECK(MotifTrack::motifColour("MA0363.3") == MotifTrack::motifColour(std::string("MA0363.3")));
    CHECK(MotifTrack::motifColour("MA0363.3") != MotifTrack::motifColour("MA0265.3"));

    const QImage image = rendered(track);
    for (int index = 0; index < 2; ++index) {
        CAPTURE(index);
        const QRectF box = track.hitRect(index);
        const QColor colour = MotifTrack::motifColour(track.hits()[static_cast<std::size_t>(index)].motifId);
        const bool reverse = track.hits()[static_cast<std::size_t>(index)].reverseStrand;
        // Just inside the top corners: the blunt end is filled, the pointed end is not.
        const int top = static_cast<int>(box.top()) + 2;
        const QPoint leftCorner(static_cast<int>(box.left()) + 2, top);
        const QPoint rightCorner(static_cast<int>(box.right()) - 2, top);
        CHECK((image.pixel(leftCorner) == colour.rgb()) == !reverse);
        CHECK((image.pixel(rightCorner) == colour.rgb()) == reverse);
    }
}

TEST_CASE("A click on a hit activates it after the double-click interval; a drag pans instead, the wheel zooms and "
          "a double-click fits without activating")
{
    PositionViewport viewport;
    MotifTrack track;
    follow(track, viewport, 0, 150, 4, 290, track.sizeHint().height());
    track.setHits({hitOf("A", "A", 10, 8), hitOf("B", "B", 12, 8), hitOf("C", "C", 40, 6)});
    track.resize(track.width(), track.sizeHint().height());  // room for B's second lane
    QSignalSpy activated(&track, &MotifTrack::hitActivated);
    const int noSecondClick = 3 * QApplication::doubleClickInterval();

    // The click waits for the double-click interval: it might yet be the first of a double-click.
    QTest::mouseClick(&track, Qt::LeftButton, {}, centreOf(track.hitRect(1)));
    CHECK(activated.count() == 0);
    REQUIRE(activated.wait());
    CHECK(activated.at(0).at(0).toInt() == 1);
    QTest::mouseClick(&track, Qt::LeftButton, {}, centreOf(track.hitRect(2)));
    REQUIRE(activated.wait());
    REQUIRE(activated.count() == 2);
    CHECK(activated.at(1).at(0).toInt() == 2);
    // Between the hits a click activates nothing.
    QTest::mouseClick(&track, Qt::LeftButton, {}, {static_cast<int>(viewport.xOf(100)), 5});
    CHECK_FALSE(activated.wait(noSecondClick));

    // Dragging 40 px to the left from a hit at 4 px per base shows 10 positions further right
    // and activates nothing.
    const QPoint from = centreOf(track.hitRect(2));
    const QPoint to = from - QPoint(40, 0);
    QTest::mousePress(&track, Qt::LeftButton, {}, from);
    // QTest::mouseMove does not carry the held button, which a drag needs.
    QMouseEvent move(QEvent::MouseMove, to, track.mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&track, &move);
    QTest::mouseRelease(&track, Qt::LeftButton, {}, to);
    CHECK(viewport.firstVisible() == Approx(10));
    CHECK_FALSE(activated.wait(noSecondClick));

    const QPointF mouse(viewport.xOf(60.5), 5);
    QWheelEvent wheel(mouse, track.mapToGlobal(mouse), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&track, &wheel);
    CHECK(viewport.pixelsPerBase() > 4);
    CHECK(viewport.positionAt(mouse.x()) == Approx(60.5));

    // A double-click on a hit fits the view; neither of its clicks activates the hit.
    const QPoint onHit = centreOf(track.hitRect(2));
    QTest::mouseClick(&track, Qt::LeftButton, {}, onHit);
    QTest::mouseDClick(&track, Qt::LeftButton, {}, onHit);
    CHECK(viewport.firstVisible() == Approx(0));
    CHECK(viewport.pixelsPerBase() == Approx(std::max(PositionViewport::kMinPixelsPerBase, 290.0 / 150)));
    CHECK_FALSE(activated.wait(noSecondClick));
    CHECK(activated.count() == 2);
}

TEST_CASE("The track follows its width into the viewport and saves itself as SVG or PDF")
{
    PositionViewport viewport;
    viewport.setMargins(kLeftMargin, kRightMargin);
    MotifTrack track;
    track.setViewport(&viewport);
    track.resize(500, track.sizeHint().height());
    track.show();
    REQUIRE(QTest::qWaitForWindowExposed(&track));
    CHECK(viewport.stripWidth() == 500 - kLeftMargin - kRightMargin);
    viewport.setRange(0, 50);
    viewport.fit();
    track.setHits({hitOf("MA0363.3", "REB1", 5, 9), hitOf("MA0265.3", "ABF1", 8, 12, true)});
    track.resize(500, track.sizeHint().height());

    // The export itself is plot_export's (tested there); here: it is the track that is drawn.
    promoterlab::test::TemporaryDirectory directory;
    const QString svg = QString::fromStdString(directory.file("motifs.svg"));
    CHECK(track.saveImage(svg).isEmpty());
    const std::string svgText = promoterlab::test::readFileBytes(svg.toStdString());
    CHECK(svgText.find("<title>Motif hits</title>") != std::string::npos);
    CHECK(svgText.find("REB1") != std::string::npos);
    CHECK(svgText.find("ABF1") != std::string::npos);

    const QString pdf = QString::fromStdString(directory.file("motifs.pdf"));
    CHECK(track.saveImage(pdf).isEmpty());
    CHECK(promoterlab::test::readFileBytes(pdf.toStdString()).rfind("%PDF", 0) == 0);

    const QString unknown = QString::fromStdString(directory.file("motifs.bmp"));
    CHECK(track.saveImage(unknown).contains(".png, .svg or .pdf"));
}
