// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the motif hit table: 1-based positions, strand signs, formatted numbers, and sorting
// by value through a proxy.
#include "motif_hit_table_model.h"
#include "track_fixtures.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QSortFilterProxyModel>

#include <string>
#include <vector>

using promoterlab::MotifHit;
using promoterlab::widgets::MotifHitTableModel;
using namespace promoterlab::test;

namespace {

// The column's display texts from top to bottom as the proxy orders them.
std::vector<QString> columnTexts(const QSortFilterProxyModel& proxy, int column)
{
    std::vector<QString> texts;
    for (int row = 0; row < proxy.rowCount(); ++row)
        texts.push_back(proxy.index(row, column).data().toString());
    return texts;
}

}  // namespace

TEST_CASE("Each hit is a row with its motif, 1-based start and end, strand sign, score and p-value")
{
    QLocale::setDefault(QLocale::c());
    MotifHitTableModel model;
    model.setHits({hitOf("MA0363.3", "REB1", 0, 9, false, 14.256, 3.14e-6),
                   hitOf("MA0265.3", "ABF1", 41, 16, true, 9.5, 8.7e-5)});
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == MotifHitTableModel::ColumnCount);
    CHECK(model.headerData(MotifHitTableModel::MotifIdColumn, Qt::Horizontal).toString() == "Motif ID");
    CHECK(model.headerData(MotifHitTableModel::PValueColumn, Qt::Horizontal).toString() == "p-value");

    const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    CHECK(text(0, MotifHitTableModel::MotifIdColumn) == "MA0363.3");
    CHECK(text(0, MotifHitTableModel::NameColumn) == "REB1");
    CHECK(text(0, MotifHitTableModel::StartColumn) == "1");
    CHECK(text(0, MotifHitTableModel::EndColumn) == "9");
    CHECK(text(0, MotifHitTableModel::StrandColumn) == "+");
    CHECK(text(0, MotifHitTableModel::ScoreColumn) == "14.26");
    CHECK(text(0, MotifHitTableModel::PValueColumn) == "3.1e-06");
    CHECK(text(1, MotifHitTableModel::StartColumn) == "42");
    CHECK(text(1, MotifHitTableModel::EndColumn) == "57");
    CHECK(text(1, MotifHitTableModel::StrandColumn) == QString::fromUtf8("−"));
    CHECK(model.index(1, MotifHitTableModel::PValueColumn).data(MotifHitTableModel::SortRole).toDouble() == 8.7e-5);
    CHECK(model.hit(1).motifName == "ABF1");
    QLocale::setDefault(QLocale::system());
}

TEST_CASE("A sort proxy orders positions, scores and p-values by value, not by their text")
{
    QLocale::setDefault(QLocale::c());
    MotifHitTableModel model;
    // As text, "9" > "100" > "12", "9.00" > "12.00", and "2.0e-05" > "1.0e-04" > "3.0e-06".
    model.setHits({hitOf("M1", "ONE", 8, 5, false, 9.0, 1e-4), hitOf("M2", "TWO", 99, 5, true, 12.0, 3e-6),
                   hitOf("M3", "THREE", 11, 5, false, 10.5, 2e-5)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(MotifHitTableModel::SortRole);

    proxy.sort(MotifHitTableModel::StartColumn, Qt::AscendingOrder);
    CHECK(columnTexts(proxy, MotifHitTableModel::StartColumn) == std::vector<QString>{"9", "12", "100"});
    proxy.sort(MotifHitTableModel::ScoreColumn, Qt::DescendingOrder);
    CHECK(columnTexts(proxy, MotifHitTableModel::NameColumn) == std::vector<QString>{"TWO", "THREE", "ONE"});
    proxy.sort(MotifHitTableModel::PValueColumn, Qt::AscendingOrder);
    CHECK(columnTexts(proxy, MotifHitTableModel::PValueColumn)
          == std::vector<QString>{"3.0e-06", "2.0e-05", "1.0e-04"});
    proxy.sort(MotifHitTableModel::NameColumn, Qt::AscendingOrder);
    CHECK(columnTexts(proxy, MotifHitTableModel::NameColumn) == std::vector<QString>{"ONE", "THREE", "TWO"});

    model.setHits({});
    CHECK(proxy.rowCount() == 0);
    QLocale::setDefault(QLocale::system());
}
