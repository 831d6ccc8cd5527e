// SPDX-License-Identifier: GPL-3.0-or-later
// A sequence logo of a mutagenesis map, painted letter by letter under the shared position view.
#include "sequence_logo_track.h"

#include "base_colours.h"
#include "plot_export.h"
#include "position_viewport.h"
#include "viewport_navigation.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace promoterlab::widgets {

namespace {

// Room above the tallest and below the deepest letter, so neither touches the next track.
constexpr double kVerticalPadding = 4;
// Narrower than this, the right margin cannot hold the axis label.
constexpr int kMinLabelMargin = 40;

}  // namespace

SequenceLogoTrack::SequenceLogoTrack(QWidget* parent)
    : QWidget(parent)
    , m_navigation(new ViewportNavigation(this))
{
    setCursor(Qt::OpenHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Titles the SVG and PDF exports.
    setWindowTitle(tr("Sequence logo"));
    m_navigation->setToolTipSource([this](const QPoint& point) { return toolTipAt(point); });
    offerSaveWidgetImageAs(*this, tr("sequence_logo.png"));
}

void SequenceLogoTrack::setViewport(PositionViewport* viewport)
{
    m_viewport = viewport;
    m_navigation->setViewport(viewport);
}

void SequenceLogoTrack::setMap(const MutagenesisMap& map)
{
    m_bases = map.bases;
    m_heights = referenceImportance(map);
    m_sequenceOffset = map.sequenceOffset;
    m_estimated = map.estimated;
    m_largest = 0;
    for (double height : m_heights)
        if (std::isfinite(height))
            m_largest = std::max(m_largest, std::abs(height));
    update();
}

void SequenceLogoTrack::clear()
{
    m_bases.clear();
    m_heights.clear();
    m_sequenceOffset = 0;
    m_estimated = false;
    m_largest = 0;
    update();
}

QRectF SequenceLogoTrack::letterRect(int column) const
{
    if (!m_viewport || column < 0 || column >= static_cast<int>(m_heights.size()))
        return {};
    const double height = m_heights[static_cast<std::size_t>(column)];
    if (!std::isfinite(height) || height == 0)
        return {};
    const int position = m_sequenceOffset + column;
    const double left = m_viewport->xOf(position);
    const double width = m_viewport->xOf(position + 1) - left;
    const double extent = std::abs(height) * pixelsPerUnit();
    const double top = height > 0 ? baselineY() - extent : baselineY();
    return {left, top, width, extent};
}

double SequenceLogoTrack::baselineY() const
{
    return height() / 2.0;
}

QString SequenceLogoTrack::axisLabel() const
{
    return m_estimated ? tr("Importance (estimate)") : tr("Importance (−mean Δ)");
}

QString SequenceLogoTrack::toolTipAt(const QPoint& point) const
{
    const int column = columnAt(point);
    if (column < 0)
        return {};
    const int position = m_sequenceOffset + column;
    const QChar base = QLatin1Char(m_bases[static_cast<std::size_t>(column)]);
    const double height = m_heights[static_cast<std::size_t>(column)];
    const QString importance = std::isfinite(height) ? QLocale().toString(height, 'f', 3) : tr("n/a");
    // Flank positions count back from position 1, as the editor's ruler does.
    return position < 0 ? tr("5′ flank −%1: %2\nImportance %3").arg(-position).arg(base).arg(importance)
                        : tr("Position %1: %2\nImportance %3").arg(position + 1).arg(base).arg(importance);
}

QString SequenceLogoTrack::saveImage(const QString& path)
{
    return saveWidgetImage(*this, path);
}

QSize SequenceLogoTrack::sizeHint() const
{
    return {600, 70};
}

QSize SequenceLogoTrack::minimumSizeHint() const
{
    return {100, 40};
}

void SequenceLogoTrack::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_viewport)
        return;
    const QRectF strip = stripRect();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QLineF(strip.left(), baselineY(), strip.right(), baselineY()));
    paintAxis(painter);
    if (m_heights.empty() || m_largest == 0)
        return;

    painter.save();
    painter.setClipRect(strip);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool letters = m_viewport->pixelsPerBase() >= kMinLetterPixels;
    const int columns = static_cast<int>(m_heights.size());
    const int first = std::max(0, static_cast<int>(std::floor(m_viewport->positionAt(strip.left()))) - m_sequenceOffset);
    const int last = std::min(columns - 1, static_cast<int>(std::ceil(m_viewport->positionAt(strip.right()))) - m_sequenceOffset);
    const QColor other = palette().color(QPalette::Text);
    for (int column = first; column <= last; ++column) {
        const QRectF box = letterRect(column);
        if (box.isEmpty())
            continue;
        const QChar base = QLatin1Char(m_bases[static_cast<std::size_t>(column)]);
        const QColor colour = baseColour(base, other);
        if (!letters) {
            painter.fillRect(box, colour);
            continue;
        }
        // A thin gap between neighbours keeps wide letters from merging into one shape.
        const double gap = box.width() * 0.04;
        const QRectF cell = box.adjusted(gap, 0, -gap, 0);
        const QTransform toCell(cell.width(), 0, 0, cell.height(), cell.left(), cell.top());
        painter.fillPath(toCell.map(glyph(base)), colour);
    }
    painter.restore();
}

void SequenceLogoTrack::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_glyphs.clear();
        update();
    }
}

QRectF SequenceLogoTrack::stripRect() const
{
    const double left = m_viewport->leftMargin();
    const double right = std::max<double>(left, width() - m_viewport->rightMargin());
    return {left, 0, right - left, static_cast<double>(height())};
}

double SequenceLogoTrack::pixelsPerUnit() const
{
    return m_largest > 0 ? std::max(0.0, baselineY() - kVerticalPadding) / m_largest : 0;
}

int SequenceLogoTrack::columnAt(const QPoint& point) const
{
    if (!m_viewport || !stripRect().contains(point))
        return -1;
    const int column = static_cast<int>(std::floor(m_viewport->positionAt(point.x() + 0.5))) - m_sequenceOffset;
    return column >= 0 && column < static_cast<int>(m_heights.size()) ? column : -1;
}

const QPainterPath& SequenceLogoTrack::glyph(QChar base) const
{
    auto found = m_glyphs.find(base);
    if (found != m_glyphs.end())
        return *found;
    // Outlines from a large bold face, normalised to the unit square, so that a letter can be
    // stretched to any cell and still fill it edge to edge, which a drawn text would not.
    QFont face = font();
    face.setBold(true);
    face.setPixelSize(100);
    QPainterPath outline;
    outline.addText(0, 0, face, QString(base));
    const QRectF bounds = outline.boundingRect();
    QPainterPath unit;
    if (bounds.width() > 0 && bounds.height() > 0) {
        QTransform toUnit;
        toUnit.scale(1 / bounds.width(), 1 / bounds.height());
        toUnit.translate(-bounds.left(), -bounds.top());
        unit = toUnit.map(outline);
    }
    return *m_glyphs.insert(base, unit);
}

void SequenceLogoTrack::paintAxis(QPainter& painter) const
{
    const double axisX = m_viewport->leftMargin() - 3.5;
    if (axisX < 20)
        return;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter.setFont(small);
    painter.setPen(palette().color(QPalette::Text));

    const double extent = m_largest * pixelsPerUnit();
    const double top = baselineY() - extent;
    const double bottom = baselineY() + extent;
    painter.drawLine(QLineF(axisX, top, axisX, bottom));
    const QLocale locale;
    const auto tick = [&](double y, const QString& label) {
        painter.drawLine(QLineF(axisX - 3, y, axisX, y));
        // Labels of the outer ticks move inwards rather than lose their top or bottom half.
        const double textHeight = painter.fontMetrics().height();
        const double textTop = std::clamp(y - textHeight / 2, 0.0, std::max(0.0, height() - textHeight));
        painter.drawText(QRectF(0, textTop, axisX - 5, textHeight), Qt::AlignRight | Qt::AlignVCenter, label);
    };
    tick(baselineY(), locale.toString(0));
    if (m_largest > 0) {
        tick(top, locale.toString(m_largest, 'f', 2));
        tick(bottom, locale.toString(-m_largest, 'f', 2));
    }

    // The label goes in the right margin beside the letters; a narrow margin leaves it the
    // strip's top-left corner.
    const int rightMargin = m_viewport->rightMargin();
    painter.setPen(palette().color(QPalette::PlaceholderText));
    if (rightMargin >= kMinLabelMargin)
        painter.drawText(QRectF(width() - rightMargin + 6, 0, rightMargin - 8, height()),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, axisLabel());
    else
        painter.drawText(stripRect().adjusted(4, 2, 0, 0), Qt::AlignLeft | Qt::AlignTop, axisLabel());
}

}  // namespace promoterlab::widgets
