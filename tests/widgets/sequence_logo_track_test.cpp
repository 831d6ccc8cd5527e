// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the sequence logo track: letter heights from the map, letters above or below the zero
// line where the viewport puts their positions, the tooltip, and zooming and panning the view.
#include "sequence_logo_track.h"

#include "base_colours.h"
#include "position_viewport.h"
#include "temporary_directory.h"
#include "track_fixtures.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QLocale>
#include <QMouseEvent>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <string>
#include <vector>

using promoterlab::MutagenesisMap;
using promoterlab::widgets::baseColour;
using promoterlab::widgets::PositionViewport;
using promoterlab::widgets::SequenceLogoTrack;
using namespace promoterlab::test;

namespace {

constexpr int kTrackHeight = 70;

// A map whose every substitution in column c changes expression by −importance[c], so that
// minus the mean delta is importance[c] by construction.
MutagenesisMap mapWithImportance(const std::string& bases, const std::vector<double>& importance, int sequenceOffset)
{
    std::vector<std::vector<double>> columns;
    for (std::size_t column = 0; column < bases.size(); ++column) {
        std::vector<double> deltas(4, -importance[column]);
        deltas[static_cast<std::size_t>(promoterlab::mapRow(bases[column]))] = 0;
        columns.push_back(deltas);
    }
    return mapOf(bases, columns, sequenceOffset);
}

QImage rendered(SequenceLogoTrack& track)
{
    QImage image(track.size(), QImage::Format_RGB32);
    track.render(&image);
    return image;
}

struct Halves {
    int above = 0;
    int below = 0;
};

// The pixels of exactly `colour` in columns [left, right) of the image, above and below the line y.
Halves pixelsOfColour(const QImage& image, int left, int right, int lineY, const QColor& colour)
{
    Halves halves;
    for (int x = left; x < right; ++x)
        for (int y = 0; y < image.height(); ++y) {
            if (image.pixel(x, y) != colour.rgb())
                continue;
            if (y < lineY)
                ++halves.above;
            else if (y > lineY)
                ++halves.below;
        }
    return halves;
}

QColor colourOf(char base)
{
    return baseColour(QLatin1Char(base), Qt::black);
}

QPoint pointAt(const PositionViewport& viewport, double position)
{
    return {static_cast<int>(std::lround(viewport.xOf(position))), kTrackHeight / 2};
}

}  // namespace

TEST_CASE("Letter heights are minus the mean delta of each column's substitutions")
{
    // Reference cells (A in column 0, C in 1, G in 2, T in 3) are 0 and take no part in the mean.
    const MutagenesisMap map = mapOf("ACGT",
                                     {{0, -0.3, -0.6, -0.9}, {0.2, 0, 0.4, -0.3}, {1.5, 0, 0, 0}, {-3, -3, -3, 0}}, 0);
    SequenceLogoTrack track;
    track.setMap(map);
    // By hand: −(−1.8/3), −(0.3/3), −(1.5/3), −(−9/3).
    const std::vector<double> expected = {0.6, -0.1, -0.5, 3.0};
    REQUIRE(track.heights().size() == expected.size());
    for (std::size_t column = 0; column < expected.size(); ++column)
        CHECK(track.heights()[column] == Approx(expected[column]));
}

TEST_CASE("A positive column's letter stands above the zero line and a negative one hangs below it")
{
    PositionViewport viewport;
    SequenceLogoTrack track;
    follow(track, viewport, 0, 4, 40, 200, kTrackHeight);
    track.setMap(mapWithImportance("AGTC", {2.0, -1.5, 1.0, -2.0}, 0));
    const QImage image = rendered(track);
    const int line = static_cast<int>(track.baselineY());

    const struct {
        char base;
        bool positive;
    } columns[] = {{'A', true}, {'G', false}, {'T', true}, {'C', false}};
    for (int column = 0; column < 4; ++column) {
        CAPTURE(column);
        const auto left = static_cast<int>(viewport.xOf(column));
        const auto right = static_cast<int>(viewport.xOf(column + 1));
        const Halves halves = pixelsOfColour(image, left, right, line, colourOf(columns[column].base));
        if (columns[column].positive) {
            CHECK(halves.above > 100);
            CHECK(halves.below == 0);
        } else {
            CHECK(halves.above == 0);
            CHECK(halves.below > 100);
        }
    }

    // The scale is symmetric: the tallest letter (2.0 up) and the deepest (2.0 down) both reach
    // near the track's edges, and the letter of 1.0 is half as tall.
    const QRectF tallest = track.letterRect(0);
    const QRectF deepest = track.letterRect(3);
    CHECK(tallest.bottom() == Approx(track.baselineY()));
    CHECK(deepest.top() == Approx(track.baselineY()));
    CHECK(tallest.height() == Approx(deepest.height()));
    CHECK(tallest.top() < kTrackHeight * 0.1);
    CHECK(deepest.bottom() > kTrackHeight * 0.9);
    CHECK(track.letterRect(2).height() == Approx(tallest.height() / 2));
    CHECK(track.letterRect(1).height() == Approx(tallest.height() * 0.75));
}

TEST_CASE("Column c is drawn at the viewport's x of position offset + c, as letters and as bars")
{
    // Three columns in the 5' flank (positions −3…−1), then the sequence from position 0.
    const int offset = -3;
    const std::string bases = "ACGTACGTAC";
    PositionViewport viewport;
    SequenceLogoTrack track;
    track.setMap(mapWithImportance(bases, std::vector<double>(bases.size(), 1.0), offset));

    SECTION("letters")
    {
        follow(track, viewport, offset - 5, offset + 20, 16, 200, kTrackHeight);
        viewport.scrollTo(offset - 2);
        for (int column = 0; column < static_cast<int>(bases.size()); ++column) {
            CAPTURE(column);
            const QRectF box = track.letterRect(column);
            CHECK(box.left() == Approx(viewport.xOf(column + offset)));
            CHECK(box.right() == Approx(viewport.xOf(column + offset + 1)));
        }
    }
    SECTION("bars below the letter threshold, whose pixels fill the column's x range exactly")
    {
        const double pixelsPerBase = 3;
        REQUIRE(pixelsPerBase < SequenceLogoTrack::kMinLetterPixels);
        follow(track, viewport, offset - 5, offset + 60, pixelsPerBase, 200, kTrackHeight);
        const QImage image = rendered(track);
        const int y = static_cast<int>(track.baselineY()) - 5;
        for (int column = 0; column < static_cast<int>(bases.size()); ++column) {
            CAPTURE(column);
            const auto left = static_cast<int>(viewport.xOf(column + offset));
            CHECK(left == kLeftMargin + 3 * (column + 5));
            for (int x = left; x < left + 3; ++x)
                CHECK(image.pixel(x, y) == colourOf(bases[static_cast<std::size_t>(column)]).rgb());
        }
        // Nothing before the first column (position −4 is in view but not in the map).
        CHECK(image.pixel(kLeftMargin + 3 * 4 + 1, y) != colourOf('C').rgb());
        CHECK(image.pixel(kLeftMargin + 3 * 4 + 1, y) != colourOf('A').rgb());
    }
}

TEST_CASE("The tooltip names the position, or the flank position, the base and the importance")
{
    QLocale::setDefault(QLocale::c());
    PositionViewport viewport;
    SequenceLogoTrack track;
    follow(track, viewport, -5, 10, 16, 300, kTrackHeight);
    // Column 0 is position −2 (2 nt before position 1); column 3 is position 1 (index 1).
    track.setMap(mapOf("TAGC", {{-0.25, -0.5, -0.75, 0}, {0, 1, 1, 1}, {2, 1, 0, 0}, {0.1, 0, 0.3, -0.1}}, -2));

    CHECK(track.toolTipAt(pointAt(viewport, -2 + 0.5)) == QString::fromUtf8("5′ flank −2: T\nImportance 0.500"));
    CHECK(track.toolTipAt(pointAt(viewport, -1 + 0.5)) == QString::fromUtf8("5′ flank −1: A\nImportance -1.000"));
    CHECK(track.toolTipAt(pointAt(viewport, 0.5)) == "Position 1: G\nImportance -1.000");
    CHECK(track.toolTipAt(pointAt(viewport, 1.5)) == "Position 2: C\nImportance -0.100");
    // Off the map's columns, and in the margin, there is nothing to say.
    CHECK(track.toolTipAt(pointAt(viewport, -3.5)).isEmpty());
    CHECK(track.toolTipAt(pointAt(viewport, 2.5)).isEmpty());
    CHECK(track.toolTipAt({kLeftMargin / 2, kTrackHeight / 2}).isEmpty());

    // The tooltip event shows the same text.
    const QPoint point = pointAt(viewport, 0.5);
    QHelpEvent help(QEvent::ToolTip, point, track.mapToGlobal(point));
    QApplication::sendEvent(&track, &help);
    CHECK(QToolTip::text() == "Position 1: G\nImportance -1.000");
    QLocale::setDefault(QLocale::system());
}

TEST_CASE("The wheel zooms around the mouse, a drag pans and a double-click fits the whole range")
{
    PositionViewport viewport;
    SequenceLogoTrack track;
    follow(track, viewport, 0, 150, 4, 290, kTrackHeight);
    viewport.scrollTo(30);
    track.setMap(mapWithImportance(std::string(150, 'A'), std::vector<double>(150, 1.0), 0));

    const QPointF mouse(viewport.xOf(60.5), kTrackHeight / 2.0);
    const auto turnWheel = [&](int units) {
        QWheelEvent wheel(mouse, track.mapToGlobal(mouse), QPoint(), QPoint(0, units), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(&track, &wheel);
    };
    turnWheel(120);
    CHECK(viewport.pixelsPerBase() > 4);
    CHECK(viewport.positionAt(mouse.x()) == Approx(60.5));
    const double zoomedIn = viewport.pixelsPerBase();
    turnWheel(-240);
    CHECK(viewport.pixelsPerBase() < 4);
    CHECK(viewport.pixelsPerBase() < zoomedIn);
    CHECK(viewport.positionAt(mouse.x()) == Approx(60.5));

    // Dragging 40 px to the left at 4 px per base shows 10 positions further right.
    viewport.setPixelsPerBase(4);
    viewport.scrollTo(30);
    const QPoint from(200, kTrackHeight / 2);
    const QPoint to(160, kTrackHeight / 2);
    QTest::mousePress(&track, Qt::LeftButton, {}, from);
    // QTest::mouseMove does not carry the held button, which a drag needs.
    QMouseEvent move(QEvent::MouseMove, to, track.mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&track, &move);
    QTest::mouseRelease(&track, Qt::LeftButton, {}, to);
    CHECK(viewport.firstVisible() == Approx(40));

    QTest::mouseDClick(&track, Qt::LeftButton, {}, to);
    CHECK(viewport.firstVisible() == Approx(0));
    CHECK(viewport.pixelsPerBase() == Approx(std::max(PositionViewport::kMinPixelsPerBase, 290.0 / 150)));
}

TEST_CASE("An estimated map is labelled as an estimate and clearing removes every letter")
{
    PositionViewport viewport;
    SequenceLogoTrack track;
    follow(track, viewport, 0, 4, 40, 200, kTrackHeight);
    MutagenesisMap map = mapWithImportance("ACGT", {1, 1, 1, 1}, 0);
    track.setMap(map);
    CHECK(track.axisLabel() == QString::fromUtf8("Importance (−mean Δ)"));
    map.estimated = true;
    track.setMap(map);
    CHECK(track.axisLabel() == "Importance (estimate)");

    track.clear();
    CHECK(track.heights().empty());
    CHECK(track.axisLabel() == QString::fromUtf8("Importance (−mean Δ)"));
    const QImage image = rendered(track);
    for (char base : std::string("ACGT")) {
        const Halves halves = pixelsOfColour(image, kLeftMargin, kLeftMargin + 200, kTrackHeight / 2, colourOf(base));
        CHECK(halves.above + halves.below == 0);
    }
}

TEST_CASE("The track sets the viewport's strip to its own width between the margins and saves itself as PNG or PDF")
{
    PositionViewport viewport;
    viewport.setMargins(kLeftMargin, kRightMargin);
    SequenceLogoTrack track;
    track.setViewport(&viewport);
    track.resize(500, kTrackHeight);
    track.show();
    REQUIRE(QTest::qWaitForWindowExposed(&track));
    CHECK(viewport.stripWidth() == 500 - kLeftMargin - kRightMargin);
    track.resize(420, kTrackHeight);
    QTRY_COMPARE(viewport.stripWidth(), 420 - kLeftMargin - kRightMargin);

    track.setMap(mapWithImportance("ACGT", {1, -1, 0.5, 2}, 0));
    promoterlab::test::TemporaryDirectory directory;
    const QString path = QString::fromStdString(directory.file("logo.png"));
    CHECK(track.saveImage(path).isEmpty());
    const QImage saved(path);
    REQUIRE_FALSE(saved.isNull());
    CHECK(saved.size() == track.size() * 2);
    const QString pdf = QString::fromStdString(directory.file("logo.pdf"));
    CHECK(track.saveImage(pdf).isEmpty());
    CHECK(promoterlab::test::readFileBytes(pdf.toStdString()).rfind("%PDF", 0) == 0);

    const QString unwritable = QString::fromStdString(directory.file("missing-folder/logo.png"));
    CHECK(track.saveImage(unwritable).contains(unwritable));
}
