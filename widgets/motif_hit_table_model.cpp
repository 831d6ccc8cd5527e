// SPDX-License-Identifier: GPL-3.0-or-later
// Motif hits as a Qt table model, with numeric sorting through SortRole.
#include "motif_hit_table_model.h"

#include <QLocale>

namespace promoterlab::widgets {

MotifHitTableModel::MotifHitTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int MotifHitTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int MotifHitTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MotifHitTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const MotifHit& item = hit(index.row());
    if (role == Qt::TextAlignmentRole) {
        const bool text = index.column() == MotifIdColumn || index.column() == NameColumn;
        const Qt::Alignment horizontal =
            text ? Qt::AlignLeft : (index.column() == StrandColumn ? Qt::AlignHCenter : Qt::AlignRight);
        return QVariant::fromValue(horizontal | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    switch (index.column()) {
    case MotifIdColumn:
        return QString::fromStdString(item.motifId);
    case NameColumn:
        return QString::fromStdString(item.motifName);
    case StartColumn:
        return static_cast<qulonglong>(item.start + 1);
    case EndColumn:
        return static_cast<qulonglong>(item.start + item.length);
    case StrandColumn:
        return item.reverseStrand ? QString::fromUtf8("−") : QStringLiteral("+");
    case ScoreColumn:
        return sorting ? QVariant(item.score) : QVariant(QLocale().toString(item.score, 'f', 2));
    case PValueColumn:
        return sorting ? QVariant(item.pValue) : QVariant(QLocale().toString(item.pValue, 'e', 1));
    }
    return {};
}

QVariant MotifHitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MotifIdColumn:
        return tr("Motif ID");
    case NameColumn:
        return tr("Name");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case StrandColumn:
        return tr("Strand");
    case ScoreColumn:
        return tr("Score (bits)");
    case PValueColumn:
        return tr("p-value");
    }
    return {};
}

void MotifHitTableModel::setHits(std::vector<MotifHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

}  // namespace promoterlab::widgets
