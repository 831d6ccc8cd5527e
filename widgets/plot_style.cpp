// SPDX-License-Identifier: GPL-3.0-or-later
// Palette-driven plot colours, and the event filter that reapplies them when the scheme changes.
#include "plot_style.h"

#include <QEvent>

#include <qcustomplot.h>

namespace promoterlab::widgets {

namespace {

const QString kStylerName = QStringLiteral("promoterlabPlotStyler");

QColor blend(const QColor& from, const QColor& to, double weightOfTo)
{
    const auto mix = [weightOfTo](double a, double b) { return static_cast<float>(a + (b - a) * weightOfTo); };
    return QColor::fromRgbF(mix(from.redF(), to.redF()), mix(from.greenF(), to.greenF()), mix(from.blueF(), to.blueF()));
}

void styleChrome(QCustomPlot& plot, const QPalette& palette)
{
    const QColor background = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QPen axisPen(blend(background, text, 0.6), 1);
    const QPen gridPen(blend(background, text, 0.15), 1, Qt::DotLine);
    const QPen zeroPen(blend(background, text, 0.35), 1);
    plot.setBackground(background);
    for (QCPAxis* axis : plot.findChildren<QCPAxis*>()) {
        axis->setBasePen(axisPen);
        axis->setTickPen(axisPen);
        axis->setSubTickPen(axisPen);
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(gridPen);
        axis->grid()->setSubGridPen(gridPen);
        axis->grid()->setZeroLinePen(zeroPen);
    }
    for (QCPLegend* legend : plot.findChildren<QCPLegend*>()) {
        QColor fill = background;
        fill.setAlpha(220);
        legend->setBrush(fill);
        legend->setBorderPen(QPen(blend(background, text, 0.3)));
        legend->setTextColor(text);
        // Entries copy the legend's colour when made: the ones already there need telling.
        for (int i = 0; i < legend->itemCount(); ++i)
            legend->item(i)->setTextColor(text);
    }
    for (QCPTextElement* title : plot.findChildren<QCPTextElement*>())
        title->setTextColor(text);
}

// Lives as a child of the plot: remembers the owner's item colouring and reapplies everything
// when the plot's palette or style changes.
class PlotStyler : public QObject {
public:
    PlotStyler(QCustomPlot& plot, std::function<void(const QPalette&)> styleItems)
        : QObject(&plot)
        , m_plot(plot)
        , m_styleItems(std::move(styleItems))
    {
        setObjectName(kStylerName);
        plot.installEventFilter(this);
    }

    void restyle(const QPalette& palette)
    {
        styleChrome(m_plot, palette);
        if (m_styleItems)
            m_styleItems(palette);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == &m_plot && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)) {
            restyle(m_plot.palette());
            m_plot.replot(QCustomPlot::rpQueuedReplot);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QCustomPlot& m_plot;
    std::function<void(const QPalette&)> m_styleItems;
};

PlotStyler* stylerOf(QCustomPlot& plot)
{
    return dynamic_cast<PlotStyler*>(plot.findChild<QObject*>(kStylerName, Qt::FindDirectChildrenOnly));
}

}  // namespace

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette paperPalette()
{
    QPalette palette;
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base})
        palette.setColor(role, Qt::white);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text})
        palette.setColor(role, Qt::black);
    palette.setColor(QPalette::PlaceholderText, QColor(110, 110, 110));
    palette.setColor(QPalette::Mid, QColor(160, 160, 160));
    return palette;
}

QColor seriesColour(const QColor& onLight, const QPalette& palette)
{
    return isDarkPalette(palette) ? onLight.lighter(145) : onLight;
}

void keepPlotStyled(QCustomPlot& plot, std::function<void(const QPalette&)> styleItems)
{
    auto* styler = stylerOf(plot);
    if (!styler)
        styler = new PlotStyler(plot, std::move(styleItems));
    styler->restyle(plot.palette());
}

void restylePlot(QCustomPlot& plot, const QPalette& palette)
{
    if (PlotStyler* styler = stylerOf(plot))
        styler->restyle(palette);
    else
        styleChrome(plot, palette);
}

}  // namespace promoterlab::widgets
