// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the delta scatter plot: one point per measured variant in its substitution class's
// colour, the agreement lines as given, and an empty state that says why.
#include "delta_scatter_plot.h"
#include "variant_fixtures.h"

#include <catch2/catch.hpp>

#include <QLocale>

#include <qcustomplot.h>

#include <cmath>
#include <optional>
#include <set>

using promoterlab::DeltaAgreement;
using promoterlab::VariantEffect;
using promoterlab::test::effectWithDeltas;
using promoterlab::widgets::DeltaScatterPlot;

TEST_CASE("Each variant with a measured delta is one point in the colour of its substitution class")
{
    // Classes: 1 substitution (two points), 2 (one), 3 or more (the 3- and the 5-substitution
    // variants); the variant without a measurement is left out.
    const std::vector<VariantEffect> effects = {
        effectWithDeltas(1, 0.5, 0.25),  effectWithDeltas(1, -1.0, -0.75), effectWithDeltas(2, 2.0, 1.5),
        effectWithDeltas(3, -0.25, 0.5), effectWithDeltas(5, 1.0, -2.0),   effectWithDeltas(2, 3.0, std::nullopt)};
    DeltaScatterPlot plot;
    plot.resize(500, 400);
    plot.setData(effects, {});
    CHECK(plot.pointCount() == 5);
    REQUIRE(plot.classGraph(0)->dataCount() == 2);
    REQUIRE(plot.classGraph(1)->dataCount() == 1);
    REQUIRE(plot.classGraph(2)->dataCount() == 2);
    // A graph keeps its points sorted by x.
    CHECK(plot.classGraph(0)->data()->at(0)->key == Approx(-1.0));
    CHECK(plot.classGraph(0)->data()->at(0)->value == -0.75);
    CHECK(plot.classGraph(0)->data()->at(1)->key == Approx(0.5));
    CHECK(plot.classGraph(0)->data()->at(1)->value == 0.25);
    CHECK(plot.classGraph(1)->data()->at(0)->key == Approx(2.0));
    CHECK(plot.classGraph(1)->data()->at(0)->value == 1.5);

    std::set<QRgb> colours;
    for (int group = 0; group < DeltaScatterPlot::kClassCount; ++group) {
        const QColor colour = plot.classGraph(group)->scatterStyle().pen().color();
        CHECK(colour == DeltaScatterPlot::classColour(group));
        colours.insert(colour.rgb());
    }
    CHECK(colours.size() == 3);
    CHECK(DeltaScatterPlot::substitutionClass(1) == 0);
    CHECK(DeltaScatterPlot::substitutionClass(2) == 1);
    CHECK(DeltaScatterPlot::substitutionClass(3) == 2);
    CHECK(DeltaScatterPlot::substitutionClass(12) == 2);

    // The legend names the three classes; the zero cross is in view.
    REQUIRE(plot.plot()->legend->itemCount() == 3);
    for (int group = 0; group < DeltaScatterPlot::kClassCount; ++group) {
        auto* item = qobject_cast<QCPPlottableLegendItem*>(plot.plot()->legend->item(group));
        REQUIRE(item != nullptr);
        CHECK(item->plottable() == plot.classGraph(group));
    }
    CHECK(plot.classGraph(2)->name() == "3 or more substitutions");
    CHECK(plot.plot()->xAxis->range().contains(0));
    CHECK(plot.plot()->yAxis->range().contains(-2.0));
    CHECK(plot.plot()->xAxis->range().contains(2.0));
    CHECK(plot.messageText().isEmpty());
}

TEST_CASE("The agreement text shows one line per group with r, rho and n")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    DeltaScatterPlot plot;
    const std::vector<DeltaAgreement> agreement = {
        {0, 1234, 0.8241, 0.7967}, {1, 600, 0.9, 0.905}, {2, 634, -0.12345, std::nan("")}};
    plot.setData({effectWithDeltas(1, 0.5, 0.25)}, agreement);
    const QStringList lines = plot.agreementText().split('\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == QString::fromUtf8("All: r = 0.824, ρ = 0.80 (n = 1,234)"));
    CHECK(lines[1] == QString::fromUtf8("1 substitution(s): r = 0.900, ρ = 0.91 (n = 600)"));
    CHECK(lines[2] == QString::fromUtf8("2 substitution(s): r = -0.123, ρ = n/a (n = 634)"));
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("Without measured deltas the plot is empty and says why")
{
    DeltaScatterPlot plot;
    CHECK(plot.messageText() == "No variants scored yet");
    plot.setData({effectWithDeltas(1, 0.5, std::nullopt), effectWithDeltas(2, 0.1, std::nullopt)}, {});
    CHECK(plot.pointCount() == 0);
    CHECK(plot.messageText().startsWith("No measured deltas"));
    CHECK(plot.agreementText().isEmpty());
    CHECK(plot.plot()->legend->itemCount() == 0);

    plot.setData({effectWithDeltas(1, 0.5, 0.2)}, {});
    CHECK(plot.pointCount() == 1);
    CHECK(plot.messageText().isEmpty());
    plot.clear();
    CHECK(plot.pointCount() == 0);
    CHECK(plot.messageText() == "No variants scored yet");
}
