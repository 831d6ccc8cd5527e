// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the mutagenesis heatmap: cells where the viewport puts their positions, the tooltip,
// clicks that ask for a substitution (and those that must not), panning, colours and export.
#include "mutagenesis_heatmap.h"

#include "position_viewport.h"
#include "temporary_directory.h"
#include "track_fixtures.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFileInfo>
#include <QHelpEvent>
#include <QImage>
#include <QLocale>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <qcustomplot.h>

#include <cmath>
#include <string>
#include <vector>

using promoterlab::MutagenesisMap;
using promoterlab::widgets::MutagenesisHeatmap;
using promoterlab::widgets::PositionViewport;
using namespace promoterlab::test;

namespace {

constexpr int kHeight = 110;

// Three columns in the 5′ flank (positions −3…−1), then seven of the sequence; the reference
// cells are 0 and every other cell is its own distinct value.
MutagenesisMap flankedMap()
{
    const std::string bases = "GATCAGGTCA";
    std::vector<std::vector<double>> columns;
    for (std::size_t column = 0; column < bases.size(); ++column) {
        std::vector<double> deltas;
        for (int row = 0; row < 4; ++row)
            deltas.push_back(promoterlab::kMapBases[row] == bases[column] ? 0.0
                                                                          : 0.1 * (row + 1) * (column % 2 ? 1 : -1));
        columns.push_back(deltas);
    }
    return mapOf(bases, columns, -3, 5.0);
}

void showAndLayOut(MutagenesisHeatmap& heatmap)
{
    heatmap.show();
    REQUIRE(QTest::qWaitForWindowExposed(&heatmap));
    heatmap.plot()->replot();
}

QCPColorScale* colourScale(const MutagenesisHeatmap& heatmap)
{
    for (auto* element : heatmap.plot()->plotLayout()->elements(true))
        if (auto* scale = qobject_cast<QCPColorScale*>(element))
            return scale;
    return nullptr;
}

// The texts the plot shows over its cells.
QStringList visibleTexts(const MutagenesisHeatmap& heatmap)
{
    QStringList texts;
    for (int i = 0; i < heatmap.plot()->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(heatmap.plot()->item(i)); text && text->visible())
            texts.push_back(text->text());
    return texts;
}

// The centre of a cell as the plot draws it: the data area split into four equal rows.
QPoint cellCentre(const MutagenesisHeatmap& heatmap, const PositionViewport& viewport, int position, int row)
{
    const QRect area = heatmap.plot()->axisRect()->rect();
    const double x = (viewport.xOf(position) + viewport.xOf(position + 1)) / 2;
    const double y = area.top() + (row + 0.5) * area.height() / 4.0;
    return {static_cast<int>(std::floor(x)), static_cast<int>(std::floor(y))};
}

// Clicks are reported once the double-click interval has passed; a short interval keeps the
// tests quick while still waiting on the real timer.
struct ShortDoubleClickInterval {
    ShortDoubleClickInterval() { QApplication::setDoubleClickInterval(60); }
    ~ShortDoubleClickInterval() { QApplication::setDoubleClickInterval(m_previous); }
    int m_previous = QApplication::doubleClickInterval();
};

}  // namespace

TEST_CASE("The cells lie exactly in the viewport's strip, and the heatmap reports the strip's width")
{
    PositionViewport viewport;
    viewport.setMargins(kLeftMargin, kRightMargin);
    MutagenesisHeatmap heatmap;
    heatmap.setViewport(&viewport);
    heatmap.resize(500, kHeight);
    heatmap.setMap(flankedMap());
    showAndLayOut(heatmap);
    CHECK(viewport.stripWidth() == 500 - kLeftMargin - kRightMargin);
    const QRect area = heatmap.plot()->axisRect()->rect();
    CHECK(area.left() == kLeftMargin);
    CHECK(area.right() + 1 == 500 - kRightMargin);
    CHECK(heatmap.plot()->xAxis->range().lower == Approx(viewport.firstVisible()));
    CHECK(heatmap.plot()->xAxis->range().size() == Approx(viewport.visibleBases()));
    // The colour scale lies in the right margin.
    REQUIRE(colourScale(heatmap));
    CHECK(colourScale(heatmap)->outerRect().left() >= 500 - kRightMargin);
    CHECK(colourScale(heatmap)->outerRect().right() < 500);
    // The plot inside lets the mouse through to the heatmap, which handles it like every track.
    CHECK(heatmap.childAt(area.center()) == nullptr);

    heatmap.resize(420, kHeight);
    QTRY_COMPARE(viewport.stripWidth(), 420 - kLeftMargin - kRightMargin);
}

TEST_CASE("The position axis counts from 1 in the sequence and back from −1 into the flank, at cell centres")
{
    QLocale::setDefault(QLocale::c());
    PositionViewport viewport;
    MutagenesisHeatmap heatmap;
    follow(heatmap, viewport, -40, 110, 12, 600, kHeight);
    viewport.scrollTo(-12);
    heatmap.setMap(flankedMap());
    showAndLayOut(heatmap);
    const QVector<double> ticks = heatmap.plot()->xAxis->tickVector();
    const QVector<QString> labels = heatmap.plot()->xAxis->tickVectorLabels();
    REQUIRE(ticks.size() == labels.size());
    QStringList shown;
    for (int i = 0; i < ticks.size(); ++i)
        if (ticks[i] >= viewport.firstVisible() && ticks[i] <= viewport.firstVisible() + viewport.visibleBases()) {
            shown.push_back(labels[i]);
            // Label n stands over position n − 1 (0-based) in the sequence, over −n in the flank.
            const int number = labels[i].toInt();
            CHECK(ticks[i] == Approx((number > 0 ? number - 1 : number) + 0.5));
        }
    // 600 px at 12 px per base show positions −12 … 37: a label every 5 positions (60 px).
    CHECK(shown == QStringList{"-10", "-5", "5", "10", "15", "20", "25", "30", "35"});
    QLocale::setDefault(QLocale::system());
}

TEST_CASE("cellAt gives the position and row of the cell under a point, after zooming and scrolling too")
{
    PositionViewport viewport;
    MutagenesisHeatmap heatmap;
    follow(heatmap, viewport, -10, 20, 16, 300, kHeight);
    const MutagenesisMap map = flankedMap();
    heatmap.setMap(map);
    showAndLayOut(heatmap);

    const auto checkEveryCell = [&] {
        for (int position = -3; position < 7; ++position)
            for (int row = 0; row < 4; ++row) {
                CAPTURE(position, row, viewport.pixelsPerBase(), viewport.firstVisible());
                if (viewport.xOf(position) < kLeftMargin || viewport.xOf(position + 1) > kLeftMargin + 300)
                    continue;
                const auto cell = heatmap.cellAt(cellCentre(heatmap, viewport, position, row));
                REQUIRE(cell);
                CHECK(cell->position == position);
                CHECK(cell->row == row);
                CHECK(cell->base == QLatin1Char("ACGT"[row]));
            }
    };
    checkEveryCell();
    // The first and last pixel of a cell belong to it, the next pixel to its neighbour.
    const QPoint centre = cellCentre(heatmap, viewport, 2, 1);
    CHECK(heatmap.cellAt({static_cast<int>(viewport.xOf(2)), centre.y()})->position == 2);
    CHECK(heatmap.cellAt({static_cast<int>(viewport.xOf(3)) - 1, centre.y()})->position == 2);
    CHECK(heatmap.cellAt({static_cast<int>(viewport.xOf(3)), centre.y()})->position == 3);

    viewport.zoom(2, viewport.xOf(0));
    viewport.scrollTo(-2.5);
    REQUIRE(viewport.pixelsPerBase() == Approx(32));
    checkEveryCell();
    viewport.setPixelsPerBase(5);
    viewport.scrollTo(-8);
    checkEveryCell();

    // Off the map's columns, in the margins and under the position axis there is no cell.
    CHECK_FALSE(heatmap.cellAt(cellCentre(heatmap, viewport, -4, 0)));
    CHECK_FALSE(heatmap.cellAt(cellCentre(heatmap, viewport, 7, 0)));
    CHECK_FALSE(heatmap.cellAt({kLeftMargin / 2, centre.y()}));
    CHECK_FALSE(heatmap.cellAt({kLeftMargin + 300 + 10, centre.y()}));
    CHECK_FALSE(heatmap.cellAt({static_cast<int>(viewport.xOf(1.5)), kHeight - 2}));
}

TEST_CASE("Each cell is drawn in its delta's colour where cellAt finds it: red up, blue down, white reference")
{
    PositionViewport viewport;
    MutagenesisHeatmap heatmap;
    follow(heatmap, viewport, 0, 3, 40, 200, kHeight);
    // Column 0 (ref A): C raises expression by the most, G lowers it by the most.
    heatmap.setMap(mapOf("ATG", {{0, 2, -2, 0.5}, {1, 0, 0, 0}, {0, 0, 0, -1}}, 0));
    showAndLayOut(heatmap);
    const QImage image = heatmap.grab().toImage();
    const auto colourAt = [&](int position, int row) {
        // Off the centre, where the reference dot is.
        const QPoint centre = cellCentre(heatmap, viewport, position, row) + QPoint(8, 0);
        return QColor(image.pixel(centre * image.devicePixelRatio()));
    };
    CHECK(colourAt(0, 1) == QColor(178, 24, 43));
    CHECK(colourAt(0, 2) == QColor(33, 102, 172));
    CHECK(colourAt(0, 0) == QColor(Qt::white));
    CHECK(colourAt(1, 3) == QColor(Qt::white));
    const QColor halfDown = colourAt(2, 3);
    CHECK(halfDown.blue() > halfDown.red());
    CHECK(halfDown != QColor(Qt::white));
}

TEST_CASE("The tooltip names the position or flank position, ref → alt, the delta and the predicted expression")
{
    QLocale::setDefault(QLocale::c());
    PositionViewport viewport;
    MutagenesisHeatmap heatmap;
    follow(heatmap, viewport, -5, 10, 20, 300, kHeight);
    // Column 0 is position −2 (2 nt before position 1); column 2 is position 1.
    heatmap.setMap(mapOf("TAGN", {{-0.25, -0.5, -0.75, 0}, {0, 1, 1, 1}, {0.1234, -0.0456, 0, 0.3}, {1, 2, 3, 4}},
                         -2, 7.5));
    showAndLayOut(heatmap);

    CHECK(heatmap.toolTipAt(cellCentre(heatmap, viewport, 0, 2)) ==
          "Position 1: G (reference)\nPredicted expression 7.500");
    CHECK(heatmap.toolTipAt(cellCentre(heatmap, viewport, 0, 0)) ==
          QString::fromUtf8("Position 1: G → A\nΔ expression +0.123\nPredicted expression 7.623"));
    CHECK(heatmap.toolTipAt(cellCentre(heatmap, viewport, 0, 1)) ==
          QString::fromUtf8("Position 1: G → C\nΔ expression -0.046\nPredicted expression 7.454"));
    CHECK(heatmap.toolTipAt(cellCentre(heatmap, viewport, -2, 2)) ==
          QString::fromUtf8("5′ flank −2: T → G\nΔ expression -0.750\nPredicted expression 6.750"));
    CHECK(heatmap.toolTipAt(cellCentre(heatmap, viewport, 1, 3)) ==
          QString::fromUtf8("Position 2: N → T\nΔ expression +4.000\nPredicted expression 11.500"));
    CHECK(heatmap.toolTipAt(cellCentre(heatmap, viewport, 2, 0)).isEmpty());
    CHECK(heatmap.toolTipAt({kLeftMargin / 2, 20}).isEmpty());

    // The tooltip event shows the same text.
    const QPoint point = cellCentre(heatmap, viewport, 0, 0);
    QHelpEvent help(QEvent::ToolTip, point, heatmap.mapToGlobal(point));
    QApplication::sendEvent(&heatmap, &help);
    CHECK(QToolTip::text() == QString::fromUtf8("Position 1: G → A\nΔ expression +0.123\nPredicted expression 7.623"));
    QToolTip::hideText();
    QLocale::setDefault(QLocale::system());
}

TEST_CASE("A click on a cell of the sequence asks once for that substitution; reference and flank cells ask nothing")
{
    const ShortDoubleClickInterval shortInterval;
    PositionViewport viewport;
    MutagenesisHeatmap heatmap;
    follow(heatmap, viewport, -5, 10, 20, 300, kHeight);
    heatmap.setMap(flankedMap());
    showAndLayOut(heatmap);
    QSignalSpy requested(&heatmap, &MutagenesisHeatmap::substitutionRequested);

    // Position 2 is the map's column 5, reference G: ask for T (row 3).
    QTest::mouseClick(&heatmap, Qt::LeftButton, {}, cellCentre(heatmap, viewport, 2, 3));
    REQUIRE(requested.wait());
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toInt() == 2);
    CHECK(requested.at(0).at(1).value<QChar>() == QLatin1Char('T'));
    CHECK_FALSE(requested.wait(5 * QApplication::doubleClickInterval()));
    CHECK(requested.count() == 1);
    requested.clear();

    SECTION("the reference base's cell")
    {
        QTest::mouseClick(&heatmap, Qt::LeftButton, {}, cellCentre(heatmap, viewport, 2, 2));
    }
    SECTION("a cell of the flank")
    {
        QTest::mouseClick(&heatmap, Qt::LeftButton, {}, cellCentre(heatmap, viewport, -1, 0));
    }
    SECTION("a double-click, which fits the view instead")
    {
        viewport.setPixelsPerBase(30);
        QTest::mouseDClick(&heatmap, Qt::LeftButton, {}, cellCentre(heatmap, viewport, 2, 3));
        CHECK(viewport.pixelsPerBase() == Approx(20));
    }
    SECTION("the right button")
    {
        QTest::mousePress(&heatmap, Qt::RightButton, {}, cellCentre(heatmap, viewport, 2, 3));
        QTest::mouseRelease(&heatmap, Qt::RightButton, {}, cellCentre(heatmap, viewport, 2, 3));
    }
    CHECK_FALSE(requested.wait(5 * QApplication::doubleClickInterval()));
}

TEST_CASE("Dragging pans the view without asking for a substitution; the wheel zooms around the mouse")
{
    const ShortDoubleClickInterval shortInterval;
    PositionViewport viewport;
    MutagenesisHeatmap heatmap;
    follow(heatmap, viewport, 0, 150, 4, 290, kHeight);
    viewport.scrollTo(30);
    heatmap.setMap(mapOf(std::string(150, 'A'), std::vector<std::vector<double>>(150, {0, 1, -1, 0.5}), 0));
    showAndLayOut(heatmap);
    QSignalSpy requested(&heatmap, &MutagenesisHeatmap::substitutionRequested);

    // Dragging 40 px to the left at 4 px per base shows 10 positions further right.
    const QPoint from = cellCentre(heatmap, viewport, 60, 1);
    const QPoint to = from - QPoint(40, 0);
    QTest::mousePress(&heatmap, Qt::LeftButton, {}, from);
    for (const QPoint& step : {from - QPoint(2, 0), from - QPoint(20, 0), to}) {
        // QTest::mouseMove does not carry the held button, which a drag needs.
        QMouseEvent move(QEvent::MouseMove, step, heatmap.mapToGlobal(step), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(&heatmap, &move);
    }
    QTest::mouseRelease(&heatmap, Qt::LeftButton, {}, to);
    CHECK(viewport.firstVisible() == Approx(40));
    CHECK_FALSE(requested.wait(5 * QApplication::doubleClickInterval()));

    const QPointF mouse(viewport.xOf(80.5), 30);
    QWheelEvent wheel(mouse, heatmap.mapToGlobal(mouse), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&heatmap, &wheel);
    CHECK(viewport.pixelsPerBase() > 4);
    CHECK(viewport.positionAt(mouse.x()) == Approx(80.5));
    // The plot follows at once.
    CHECK(heatmap.plot()->xAxis->range().lower == Approx(viewport.firstVisible()));
}

TEST_CASE("Colours span ±max|delta| unless a fixed range is set")
{
    PositionViewport viewport;
    MutagenesisHeatmap heatmap;
    follow(heatmap, viewport, 0, 3, 40, 200, kHeight);
    heatmap.setMap(mapOf("ACG", {{0, 0.4, -1.25, 0.2}, {0.3, 0, 0.9, 0}, {0.1, 0.1, 0, -0.6}}, 0));
    QCPColorScale* scale = colourScale(heatmap);
    REQUIRE(scale);
    CHECK(heatmap.hasAutomaticColourRange());
    CHECK(heatmap.colourLimit() == Approx(1.25));
    CHECK(scale->dataRange().lower == Approx(-1.25));
    CHECK(scale->dataRange().upper == Approx(1.25));

    heatmap.setColourRange(3);
    CHECK_FALSE(heatmap.hasAutomaticColourRange());
    CHECK(scale->dataRange().lower == Approx(-3));
    CHECK(scale->dataRange().upper == Approx(3));
    // A fixed range stays for the next map, so that maps compare by eye.
    heatmap.setMap(mapOf("A", {{0, 0.1, 0.2, 0.3}}, 0));
    CHECK(scale->dataRange().upper == Approx(3));
    heatmap.setColourRange(-1);
    CHECK(scale->dataRange().upper == Approx(3));

    heatmap.setAutomaticColourRange();
    CHECK(scale->dataRange().lower == Approx(-0.3));
    CHECK(scale->dataRange().upper == Approx(0.3));
}

TEST_CASE("An estimated map says so in the legend, a badge over the cells and the tooltip; an exact one does not")
{
    QLocale::setDefault(QLocale::c());
    PositionViewport viewport;
    MutagenesisHeatmap heatmap;
    follow(heatmap, viewport, 0, 3, 40, 200, kHeight);
    MutagenesisMap map = mapOf("ACG", {{0, 0.4, -1.25, 0.2}, {0.3, 0, 0.9, 0}, {0.1, 0.1, 0, -0.6}}, 0, 2);
    heatmap.setMap(map);
    showAndLayOut(heatmap);
    CHECK(heatmap.legendLabel() == QString::fromUtf8("Δ expression"));
    CHECK(colourScale(heatmap)->axis()->label() == heatmap.legendLabel());
    CHECK_FALSE(heatmap.toolTipAt(cellCentre(heatmap, viewport, 0, 1)).contains("estimate"));

    map.estimated = true;
    heatmap.setMap(map);
    CHECK(heatmap.legendLabel() == QString::fromUtf8("Δ estimate"));
    CHECK(colourScale(heatmap)->axis()->label() == heatmap.legendLabel());
    CHECK(visibleTexts(heatmap).contains(QString::fromUtf8("Gradient × input estimate")));
    map.estimated = false;
    heatmap.setMap(map);
    CHECK_FALSE(visibleTexts(heatmap).join(' ').contains("estimate"));
    map.estimated = true;
    heatmap.setMap(map);
    CHECK(heatmap.toolTipAt(cellCentre(heatmap, viewport, 0, 1)) ==
          QString::fromUtf8("Position 1: A → C\nΔ expression +0.400 (estimate)\nExpression 2.400 (estimate)"));
    QLocale::setDefault(QLocale::system());
}

TEST_CASE("The heatmap saves itself as PNG, SVG and PDF, and says why when it cannot")
{
    PositionViewport viewport;
    MutagenesisHeatmap heatmap;
    follow(heatmap, viewport, -3, 7, 20, 200, kHeight);
    heatmap.setMap(flankedMap());
    showAndLayOut(heatmap);
    promoterlab::test::TemporaryDirectory directory;
    for (const char* name : {"heatmap.png", "heatmap.svg", "heatmap.pdf"}) {
        CAPTURE(name);
        const QString path = QString::fromStdString(directory.file(name));
        CHECK(heatmap.saveImage(path).isEmpty());
        CHECK(QFileInfo(path).size() > 0);
    }
    CHECK_FALSE(QImage(QString::fromStdString(directory.file("heatmap.png"))).isNull());
    const QString unwritable = QString::fromStdString(directory.file("missing-folder/heatmap.png"));
    CHECK(heatmap.saveImage(unwritable).contains(unwritable));
    CHECK(heatmap.saveImage(QString::fromStdString(directory.file("heatmap.bmp"))).contains(".png"));
}

TEST_CASE("Clearing the map leaves a hint and no cells")
{
    PositionViewport viewport;
    MutagenesisHeatmap heatmap;
    follow(heatmap, viewport, -3, 7, 20, 200, kHeight);
    CHECK_FALSE(heatmap.hasMap());
    CHECK_FALSE(heatmap.hintText().isEmpty());
    heatmap.setMap(flankedMap());
    showAndLayOut(heatmap);
    CHECK(heatmap.hasMap());
    CHECK(heatmap.hintText().isEmpty());
    CHECK(heatmap.map().bases == "GATCAGGTCA");
    const QPoint point = cellCentre(heatmap, viewport, 1, 1);
    REQUIRE(heatmap.cellAt(point));

    heatmap.clear();
    CHECK_FALSE(heatmap.hasMap());
    CHECK(heatmap.map().bases.empty());
    CHECK_FALSE(heatmap.cellAt(point));
    CHECK(heatmap.toolTipAt(point).isEmpty());
    CHECK(heatmap.hintText().contains("Mutagenesis Map"));
    // The strip stays where it was, so that the next map lines up at once.
    heatmap.plot()->replot();
    CHECK(heatmap.plot()->axisRect()->rect().left() == kLeftMargin);
    CHECK(heatmap.plot()->axisRect()->rect().right() + 1 == kLeftMargin + 200);
}
