// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the bin-distribution plot with the shipped model's prediction of a real promoter.
#include "bin_distribution_plot.h"
#include "promoterlab/bundled_data.h"
#include "promoterlab/model.h"
#include "promoterlab/predictor.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QImage>
#include <QPixmap>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>
#include <numeric>

using promoterlab::widgets::BinDistributionPlot;

namespace {

// native_complex_1201 of the examples, measured 8.49.
const std::string kPromoter = "TGCATTTTTTTCACATCCACTTCTTTGGAAAAAAAAACCTTCAATTTCGCACCAAGGTGTTTAAATTGTTCTCAGTAATTGCAAATCAAAACGAATGGGTTACGGCTGTT";

}  // namespace

TEST_CASE("The plot shows the shipped model's bins, expression and the measured value of a real promoter")
{
    const auto model = promoterlab::Model::load(promoterlab::bundledModelPath("default"));
    const auto prediction = promoterlab::Predictor(model).predict({kPromoter}).front();
    const auto& binValues = model->manifest().output.binValues;
    const std::vector<double> probabilities(prediction.outputs.begin(), prediction.outputs.end());
    REQUIRE(probabilities.size() == 18);
    CHECK(std::accumulate(probabilities.begin(), probabilities.end(), 0.0) == Approx(1.0).epsilon(1e-5));

    BinDistributionPlot plot;
    plot.resize(400, 300);
    REQUIRE(prediction.hasStrands);
    plot.showPrediction(binValues, probabilities, prediction.expression, 8.49,
                        std::pair(prediction.expressionForward, prediction.expressionReverse));

    auto* bars = qobject_cast<QCPBars*>(plot.plot()->plottable(0));
    REQUIRE(bars != nullptr);
    REQUIRE(bars->data()->size() == 18);
    for (int bin = 0; bin < 18; ++bin) {
        CHECK(bars->data()->at(bin)->key == binValues[static_cast<std::size_t>(bin)]);
        CHECK(bars->data()->at(bin)->value == Approx(probabilities[static_cast<std::size_t>(bin)]));
    }
    CHECK(plot.summaryText().contains(QLocale().toString(prediction.expression, 'f', 2)));
    CHECK(plot.summaryText().contains(QLocale().toString(8.49, 'f', 2)));
    CHECK(plot.summaryText().contains(QLocale().toString(prediction.expressionForward, 'f', 2)));
    CHECK(plot.summaryText().contains(QLocale().toString(prediction.expressionReverse, 'f', 2)));
    // The expression line stands at the expectation over the bins.
    auto* expressionLine = qobject_cast<QCPItemStraightLine*>(plot.plot()->item(0));
    REQUIRE(expressionLine != nullptr);
    CHECK(expressionLine->visible());
    CHECK(expressionLine->point1->coords().x() == Approx(prediction.expression));

    const QImage image = plot.grab().toImage();
    CHECK(image.width() == 400);
    CHECK(image.height() == 300);
    // For a person to look at: PROMOTERLAB_SCREENSHOT_DIR=folder keeps what the test drew.
    if (const QString folder = qEnvironmentVariable("PROMOTERLAB_SCREENSHOT_DIR"); !folder.isEmpty())
        CHECK(image.save(folder + "/bin_distribution_plot.png"));
}

TEST_CASE("A message empties the plot")
{
    BinDistributionPlot plot;
    plot.showPrediction({0, 1, 2}, {0.2, 0.5, 0.3}, 1.1, std::nullopt);
    CHECK_FALSE(plot.summaryText().contains("Measured"));
    CHECK_FALSE(plot.summaryText().contains("strand"));
    plot.showMessage("No model loaded");
    CHECK(plot.summaryText() == "No model loaded");
    CHECK(plot.plot()->plottable(0)->interface1D()->dataCount() == 0);
    CHECK_FALSE(plot.plot()->item(0)->visible());
}

TEST_CASE("Squeezed by a tall panel below, the probability axis keeps its labels apart")
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* plot = new BinDistributionPlot(&window);
    layout->addWidget(plot);
    std::vector<double> bins(18);
    std::iota(bins.begin(), bins.end(), 0.0);
    std::vector<double> probabilities(18, 0.0);
    probabilities[2] = 0.45;
    probabilities[3] = 0.3;
    probabilities[1] = 0.25;
    plot->showPrediction(bins, probabilities, 2.05, std::nullopt);
    window.show();
    // From squeezed to roomy: the labels never touch, and with room there are several.
    for (const int height : {110, 140, 260}) {
        INFO("window height " << height);
        window.resize(500, height);
        // The resize replots the plot once, as in the application; then the replots it queues.
        layout->activate();
        QCoreApplication::processEvents();
        QCPAxis* axis = plot->plot()->yAxis;
        const QVector<double> ticks = axis->tickVector();
        if (height == 260)
            CHECK(ticks.size() >= 3);
        const int labelHeight = QFontMetrics(axis->tickLabelFont()).height();
        for (int i = 1; i < ticks.size(); ++i)
            CHECK(std::abs(axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1])) >= labelHeight);
    }
}
