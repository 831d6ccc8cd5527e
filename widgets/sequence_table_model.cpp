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
    insert(rowCount(), std::move(entries));
}

void SequenceTableModel::insert(int row, std::vector<SequenceEntry> entries)
{
    if (entries.empty() || row < 0 || row > rowCount())
        return;
    beginInsertRows({}, row, row + static_cast<int>(entries.size()) - 1);
    for (auto& item : entries)
        item.key = m_nextKey++;
    m_entries.insert(m_entries.begin() + row, std::make_move_iterator(entries.begin()),
                     std::make_move_iterator(entries.end()));
    indexKeys(row);
    endInsertRows();
}

void SequenceTableModel::setPrediction(int row, double expression, std::vector<float> outputs,
                                       std::optional<std::pair<double, double>> strands)
{
    SequenceEntry& item = m_entries.at(static_cast<std::size_t>(row));
    item.predicted = expression;
    item.outputs = std::move(outputs);
    item.strands = strands;
    item.problem.clear();
    Q_EMIT dataChanged(index(row, PredictedColumn), index(row, StatusColumn));
}

void SequenceTableModel::setProblem(int row, const QString& problem)
{
    SequenceEntry& item = m_entries.at(static_cast<std::size_t>(row));
    forgetPrediction(item);
    item.problem = problem;
    Q_EMIT dataChanged(index(row, PredictedColumn), index(row, StatusColumn));
}

void SequenceTableModel::clearPredictions()
{
    if (m_entries.empty())
        return;
    for (auto& item : m_entries)
        forgetPrediction(item);
    Q_EMIT dataChanged(index(0, PredictedColumn), index(rowCount() - 1, StatusColumn));
}

void SequenceTableModel::setBases(int row, std::string bases)
{
    SequenceEntry& item = m_entries.at(static_cast<std::size_t>(row));
    item.bases = std::move(bases);
    m_rowOfKey.erase(item.key);
    item.key = m_nextKey++;
    m_rowOfKey[item.key] = row;
    forgetPrediction(item);
    Q_EMIT dataChanged(index(row, NameColumn), index(row, StatusColumn));
    Q_EMIT basesChanged(row);
}

Qt::ItemFlags SequenceTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SequenceTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const QString name = value.toString().trimmed();
    if (role != Qt::EditRole || index.column() != NameColumn || name.isEmpty() || !index.isValid())
        return false;
    m_entries.at(static_cast<std::size_t>(index.row())).name = name;
    Q_EMIT dataChanged(index, index);
    Q_EMIT renamed(index.row());
    return true;
}

bool SequenceTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_entries.erase(m_entries.begin() + row, m_entries.begin() + row + count);
    m_rowOfKey.clear();
    indexKeys(0);
    endRemoveRows();
    return true;
}

void SequenceTableModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_rowOfKey.clear();
    endResetModel();
}

int SequenceTableModel::rowOfKey(std::uint64_t key) const
{
    const auto found = m_rowOfKey.find(key);
    return found == m_rowOfKey.end() ? -1 : found->second;
}

void SequenceTableModel::indexKeys(int firstRow)
{
    for (int row = firstRow; row < rowCount(); ++row)
        m_rowOfKey[entry(row).key] = row;
}

void SequenceTableModel::forgetPrediction(SequenceEntry& entry)
{
    entry.predicted.reset();
    entry.outputs.clear();
    entry.strands.reset();
    entry.problem.clear();
}

QString SequenceTableModel::statusText(const SequenceEntry& entry) const
{
    if (!entry.problem.isEmpty())
        return tr("Cannot predict");
    return entry.predicted ? tr("Predicted") : tr("Waiting");
}

QStringList SequenceTableModel::statusTexts() const
{
    return {tr("Cannot predict"), tr("Predicted"), tr("Waiting")};
}

}  // namespace promoterlab::widgets
