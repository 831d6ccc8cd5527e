// SPDX-License-Identifier: GPL-3.0-or-later
// Scored variants as a Qt table model: name, substitutions, predicted reference, alternative and
// delta, and the measured values the file gave.
#pragma once

#include "promoterlab/variant_effects.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace promoterlab::widgets {

class VariantTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // What a column shows. The measured reference and alternative columns exist only while some
    // variant has those values, so the section of a column is not fixed: see section().
    enum Column {
        NameColumn,
        SubstitutionsColumn,
        PredictedReferenceColumn,
        PredictedAlternativeColumn,
        PredictedDeltaColumn,
        MeasuredDeltaColumn,
        MeasuredReferenceColumn,
        MeasuredAlternativeColumn,
    };
    // The raw value behind a cell (a double or an int, empty when unknown), for sorting and export.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit VariantTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEffects(std::vector<VariantEffect> effects);
    const std::vector<VariantEffect>& effects() const { return m_effects; }
    const VariantEffect& effect(int row) const { return m_effects.at(static_cast<std::size_t>(row)); }

    // The column shown at a section, and the section of a column (-1 when it is not shown).
    Column column(int section) const { return m_columns.at(static_cast<std::size_t>(section)); }
    int section(Column column) const;

    // The 1-based positions where the two sequences differ, with the bases: "37 G>A, 52 C>T";
    // after kListedSubstitutions of them, how many more there are.
    static QString substitutionList(const Variant& variant);
    static constexpr int kListedSubstitutions = 20;

private:
    std::vector<VariantEffect> m_effects;
    std::vector<Column> m_columns;
};

}  // namespace promoterlab::widgets
