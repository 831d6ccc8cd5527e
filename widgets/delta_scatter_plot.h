// SPDX-License-Identifier: GPL-3.0-or-later
// Predicted against measured variant deltas as a scatter plot, coloured by the number of
// substitutions, with the agreement (Pearson, Spearman) over all variants and by substitutions.
#pragma once

#include "promoterlab/variant_effects.h"

#include <QColor>
#include <QString>
#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPTextElement;

namespace promoterlab::widgets {

class DeltaScatterPlot : public QWidget {
    Q_OBJECT

public:
    // Points are grouped in classes of 1, 2 and 3 or more substitutions.
    static constexpr int kClassCount = 3;

    explicit DeltaScatterPlot(QWidget* parent = nullptr);

    // One point per effect with a measured delta (x predicted, y measured); agreement as
    // deltaAgreement gives it, one line each. Without a measured delta the plot says so.
    void setData(const std::vector<VariantEffect>& effects, const std::vector<DeltaAgreement>& agreement);
    void clear();

    // The class of a variant (0: one substitution, 1: two, 2: three or more) and its colour.
    static int substitutionClass(int substitutions);
    static QColor classColour(int substitutionClass);

    QCustomPlot* plot() const { return m_plot; }
    // The points of a class.
    QCPGraph* classGraph(int substitutionClass) const;
    int pointCount() const;
    QString agreementText() const;
    // The message shown instead of points (empty while points are shown).
    QString messageText() const;

private:
    QCustomPlot* m_plot;
    std::vector<QCPGraph*> m_classes;
    QCPItemStraightLine* m_zeroX;
    QCPItemStraightLine* m_zeroY;
    QCPItemText* m_message;
    QCPTextElement* m_agreement;
};

}  // namespace promoterlab::widgets
