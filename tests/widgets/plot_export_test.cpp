// SPDX-License-Identifier: GPL-3.0-or-later
// Plots and widgets saved as PNG, SVG and PDF are real files of that format; bad names and
// folders are refused.
#include "bin_distribution_plot.h"
#include "plot_export.h"
#include "temporary_directory.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>

#include <catch2/catch.hpp>
#include <qcustomplot.h>

using promoterlab::widgets::BinDistributionPlot;
using promoterlab::widgets::savePlot;
using promoterlab::widgets::saveWidgetImage;

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

TEST_CASE("A widget is written as it looks, as PNG at twice its pixels, SVG or PDF according to the file's suffix")
{
    promoterlab::test::TemporaryDirectory folder;
    QLabel label(QStringLiteral("TATAWAWR"));
    label.setWindowTitle(QStringLiteral("Motif"));
    label.resize(160, 40);
    const QString base = QString::fromStdString(folder.file(""));

    CHECK(saveWidgetImage(label, base + "/label.png").isEmpty());
    const QImage image(base + "/label.png");
    CHECK(image.size() == 2 * label.size());
    // The label's text is drawn: not every pixel is the same.
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; ++y)
        for (int x = 0; x < image.width() && !drawn; ++x)
            drawn = image.pixel(x, y) != image.pixel(0, 0);
    CHECK(drawn);

    CHECK(saveWidgetImage(label, base + "/label.svg").isEmpty());
    const QByteArray svg = firstBytes(base + "/label.svg", 4096);
    CHECK(svg.contains("<svg"));
    CHECK(svg.contains("<title>Motif</title>"));

    CHECK(saveWidgetImage(label, base + "/label.Pdf").isEmpty());
    CHECK(firstBytes(base + "/label.Pdf", 5) == "%PDF-");
    CHECK(QFileInfo(base + "/label.Pdf").size() > 100);
}

TEST_CASE("Saving a widget to an unknown format or a missing folder says why, naming the file")
{
    promoterlab::test::TemporaryDirectory folder;
    QLabel label(QStringLiteral("TATAWAWR"));
    label.resize(160, 40);
    const QString base = QString::fromStdString(folder.file(""));

    const QString unknown = base + "/label.bmp";
    const QString problem = saveWidgetImage(label, unknown);
    CHECK(problem.contains(unknown));
    CHECK(problem.contains(".png, .svg or .pdf"));
    CHECK_FALSE(QFile::exists(unknown));
    for (const char* name : {"/no/such/folder/label.png", "/no/such/folder/label.svg", "/no/such/folder/label.pdf"}) {
        const QString missing = base + name;
        CAPTURE(missing.toStdString());
        CHECK(saveWidgetImage(label, missing).contains(missing));
        CHECK_FALSE(QFile::exists(missing));
    }
}
