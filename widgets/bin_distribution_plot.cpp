// SPDX-License-Identifier: GPL-3.0-or-later
#include "bin_distribution_plot.h"

#include "plot_export.h"
#include "plot_style.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace promoterlab::widgets {

namespace {

QCPItemStraightLine* verticalLine(QCustomPlot* plot)
{
    auto* line = new QCPItemStraightLine(plot);
    line->setVisible(false);
    return line;
}

void placeAt(QCPItemStraightLine* line, double x)
{
    line->point1->setCoords(x, 0);
    line->point2->setCoords(x, 1);
    line->setVisible(true);
}

}  // namespace

BinDistributionPlot::BinDistributionPlot(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_summary(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_plot, 1);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    offerSavePlotAs(*m_plot, tr("bin_distribution.png"));

    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setWidth(0.8);
    m_bars->setPen(Qt::NoPen);
    m_bars->setName(tr("Predicted probability"));
    m_expressionLine = verticalLine(m_plot);
    m_measuredLine = verticalLine(m_plot);
    keepPlotStyled(*m_plot, [this](const QPalette& palette) {
        m_bars->setBrush(seriesColour(QColor(70, 120, 180), palette));
        m_expressionLine->setPen(QPen(seriesColour(QColor(200, 60, 40), palette), 2));
        m_measuredLine->setPen(QPen(palette.color(QPalette::Text), 2, Qt::DashLine));
    });
    // Bins are whole numbers: ticks at whole multiples, about nine of them so labels never collide.
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    ticker->setTickCount(9);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(tr("Expression bin"));
    m_plot->yAxis->setLabel(tr("Probability"));
    // Squeezed by a tall dock below, the probability axis takes fewer ticks, so that its labels
    // stay apart: one tick per two lines of text. The layout knows the height only after this
    // replot's ticks were made, so a new count takes one more replot.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        const int lines = m_plot->axisRect()->height() / QFontMetrics(m_plot->yAxis->tickLabelFont()).height();
        const int ticks = std::max(2, lines / 2);
        if (ticks != m_plot->yAxis->ticker()->tickCount()) {
            m_plot->yAxis->ticker()->setTickCount(ticks);
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
    });
    m_plot->yAxis->setRange(0, 1);
    showMessage(tr("No prediction yet"));
}

void BinDistributionPlot::showPrediction(const std::vector<double>& binValues, const std::vector<double>& probabilities,
                                         double expression, std::optional<double> measured,
                                         std::optional<std::pair<double, double>> strands)
{
    m_bars->setData(QVector<double>(binValues.begin(), binValues.end()),
                    QVector<double>(probabilities.begin(), probabilities.end()), true);
    const double low = binValues.empty() ? 0 : binValues.front();
    const double high = binValues.empty() ? 1 : binValues.back();
    m_plot->xAxis->setRange(low - 0.6, high + 0.6);
    const double tallest = probabilities.empty() ? 1 : *std::max_element(probabilities.begin(), probabilities.end());
    m_plot->yAxis->setRange(0, std::max(0.05, tallest * 1.1));
    placeAt(m_expressionLine, expression);
    if (measured)
        placeAt(m_measuredLine, *measured);
    else
        m_measuredLine->setVisible(false);
    const QLocale locale;
    QString summary = tr("Predicted expression: %1 (red line)").arg(locale.toString(expression, 'f', 2));
    if (strands)
        summary += QLatin1String("   ") + tr("forward strand %1, reverse strand %2")
                                               .arg(locale.toString(strands->first, 'f', 2),
                                                    locale.toString(strands->second, 'f', 2));
    if (measured)
        summary += QLatin1String("   ") + tr("Measured: %1 (dashed)").arg(locale.toString(*measured, 'f', 2));
    m_summary->setText(summary);
    m_plot->replot();
}

void BinDistributionPlot::showMessage(const QString& message)
{
    m_bars->data()->clear();
    m_expressionLine->setVisible(false);
    m_measuredLine->setVisible(false);
    m_summary->setText(message);
    m_plot->replot();
}

QString BinDistributionPlot::summaryText() const
{
    return m_summary->text();
}

}  // namespace promoterlab::widgets
