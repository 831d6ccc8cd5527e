// SPDX-License-Identifier: GPL-3.0-or-later
// The horizontal view shared by the sequence editor's single-line mode and the tracks under it.
#include "position_viewport.h"

#include <algorithm>

namespace promoterlab::widgets {

PositionViewport::PositionViewport(QObject* parent)
    : QObject(parent)
{
}

void PositionViewport::setRange(int firstPosition, int lastPosition)
{
    m_rangeStart = firstPosition;
    m_rangeEnd = std::max(firstPosition, lastPosition);
    if (m_fitted)
        fit();
    else
        clampAndNotify();
}

void PositionViewport::setMargins(int left, int right)
{
    m_leftMargin = std::max(0, left);
    m_rightMargin = std::max(0, right);
    clampAndNotify();
}

void PositionViewport::setStripWidth(int pixels)
{
    if (pixels == m_stripWidth || pixels < 1)
        return;
    m_stripWidth = pixels;
    if (m_fitted)
        fit();
    else
        clampAndNotify();
}

void PositionViewport::scrollTo(double firstVisible)
{
    m_firstVisible = firstVisible;
    m_fitted = false;
    clampAndNotify();
}

void PositionViewport::zoom(double factor, double anchorX)
{
    const double anchor = positionAt(anchorX);
    m_pixelsPerBase = std::clamp(m_pixelsPerBase * factor, kMinPixelsPerBase, kMaxPixelsPerBase);
    m_firstVisible = anchor - (anchorX - m_leftMargin) / m_pixelsPerBase;
    m_fitted = false;
    clampAndNotify();
}

void PositionViewport::setPixelsPerBase(double pixelsPerBase)
{
    m_pixelsPerBase = std::clamp(pixelsPerBase, kMinPixelsPerBase, kMaxPixelsPerBase);
    m_fitted = false;
    clampAndNotify();
}

void PositionViewport::fit()
{
    const int bases = std::max(1, m_rangeEnd - m_rangeStart);
    m_pixelsPerBase = std::clamp(double(m_stripWidth) / bases, kMinPixelsPerBase, kMaxPixelsPerBase);
    m_firstVisible = m_rangeStart;
    m_fitted = true;
    clampAndNotify();
}

void PositionViewport::clampAndNotify()
{
    // Scrolling stops when the last position reaches the strip's right edge; a range narrower
    // than the strip starts at its left edge.
    const double lastStart = std::max<double>(m_rangeStart, m_rangeEnd - visibleBases());
    m_firstVisible = std::clamp(m_firstVisible, double(m_rangeStart), lastStart);
    Q_EMIT changed();
}

}  // namespace promoterlab::widgets
