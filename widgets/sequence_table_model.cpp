// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequence_table_model.h"

#include <QLocale>

namespace promoterlab::widgets {

namespace {
// Expression is on the 0-17 bin scale: two decimals are what an assay resolves.
constexpr int kExpressionDecimals = 2;
}  // namespace

SequenceTableModel::SequenceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int SequenceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int SequenceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SequenceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SequenceEntry& item = entry(index.row());
    const auto number = [&](const std::optional<double>& value) -> QVariant {
        if (!value)
            return {};
        if (role == SortRole)
            return *value;
        return QLocale().toString(*value, 'f', kExpressionDecimals);
    };
    if (role != Qt::DisplayRole && role != SortRole) {
        if (role == Qt::TextAlignmentRole && index.column() != NameColumn && index.column() != StatusColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && index.column() == StatusColumn && !item.problem.isEmpty())
            return item.problem;
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return item.name;
    case LengthColumn:
        return role == SortRole ? QVariant(static_cast<qulonglong>(item.bases.size()))
                                : QVariant(QLocale().toString(static_cast<qulonglong>(item.bases.size())));
    case PredictedColumn:
        return number(item.predicted);
    case MeasuredColumn:
        return number(item.measured);
    case StatusColumn:
        return statusText(item);
    }
    return {};
}

QVariant SequenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LengthColumn:
        return tr("Length");
    case PredictedColumn:
        return tr("Predicted");
    case MeasuredColumn:
        return tr("Measured");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void SequenceTableModel::append(std::vector<SequenceEntry> entries)
{
    if (entries.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    m_entries.insert(m_entries.end(), std::make_move_iterator(entries.begin()), std::make_move_iterator(entries.end()));
    endInsertRows();
}

void SequenceTableModel::setPrediction(int row, double expression, std::vector<float> outputs)
{
    SequenceEntry& item = m_entries.at(static_cast<std::size_t>(row));
    item.predicted = expression;
    item.outputs = std::move(outputs);
    item.problem.clear();
    Q_EMIT dataChanged(index(row, PredictedColumn), index(row, StatusColumn));
}

void SequenceTableModel::setProblem(int row, const QString& problem)
{
    SequenceEntry& item = m_entries.at(static_cast<std::size_t>(row));
    item.predicted.reset();
    item.outputs.clear();
    item.problem = problem;
    Q_EMIT dataChanged(index(row, PredictedColumn), index(row, StatusColumn));
}

void SequenceTableModel::clearPredictions()
{
    if (m_entries.empty())
        return;
    for (auto& item : m_entries) {
        item.predicted.reset();
        item.outputs.clear();
        item.problem.clear();
    }
    Q_EMIT dataChanged(index(0, PredictedColumn), index(rowCount() - 1, StatusColumn));
}

QString SequenceTableModel::statusText(const SequenceEntry& entry) const
{
    if (!entry.problem.isEmpty())
        return tr("Cannot predict");
    return entry.predicted ? tr("Predicted") : tr("Waiting");
}

}  // namespace promoterlab::widgets
