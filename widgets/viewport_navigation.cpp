// SPDX-License-Identifier: GPL-3.0-or-later
// Wheel zoom, drag pan, double-click fit, delayed plain clicks and tooltips for the tracks under
// the editor.
#include "viewport_navigation.h"

#include "position_viewport.h"

#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>
#include <QWidget>

#include <cmath>
#include <utility>

namespace promoterlab::widgets {

ViewportNavigation::ViewportNavigation(QWidget* widget)
    : QObject(widget)
    , m_widget(widget)
{
    m_clickTimer.setSingleShot(true);
    connect(&m_clickTimer, &QTimer::timeout, this, [this] { Q_EMIT clicked(m_pendingClick); });
    widget->installEventFilter(this);
}

void ViewportNavigation::setViewport(PositionViewport* viewport)
{
    if (m_viewport)
        disconnect(m_viewport, nullptr, this, nullptr);
    m_viewport = viewport;
    if (m_viewport) {
        connect(m_viewport, &PositionViewport::changed, this, [this] { m_widget->update(); });
        updateStripWidth();
    }
    m_widget->update();
}

void ViewportNavigation::setToolTipSource(std::function<QString(const QPoint&)> textAt)
{
    m_toolTipSource = std::move(textAt);
}

bool ViewportNavigation::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_widget)
        return false;
    if (event->type() == QEvent::ToolTip && m_toolTipSource) {
        showToolTip(*static_cast<QHelpEvent*>(event));
        return true;
    }
    if (!m_viewport)
        return false;
    switch (event->type()) {
    case QEvent::Resize:
        updateStripWidth();
        return false;
    case QEvent::Wheel: {
        auto* wheel = static_cast<QWheelEvent*>(event);
        const int units = wheel->angleDelta().y();
        if (units == 0)
            return false;
        m_viewport->zoom(std::pow(2.0, units / kWheelUnitsPerDoubling), wheel->position().x());
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        m_pressed = true;
        m_dragging = false;
        m_pressPoint = mouse->position().toPoint();
        m_pressFirstVisible = m_viewport->firstVisible();
        return true;
    }
    case QEvent::MouseMove: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (!m_pressed || !(mouse->buttons() & Qt::LeftButton))
            return false;
        const QPoint point = mouse->position().toPoint();
        // A hand never holds perfectly still: a click may wobble a pixel or two without panning.
        if (!m_dragging && (point - m_pressPoint).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            m_cursorBeforeDrag = m_widget->cursor();
            m_widget->setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging)
            m_viewport->scrollTo(m_pressFirstVisible - (point.x() - m_pressPoint.x()) / m_viewport->pixelsPerBase());
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        if (m_dragging)
            m_widget->setCursor(m_cursorBeforeDrag);
        else if (m_pressed && !m_releaseEndsDoubleClick)
            reportClickLater(mouse->position().toPoint());
        m_pressed = false;
        m_dragging = false;
        m_releaseEndsDoubleClick = false;
        return true;
    }
    case QEvent::MouseButtonDblClick: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        m_clickTimer.stop();
        m_pressed = false;
        m_releaseEndsDoubleClick = true;
        m_viewport->fit();
        return true;
    }
    default:
        return false;
    }
}

void ViewportNavigation::reportClickLater(const QPoint& point)
{
    // A second click elsewhere before the interval ran out was no double-click: both count.
    if (m_clickTimer.isActive()) {
        m_clickTimer.stop();
        Q_EMIT clicked(m_pendingClick);
    }
    m_pendingClick = point;
    m_clickTimer.start(QApplication::doubleClickInterval());
}

void ViewportNavigation::updateStripWidth()
{
    m_viewport->setStripWidth(m_widget->width() - m_viewport->leftMargin() - m_viewport->rightMargin());
}

void ViewportNavigation::showToolTip(const QHelpEvent& help) const
{
    const QString text = m_toolTipSource(help.pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help.globalPos(), text, m_widget);
}

}  // namespace promoterlab::widgets
