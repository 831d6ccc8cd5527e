// SPDX-License-Identifier: GPL-3.0-or-later
// The mutagenesis map as a 4-row heatmap (A, C, G, T) under the sequence editor, aligned with
// it position for position through a PositionViewport; a click on a cell asks for that base.
#pragma once

#include "promoterlab/mutagenesis.h"

#include <QChar>
#include <QPoint>
#include <QPointer>
#include <QRectF>
#include <QString>
#include <QWidget>

#include <optional>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPGraph;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QCPLayoutGrid;

namespace promoterlab::widgets {

class PositionViewport;
class ViewportNavigation;

// Column c of the map is drawn at the viewport's position map.sequenceOffset + c, rows A, C, G, T
// from the top, coloured blue (the substitution lowers expression) through white (no change) to
// red (raises it) on a scale symmetric about zero, with the reference base's cell dotted. The
// plot's data area is exactly the viewport's strip: the row labels sit in its left margin and
// the colour scale in its right margin. The heatmap only follows the viewport: whoever owns it
// sets its range. Wheel zooms around the mouse, dragging pans, a double-click fits the range.
// An estimated map (gradient × input) carries a badge over the cells and says so in the legend
// and the tooltip, so that it is never taken for predictions.
class MutagenesisHeatmap : public QWidget {
    Q_OBJECT

public:
    struct Cell {
        int position = 0;  // the editor's: 0-based in the sequence, negative in the left flank
        int row = 0;       // of kMapBases
        QChar base;        // the base of the row
    };

    explicit MutagenesisHeatmap(QWidget* parent = nullptr);

    void setViewport(PositionViewport* viewport);
    PositionViewport* viewport() const { return m_viewport; }

    void setMap(const MutagenesisMap& map);
    // Shows the hint on how to compute a map instead.
    void clear();
    bool hasMap() const { return m_hasMap; }
    const MutagenesisMap& map() const { return m_map; }

    // Colours span ±limit (limit > 0) rather than the map's largest |delta|, so that maps can be
    // compared by eye.
    void setColourRange(double limit);
    void setAutomaticColourRange();
    bool hasAutomaticColourRange() const { return !m_fixedColourLimit; }
    // The colours span [−colourLimit(), +colourLimit()].
    double colourLimit() const;
    QString legendLabel() const;
    // The text shown in place of the cells (empty while a map is shown).
    QString hintText() const;

    // The cell under a point, if the map has one there.
    std::optional<Cell> cellAt(const QPoint& point) const;
    // What the tooltip at a point says: position, ref → alt, delta and predicted expression.
    QString toolTipAt(const QPoint& point) const;

    // Writes the heatmap as it looks now: PNG, SVG or PDF by the path's suffix. Returns the
    // problem in words, or empty.
    QString saveImage(const QString& path);

    QCustomPlot* plot() const { return m_plot; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A click on a cell of the sequence (not the flank, not the reference base), once the
    // double-click interval has passed without a second click.
    void substitutionRequested(int position, QChar base);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    // The rows' area: the viewport's strip between the top padding and the position axis.
    QRectF cellsRect() const;
    int bottomMargin() const;
    bool isEditable(const Cell& cell) const;
    void requestSubstitutionAt(const QPoint& point);
    void showHover(const std::optional<Cell>& cell);
    // Lays the plot out along the viewport (margins, visible positions) and redraws it.
    void followViewport();
    void updateColours();

    QPointer<PositionViewport> m_viewport;
    ViewportNavigation* m_navigation;
    QCustomPlot* m_plot;
    QCPColorMap* m_cells;
    QCPColorScale* m_scale;
    QCPLayoutGrid* m_rightMarginColumn;
    QCPGraph* m_referenceDots;
    QCPItemStraightLine* m_flankBoundary;
    QCPItemRect* m_hover;
    QCPItemText* m_hint;
    QCPItemText* m_estimateBadge;
    QCPItemText* m_rowLabels[4];
    MutagenesisMap m_map;
    bool m_hasMap = false;
    std::optional<double> m_fixedColourLimit;
};

}  // namespace promoterlab::widgets
