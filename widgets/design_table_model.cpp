// SPDX-License-Identifier: GPL-3.0-or-later
// Designed promoters as a Qt table model; designs that break a constraint are greyed, with the reason.
#include "design_table_model.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>
#include <QLocale>

namespace promoterlab::widgets {

namespace {

constexpr int kDecimals = 2;

}  // namespace

DesignTableModel::DesignTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int DesignTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_designs.size());
}

int DesignTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DesignTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Design& item = design(index.row());
    const DesignResult& result = item.result;
    const bool usable = result.satisfiesConstraints;
    if (role == Qt::ForegroundRole && !usable)
        return QBrush(QColor(140, 140, 140));
    if (role == Qt::FontRole && index.column() == SequenceColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::ToolTipRole && (index.column() == ConstraintsColumn || index.column() == NameColumn) && !usable)
        return tr("Not exported and not added to the workspace: %1").arg(QString::fromStdString(result.violations));
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn && index.column() != SequenceColumn
        && index.column() != ConstraintsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const auto number = [role](double value, int decimals) -> QVariant {
        if (role == SortRole)
            return value;
        return QLocale().toString(value, 'f', decimals);
    };
    switch (index.column()) {
    case NameColumn:
        return QString::fromStdString(item.name);
    case SequenceColumn:
        return QString::fromStdString(result.insert);
    case TargetColumn:
        return number(result.target, kDecimals);
    case PredictedColumn:
        return number(result.predicted, kDecimals);
    case ErrorColumn:
        return number(result.error, kDecimals);
    case GcColumn:
        return number(100 * result.gc, 1);
    case ConstraintsColumn:
        return usable ? tr("ok") : QString::fromStdString(result.violations);
    case NearestDistanceColumn:
        if (item.nearestDistance < 0)
            return role == SortRole ? QVariant(-1) : QVariant(QString());
        return role == SortRole ? QVariant(item.nearestDistance) : QVariant(QLocale().toString(item.nearestDistance));
    }
    return {};
}

QVariant DesignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == NearestDistanceColumn)
        return tr("Hamming distance to the nearest other design that satisfies the constraints");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SequenceColumn:
        return tr("Insert");
    case TargetColumn:
        return tr("Target");
    case PredictedColumn:
        return tr("Predicted");
    case ErrorColumn:
        return tr("Error");
    case GcColumn:
        return tr("GC %");
    case ConstraintsColumn:
        return tr("Constraints");
    case NearestDistanceColumn:
        return tr("Nearest");
    }
    return {};
}

void DesignTableModel::setDesigns(std::vector<Design> designs)
{
    beginResetModel();
    m_designs = std::move(designs);
    endResetModel();
}

}  // namespace promoterlab::widgets
