// SPDX-License-Identifier: GPL-3.0-or-later
// The mutagenesis heatmap: a QCustomPlot colour map laid out along the shared position view.
#include "mutagenesis_heatmap.h"

#include "base_colours.h"
#include "plot_export.h"
#include "plot_style.h"
#include "position_viewport.h"
#include "viewport_navigation.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace promoterlab::widgets {

namespace {

constexpr int kRowCount = 4;
constexpr int kRowHeight = 18;
constexpr int kMinRowHeight = 15;
// Room above the top row, so that its cells do not touch the track above.
constexpr int kTopPadding = 3;
// Position labels closer than this would run into each other.
constexpr double kMinTickSpacing = 45;
constexpr int kColourBarWidth = 8;
constexpr int kColourBarGap = 5;
// Narrower cells than this get no reference dot: it would cover them.
constexpr double kMinDotPixels = 8;

// Labels the cells' centres with the positions a biologist counts: 1-based in the sequence and
// −1, −2, … back into the 5′ flank, as the editor's ruler does, at steps of 1, 2 or 5 × 10^k.
class PositionTicker : public QCPAxisTicker {
protected:
    double getTickStep(const QCPRange& range) override
    {
        const double wanted = range.size() / std::max(1, tickCount());
        if (!std::isfinite(wanted) || wanted <= 1)
            return 1;
        const double magnitude = std::pow(10.0, std::floor(std::log10(wanted)));
        for (double factor : {1.0, 2.0, 5.0})
            if (magnitude * factor >= wanted)
                return magnitude * factor;
        return magnitude * 10;
    }

    int getSubTickCount(double) override { return 0; }

    QVector<double> createTickVector(double step, const QCPRange& range) override
    {
        QVector<double> ticks;
        const auto lowest = static_cast<long long>(std::floor(range.lower / step));
        const auto highest = static_cast<long long>(std::ceil((range.upper + 1) / step));
        for (long long multiple = lowest; multiple <= highest; ++multiple) {
            const auto number = static_cast<long long>(multiple * step);
            if (number == 0)
                continue;
            const long long position = number > 0 ? number - 1 : number;
            ticks.push_back(static_cast<double>(position) + 0.5);
        }
        return ticks;
    }

    QString getTickLabel(double tick, const QLocale& locale, QChar, int) override
    {
        const auto position = static_cast<long long>(std::floor(tick));
        return locale.toString(position >= 0 ? position + 1 : position);
    }
};

// ColorBrewer's RdBu: readable with the common colour-vision deficiencies. The middle, where
// the reference cells are, takes the background: white on a light scheme. On a dark one the
// colours brighten outward instead, so that the strongest effects still stand out most.
QCPColorGradient divergingGradient(const QPalette& palette)
{
    const QColor deepBlue(33, 102, 172), paleBlue(146, 197, 222), paleRed(244, 165, 130), deepRed(178, 24, 43);
    const bool dark = isDarkPalette(palette);
    QCPColorGradient gradient;
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setColorStopAt(0.0, dark ? paleBlue : deepBlue);
    gradient.setColorStopAt(0.25, dark ? deepBlue : paleBlue);
    gradient.setColorStopAt(0.5, palette.color(QPalette::Base));
    gradient.setColorStopAt(0.75, dark ? deepRed : paleRed);
    gradient.setColorStopAt(1.0, dark ? paleRed : deepRed);
    // An odd number of levels puts a level, the background, exactly at zero: the reference cells.
    gradient.setLevelCount(351);
    return gradient;
}

QFont smallerFont(const QFont& font)
{
    QFont smaller = font;
    smaller.setPointSizeF(font.pointSizeF() * 0.8);
    return smaller;
}

QString signedNumber(double value)
{
    const QString text = QLocale().toString(value, 'f', 3);
    return value > 0 ? QLatin1Char('+') + text : text;
}

}  // namespace

MutagenesisHeatmap::MutagenesisHeatmap(QWidget* parent)
    : QWidget(parent)
    , m_navigation(new ViewportNavigation(this))
    , m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    // The heatmap itself takes the mouse, as the other tracks do, so that gestures and
    // tooltips work the same everywhere under the editor.
    m_plot->setAttribute(Qt::WA_TransparentForMouseEvents);
    setMouseTracking(true);
    setCursor(Qt::OpenHandCursor);
    connect(m_navigation, &ViewportNavigation::clicked, this, &MutagenesisHeatmap::requestSubstitutionAt);
    m_navigation->setToolTipSource([this](const QPoint& point) { return toolTipAt(point); });

    const QFont small = smallerFont(font());
    m_plot->axisRect()->setAutoMargins(QCP::msNone);
    m_plot->plotLayout()->setColumnSpacing(0);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new PositionTicker));
    m_plot->xAxis->setTickLength(0, 3);
    m_plot->xAxis->setTickLabelFont(small);
    m_plot->xAxis->setTickLabelPadding(2);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setVisible(false);
    m_plot->yAxis->setRange(-0.5, kRowCount - 0.5);
    m_plot->yAxis->setRangeReversed(true);

    m_cells = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_cells->setInterpolate(false);
    m_cells->setTightBoundary(false);
    m_scale = new QCPColorScale(m_plot);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(kColourBarWidth);
    m_scale->setAutoMargins(QCP::msNone);
    m_scale->axis()->setTickLabelFont(small);
    m_scale->axis()->setLabelFont(small);
    m_scale->axis()->setTickLabelPadding(2);
    m_scale->axis()->setLabelPadding(2);
    m_scale->axis()->ticker()->setTickCount(3);
    // The colour scale sizes itself to its labels; the column around it fills the right margin
    // exactly, which leaves the cells the strip.
    m_rightMarginColumn = new QCPLayoutGrid;
    m_rightMarginColumn->setSizeConstraintRect(QCPLayoutElement::scrOuterRect);
    m_plot->plotLayout()->addElement(0, 1, m_rightMarginColumn);
    m_rightMarginColumn->addElement(0, 0, m_scale);
    m_cells->setColorScale(m_scale);

    m_referenceDots = m_plot->addGraph();
    m_referenceDots->setLineStyle(QCPGraph::lsNone);

    m_flankBoundary = new QCPItemStraightLine(m_plot);
    m_flankBoundary->point1->setCoords(0, 0);
    m_flankBoundary->point2->setCoords(0, 1);

    m_hover = new QCPItemRect(m_plot);
    m_hover->setVisible(false);

    QFont bold = font();
    bold.setBold(true);
    for (int row = 0; row < kRowCount; ++row) {
        auto* label = new QCPItemText(m_plot);
        const QChar base = QLatin1Char(kMapBases[row]);
        label->setText(base);
        label->setFont(bold);
        label->setClipToAxisRect(false);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
        label->position->setTypeX(QCPItemPosition::ptAbsolute);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        m_rowLabels[row] = label;
    }

    m_hint = new QCPItemText(m_plot);
    m_hint->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_hint->position->setCoords(0.5, 0.5);

    m_estimateBadge = new QCPItemText(m_plot);
    m_estimateBadge->setText(tr("Gradient × input estimate"));
    m_estimateBadge->setFont(small);
    m_estimateBadge->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_estimateBadge->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_estimateBadge->position->setCoords(0, 0);
    m_estimateBadge->setPadding(QMargins(3, 1, 3, 1));
    m_estimateBadge->setColor(QColor(120, 60, 0));
    m_estimateBadge->setBrush(QColor(255, 240, 200, 230));
    m_estimateBadge->setPen(QPen(QColor(200, 140, 40)));
    keepPlotStyled(*m_plot, [this](const QPalette& palette) {
        const QColor text = palette.color(QPalette::Text);
        m_flankBoundary->setPen(QPen(text, 1));
        m_hover->setPen(QPen(text, 1.5));
        for (int row = 0; row < kRowCount; ++row)
            m_rowLabels[row]->setColor(baseColour(QLatin1Char(kMapBases[row]), text));
        m_hint->setColor(palette.color(QPalette::PlaceholderText));
        m_scale->setGradient(divergingGradient(palette));
        followViewport();  // the reference dots take the text colour
    });

    clear();
}

void MutagenesisHeatmap::setViewport(PositionViewport* viewport)
{
    if (m_viewport)
        disconnect(m_viewport, nullptr, this, nullptr);
    m_viewport = viewport;
    m_navigation->setViewport(viewport);
    if (m_viewport) {
        connect(m_viewport, &PositionViewport::changed, this, &MutagenesisHeatmap::followViewport);
    }
    followViewport();
}

void MutagenesisHeatmap::setMap(const MutagenesisMap& map)
{
    m_map = map;
    m_hasMap = true;
    const int columns = m_map.columns();
    auto* data = m_cells->data();
    // The colour map spreads its samples from the first cell's centre to the last one's, which
    // for a single column is no width at all: two samples a half cell apart cover it instead.
    const int samples = std::max(2, columns);
    const double first = m_map.sequenceOffset + (columns == 1 ? 0.25 : 0.5);
    const double last = m_map.sequenceOffset + (columns == 1 ? 0.75 : columns - 0.5);
    data->setSize(samples, kRowCount);
    data->setRange(QCPRange(first, last), QCPRange(0, kRowCount - 1));
    for (int sample = 0; sample < samples; ++sample)
        for (int row = 0; row < kRowCount; ++row)
            data->setCell(sample, row, columns > 0 ? m_map.delta(row, std::min(sample, columns - 1)) : 0);

    m_referenceDots->data()->clear();
    for (int column = 0; column < columns; ++column) {
        const int row = mapRow(m_map.bases[static_cast<std::size_t>(column)]);
        if (row >= 0)
            m_referenceDots->addData(m_map.sequenceOffset + column + 0.5, row);
    }
    m_cells->setVisible(columns > 0);
    m_referenceDots->setVisible(columns > 0);
    m_scale->setVisible(true);
    m_scale->axis()->setLabel(legendLabel());
    m_estimateBadge->setVisible(m_map.estimated);
    // Where the fixed flank ends and the editable sequence begins.
    m_flankBoundary->setVisible(m_map.sequenceOffset < 0 && m_map.sequenceOffset + columns > 0);
    m_hint->setVisible(false);
    m_hint->setText(QString());
    updateColours();
    followViewport();
}

void MutagenesisHeatmap::clear()
{
    m_map = MutagenesisMap();
    m_hasMap = false;
    m_cells->data()->clear();
    m_referenceDots->data()->clear();
    m_cells->setVisible(false);
    m_referenceDots->setVisible(false);
    m_scale->setVisible(false);
    m_estimateBadge->setVisible(false);
    m_flankBoundary->setVisible(false);
    m_hover->setVisible(false);
    m_hint->setText(tr("No mutagenesis map: Analysis → Mutagenesis Map (Ctrl+M)"));
    m_hint->setVisible(true);
    updateColours();
    followViewport();
}

void MutagenesisHeatmap::setColourRange(double limit)
{
    if (!(limit > 0) || !std::isfinite(limit))
        return;
    m_fixedColourLimit = limit;
    updateColours();
}

void MutagenesisHeatmap::setAutomaticColourRange()
{
    m_fixedColourLimit.reset();
    updateColours();
}

double MutagenesisHeatmap::colourLimit() const
{
    if (m_fixedColourLimit)
        return *m_fixedColourLimit;
    double largest = 0;
    for (double delta : m_map.deltas)
        if (std::isfinite(delta))
            largest = std::max(largest, std::abs(delta));
    // A map without any effect still needs a scale to draw its white cells on.
    return largest > 0 ? largest : 1;
}

QString MutagenesisHeatmap::legendLabel() const
{
    // The label runs along the colour bar, which is only as tall as the four rows: the badge
    // over the cells says what kind of estimate it is.
    return m_map.estimated ? tr("Δ estimate") : tr("Δ expression");
}

QString MutagenesisHeatmap::hintText() const
{
    return m_hint->visible() ? m_hint->text() : QString();
}

std::optional<MutagenesisHeatmap::Cell> MutagenesisHeatmap::cellAt(const QPoint& point) const
{
    if (!m_hasMap || !m_viewport)
        return std::nullopt;
    const QRectF cells = cellsRect();
    // Pixel centres decide, so that a pixel belongs to exactly one cell.
    const QPointF centre = QPointF(point) + QPointF(0.5, 0.5);
    if (!cells.contains(centre))
        return std::nullopt;
    const int position = static_cast<int>(std::floor(m_viewport->positionAt(centre.x())));
    const int column = position - m_map.sequenceOffset;
    if (column < 0 || column >= m_map.columns())
        return std::nullopt;
    const int row = std::clamp(static_cast<int>((centre.y() - cells.top()) / cells.height() * kRowCount), 0,
                               kRowCount - 1);
    return Cell{position, row, QLatin1Char(kMapBases[row])};
}

QString MutagenesisHeatmap::toolTipAt(const QPoint& point) const
{
    const auto cell = cellAt(point);
    if (!cell)
        return {};
    const int column = cell->position - m_map.sequenceOffset;
    const QChar reference = QLatin1Char(m_map.bases[static_cast<std::size_t>(column)]);
    // Flank positions count back from position 1, as the editor's ruler does.
    const QString where = cell->position < 0 ? tr("5′ flank −%1").arg(-cell->position)
                                             : tr("Position %1").arg(cell->position + 1);
    const QString expression = QLocale().toString(m_map.expression(cell->row, column), 'f', 3);
    if (cell->base == reference)
        return tr("%1: %2 (reference)\nPredicted expression %3").arg(where, reference, expression);
    const QString delta = signedNumber(m_map.delta(cell->row, column));
    const QString substitution = tr("%1: %2 → %3").arg(where, reference, cell->base);
    if (m_map.estimated)
        return tr("%1\nΔ expression %2 (estimate)\nExpression %3 (estimate)").arg(substitution, delta, expression);
    return tr("%1\nΔ expression %2\nPredicted expression %3").arg(substitution, delta, expression);
}

QString MutagenesisHeatmap::saveImage(const QString& path)
{
    showHover(std::nullopt);
    return savePlot(*m_plot, path);
}

QSize MutagenesisHeatmap::sizeHint() const
{
    return {600, kTopPadding + kRowCount * kRowHeight + bottomMargin()};
}

QSize MutagenesisHeatmap::minimumSizeHint() const
{
    return {100, kTopPadding + kRowCount * kMinRowHeight + bottomMargin()};
}

void MutagenesisHeatmap::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    followViewport();
}

void MutagenesisHeatmap::mouseMoveEvent(QMouseEvent* event)
{
    showHover(cellAt(event->position().toPoint()));
}

void MutagenesisHeatmap::leaveEvent(QEvent* event)
{
    QWidget::leaveEvent(event);
    showHover(std::nullopt);
}

void MutagenesisHeatmap::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Save Heatmap As…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Heatmap As"), tr("mutagenesis_heatmap.png"),
                                                          plotFileFilter());
        if (path.isEmpty())
            return;
        if (const QString problem = saveImage(path); !problem.isEmpty())
            QMessageBox::warning(this, tr("The heatmap could not be written"), problem);
    });
    menu.exec(event->globalPos());
}

QRectF MutagenesisHeatmap::cellsRect() const
{
    const double left = m_viewport->leftMargin();
    const double right = std::max<double>(left, width() - m_viewport->rightMargin());
    const double bottom = std::max<double>(kTopPadding, height() - bottomMargin());
    return {left, double(kTopPadding), right - left, bottom - kTopPadding};
}

int MutagenesisHeatmap::bottomMargin() const
{
    // Tick, padding and one line of position labels.
    return QFontMetrics(smallerFont(font())).height() + 6;
}

bool MutagenesisHeatmap::isEditable(const Cell& cell) const
{
    const int column = cell.position - m_map.sequenceOffset;
    return cell.position >= 0 && cell.base != QLatin1Char(m_map.bases[static_cast<std::size_t>(column)]);
}

void MutagenesisHeatmap::requestSubstitutionAt(const QPoint& point)
{
    const auto cell = cellAt(point);
    if (cell && isEditable(*cell))
        Q_EMIT substitutionRequested(cell->position, cell->base);
}

void MutagenesisHeatmap::showHover(const std::optional<Cell>& cell)
{
    setCursor(cell && isEditable(*cell) ? Qt::PointingHandCursor : Qt::OpenHandCursor);
    if (!cell) {
        if (m_hover->visible()) {
            m_hover->setVisible(false);
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
        return;
    }
    m_hover->topLeft->setCoords(cell->position, cell->row - 0.5);
    m_hover->bottomRight->setCoords(cell->position + 1, cell->row + 0.5);
    m_hover->setVisible(true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MutagenesisHeatmap::followViewport()
{
    if (!m_viewport) {
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const int left = m_viewport->leftMargin();
    const int right = m_viewport->rightMargin();
    const int bottom = bottomMargin();
    m_plot->axisRect()->setMargins(QMargins(left, kTopPadding, 0, bottom));
    m_rightMarginColumn->setMinimumSize(right, 0);
    m_rightMarginColumn->setMaximumSize(right, QWIDGETSIZE_MAX);
    m_scale->setMargins(QMargins(kColourBarGap, kTopPadding, 0, bottom));

    const double strip = std::max(1, width() - left - right);
    const double pixelsPerBase = m_viewport->pixelsPerBase();
    m_plot->xAxis->setRange(m_viewport->firstVisible(), m_viewport->firstVisible() + strip / pixelsPerBase);
    m_plot->xAxis->ticker()->setTickCount(std::max(1, static_cast<int>(strip / kMinTickSpacing)));

    const double dot = std::min(pixelsPerBase, double(kRowHeight)) * 0.3;
    m_referenceDots->setScatterStyle(pixelsPerBase >= kMinDotPixels
                                         ? QCPScatterStyle(QCPScatterStyle::ssDisc, palette().color(QPalette::Text), dot)
                                         : QCPScatterStyle(QCPScatterStyle::ssNone));
    for (int row = 0; row < kRowCount; ++row)
        m_rowLabels[row]->position->setCoords(left - 6, row);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MutagenesisHeatmap::updateColours()
{
    const double limit = colourLimit();
    m_scale->setDataRange(QCPRange(-limit, limit));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace promoterlab::widgets
