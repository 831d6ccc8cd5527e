// SPDX-License-Identifier: GPL-3.0-or-later
// Scored variants as a Qt table model, with numeric sorting through SortRole.
#include "variant_table_model.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace promoterlab::widgets {

namespace {

// Deltas are often a few tenths of a bin: three decimals keep them apart.
constexpr int kDecimals = 3;

}  // namespace

VariantTableModel::VariantTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    setEffects({});
}

int VariantTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_effects.size());
}

int VariantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant VariantTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const VariantEffect& item = effect(index.row());
    const Column shown = column(index.column());
    if (role == Qt::ToolTipRole && shown == NameColumn)
        return substitutionList(item.variant);
    if (role == Qt::TextAlignmentRole && shown != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const auto number = [role](std::optional<double> value) -> QVariant {
        if (!value)
            return {};
        if (role == SortRole)
            return *value;
        return QLocale().toString(*value, 'f', kDecimals);
    };
    switch (shown) {
    case NameColumn:
        return QString::fromStdString(item.variant.name);
    case SubstitutionsColumn:
        return role == SortRole ? QVariant(item.variant.substitutions)
                                : QVariant(QLocale().toString(item.variant.substitutions));
    case PredictedReferenceColumn:
        return number(item.predictedReference);
    case PredictedAlternativeColumn:
        return number(item.predictedAlternative);
    case PredictedDeltaColumn:
        return number(item.predictedDelta());
    case MeasuredDeltaColumn:
        return number(item.variant.measuredDelta);
    case MeasuredReferenceColumn:
        return number(item.variant.measuredReference);
    case MeasuredAlternativeColumn:
        return number(item.variant.measuredAlternative);
    }
    return {};
}

QVariant VariantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && column(section) == PredictedDeltaColumn)
        return tr("Predicted expression of the alternative minus that of the reference");
    if (role == Qt::ToolTipRole && column(section) == MeasuredDeltaColumn)
        return tr("Measured alternative minus measured reference, as the file gives it");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (column(section)) {
    case NameColumn:
        return tr("Variant");
    case SubstitutionsColumn:
        return tr("Substitutions");
    case PredictedReferenceColumn:
        return tr("Predicted ref");
    case PredictedAlternativeColumn:
        return tr("Predicted alt");
    case PredictedDeltaColumn:
        return tr("Predicted Δ");
    case MeasuredDeltaColumn:
        return tr("Measured Δ");
    case MeasuredReferenceColumn:
        return tr("Measured ref");
    case MeasuredAlternativeColumn:
        return tr("Measured alt");
    }
    return {};
}

void VariantTableModel::setEffects(std::vector<VariantEffect> effects)
{
    beginResetModel();
    m_effects = std::move(effects);
    m_columns = {NameColumn,           SubstitutionsColumn, PredictedReferenceColumn, PredictedAlternativeColumn,
                 PredictedDeltaColumn, MeasuredDeltaColumn};
    const auto anyHas = [this](auto member) {
        return std::any_of(m_effects.begin(), m_effects.end(),
                           [member](const VariantEffect& item) { return (item.variant.*member).has_value(); });
    };
    if (anyHas(&Variant::measuredReference))
        m_columns.push_back(MeasuredReferenceColumn);
    if (anyHas(&Variant::measuredAlternative))
        m_columns.push_back(MeasuredAlternativeColumn);
    endResetModel();
}

int VariantTableModel::section(Column wanted) const
{
    const auto found = std::find(m_columns.begin(), m_columns.end(), wanted);
    return found == m_columns.end() ? -1 : static_cast<int>(found - m_columns.begin());
}

QString VariantTableModel::substitutionList(const Variant& variant)
{
    QStringList listed;
    int more = 0;
    const std::size_t length = std::min(variant.reference.size(), variant.alternative.size());
    for (std::size_t i = 0; i < length; ++i) {
        if (variant.reference[i] == variant.alternative[i])
            continue;
        if (listed.size() == kListedSubstitutions) {
            ++more;
            continue;
        }
        listed.push_back(QStringLiteral("%1 %2>%3")
                             .arg(i + 1)
                             .arg(QLatin1Char(variant.reference[i]))
                             .arg(QLatin1Char(variant.alternative[i])));
    }
    QString text = listed.join(QLatin1String(", "));
    if (more > 0)
        text += QLatin1String(", ") + tr("and %n more", nullptr, more);
    return text;
}

}  // namespace promoterlab::widgets
