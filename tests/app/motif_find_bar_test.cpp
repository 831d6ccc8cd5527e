// SPDX-License-Identifier: GPL-3.0-or-later
// The find bar searches what the user types on both strands, counts the hits and steps through them.
#include "motif_find_bar.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using promoterlab::widgets::MotifFindBar;

TEST_CASE("Typing a motif finds it on both strands and Enter steps through the hits, wrapping around")
{
    MotifFindBar bar;
    bar.setSequence("GGTATAAGGGCTAACC");
    QSignalSpy changed(&bar, &MotifFindBar::matchesChanged);
    QSignalSpy chosen(&bar, &MotifFindBar::matchChosen);
    QTest::keyClicks(bar.patternEdit(), "ttag");
    REQUIRE(changed.count() == 4);  // one search per keystroke
    // TTAG forward: nowhere; its reverse complement CTAA sits at 10.
    REQUIRE(bar.matches().size() == 1);
    CHECK(bar.matches()[0].position == 10);
    CHECK(bar.matches()[0].reverseStrand);
    CHECK(bar.summaryText().contains("0 forward, 1 reverse"));

    bar.patternEdit()->setText("TAWA");  // W = A or T
    // Forward TAWA matches TATA at 2 only (TAAG at 4 and TAAC at 11 end wrong); its reverse
    // complement TWTA matches the same TATA, so the site is on both strands.
    REQUIRE(bar.matches().size() == 2);
    CHECK(bar.matches()[0].position == 2);
    CHECK_FALSE(bar.matches()[0].reverseStrand);
    CHECK(bar.matches()[1].position == 2);
    CHECK(bar.matches()[1].reverseStrand);

    bar.patternEdit()->setText("GG");
    // Forward GG at 0 and 7, 8; reverse CC at 14.
    REQUIRE(bar.matches().size() == 4);
    QTest::keyClick(bar.patternEdit(), Qt::Key_Return);
    QTest::keyClick(bar.patternEdit(), Qt::Key_Return);
    bar.findPrevious();
    bar.findPrevious();  // back past the first hit: wraps to the last
    REQUIRE(chosen.count() == 4);
    CHECK(chosen.at(0).at(0).toInt() == 0);
    CHECK(chosen.at(1).at(0).toInt() == 7);
    CHECK(chosen.at(2).at(0).toInt() == 0);
    CHECK(chosen.at(3).at(0).toInt() == 14);
    CHECK(chosen.at(3).at(1).toInt() == 2);
}

TEST_CASE("A pattern with a letter that is no IUPAC code says so and finds nothing")
{
    MotifFindBar bar;
    bar.setSequence("ACGTACGT");
    bar.patternEdit()->setText("ACXT");
    CHECK(bar.matches().empty());
    CHECK(bar.summaryText().contains("X"));
    bar.patternEdit()->clear();
    CHECK(bar.summaryText().isEmpty());
}
