// SPDX-License-Identifier: GPL-3.0-or-later
// The predicted distribution over expression bins as bars, with the expression (its
// expectation) and, when known, the measured value marked on the same axis.
#pragma once

#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QCustomPlot;
class QCPBars;
class QCPItemStraightLine;
class QLabel;

namespace promoterlab::widgets {

class BinDistributionPlot : public QWidget {
    Q_OBJECT

public:
    explicit BinDistributionPlot(QWidget* parent = nullptr);

    // Shows one sequence's prediction: the probability of each bin (bin i has the value
    // binValues[i]), its expression, the measured expression if there is one and the
    // (forward, reverse) strand expressions when the model averages both strands.
    void showPrediction(const std::vector<double>& binValues, const std::vector<double>& probabilities,
                        double expression, std::optional<double> measured,
                        std::optional<std::pair<double, double>> strands = std::nullopt);
    // Empties the plot and says why (no model, nothing selected, cannot be predicted).
    void showMessage(const QString& message);

    QCustomPlot* plot() const { return m_plot; }
    QString summaryText() const;

private:
    QCustomPlot* m_plot;
    QCPBars* m_bars;
    QCPItemStraightLine* m_expressionLine;
    QCPItemStraightLine* m_measuredLine;
    QLabel* m_summary;
};

}  // namespace promoterlab::widgets
