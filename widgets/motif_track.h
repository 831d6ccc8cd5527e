// SPDX-License-Identifier: GPL-3.0-or-later
// Motif hits drawn as arrows under the sequence editor, aligned position for position with it
// (and with the mutagenesis heatmap and logo) through a PositionViewport.
#pragma once

#include "promoterlab/motif_scanner.h"

#include <QColor>
#include <QPointer>
#include <QRectF>
#include <QString>
#include <QWidget>

#include <string>
#include <vector>

namespace promoterlab::widgets {

class PositionViewport;
class ViewportNavigation;

// Hit i is drawn over the viewport's positions [sequenceOffset + start, … + length) as a box
// pointing right (forward strand) or left (reverse strand), coloured by its motif and labelled
// with the motif's name where the name fits. Overlapping hits are stacked in lanes, each hit in
// the first lane free at its start; the track asks for the height of its lanes up to kMaxLanes,
// draws as many as its height holds, and counts the hits of the others in a "+n more" note. The track only follows the viewport:
// whoever owns it sets its range. Wheel zooms around the mouse, dragging pans, a double-click
// fits the range (ViewportNavigation), a click on a hit activates it once the double-click
// interval has passed; the context menu saves the track as PNG, SVG or PDF.
class MotifTrack : public QWidget {
    Q_OBJECT

public:
    static constexpr int kMaxLanes = 6;

    explicit MotifTrack(QWidget* parent = nullptr);

    void setViewport(PositionViewport* viewport);
    PositionViewport* viewport() const { return m_viewport; }

    // hit.start is 0-based in the scanned sequence, whose first base is the viewport's position
    // sequenceOffset.
    void setHits(const std::vector<MotifHit>& hits, int sequenceOffset = 0);
    void clear();
    const std::vector<MotifHit>& hits() const { return m_hits; }

    // The lane of hit i, 0 at the top, and how many lanes the hits need (drawn or not).
    int laneOf(int index) const;
    int laneCount() const { return m_laneCount; }
    // The hits in lanes beyond those drawn (kMaxLanes, or fewer in a short track).
    int hiddenHitCount() const;
    // Where hit i's arrow is drawn; empty for an index out of range or a hit left out.
    QRectF hitRect(int index) const;
    // The hit drawn at a point (the topmost lane wins; lanes do not overlap), or -1.
    int hitAt(const QPoint& point) const;
    // What the tooltip at a point says: motif name and id, strand, positions, score and p-value;
    // over the "+n more" note, the hits left out.
    QString toolTipAt(const QPoint& point) const;

    // The colour of a motif's hits: the same for an identifier in every session.
    static QColor motifColour(const std::string& motifId);

    // Writes the track as it looks now: PNG (at twice the pixels), SVG or PDF by the file's
    // suffix. Returns the problem in words naming the file, or empty.
    QString saveImage(const QString& path);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user clicked hit `index` of hits(), and the double-click interval has passed.
    void hitActivated(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRectF stripRect() const;
    int laneHeight() const;
    int shownLanes() const;
    // The lanes the track's height holds, at least one.
    int drawnLanes() const;
    // The "+n more" note on the hits left out, and where it goes; empty when none is left out.
    QString moreNoteText() const;
    QRectF moreNoteRect() const;
    // "NAME (ID) + 13–21", for the note's tooltip.
    QString hitSummary(const MotifHit& hit) const;
    void paintHit(QPainter& painter, int index) const;

    QPointer<PositionViewport> m_viewport;
    ViewportNavigation* m_navigation;
    std::vector<MotifHit> m_hits;
    std::vector<int> m_lanes;  // m_lanes[i]: the lane of hit i
    int m_laneCount = 0;
    int m_sequenceOffset = 0;
};

}  // namespace promoterlab::widgets
