// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace's sequences as a Qt table model: name, length, predicted and measured
// expression, status. One row per sequence, so 100,000 sequences cost no widgets.
#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace promoterlab::widgets {

struct SequenceEntry {
    QString name;
    std::string bases;                // upper-case nucleotides, as the core reads them
    std::optional<double> measured;   // from the imported file, when it had a value
    std::optional<double> predicted;  // the active model's expression, once predicted
    std::vector<float> outputs;       // and its outputs (bin probabilities, class probabilities)
    QString problem;                  // why the model cannot predict it (empty: none)
};

class SequenceTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, LengthColumn, PredictedColumn, MeasuredColumn, StatusColumn, ColumnCount };
    // The raw value behind a cell (a double for numbers, empty when unknown), for sorting and export.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SequenceTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(std::vector<SequenceEntry> entries);
    const SequenceEntry& entry(int row) const { return m_entries[static_cast<std::size_t>(row)]; }

    // Sets the prediction of a row, or the reason there is none, and tells the views.
    void setPrediction(int row, double expression, std::vector<float> outputs = {});
    void setProblem(int row, const QString& problem);
    // Forgets every prediction, as when another model becomes active.
    void clearPredictions();

private:
    QString statusText(const SequenceEntry& entry) const;

    std::vector<SequenceEntry> m_entries;
};

}  // namespace promoterlab::widgets
