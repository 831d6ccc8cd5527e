// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the shared horizontal view: positions to pixels and back, clamping, zoom around a
// point, and a fitted view that stays fitted as the strip or the range change.
#include "position_viewport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using promoterlab::widgets::PositionViewport;

TEST_CASE("Positions map to pixels and back; scrolling stops at the ends of the range")
{
    PositionViewport view;
    view.setMargins(40, 70);
    view.setStripWidth(600);
    view.setRange(-17, 150);
    view.setPixelsPerBase(10);
    view.scrollTo(0);
    CHECK(view.xOf(0) == 40);
    CHECK(view.xOf(12) == 160);
    CHECK(view.positionAt(view.xOf(33.5)) == Approx(33.5));
    // 60 bases fit; the last visible start is 150 − 60.
    view.scrollTo(1000);
    CHECK(view.firstVisible() == Approx(90));
    view.scrollTo(-1000);
    CHECK(view.firstVisible() == Approx(-17));
}

TEST_CASE("Zooming keeps the position under the mouse where it was, within the scale limits")
{
    PositionViewport view;
    view.setMargins(40, 70);
    view.setStripWidth(600);
    view.setRange(0, 1000);
    view.setPixelsPerBase(4);
    view.scrollTo(100);
    const double anchorX = 340;
    const double anchor = view.positionAt(anchorX);
    view.zoom(2, anchorX);
    CHECK(view.pixelsPerBase() == Approx(8));
    CHECK(view.positionAt(anchorX) == Approx(anchor));
    view.zoom(1000, anchorX);
    CHECK(view.pixelsPerBase() == PositionViewport::kMaxPixelsPerBase);
    view.zoom(1e-6, anchorX);
    CHECK(view.pixelsPerBase() == PositionViewport::kMinPixelsPerBase);
}

TEST_CASE("A fitted view stays fitted when the strip narrows or the range grows, until the user zooms")
{
    PositionViewport view;
    view.setMargins(40, 70);
    view.setStripWidth(600);
    view.setRange(-40, 110);
    view.fit();
    REQUIRE(view.isFitted());
    CHECK(view.pixelsPerBase() == Approx(600.0 / 150));
    CHECK(view.firstVisible() == -40);

    QSignalSpy changed(&view, &PositionViewport::changed);
    // A dock opens beside the tracks: the whole sequence is still in view.
    view.setStripWidth(300);
    CHECK(changed.count() == 1);
    CHECK(view.pixelsPerBase() == Approx(300.0 / 150));
    CHECK(view.visibleBases() == Approx(150));
    // An inserted base widens the range.
    view.setRange(-40, 111);
    CHECK(view.pixelsPerBase() == Approx(300.0 / 151));

    // Once zoomed, the scale is the user's: a wider strip shows more bases instead.
    view.zoom(2, 100);
    CHECK_FALSE(view.isFitted());
    const double scale = view.pixelsPerBase();
    view.setStripWidth(500);
    CHECK(view.pixelsPerBase() == Approx(scale));
    view.fit();
    CHECK(view.isFitted());
    view.scrollTo(10);
    CHECK_FALSE(view.isFitted());
}
