// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the sequence table model on the shipped example promoters: rows, cells, numeric sorting, updates.
#include "promoterlab/sequence_reader.h"
#include "sequence_table_model.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <functional>

using promoterlab::widgets::SequenceEntry;
using promoterlab::widgets::SequenceTableModel;

namespace {

std::vector<SequenceEntry> examplePromoters()
{
    promoterlab::SequenceReader reader(PROMOTERLAB_RESOURCES_DIR "/examples/yeast_native_promoters.csv");
    std::vector<SequenceEntry> entries;
    promoterlab::SequenceRecord record;
    while (reader.next(record))
        entries.push_back(SequenceEntry::given(QString::fromStdString(record.name), record.bases, record.measured));
    return entries;
}

}  // namespace

TEST_CASE("The example promoters fill one row each with name, length and measured value")
{
    const auto entries = examplePromoters();
    REQUIRE(entries.size() == 24);
    SequenceTableModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(entries);
    CHECK(inserted.count() == 1);
    REQUIRE(model.rowCount() == 24);
    CHECK(model.columnCount() == SequenceTableModel::ColumnCount);
    CHECK(model.index(0, SequenceTableModel::NameColumn).data().toString() == "native_complex_0980");
    CHECK(model.index(0, SequenceTableModel::LengthColumn).data(SequenceTableModel::SortRole).toULongLong() == 110);
    CHECK(model.index(0, SequenceTableModel::MeasuredColumn).data(SequenceTableModel::SortRole).toDouble()
          == Approx(1.5571));
    CHECK_FALSE(model.index(0, SequenceTableModel::PredictedColumn).data().isValid());
    CHECK(model.index(0, SequenceTableModel::StatusColumn).data().toString() == "Waiting");
    CHECK(model.headerData(SequenceTableModel::PredictedColumn, Qt::Horizontal).toString() == "Predicted");
}

TEST_CASE("Sorting by the predicted column orders by value, not by text")
{
    SequenceTableModel model;
    model.append(examplePromoters());
    // Values whose text order differs from their numeric order ("10.25" < "9.5" as text).
    std::vector<double> values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values.push_back(row % 2 == 0 ? 9.5 - 0.25 * row : 10.25 + 0.25 * row);
        model.setPrediction(row, values.back());
    }
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(SequenceTableModel::SortRole);
    sorted.sort(SequenceTableModel::PredictedColumn, Qt::DescendingOrder);
    std::vector<double> order;
    for (int row = 0; row < sorted.rowCount(); ++row)
        order.push_back(sorted.index(row, SequenceTableModel::PredictedColumn).data(SequenceTableModel::SortRole).toDouble());
    std::sort(values.begin(), values.end(), std::greater<>());
    CHECK(order == values);
}

TEST_CASE("Predictions and problems update their cells and are cleared for another model")
{
    SequenceTableModel model;
    model.append(examplePromoters());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPrediction(3, 12.345, {0.25f, 0.75f});
    model.setProblem(4, "longer than the model's 150-nt input");
    CHECK(changed.count() == 2);
    CHECK(model.index(3, SequenceTableModel::PredictedColumn).data(SequenceTableModel::SortRole).toDouble()
          == Approx(12.345));
    CHECK(model.index(3, SequenceTableModel::StatusColumn).data().toString() == "Predicted");
    CHECK(model.entry(3).outputs == std::vector<float>{0.25f, 0.75f});
    CHECK(model.index(4, SequenceTableModel::StatusColumn).data().toString() == "Cannot predict");
    CHECK(model.index(4, SequenceTableModel::StatusColumn).data(Qt::ToolTipRole).toString()
          == "longer than the model's 150-nt input");

    model.clearPredictions();
    CHECK_FALSE(model.index(3, SequenceTableModel::PredictedColumn).data().isValid());
    CHECK(model.entry(3).outputs.empty());
    CHECK(model.index(4, SequenceTableModel::StatusColumn).data().toString() == "Waiting");
}

TEST_CASE("Editing bases forgets the prediction, renaming and removing rows tell the views")
{
    SequenceTableModel model;
    model.append(examplePromoters());
    model.setPrediction(2, 10.5, {0.5f, 0.5f}, std::pair(10.0, 11.0));
    const std::uint64_t keyBeforeEdit = model.entry(2).key;
    const std::uint64_t keyOfFourth = model.entry(3).key;
    CHECK(model.rowOfKey(keyBeforeEdit) == 2);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBases(2, "ACGT");
    CHECK(model.rowOfKey(keyBeforeEdit) == -1);  // an answer for the old bases finds no row
    CHECK(model.rowOfKey(model.entry(2).key) == 2);
    CHECK(changed.count() == 1);
    CHECK(model.entry(2).bases == "ACGT");
    CHECK_FALSE(model.entry(2).predicted.has_value());
    CHECK_FALSE(model.entry(2).strands.has_value());
    CHECK(model.entry(2).outputs.empty());
    CHECK(model.index(2, SequenceTableModel::LengthColumn).data().toString() == "4");

    QSignalSpy renamed(&model, &SequenceTableModel::renamed);
    CHECK(model.flags(model.index(0, SequenceTableModel::NameColumn)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.flags(model.index(0, SequenceTableModel::LengthColumn)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(model.index(0, SequenceTableModel::NameColumn), "   "));
    CHECK(model.setData(model.index(0, SequenceTableModel::NameColumn), " promoter A "));
    CHECK(model.entry(0).name == "promoter A");
    REQUIRE(renamed.count() == 1);
    CHECK(renamed.at(0).at(0).toInt() == 0);

    const QString third = model.entry(3).name;
    CHECK(model.removeRows(1, 2));
    CHECK(model.rowCount() == 22);
    CHECK(model.entry(1).name == third);
    CHECK(model.rowOfKey(keyOfFourth) == 1);
    CHECK_FALSE(model.removeRows(21, 5));
    model.clear();
    CHECK(model.rowCount() == 0);
}
