// SPDX-License-Identifier: GPL-3.0-or-later
// Learning curves: batch and epoch values reach their graphs at the right epochs, NaN values are
// left out, batch updates are redrawn in a few coalesced replots, and the plot saves as PNG, SVG, PDF.
#include "temporary_directory.h"
#include "training_curves_plot.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>

#include <catch2/catch.hpp>
#include <qcustomplot.h>

#include <cmath>
#include <limits>

using promoterlab::widgets::TrainingCurvesPlot;
using Series = TrainingCurvesPlot::Series;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

int pointCount(const TrainingCurvesPlot& plot, Series series)
{
    return plot.graph(series)->data()->size();
}

QByteArray firstBytes(const QString& path, int count)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(count);
}

}  // namespace

TEST_CASE("Batch and epoch values reach their graphs at their epoch positions")
{
    TrainingCurvesPlot plot;
    // Two epochs of four batches: batch s of epoch e lies at e − 1 + s/4.
    for (int epoch = 1; epoch <= 2; ++epoch)
        for (int step = 1; step <= 4; ++step)
            plot.addBatch(epoch - 1 + step / 4.0, 2.0 / (epoch * 4 + step));
    plot.addEpoch(1, 1.5, 1.6, 0.3);
    plot.addEpoch(2, 1.2, 1.4, 0.5);

    REQUIRE(pointCount(plot, Series::BatchLoss) == 8);
    const auto batches = plot.graph(Series::BatchLoss)->data();
    CHECK(batches->at(0)->key == Approx(0.25));
    CHECK(batches->at(0)->value == Approx(2.0 / 5));
    CHECK(batches->at(7)->key == Approx(2.0));
    CHECK(batches->at(7)->value == Approx(2.0 / 12));

    REQUIRE(pointCount(plot, Series::TrainLoss) == 2);
    CHECK(plot.graph(Series::TrainLoss)->data()->at(1)->key == 2);
    CHECK(plot.graph(Series::TrainLoss)->data()->at(1)->value == Approx(1.2));
    CHECK(plot.graph(Series::ValidationLoss)->data()->at(0)->value == Approx(1.6));
    CHECK(plot.graph(Series::ValidationScore)->data()->at(1)->value == Approx(0.5));
    // Pearson r has its own axis on the right; the losses share the left one.
    CHECK(plot.graph(Series::ValidationScore)->valueAxis() == plot.plot()->yAxis2);
    CHECK(plot.graph(Series::ValidationLoss)->valueAxis() == plot.plot()->yAxis);

    plot.replotNow();
    CHECK(plot.plot()->xAxis->range().lower == 0);
    CHECK(plot.plot()->xAxis->range().contains(2.0));
    CHECK(plot.plot()->xAxis->range().upper < 2.2);
    // The loss axis spans every loss drawn: the smallest batch loss (2/12) up to 1.6.
    CHECK(plot.plot()->yAxis->range().lower < 2.0 / 12);
    CHECK(plot.plot()->yAxis->range().upper > 1.6);
    CHECK(plot.plot()->yAxis2->range().lower == 0);
    CHECK(plot.plot()->yAxis2->range().upper == 1);
    CHECK(plot.plot()->legend->itemCount() == 4);

    plot.clear();
    CHECK(pointCount(plot, Series::BatchLoss) == 0);
    CHECK(pointCount(plot, Series::ValidationScore) == 0);
}

TEST_CASE("NaN values are skipped, so a run without validation set shows only its training loss")
{
    TrainingCurvesPlot plot;
    plot.addBatch(0.5, kNaN);
    plot.addBatch(1.0, 0.9);
    plot.addEpoch(1, 0.9, kNaN, kNaN);
    plot.addEpoch(2, kNaN, 0.8, -0.2);

    CHECK(pointCount(plot, Series::BatchLoss) == 1);
    CHECK(pointCount(plot, Series::TrainLoss) == 1);
    CHECK(pointCount(plot, Series::ValidationLoss) == 1);
    CHECK(plot.graph(Series::ValidationLoss)->data()->at(0)->key == 2);
    // A negative correlation widens the score axis below zero.
    plot.replotNow();
    CHECK(plot.plot()->yAxis2->range().lower < -0.2);
    CHECK(plot.plot()->yAxis2->range().lower > -0.3);

    TrainingCurvesPlot trainingOnly;
    trainingOnly.addEpoch(1, 1.0, kNaN, kNaN);
    trainingOnly.replotNow();
    // Only the curve with data is explained in the legend.
    REQUIRE(trainingOnly.plot()->legend->itemCount() == 1);
    CHECK(trainingOnly.plot()->legend->hasItemWithPlottable(trainingOnly.graph(Series::TrainLoss)));
}

TEST_CASE("Many batch updates are redrawn in a few coalesced replots")
{
    TrainingCurvesPlot plot;
    // QCustomPlot queues a first redraw of its own when it is made; let it pass.
    QCoreApplication::processEvents();
    QSignalSpy replotted(plot.plot(), &QCustomPlot::afterReplot);
    for (int step = 1; step <= 500; ++step)
        plot.addBatch(step / 500.0, 1.0);
    CHECK(replotted.count() == 0);
    REQUIRE(replotted.wait(2000));
    // Nothing more is pending: the 500 updates cost one redraw.
    CHECK_FALSE(replotted.wait(300));
    CHECK(replotted.count() == 1);
    CHECK(plot.plot()->xAxis->range().contains(1.0));
}

TEST_CASE("The curves are saved as PNG, SVG or PDF according to the suffix")
{
    promoterlab::test::TemporaryDirectory folder;
    TrainingCurvesPlot plot;
    plot.resize(500, 320);
    for (int step = 1; step <= 20; ++step)
        plot.addBatch(step / 10.0, 2.0 - step * 0.05);
    plot.addEpoch(1, 1.7, 1.75, 0.42);
    plot.addEpoch(2, 1.2, 1.3, 0.61);
    const QString base = QString::fromStdString(folder.file(""));

    REQUIRE(plot.savePlot(base + "/curves.png").isEmpty());
    CHECK(firstBytes(base + "/curves.png", 8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
    const QImage image(base + "/curves.png");
    CHECK(image.width() == 2 * plot.plot()->width());

    REQUIRE(plot.savePlot(base + "/curves.svg").isEmpty());
    CHECK(firstBytes(base + "/curves.svg", 4096).contains("<svg"));

    REQUIRE(plot.savePlot(base + "/curves.pdf").isEmpty());
    CHECK(firstBytes(base + "/curves.pdf", 5) == "%PDF-");

    CHECK(plot.savePlot(base + "/curves.gif").contains(".png, .svg or .pdf"));
    CHECK_FALSE(QFile::exists(base + "/curves.gif"));

    // For a person to look at: PROMOTERLAB_SCREENSHOT_DIR=folder keeps what the test drew.
    if (const QString screenshots = qEnvironmentVariable("PROMOTERLAB_SCREENSHOT_DIR"); !screenshots.isEmpty())
        CHECK(plot.grab().save(screenshots + "/training_curves_plot.png"));
}
