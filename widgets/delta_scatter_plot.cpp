// SPDX-License-Identifier: GPL-3.0-or-later
// Predicted against measured variant deltas (QCustomPlot), by substitution class, with the agreement.
#include "delta_scatter_plot.h"

#include "plot_export.h"
#include "plot_style.h"

#include <QLocale>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace promoterlab::widgets {

namespace {

QCPItemStraightLine* guideLine(QCustomPlot* plot, double x1, double y1, double x2, double y2)
{
    auto* line = new QCPItemStraightLine(plot);
    line->point1->setCoords(x1, y1);
    line->point2->setCoords(x2, y2);
    line->setSelectable(false);
    return line;
}

// The range of values with a margin, always holding 0 so that the zero cross stays in view.
QCPRange paddedRange(double low, double high)
{
    low = std::min(low, 0.0);
    high = std::max(high, 0.0);
    const double margin = std::max(0.05 * (high - low), 1e-3);
    return QCPRange(low - margin, high + margin);
}

QString correlationText(double value, int decimals)
{
    return std::isnan(value) ? DeltaScatterPlot::tr("n/a") : QLocale().toString(value, 'f', decimals);
}

}  // namespace

DeltaScatterPlot::DeltaScatterPlot(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    offerSavePlotAs(*m_plot, tr("variant_deltas.png"));

    const QString names[kClassCount] = {tr("1 substitution"), tr("2 substitutions"), tr("3 or more substitutions")};
    for (int i = 0; i < kClassCount; ++i) {
        auto* graph = m_plot->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setName(names[i]);
        m_classes.push_back(graph);
    }
    // Predicted deltas are on the model's bin scale and measured ones on the assay's, so a
    // y = x line would mislead; the zero cross shows whether the signs agree.
    m_zeroX = guideLine(m_plot, 0, 0, 1, 0);
    m_zeroY = guideLine(m_plot, 0, 0, 0, 1);
    m_message = new QCPItemText(m_plot);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.5);

    m_plot->xAxis->setLabel(tr("Predicted Δ (alternative − reference)"));
    m_plot->yAxis->setLabel(tr("Measured Δ"));
    m_agreement = new QCPTextElement(m_plot, QString(), font());
    m_agreement->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_agreement);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    m_plot->legend->setFont(legendFont);
    // Top left: with predictions that agree with the assay, that quadrant (predicted down,
    // measured up) is the emptiest.
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    keepPlotStyled(*m_plot, [this](const QPalette& palette) {
        for (int i = 0; i < kClassCount; ++i) {
            const QColor edge = seriesColour(classColour(i), palette);
            QColor fill = edge;
            fill.setAlpha(170);
            m_classes[static_cast<std::size_t>(i)]->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssCircle, edge, fill, 7));
        }
        const QPen guide(palette.color(QPalette::Mid), 1, Qt::DashLine);
        m_zeroX->setPen(guide);
        m_zeroY->setPen(guide);
        m_message->setColor(palette.color(QPalette::PlaceholderText));
    });
    clear();
}

void DeltaScatterPlot::setData(const std::vector<VariantEffect>& effects, const std::vector<DeltaAgreement>& agreement)
{
    QVector<double> xs[kClassCount];
    QVector<double> ys[kClassCount];
    for (const auto& effect : effects) {
        if (!effect.variant.measuredDelta)
            continue;
        const int group = substitutionClass(effect.variant.substitutions);
        xs[group].push_back(effect.predictedDelta());
        ys[group].push_back(*effect.variant.measuredDelta);
    }
    m_plot->legend->clearItems();
    bool any = false;
    double lowX = 0, highX = 0, lowY = 0, highY = 0;
    for (int i = 0; i < kClassCount; ++i) {
        m_classes[static_cast<std::size_t>(i)]->setData(xs[i], ys[i]);
        if (xs[i].isEmpty())
            continue;
        m_classes[static_cast<std::size_t>(i)]->addToLegend();
        const auto [minX, maxX] = std::minmax_element(xs[i].begin(), xs[i].end());
        const auto [minY, maxY] = std::minmax_element(ys[i].begin(), ys[i].end());
        lowX = any ? std::min(lowX, *minX) : *minX;
        highX = any ? std::max(highX, *maxX) : *maxX;
        lowY = any ? std::min(lowY, *minY) : *minY;
        highY = any ? std::max(highY, *maxY) : *maxY;
        any = true;
    }
    if (!any) {
        clear();
        if (!effects.empty())
            m_message->setText(tr("No measured deltas: choose a measured column when importing\nto compare the "
                                  "predictions with the assay"));
        m_plot->replot();
        return;
    }
    m_plot->xAxis->setRange(paddedRange(lowX, highX));
    m_plot->yAxis->setRange(paddedRange(lowY, highY));
    m_plot->legend->setVisible(true);
    m_zeroX->setVisible(true);
    m_zeroY->setVisible(true);
    m_message->setText(QString());
    m_message->setVisible(false);

    QStringList lines;
    const QLocale locale;
    for (const auto& group : agreement) {
        const QString label =
            group.substitutions == 0 ? tr("All") : tr("%n substitution(s)", nullptr, group.substitutions);
        lines.push_back(tr("%1: r = %2, ρ = %3 (n = %4)")
                            .arg(label, correlationText(group.pearson, 3), correlationText(group.spearman, 2),
                                 locale.toString(static_cast<qulonglong>(group.count))));
    }
    m_agreement->setText(lines.join(QLatin1Char('\n')));
    m_plot->replot();
}

void DeltaScatterPlot::clear()
{
    for (auto* graph : m_classes)
        graph->data()->clear();
    m_plot->legend->clearItems();
    m_plot->legend->setVisible(false);
    m_zeroX->setVisible(false);
    m_zeroY->setVisible(false);
    m_plot->xAxis->setRange(-1, 1);
    m_plot->yAxis->setRange(-1, 1);
    m_agreement->setText(QString());
    m_message->setText(tr("No variants scored yet"));
    m_message->setVisible(true);
    m_plot->replot();
}

int DeltaScatterPlot::substitutionClass(int substitutions)
{
    return std::clamp(substitutions, 1, kClassCount) - 1;
}

QColor DeltaScatterPlot::classColour(int substitutionClass)
{
    // Blue, orange and purple: told apart with the common colour-vision deficiencies too.
    switch (substitutionClass) {
    case 0:
        return QColor(31, 119, 180);
    case 1:
        return QColor(230, 120, 20);
    default:
        return QColor(140, 70, 160);
    }
}

QCPGraph* DeltaScatterPlot::classGraph(int substitutionClass) const
{
    return m_classes.at(static_cast<std::size_t>(substitutionClass));
}

int DeltaScatterPlot::pointCount() const
{
    int count = 0;
    for (const auto* graph : m_classes)
        count += graph->dataCount();
    return count;
}

QString DeltaScatterPlot::agreementText() const
{
    return m_agreement->text();
}

QString DeltaScatterPlot::messageText() const
{
    return m_message->visible() ? m_message->text() : QString();
}

}  // namespace promoterlab::widgets
