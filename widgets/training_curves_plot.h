// SPDX-License-Identifier: GPL-3.0-or-later
// Learning curves of a training run: the loss of every batch, the training and validation loss
// of every epoch, and a validation score (Pearson r by default) on a second axis.
#pragma once

#include <QWidget>

class QCPGraph;
class QCustomPlot;
class QTimer;

namespace promoterlab::widgets {

class TrainingCurvesPlot : public QWidget {
    Q_OBJECT

public:
    enum class Series { BatchLoss, TrainLoss, ValidationLoss, ValidationScore };

    explicit TrainingCurvesPlot(QWidget* parent = nullptr);

    // One training batch; epochPosition is fractional, epoch − 1 + step / steps per epoch, so
    // that the batches of epoch e lie between e − 1 and e. NaN losses are skipped.
    void addBatch(double epochPosition, double loss);
    // One finished epoch (1-based), drawn at x = epoch; NaN values are skipped, so a run
    // without validation set shows only its training loss.
    void addEpoch(int epoch, double trainLoss, double validationLoss, double validationScore);
    // What the right axis shows, for example "Validation AUROC" for a classifier.
    void setScoreName(const QString& name);
    void clear();

    // Writes the plot as PNG, SVG or PDF by the file's suffix; returns why it failed, or "".
    QString savePlot(const QString& path);

    QCustomPlot* plot() const { return m_plot; }
    QCPGraph* graph(Series series) const;
    // Redraws now instead of at the next throttled update.
    void replotNow();

private:
    void scheduleReplot();

    QCustomPlot* m_plot;
    QCPGraph* m_batchLoss;
    QCPGraph* m_trainLoss;
    QCPGraph* m_validationLoss;
    QCPGraph* m_validationScore;
    // Coalesces the many batch updates of a fast run into a few redraws a second.
    QTimer* m_replotTimer;
};

}  // namespace promoterlab::widgets
