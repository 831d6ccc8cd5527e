// SPDX-License-Identifier: GPL-3.0-or-later
// Target against predicted expression of designed promoters (QCustomPlot), with the y = x
// diagonal a perfect design would sit on; designs that break a constraint are drawn apart, in grey.
#pragma once

#include "promoterlab/promoter_design.h"

#include <QString>
#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;

namespace promoterlab::widgets {

class DesignScatterPlot : public QWidget {
    Q_OBJECT

public:
    explicit DesignScatterPlot(QWidget* parent = nullptr);

    // One point per design: x its target, y its predicted expression.
    void setDesigns(const std::vector<Design>& designs);
    void clear();

    QCustomPlot* plot() const { return m_plot; }
    // Designs that satisfy the constraints, and those that do not.
    QCPGraph* usableGraph() const { return m_usable; }
    QCPGraph* rejectedGraph() const { return m_rejected; }
    QCPItemStraightLine* diagonal() const { return m_diagonal; }
    // The message shown instead of points (empty while points are shown).
    QString messageText() const;

private:
    QCustomPlot* m_plot;
    QCPGraph* m_usable;
    QCPGraph* m_rejected;
    QCPItemStraightLine* m_diagonal;
    QCPItemText* m_message;
};

}  // namespace promoterlab::widgets
