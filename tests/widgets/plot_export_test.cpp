// SPDX-License-Identifier: GPL-3.0-or-later
// Plots saved as PNG, SVG and PDF are real files of that format; bad names and folders are refused.
#include "bin_distribution_plot.h"
#include "plot_export.h"
#include "temporary_directory.h"

#include <QFile>
#include <QImage>

#include <catch2/catch.hpp>
#include <qcustomplot.h>

using promoterlab::widgets::BinDistributionPlot;
using promoterlab::widgets::savePlot;

namespace {

QByteArray firstBytes(const QString& path, int count)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(count);
}

}  // namespace

TEST_CASE("A plot is written as PNG, SVG or PDF according to the file's suffix")
{
    promoterlab::test::TemporaryDirectory folder;
    BinDistributionPlot plot;
    plot.resize(400, 300);
    plot.showPrediction({0, 1, 2, 3}, {0.1, 0.2, 0.3, 0.4}, 2.0, 1.5);
    const QString base = QString::fromStdString(folder.file(""));

    CHECK(savePlot(*plot.plot(), base + "/bins.png").isEmpty());
    const QImage image(base + "/bins.png");
    CHECK(image.width() == 2 * plot.plot()->width());
    CHECK(image.height() == 2 * plot.plot()->height());

    CHECK(savePlot(*plot.plot(), base + "/bins.svg").isEmpty());
    const QByteArray svg = firstBytes(base + "/bins.svg", 4096);
    CHECK(svg.contains("<svg"));

    CHECK(savePlot(*plot.plot(), base + "/bins.PDF").isEmpty());
    CHECK(firstBytes(base + "/bins.PDF", 5) == "%PDF-");
}

TEST_CASE("Saving a plot to an unknown format or a missing folder says why")
{
    promoterlab::test::TemporaryDirectory folder;
    BinDistributionPlot plot;
    plot.resize(200, 150);
    const QString base = QString::fromStdString(folder.file(""));
    CHECK(savePlot(*plot.plot(), base + "/bins.bmpx").contains(".png, .svg or .pdf"));
    const QString missing = base + "/no/such/folder/bins.png";
    CHECK(savePlot(*plot.plot(), missing).contains(missing));
    CHECK_FALSE(QFile::exists(missing));
}
