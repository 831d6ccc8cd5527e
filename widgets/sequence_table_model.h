// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace's sequences as a Qt table model: name, length, predicted and measured
// expression, status. One row per sequence, so 100,000 sequences cost no widgets.
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace promoterlab::widgets {

struct SequenceEntry {
    // A sequence as given, before any prediction.
    static SequenceEntry given(QString name, std::string bases, std::optional<double> measured = std::nullopt)
    {
        SequenceEntry entry;
        entry.name = std::move(name);
        entry.bases = std::move(bases);
        entry.measured = measured;
        return entry;
    }

    QString name;
    std::string bases;                // upper-case nucleotides, as the core reads them
    std::optional<double> measured;   // from the imported file, when it had a value
    std::optional<double> predicted;  // the active model's expression, once predicted
    std::vector<float> outputs;       // and its outputs (bin probabilities, class probabilities)
    std::optional<std::pair<double, double>> strands;  // (forward, reverse) expression when averaged
    QString problem;                  // why the model cannot predict it (empty: none)
    std::int64_t id = 0;              // the project's key for it (0: not stored)
    // Given by the model, unique among its rows, renewed by every edit: an answer computed for
    // a key belongs to the row that still has it.
    std::uint64_t key = 0;
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
    // Names are edited in place; the other columns follow from the bases and the model.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    void append(std::vector<SequenceEntry> entries);
    // Puts entries before row (rowCount() appends); each gets a new key.
    void insert(int row, std::vector<SequenceEntry> entries);
    const SequenceEntry& entry(int row) const { return m_entries[static_cast<std::size_t>(row)]; }
    // The row whose entry has this key, or -1 when none has (removed, or edited since).
    int rowOfKey(std::uint64_t key) const;

    // Sets the prediction of a row, or the reason there is none, and tells the views.
    void setPrediction(int row, double expression, std::vector<float> outputs = {},
                       std::optional<std::pair<double, double>> strands = std::nullopt);
    void setProblem(int row, const QString& problem);
    // Forgets every prediction, as when another model becomes active.
    void clearPredictions();
    // An edit: new bases, whose prediction is still to come.
    void setBases(int row, std::string bases);
    // Every text the Status column can show, so that a view can make room for the longest.
    QStringList statusTexts() const;
    // Records the project's key for a row (no view shows it).
    void setId(int row, std::int64_t id) { m_entries.at(static_cast<std::size_t>(row)).id = id; }
    void clear();

Q_SIGNALS:
    // The user renamed the sequence of this row.
    void renamed(int row);
    // The bases of this row were edited.
    void basesChanged(int row);

private:
    static void forgetPrediction(SequenceEntry& entry);
    void indexKeys(int firstRow);

    std::unordered_map<std::uint64_t, int> m_rowOfKey;
    std::uint64_t m_nextKey = 1;
    QString statusText(const SequenceEntry& entry) const;

    std::vector<SequenceEntry> m_entries;
};

}  // namespace promoterlab::widgets
