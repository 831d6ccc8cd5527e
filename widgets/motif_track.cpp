// SPDX-License-Identifier: GPL-3.0-or-later
// Motif hits as arrows in lanes under the shared position view, with tooltips and image export.
#include "motif_track.h"

#include "plot_export.h"
#include "position_viewport.h"
#include "viewport_navigation.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace promoterlab::widgets {

namespace {

// Room above the first lane and below the last, so arrows do not touch the next track.
constexpr int kVerticalPadding = 3;
// Narrower than this, the right margin cannot hold the track's notes.
constexpr int kMinNoteMargin = 40;

// A viewport position as the editor's ruler shows it: 1-based in the sequence, and counting
// back from position 1 in the 5' flank.
QString positionLabel(long long position)
{
    return position < 0 ? QString::fromUtf8("−%1").arg(-position) : QString::number(position + 1);
}

QString strandSign(bool reverseStrand)
{
    return reverseStrand ? QString::fromUtf8("−") : QStringLiteral("+");
}

}  // namespace

MotifTrack::MotifTrack(QWidget* parent)
    : QWidget(parent)
    , m_navigation(new ViewportNavigation(this))
{
    setCursor(Qt::OpenHandCursor);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // As tall as its lanes where there is room, down to one lane where there is not.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // Titles the SVG and PDF exports.
    setWindowTitle(tr("Motif hits"));
    m_navigation->setToolTipSource([this](const QPoint& point) { return toolTipAt(point); });
    connect(m_navigation, &ViewportNavigation::clicked, this, [this](const QPoint& point) {
        if (const int index = hitAt(point); index >= 0)
            Q_EMIT hitActivated(index);
    });
    offerSaveWidgetImageAs(*this, tr("motif_hits.png"));
}

void MotifTrack::setViewport(PositionViewport* viewport)
{
    m_viewport = viewport;
    m_navigation->setViewport(viewport);
}

void MotifTrack::setHits(const std::vector<MotifHit>& hits, int sequenceOffset)
{
    m_hits = hits;
    m_sequenceOffset = sequenceOffset;
    // Greedy lanes: hits in order of start (longer first at the same start), each in the first
    // lane whose last hit ends at or before its start.
    std::vector<int> order(m_hits.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const MotifHit& first = m_hits[static_cast<std::size_t>(a)];
        const MotifHit& second = m_hits[static_cast<std::size_t>(b)];
        return first.start != second.start ? first.start < second.start : first.length > second.length;
    });
    std::vector<std::size_t> laneEnds;
    m_lanes.assign(m_hits.size(), 0);
    for (int index : order) {
        const MotifHit& hit = m_hits[static_cast<std::size_t>(index)];
        auto free = std::find_if(laneEnds.begin(), laneEnds.end(), [&](std::size_t end) { return end <= hit.start; });
        if (free == laneEnds.end())
            free = laneEnds.insert(laneEnds.end(), 0);
        *free = hit.start + hit.length;
        m_lanes[static_cast<std::size_t>(index)] = static_cast<int>(free - laneEnds.begin());
    }
    m_laneCount = static_cast<int>(laneEnds.size());
    updateGeometry();
    update();
}

void MotifTrack::clear()
{
    setHits({});
}

int MotifTrack::laneOf(int index) const
{
    return index >= 0 && index < static_cast<int>(m_lanes.size()) ? m_lanes[static_cast<std::size_t>(index)] : -1;
}

int MotifTrack::hiddenHitCount() const
{
    const int drawn = drawnLanes();
    return static_cast<int>(std::count_if(m_lanes.begin(), m_lanes.end(), [drawn](int lane) { return lane >= drawn; }));
}

QRectF MotifTrack::hitRect(int index) const
{
    const int lane = laneOf(index);
    if (!m_viewport || lane < 0 || lane >= drawnLanes())
        return {};
    const MotifHit& hit = m_hits[static_cast<std::size_t>(index)];
    const double position = m_sequenceOffset + static_cast<double>(hit.start);
    const double left = m_viewport->xOf(position);
    const double right = m_viewport->xOf(position + static_cast<double>(hit.length));
    // A pixel between lanes keeps stacked arrows apart.
    const double top = kVerticalPadding + lane * laneHeight() + 1;
    return {left, top, right - left, laneHeight() - 2.0};
}

int MotifTrack::hitAt(const QPoint& point) const
{
    if (!m_viewport || !stripRect().contains(point))
        return -1;
    for (int index = 0; index < static_cast<int>(m_hits.size()); ++index)
        if (hitRect(index).contains(point))
            return index;
    return -1;
}

QString MotifTrack::toolTipAt(const QPoint& point) const
{
    if (moreNoteRect().contains(point)) {
        QStringList hidden;
        for (int index = 0; index < static_cast<int>(m_hits.size()); ++index)
            if (laneOf(index) >= drawnLanes())
                hidden.append(hitSummary(m_hits[static_cast<std::size_t>(index)]));
        return tr("Not drawn for lack of room:\n%1").arg(hidden.join(QLatin1Char('\n')));
    }
    const int index = hitAt(point);
    if (index < 0)
        return {};
    const MotifHit& hit = m_hits[static_cast<std::size_t>(index)];
    const long long first = m_sequenceOffset + static_cast<long long>(hit.start);
    const long long last = first + static_cast<long long>(hit.length) - 1;
    const QLocale locale;
    return tr("%1 (%2)\nStrand %3\nPositions %4–%5\nScore %6 bits\np-value %7")
        .arg(QString::fromStdString(hit.motifName), QString::fromStdString(hit.motifId),
             strandSign(hit.reverseStrand), positionLabel(first),
             positionLabel(last), locale.toString(hit.score, 'f', 2), locale.toString(hit.pValue, 'e', 1));
}

QColor MotifTrack::motifColour(const std::string& motifId)
{
    // FNV-1a: unlike qHash, the same in every run, so a motif keeps its colour between sessions.
    std::uint32_t hash = 2166136261u;
    for (unsigned char c : motifId)
        hash = (hash ^ c) * 16777619u;
    // Light colours, under which the black names stay readable.
    return QColor::fromHsv(static_cast<int>(hash % 360), 70 + static_cast<int>((hash >> 9) % 60), 235);
}

QString MotifTrack::saveImage(const QString& path)
{
    return saveWidgetImage(*this, path);
}

QSize MotifTrack::sizeHint() const
{
    return {600, 2 * kVerticalPadding + std::max(1, shownLanes()) * laneHeight()};
}

QSize MotifTrack::minimumSizeHint() const
{
    return {100, 2 * kVerticalPadding + laneHeight()};
}

void MotifTrack::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_viewport)
        return;
    const QRectF strip = stripRect();
    const int rightMargin = m_viewport->rightMargin();
    const QRectF noteColumn(width() - rightMargin + 6, kVerticalPadding, rightMargin - 8, laneHeight());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    // With a single lane the "+n more" note takes the title's place in the margin.
    if (rightMargin >= kMinNoteMargin && !moreNoteRect().intersects(noteColumn))
        painter.drawText(noteColumn, Qt::AlignLeft | Qt::AlignVCenter, tr("Motifs"));
    if (m_hits.empty()) {
        painter.drawText(strip.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, tr("No motif hits"));
        return;
    }
    painter.save();
    painter.setClipRect(strip);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int index = 0; index < static_cast<int>(m_hits.size()); ++index)
        paintHit(painter, index);
    painter.restore();

    const QRectF note = moreNoteRect();
    if (note.isEmpty())
        return;
    const bool overStrip = strip.contains(note.topLeft());
    if (overStrip)
        painter.fillRect(note, palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(note, Qt::AlignVCenter | (overStrip ? Qt::AlignHCenter : Qt::AlignLeft), moreNoteText());
}

void MotifTrack::mouseMoveEvent(QMouseEvent* event)
{
    // Drags are ViewportNavigation's; only hovering gets here.
    setCursor(hitAt(event->position().toPoint()) >= 0 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
}

QRectF MotifTrack::stripRect() const
{
    const double left = m_viewport->leftMargin();
    const double right = std::max<double>(left, width() - m_viewport->rightMargin());
    return {left, 0, right - left, static_cast<double>(height())};
}

int MotifTrack::laneHeight() const
{
    return fontMetrics().height() + 6;
}

int MotifTrack::shownLanes() const
{
    return std::min(m_laneCount, kMaxLanes);
}

int MotifTrack::drawnLanes() const
{
    return std::min(shownLanes(), std::max(1, (height() - 2 * kVerticalPadding) / laneHeight()));
}

QString MotifTrack::moreNoteText() const
{
    return tr("+%n more", nullptr, hiddenHitCount());
}

QRectF MotifTrack::moreNoteRect() const
{
    if (!m_viewport || hiddenHitCount() == 0)
        return {};
    // Beside the last lane drawn when the right margin has room, else over the strip's right end.
    const double top = kVerticalPadding + (drawnLanes() - 1) * laneHeight();
    const int rightMargin = m_viewport->rightMargin();
    if (rightMargin >= kMinNoteMargin)
        return {width() - rightMargin + 6.0, top, rightMargin - 8.0, static_cast<double>(laneHeight())};
    const double noteWidth = fontMetrics().horizontalAdvance(moreNoteText()) + 8;
    return {stripRect().right() - noteWidth, top, noteWidth, static_cast<double>(laneHeight())};
}

QString MotifTrack::hitSummary(const MotifHit& hit) const
{
    const long long first = m_sequenceOffset + static_cast<long long>(hit.start);
    return tr("%1 (%2) %3 %4–%5")
        .arg(QString::fromStdString(hit.motifName), QString::fromStdString(hit.motifId),
             strandSign(hit.reverseStrand), positionLabel(first),
             positionLabel(first + static_cast<long long>(hit.length) - 1));
}

void MotifTrack::paintHit(QPainter& painter, int index) const
{
    const QRectF box = hitRect(index);
    if (box.isEmpty())
        return;
    const MotifHit& hit = m_hits[static_cast<std::size_t>(index)];
    // The head takes at most half the box's height in depth and a third of its length.
    const double head = std::min(box.height() / 2, box.width() / 3);
    const double middle = box.center().y();
    QPolygonF arrow;
    QRectF body;
    if (hit.reverseStrand) {
        arrow << QPointF(box.left(), middle) << QPointF(box.left() + head, box.top()) << box.topRight()
              << box.bottomRight() << QPointF(box.left() + head, box.bottom());
        body = box.adjusted(head, 0, 0, 0);
    } else {
        arrow << box.topLeft() << QPointF(box.right() - head, box.top()) << QPointF(box.right(), middle)
              << QPointF(box.right() - head, box.bottom()) << box.bottomLeft();
        body = box.adjusted(0, 0, -head, 0);
    }
    const QColor colour = motifColour(hit.motifId);
    painter.setPen(QPen(colour.darker(170), 1));
    painter.setBrush(colour);
    painter.drawPolygon(arrow);

    const QString name = QString::fromStdString(hit.motifName);
    if (painter.fontMetrics().horizontalAdvance(name) + 4 <= body.width()) {
        painter.setPen(Qt::black);
        painter.drawText(body, Qt::AlignCenter, name);
    }
}

}  // namespace promoterlab::widgets
