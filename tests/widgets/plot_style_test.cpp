// SPDX-License-Identifier: GPL-3.0-or-later
// Plots take their colours from the palette, follow a palette change at once, and are saved
// as white figures with dark text whatever the screen shows.
#include "bin_distribution_plot.h"
#include "plot_export.h"
#include "plot_style.h"
#include "temporary_directory.h"

#include <QImage>

#include <catch2/catch.hpp>
#include <qcustomplot.h>

using promoterlab::widgets::BinDistributionPlot;
using promoterlab::widgets::isDarkPalette;
using promoterlab::widgets::paperPalette;
using promoterlab::widgets::savePlot;
using promoterlab::widgets::seriesColour;

namespace {

// The colour the plot paints its empty corner with.
QColor backgroundOf(QCustomPlot& plot)
{
    return plot.toPixmap(100, 80).toImage().pixelColor(1, 1);
}

QPalette darkScreen()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(45, 45, 48));
    palette.setColor(QPalette::Base, QColor(30, 30, 32));
    palette.setColor(QPalette::Text, QColor(230, 230, 230));
    palette.setColor(QPalette::WindowText, QColor(230, 230, 230));
    return palette;
}

}  // namespace

TEST_CASE("A plot's background, axes and legend follow its palette when the palette changes")
{
    BinDistributionPlot owner;
    owner.resize(400, 300);
    QCustomPlot& plot = *owner.plot();
    CHECK(plot.xAxis->labelColor() == owner.palette().color(QPalette::Text));

    owner.setPalette(darkScreen());
    CHECK(backgroundOf(plot) == QColor(30, 30, 32));
    CHECK(plot.xAxis->labelColor() == QColor(230, 230, 230));
    CHECK(plot.yAxis->tickLabelColor() == QColor(230, 230, 230));
    CHECK(plot.legend->textColor() == QColor(230, 230, 230));
    // Lighter than the colour picked for white paper, so that the bars stand out on dark.
    auto* bars = qobject_cast<QCPBars*>(plot.plottable(0));
    REQUIRE(bars);
    CHECK(bars->brush().color().lightness() > QColor(70, 120, 180).lightness());
}

TEST_CASE("A dark plot is saved on white with dark text, and is dark again on screen afterwards")
{
    promoterlab::test::TemporaryDirectory folder;
    BinDistributionPlot owner;
    owner.resize(400, 300);
    owner.setPalette(darkScreen());
    owner.showPrediction({0, 1, 2, 3}, {0.1, 0.2, 0.3, 0.4}, 2.0, 1.5);
    const QString path = QString::fromStdString(folder.file("dark.png"));

    REQUIRE(savePlot(*owner.plot(), path).isEmpty());
    const QImage image(path);
    REQUIRE(!image.isNull());
    CHECK(image.pixelColor(4, 4) == QColor(Qt::white));
    CHECK(backgroundOf(*owner.plot()) == QColor(30, 30, 32));
    CHECK(owner.plot()->xAxis->labelColor() == QColor(230, 230, 230));
}

TEST_CASE("Dark palettes are told from light ones, and series colours brighten only on dark")
{
    CHECK(isDarkPalette(darkScreen()));
    CHECK_FALSE(isDarkPalette(paperPalette()));
    const QColor blue(40, 90, 170);
    CHECK(seriesColour(blue, paperPalette()) == blue);
    CHECK(seriesColour(blue, darkScreen()).lightness() > blue.lightness());
}
