// SPDX-License-Identifier: GPL-3.0-or-later
// The mouse gestures shared by every track that follows a PositionViewport: the wheel zooms
// around the mouse, dragging pans, a double-click fits the range, a plain click is reported,
// and the mouse resting over the track shows a tooltip for the point.
#pragma once

#include <QCursor>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class QHelpEvent;
class QWidget;

namespace promoterlab::widgets {

class PositionViewport;

// Watches a widget's mouse events as an event filter, so the widget needs no handlers of its
// own for them; mouse moves without a held button still reach the widget (for hovering). It
// also keeps the widget in step with its viewport: the widget is repainted when the view
// changes, and its width between the viewport's margins is the viewport's strip width.
class ViewportNavigation : public QObject {
    Q_OBJECT

public:
    // A wheel notch (120 units) zooms by 2^(1/4), about 19 %.
    static constexpr double kWheelUnitsPerDoubling = 480;

    // Installs itself on `widget`, which owns it.
    explicit ViewportNavigation(QWidget* widget);

    // The widget is repainted whenever the view changes; its width between the margins sets the
    // viewport's strip width now and on every resize.
    void setViewport(PositionViewport* viewport);

    // Where the mouse rests, shows textAt(point) as the tooltip; an empty text hides it.
    void setToolTipSource(std::function<QString(const QPoint&)> textAt);

Q_SIGNALS:
    // A left click that moved less than the drag distance. It comes once the double-click
    // interval has passed, so that the two clicks of a double-click (fit) are never reported.
    void clicked(const QPoint& point);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reportClickLater(const QPoint& point);
    void updateStripWidth();
    void showToolTip(const QHelpEvent& help) const;

    QWidget* m_widget;
    QPointer<PositionViewport> m_viewport;
    std::function<QString(const QPoint&)> m_toolTipSource;
    QTimer m_clickTimer;
    QPoint m_pendingClick;
    bool m_pressed = false;
    bool m_dragging = false;
    // The release that ends a double-click is no click.
    bool m_releaseEndsDoubleClick = false;
    // Where the press was and what was then the first visible position.
    QPoint m_pressPoint;
    double m_pressFirstVisible = 0;
    QCursor m_cursorBeforeDrag;
};

}  // namespace promoterlab::widgets
