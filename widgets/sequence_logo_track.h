// SPDX-License-Identifier: GPL-3.0-or-later
// A sequence logo of a mutagenesis map: each reference base drawn as tall as it matters,
// aligned position for position with the editor and the heatmap through a PositionViewport.
#pragma once

#include "promoterlab/mutagenesis.h"

#include <QHash>
#include <QPainterPath>
#include <QPointer>
#include <QRectF>
#include <QString>
#include <QWidget>

#include <string>
#include <vector>

namespace promoterlab::widgets {

class PositionViewport;
class ViewportNavigation;

// Column c of the map is drawn at the viewport's position map.sequenceOffset + c, its height
// the column's referenceImportance(). Positive importance (changing the base lowers expression)
// stands on the zero line; negative importance hangs below it, still upright so it reads as a
// letter. The scale is symmetric, the largest |importance| filling half the track, and is shown
// by an axis in the viewport's left margin. The track only follows the viewport: whoever owns
// it sets its range. Wheel zooms around the mouse, dragging pans, a double-click fits the range
// (ViewportNavigation); the context menu saves the track as PNG, SVG or PDF.
class SequenceLogoTrack : public QWidget {
    Q_OBJECT

public:
    // Narrower cells than this get plain coloured bars: a letter would be unreadable.
    static constexpr double kMinLetterPixels = 4.0;

    explicit SequenceLogoTrack(QWidget* parent = nullptr);

    void setViewport(PositionViewport* viewport);
    PositionViewport* viewport() const { return m_viewport; }

    void setMap(const MutagenesisMap& map);
    void clear();

    // The drawn height of each column, in importance units.
    const std::vector<double>& heights() const { return m_heights; }
    // Where column c's letter (or bar) is drawn; empty for a zero or out-of-range column.
    QRectF letterRect(int column) const;
    // The y of the zero line.
    double baselineY() const;
    QString axisLabel() const;
    // What the tooltip at a point says: position, base and importance; empty off the columns.
    QString toolTipAt(const QPoint& point) const;

    // Writes the track as it looks now: PNG (at twice the pixels), SVG or PDF by the file's
    // suffix. Returns the problem in words naming the file, or empty.
    QString saveImage(const QString& path);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QRectF stripRect() const;
    // Half the track's drawing height in pixels per unit of importance.
    double pixelsPerUnit() const;
    int columnAt(const QPoint& point) const;
    // The outline of a letter, scaled to fill the unit square.
    const QPainterPath& glyph(QChar base) const;
    void paintAxis(QPainter& painter) const;

    QPointer<PositionViewport> m_viewport;
    ViewportNavigation* m_navigation;
    std::string m_bases;
    std::vector<double> m_heights;
    int m_sequenceOffset = 0;
    bool m_estimated = false;
    double m_largest = 0;
    mutable QHash<QChar, QPainterPath> m_glyphs;
};

}  // namespace promoterlab::widgets
