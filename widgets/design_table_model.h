// SPDX-License-Identifier: GPL-3.0-or-later
// Designed promoters as a Qt table model: name, insert, target, predicted, error, GC, whether the
// design satisfies the constraints (or why not) and its distance to the nearest other design.
#pragma once

#include "promoterlab/promoter_design.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace promoterlab::widgets {

class DesignTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // The insert comes last: the numbers stay in view beside the names, the bases run on.
    enum Column {
        NameColumn,
        TargetColumn,
        PredictedColumn,
        ErrorColumn,
        GcColumn,
        ConstraintsColumn,
        NearestDistanceColumn,
        SequenceColumn,
        ColumnCount
    };
    // The raw value behind a cell (a double, an int or text), for sorting.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit DesignTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setDesigns(std::vector<Design> designs);
    const std::vector<Design>& designs() const { return m_designs; }
    const Design& design(int row) const { return m_designs.at(static_cast<std::size_t>(row)); }

private:
    std::vector<Design> m_designs;
};

}  // namespace promoterlab::widgets
