// SPDX-License-Identifier: GPL-3.0-or-later
// The horizontal view shared by the sequence editor's single-line mode and the tracks under it
// (mutagenesis heatmap, logo, motif hits), so that each draws a position at the same x.
#pragma once

#include <QObject>

namespace promoterlab::widgets {

// Positions are the editor's: 0-based in the sequence, negative in the left flank, so the
// view spans [firstPosition(), lastPosition()). Every widget that follows the view draws its
// data in the strip [leftMargin(), widgetWidth − rightMargin()) of its own width; stacked in
// one column of equal widths, the strips line up.
class PositionViewport : public QObject {
    Q_OBJECT

public:
    static constexpr double kMinPixelsPerBase = 1.0;
    static constexpr double kMaxPixelsPerBase = 48.0;

    explicit PositionViewport(QObject* parent = nullptr);

    // The positions there are to show: [first, last). Keeps the scale, clamps the scroll.
    void setRange(int firstPosition, int lastPosition);
    int rangeStart() const { return m_rangeStart; }
    int rangeEnd() const { return m_rangeEnd; }

    void setMargins(int left, int right);
    int leftMargin() const { return m_leftMargin; }
    int rightMargin() const { return m_rightMargin; }

    // The width of the data strip in pixels; set by the widget laid out last (they are equal).
    void setStripWidth(int pixels);
    int stripWidth() const { return m_stripWidth; }

    double firstVisible() const { return m_firstVisible; }
    double pixelsPerBase() const { return m_pixelsPerBase; }
    double visibleBases() const { return m_stripWidth / m_pixelsPerBase; }

    // x of a position's left edge inside a widget that follows the view, and back.
    double xOf(double position) const { return m_leftMargin + (position - m_firstVisible) * m_pixelsPerBase; }
    double positionAt(double x) const { return m_firstVisible + (x - m_leftMargin) / m_pixelsPerBase; }

    // Scrolls so that `firstVisible` is at the strip's left edge, clamped to the range.
    void scrollTo(double firstVisible);
    // Changes the scale by `factor`, keeping the position under x where it is.
    void zoom(double factor, double anchorX);
    void setPixelsPerBase(double pixelsPerBase);
    // The whole range in the strip, no narrower than kMinPixelsPerBase. The view stays fitted
    // as the strip or the range change, until the user scrolls or zooms.
    void fit();
    bool isFitted() const { return m_fitted; }

Q_SIGNALS:
    void changed();

private:
    void clampAndNotify();

    int m_rangeStart = 0;
    int m_rangeEnd = 0;
    int m_leftMargin = 40;
    int m_rightMargin = 70;
    int m_stripWidth = 600;
    double m_firstVisible = 0;
    double m_pixelsPerBase = 12;
    bool m_fitted = false;
};

}  // namespace promoterlab::widgets
