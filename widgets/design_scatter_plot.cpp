// SPDX-License-Identifier: GPL-3.0-or-later
// Target against predicted expression of designed promoters, with the diagonal (QCustomPlot).
#include "design_scatter_plot.h"

#include "plot_export.h"
#include "plot_style.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace promoterlab::widgets {

namespace {

// The LegNet bin scale: where targets and predictions live unless a design falls outside it.
constexpr double kLowestExpression = 0;
constexpr double kHighestExpression = 17;

QCPGraph* pointGraph(QCustomPlot* plot, const QString& name)
{
    auto* graph = plot->addGraph();
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setName(name);
    return graph;
}

void colourPoints(QCPGraph* graph, const QColor& colour)
{
    QColor fill = colour;
    fill.setAlpha(150);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, fill, 7));
}

}  // namespace

DesignScatterPlot::DesignScatterPlot(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    offerSavePlotAs(*m_plot, tr("designs.png"));

    m_usable = pointGraph(m_plot, tr("Designs"));
    m_rejected = pointGraph(m_plot, tr("Breaking a constraint"));
    m_diagonal = new QCPItemStraightLine(m_plot);
    m_diagonal->point1->setCoords(0, 0);
    m_diagonal->point2->setCoords(1, 1);
    m_diagonal->setSelectable(false);
    m_message = new QCPItemText(m_plot);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.5);

    m_plot->xAxis->setLabel(tr("Target expression"));
    m_plot->yAxis->setLabel(tr("Predicted expression"));
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    m_plot->legend->setFont(legendFont);
    // Top left: designs that hit their targets sit on the diagonal, far from that corner.
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    keepPlotStyled(*m_plot, [this](const QPalette& palette) {
        colourPoints(m_usable, seriesColour(QColor(31, 119, 180), palette));
        colourPoints(m_rejected, palette.color(QPalette::Mid));
        m_diagonal->setPen(QPen(palette.color(QPalette::Mid), 1, Qt::DashLine));
        m_message->setColor(palette.color(QPalette::PlaceholderText));
    });
    clear();
}

void DesignScatterPlot::setDesigns(const std::vector<Design>& designs)
{
    if (designs.empty()) {
        clear();
        return;
    }
    QVector<double> usableX, usableY, rejectedX, rejectedY;
    double low = kLowestExpression, high = kHighestExpression;
    for (const Design& design : designs) {
        const DesignResult& result = design.result;
        (result.satisfiesConstraints ? usableX : rejectedX).push_back(result.target);
        (result.satisfiesConstraints ? usableY : rejectedY).push_back(result.predicted);
        low = std::min({low, result.target, result.predicted});
        high = std::max({high, result.target, result.predicted});
    }
    m_usable->setData(usableX, usableY);
    m_rejected->setData(rejectedX, rejectedY);
    // The same range on both axes, so that the diagonal runs corner to corner.
    const double margin = 0.03 * (high - low);
    m_plot->xAxis->setRange(low - margin, high + margin);
    m_plot->yAxis->setRange(low - margin, high + margin);
    m_plot->legend->clearItems();
    m_usable->addToLegend();
    if (!rejectedX.isEmpty())
        m_rejected->addToLegend();
    m_plot->legend->setVisible(true);
    m_diagonal->setVisible(true);
    m_message->setText(QString());
    m_message->setVisible(false);
    m_plot->replot();
}

void DesignScatterPlot::clear()
{
    m_usable->data()->clear();
    m_rejected->data()->clear();
    m_plot->legend->clearItems();
    m_plot->legend->setVisible(false);
    m_diagonal->setVisible(false);
    m_plot->xAxis->setRange(kLowestExpression, kHighestExpression);
    m_plot->yAxis->setRange(kLowestExpression, kHighestExpression);
    m_message->setText(tr("No designs yet"));
    m_message->setVisible(true);
    m_plot->replot();
}

QString DesignScatterPlot::messageText() const
{
    return m_message->visible() ? m_message->text() : QString();
}

}  // namespace promoterlab::widgets
