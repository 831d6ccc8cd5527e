// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the variant table model: its columns, shown values, substitution tooltips and numeric sorting.
#include "variant_table_model.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QSortFilterProxyModel>

#include <optional>

using promoterlab::Variant;
using promoterlab::VariantEffect;
using promoterlab::widgets::VariantTableModel;

namespace {

VariantEffect makeEffect(const std::string& name, const std::string& reference, const std::string& alternative,
                         int substitutions, double predictedReference, double predictedAlternative,
                         std::optional<double> measuredDelta)
{
    VariantEffect effect;
    effect.variant.name = name;
    effect.variant.reference = reference;
    effect.variant.alternative = alternative;
    effect.variant.substitutions = substitutions;
    effect.variant.measuredDelta = measuredDelta;
    effect.predictedReference = predictedReference;
    effect.predictedAlternative = predictedAlternative;
    return effect;
}

// Deltas 10.5, -2 and 9: sorted as text they would come out -2, 10.5, 9.
std::vector<VariantEffect> threeEffects()
{
    return {makeEffect("up", "ACGTACGT", "ACCTACGA", 2, 1.0, 11.5, 0.25),
            makeEffect("down", "ACGTACGT", "ACGTACGG", 1, 5.0, 3.0, std::nullopt),
            makeEffect("mid", "ACGTACGT", "TCGTACGT", 1, 0.1234, 9.1234, -1.5)};
}

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

}  // namespace

TEST_CASE("The table shows predicted and measured values with three decimals and leaves unknown ones empty")
{
    QLocale::setDefault(QLocale::c());
    VariantTableModel model;
    model.setEffects(threeEffects());
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == 6);
    const QStringList headers = {"Variant", "Substitutions", "Predicted ref", "Predicted alt", "Predicted Δ",
                                 "Measured Δ"};
    for (int column = 0; column < 6; ++column)
        CHECK(model.headerData(column, Qt::Horizontal).toString() == headers[column]);
    CHECK(cell(model, 0, 0) == "up");
    CHECK(cell(model, 0, 1) == "2");
    CHECK(cell(model, 2, 2) == "0.123");
    CHECK(cell(model, 2, 3) == "9.123");
    CHECK(cell(model, 0, 4) == "10.500");
    CHECK(cell(model, 1, 4) == "-2.000");
    CHECK(cell(model, 0, 5) == "0.250");
    CHECK(cell(model, 1, 5).isEmpty());
    CHECK_FALSE(model.data(model.index(1, 5), VariantTableModel::SortRole).isValid());
    CHECK(model.data(model.index(2, 3), VariantTableModel::SortRole).toDouble() == 9.1234);
    CHECK(model.effect(2).variant.name == "mid");
    CHECK(model.effects().size() == 3);
}

TEST_CASE("The name's tooltip lists the 1-based positions that differ with both bases")
{
    VariantTableModel model;
    model.setEffects(threeEffects());
    // ACGTACGT -> ACCTACGA: position 3 G>C and position 8 T>A.
    CHECK(cell(model, 0, 0, Qt::ToolTipRole) == "3 G>C, 8 T>A");
    CHECK(cell(model, 2, 0, Qt::ToolTipRole) == "1 A>T");

    Variant manyChanges;
    manyChanges.reference = std::string(25, 'A');
    manyChanges.alternative = std::string(25, 'C');
    const QString listed = VariantTableModel::substitutionList(manyChanges);
    CHECK(listed.startsWith("1 A>C, 2 A>C"));
    CHECK(listed.contains("20 A>C"));
    CHECK_FALSE(listed.contains("21 A>C"));
    CHECK(listed.endsWith("and 5 more"));
}

TEST_CASE("Measured reference and alternative columns appear only when some variant has them")
{
    VariantTableModel model;
    auto effects = threeEffects();
    model.setEffects(effects);
    CHECK(model.section(VariantTableModel::MeasuredReferenceColumn) == -1);
    effects[1].variant.measuredAlternative = 7.25;
    model.setEffects(effects);
    REQUIRE(model.columnCount() == 7);
    CHECK(model.section(VariantTableModel::MeasuredReferenceColumn) == -1);
    const int alternative = model.section(VariantTableModel::MeasuredAlternativeColumn);
    REQUIRE(alternative == 6);
    CHECK(model.headerData(alternative, Qt::Horizontal).toString() == "Measured alt");
    CHECK(cell(model, 1, alternative) == "7.250");
    CHECK(cell(model, 0, alternative).isEmpty());
    effects[0].variant.measuredReference = 1.0;
    model.setEffects(effects);
    CHECK(model.columnCount() == 8);
    CHECK(model.column(6) == VariantTableModel::MeasuredReferenceColumn);
    CHECK(model.column(7) == VariantTableModel::MeasuredAlternativeColumn);
}

TEST_CASE("A sort proxy orders the deltas as numbers, unknown measurements last")
{
    VariantTableModel model;
    model.setEffects(threeEffects());
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(VariantTableModel::SortRole);

    sorted.sort(model.section(VariantTableModel::PredictedDeltaColumn), Qt::AscendingOrder);
    CHECK(cell(sorted, 0, 0) == "down");
    CHECK(cell(sorted, 1, 0) == "mid");
    CHECK(cell(sorted, 2, 0) == "up");
    sorted.sort(model.section(VariantTableModel::PredictedDeltaColumn), Qt::DescendingOrder);
    CHECK(cell(sorted, 0, 0) == "up");

    sorted.sort(model.section(VariantTableModel::MeasuredDeltaColumn), Qt::AscendingOrder);
    CHECK(cell(sorted, 0, 0) == "mid");
    CHECK(cell(sorted, 1, 0) == "up");
    CHECK(cell(sorted, 2, 0) == "down");
}
