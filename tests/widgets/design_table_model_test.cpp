// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the designs' table model and the target-vs-predicted scatter: values, numeric
// sorting, and designs that break a constraint greyed with their reason and drawn apart.
#include "design_scatter_plot.h"
#include "design_table_model.h"

#include <catch2/catch.hpp>

#include <QBrush>
#include <QLocale>
#include <QSortFilterProxyModel>

#include <qcustomplot.h>

using promoterlab::Design;
using promoterlab::widgets::DesignScatterPlot;
using promoterlab::widgets::DesignTableModel;

namespace {

Design design(const std::string& name, double target, double predicted, bool usable, int nearest)
{
    Design made;
    made.name = name;
    made.result.insert = std::string(40, 'A') + std::string(40, 'C');
    made.result.target = target;
    made.result.predicted = predicted;
    made.result.error = std::abs(predicted - target);
    made.result.gc = 0.5;
    made.result.satisfiesConstraints = usable;
    made.result.violations = usable ? "" : "BsaI site GGTCTC at 12 (reverse strand)";
    made.nearestDistance = nearest;
    return made;
}

std::vector<Design> threeDesigns()
{
    return {design("design_1", 6, 6.5, true, 41), design("design_2", 10, 9.25, false, -1),
            design("design_3", 10, 12, true, 7)};
}

}  // namespace

TEST_CASE("The design table shows each design's values and the constraint status in words")
{
    QLocale::setDefault(QLocale::c());
    DesignTableModel model;
    model.setDesigns(threeDesigns());
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == DesignTableModel::ColumnCount);
    const auto text = [&](int row, int column) { return model.data(model.index(row, column)).toString(); };
    CHECK(text(0, DesignTableModel::NameColumn) == "design_1");
    CHECK(text(0, DesignTableModel::SequenceColumn).size() == 80);
    CHECK(text(0, DesignTableModel::TargetColumn) == "6.00");
    CHECK(text(1, DesignTableModel::PredictedColumn) == "9.25");
    CHECK(text(1, DesignTableModel::ErrorColumn) == "0.75");
    CHECK(text(0, DesignTableModel::GcColumn) == "50.0");
    CHECK(text(0, DesignTableModel::ConstraintsColumn) == "ok");
    CHECK(text(1, DesignTableModel::ConstraintsColumn) == "BsaI site GGTCTC at 12 (reverse strand)");
    CHECK(text(0, DesignTableModel::NearestDistanceColumn) == "41");
    CHECK(text(1, DesignTableModel::NearestDistanceColumn).isEmpty());
}

TEST_CASE("Designs that break a constraint are greyed and say why in a tooltip; the others are not")
{
    DesignTableModel model;
    model.setDesigns(threeDesigns());
    CHECK_FALSE(model.data(model.index(0, DesignTableModel::NameColumn), Qt::ForegroundRole).isValid());
    const QVariant grey = model.data(model.index(1, DesignTableModel::NameColumn), Qt::ForegroundRole);
    REQUIRE(grey.canConvert<QBrush>());
    CHECK(grey.value<QBrush>().color().lightness() > 100);
    CHECK(model.data(model.index(1, DesignTableModel::ConstraintsColumn), Qt::ToolTipRole)
              .toString()
              .contains("BsaI site"));
}

TEST_CASE("The design table sorts numbers as numbers")
{
    DesignTableModel model;
    model.setDesigns(threeDesigns());
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(DesignTableModel::SortRole);
    sorted.sort(DesignTableModel::NearestDistanceColumn, Qt::DescendingOrder);
    CHECK(sorted.data(sorted.index(0, DesignTableModel::NameColumn)).toString() == "design_1");
    CHECK(sorted.data(sorted.index(1, DesignTableModel::NameColumn)).toString() == "design_3");
    sorted.sort(DesignTableModel::ErrorColumn, Qt::AscendingOrder);
    CHECK(sorted.data(sorted.index(0, DesignTableModel::NameColumn)).toString() == "design_1");
    CHECK(sorted.data(sorted.index(2, DesignTableModel::NameColumn)).toString() == "design_3");
}

TEST_CASE("The design scatter draws usable and rejected designs apart, with the diagonal on equal axes")
{
    DesignScatterPlot plot;
    CHECK_FALSE(plot.messageText().isEmpty());
    CHECK_FALSE(plot.diagonal()->visible());
    plot.setDesigns(threeDesigns());
    CHECK(plot.messageText().isEmpty());
    CHECK(plot.usableGraph()->dataCount() == 2);
    CHECK(plot.rejectedGraph()->dataCount() == 1);
    CHECK(plot.rejectedGraph()->data()->at(0)->key == 10);
    CHECK(plot.rejectedGraph()->data()->at(0)->value == 9.25);
    CHECK(plot.diagonal()->visible());
    CHECK(plot.plot()->xAxis->range().lower == plot.plot()->yAxis->range().lower);
    CHECK(plot.plot()->xAxis->range().upper == plot.plot()->yAxis->range().upper);
    CHECK(plot.plot()->xAxis->range().upper >= 12);
    plot.setDesigns({});
    CHECK(plot.usableGraph()->dataCount() == 0);
    CHECK_FALSE(plot.messageText().isEmpty());
}
