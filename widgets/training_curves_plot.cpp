// SPDX-License-Identifier: GPL-3.0-or-later
#include "training_curves_plot.h"

#include "plot_export.h"
#include "plot_style.h"

#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace promoterlab::widgets {

namespace {

// Ten redraws a second keep the curve live without spending the GUI thread on drawing.
constexpr int kReplotIntervalMs = 100;

// Series colours on a white background.
const QColor kBatchLossColour(150, 175, 210);
const QColor kTrainLossColour(40, 90, 170);
const QColor kValidationLossColour(220, 110, 30);
const QColor kScoreColour(40, 150, 70);

QCPGraph* epochGraph(QCustomPlot* plot, QCPAxis* valueAxis, const QString& name)
{
    auto* graph = plot->addGraph(plot->xAxis, valueAxis);
    graph->setName(name);
    return graph;
}

// A line with hollow dots at the epochs, the dots filled with the background.
void colourEpochs(QCPGraph* graph, const QColor& colour, const QPalette& palette, Qt::PenStyle style = Qt::SolidLine)
{
    graph->setPen(QPen(colour, 2, style));
    graph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, colour, palette.color(QPalette::Base), 7));
}

// The smallest and largest value of the graphs that have data; found is false when none has.
QCPRange valueRange(std::initializer_list<QCPGraph*> graphs, bool& found)
{
    found = false;
    QCPRange range;
    for (auto* graph : graphs) {
        bool graphFound = false;
        const QCPRange own = graph->getValueRange(graphFound);
        if (!graphFound)
            continue;
        range = found ? QCPRange(std::min(range.lower, own.lower), std::max(range.upper, own.upper)) : own;
        found = true;
    }
    return range;
}

}  // namespace

TrainingCurvesPlot::TrainingCurvesPlot(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_replotTimer(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    offerSavePlotAs(*m_plot, tr("training_curves.png"));

    m_batchLoss = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    m_batchLoss->setName(tr("Training loss (batch)"));
    m_trainLoss = epochGraph(m_plot, m_plot->yAxis, tr("Training loss (epoch)"));
    m_validationLoss = epochGraph(m_plot, m_plot->yAxis, tr("Validation loss"));
    m_validationScore = epochGraph(m_plot, m_plot->yAxis2, QString());

    // Epochs are whole numbers: ticks at whole multiples, however long the run.
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(tr("Epoch"));
    m_plot->yAxis->setLabel(tr("Loss"));
    m_plot->yAxis2->setVisible(true);
    setScoreName(tr("Validation Pearson r"));
    // The legend sits above the axes, two entries a row: inside, falling losses and a rising
    // score leave no corner free.
    m_plot->legend->setVisible(true);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(2);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    keepPlotStyled(*m_plot, [this](const QPalette& palette) {
        // The batch loss is the quiet line behind the epoch dots.
        m_batchLoss->setPen(QPen(isDarkPalette(palette) ? kBatchLossColour.darker(160) : kBatchLossColour, 1));
        colourEpochs(m_trainLoss, seriesColour(kTrainLossColour, palette), palette);
        colourEpochs(m_validationLoss, seriesColour(kValidationLossColour, palette), palette);
        const QColor score = seriesColour(kScoreColour, palette);
        colourEpochs(m_validationScore, score, palette, Qt::DashLine);
        m_plot->yAxis2->setTickLabelColor(score);
        m_plot->yAxis2->setLabelColor(score);
    });

    m_replotTimer->setSingleShot(true);
    m_replotTimer->setInterval(kReplotIntervalMs);
    connect(m_replotTimer, &QTimer::timeout, this, &TrainingCurvesPlot::replotNow);
    replotNow();
}

void TrainingCurvesPlot::addBatch(double epochPosition, double loss)
{
    if (std::isnan(epochPosition) || std::isnan(loss))
        return;
    m_batchLoss->addData(epochPosition, loss);
    scheduleReplot();
}

void TrainingCurvesPlot::addEpoch(int epoch, double trainLoss, double validationLoss, double validationScore)
{
    const auto add = [epoch](QCPGraph* graph, double value) {
        if (!std::isnan(value))
            graph->addData(epoch, value);
    };
    add(m_trainLoss, trainLoss);
    add(m_validationLoss, validationLoss);
    add(m_validationScore, validationScore);
    scheduleReplot();
}

void TrainingCurvesPlot::setScoreName(const QString& name)
{
    m_validationScore->setName(name);
    m_plot->yAxis2->setLabel(name);
    scheduleReplot();
}

void TrainingCurvesPlot::clear()
{
    for (auto* graph : {m_batchLoss, m_trainLoss, m_validationLoss, m_validationScore})
        graph->data()->clear();
    replotNow();
}

QString TrainingCurvesPlot::savePlot(const QString& path)
{
    replotNow();
    return widgets::savePlot(*m_plot, path);
}

QCPGraph* TrainingCurvesPlot::graph(Series series) const
{
    switch (series) {
    case Series::BatchLoss:
        return m_batchLoss;
    case Series::TrainLoss:
        return m_trainLoss;
    case Series::ValidationLoss:
        return m_validationLoss;
    case Series::ValidationScore:
        return m_validationScore;
    }
    return nullptr;
}

void TrainingCurvesPlot::replotNow()
{
    m_replotTimer->stop();
    // Only series with data belong in the legend: a run without validation set has no
    // validation curves to explain.
    for (auto* graph : {m_batchLoss, m_trainLoss, m_validationLoss, m_validationScore}) {
        if (graph->data()->isEmpty())
            graph->removeFromLegend();
        else
            graph->addToLegend();
    }

    bool found = false;
    // An empty graph's key range is 0…0, so a new run shows its first epoch.
    const double lastEpoch = std::max(
        {1.0, m_batchLoss->getKeyRange(found).upper, m_trainLoss->getKeyRange(found).upper,
         m_validationLoss->getKeyRange(found).upper, m_validationScore->getKeyRange(found).upper});
    // A little room right of the last epoch so that its points are not cut in half.
    m_plot->xAxis->setRange(0, lastEpoch * 1.03);

    const QCPRange loss = valueRange({m_batchLoss, m_trainLoss, m_validationLoss}, found);
    if (found) {
        const double margin = std::max(loss.size() * 0.05, 1e-3);
        m_plot->yAxis->setRange(loss.lower - margin, loss.upper + margin);
    } else {
        m_plot->yAxis->setRange(0, 1);
    }
    // A correlation or AUROC lives in 0…1; a score outside it (a negative r early on) widens the axis.
    const QCPRange score = valueRange({m_validationScore}, found);
    const double lowest = found && score.lower < 0 ? score.lower - 0.05 : 0.0;
    m_plot->yAxis2->setRange(lowest, found ? std::max(1.0, score.upper) : 1.0);
    m_plot->replot();
}

void TrainingCurvesPlot::scheduleReplot()
{
    if (!m_replotTimer->isActive())
        m_replotTimer->start();
}

}  // namespace promoterlab::widgets
