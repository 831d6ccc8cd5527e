// SPDX-License-Identifier: GPL-3.0-or-later
// Motif hits as a Qt table model: motif id and name, 1-based start and end, strand, score and
// p-value, sortable by value through SortRole.
#pragma once

#include "promoterlab/motif_scanner.h"

#include <QAbstractTableModel>

#include <vector>

namespace promoterlab::widgets {

class MotifHitTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        MotifIdColumn,
        NameColumn,
        StartColumn,
        EndColumn,
        StrandColumn,
        ScoreColumn,
        PValueColumn,
        ColumnCount,
    };
    // The raw value behind a cell (text, a position or a double), for sorting and export.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit MotifHitTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setHits(std::vector<MotifHit> hits);
    const std::vector<MotifHit>& hits() const { return m_hits; }
    const MotifHit& hit(int row) const { return m_hits.at(static_cast<std::size_t>(row)); }

private:
    std::vector<MotifHit> m_hits;
};

}  // namespace promoterlab::widgets
