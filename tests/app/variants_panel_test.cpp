// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the variants panel: scoring a real drift slice fills the table, the plot and the
// agreement, the export reads back, and problems come out as signals instead of dialogs.
#include "variants_panel.h"
#include "delta_scatter_plot.h"
#include "variant_table_model.h"

#include "independent_statistics.h"
#include "shipped_model.h"
#include "temporary_directory.h"
#include "test_tables.h"
#include "variant_fixtures.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QImage>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <cmath>
#include <fstream>
#include <sstream>

using promoterlab::test::driftColumns;
using promoterlab::test::handPearson;
using promoterlab::test::shippedModel;
using promoterlab::widgets::LeftOutRecord;
using promoterlab::widgets::VariantsPanel;
using promoterlab::widgets::VariantTableModel;

namespace {

constexpr int kWait = 120000;
const QString kDrift = QString::fromStdString(promoterlab::test::fixturePath(promoterlab::test::kDriftSlice));

std::vector<std::vector<std::string>> readCsv(const std::string& path)
{
    std::ifstream in(path);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> fields;
        std::stringstream stream(line);
        std::string field;
        while (std::getline(stream, field, ','))
            fields.push_back(field);
        if (!line.empty() && line.back() == ',')
            fields.emplace_back();
        rows.push_back(fields);
    }
    return rows;
}

// A panel with the shipped model, scoring the drift slice to the end.
struct ScoredPanel {
    ScoredPanel()
    {
        panel.setModelProvider([] { return shippedModel(); });
        QSignalSpy finished(&panel, &VariantsPanel::jobFinished);
        job = panel.importFile(kDrift, false, driftColumns());
        REQUIRE(job != 0);
        REQUIRE(finished.wait(kWait));
        REQUIRE(finished.front().at(2).toBool() == false);
    }

    VariantsPanel panel;
    std::uint64_t job = 0;
};

}  // namespace

TEST_CASE("Importing the drift slice fills the table and the plot and shows n and r by substitutions")
{
    QLocale::setDefault(QLocale::c());
    VariantsPanel panel;
    panel.setModelProvider([] { return shippedModel(); });
    QSignalSpy started(&panel, &VariantsPanel::jobStarted);
    QSignalSpy progress(&panel, &VariantsPanel::jobProgress);
    QSignalSpy finished(&panel, &VariantsPanel::jobFinished);
    QSignalSpy changed(&panel, &VariantsPanel::effectsChanged);
    QSignalSpy problems(&panel, &VariantsPanel::problem);
    QSignalSpy rejected(&panel, &VariantsPanel::rejectedRecords);
    CHECK_FALSE(panel.exportButton()->isEnabled());

    const auto job = panel.importFile(kDrift, false, driftColumns());
    REQUIRE(started.count() == 1);
    CHECK(started.front().at(0).toULongLong() == job);
    CHECK(started.front().at(1).toString().contains("complex_medium_drift_head40.tsv"));
    REQUIRE(finished.wait(kWait));
    CHECK(finished.front().at(0).toULongLong() == job);
    CHECK(finished.front().at(1).toString() == "40 variant(s) scored");
    CHECK(finished.front().at(2).toBool() == false);
    CHECK_FALSE(progress.isEmpty());
    CHECK(changed.count() == 1);
    CHECK(problems.isEmpty());
    CHECK(rejected.isEmpty());

    CHECK(panel.sourcePath() == kDrift);
    REQUIRE(panel.effects().size() == 40);
    CHECK(panel.tableView()->model()->rowCount() == 40);
    CHECK(panel.tableModel()->columnCount() == 8);  // measured ref and alt were given
    CHECK(panel.scatterPlot()->pointCount() == 40);
    CHECK(panel.exportButton()->isEnabled());

    // n and Pearson r for all variants and for each substitution count, computed by hand.
    const auto groups = promoterlab::test::driftDeltasBySubstitutions(panel.effects());
    const QString summary = panel.summaryText();
    CHECK(summary.contains("40 variant(s) scored"));
    for (const auto& [group, series] : groups) {
        const QString row = QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>")
                                .arg(group == 0 ? QStringLiteral("all") : QString::number(group))
                                .arg(series.first.size())
                                .arg(QLocale().toString(handPearson(series.first, series.second), 'f', 3));
        CHECK(summary.contains(row));
    }
    const auto& [allPredicted, allMeasured] = groups.at(0);
    CHECK(panel.scatterPlot()->agreementText().startsWith(
        QStringLiteral("All: r = %1").arg(QLocale().toString(handPearson(allPredicted, allMeasured), 'f', 3))));

    // For a person to look at: PROMOTERLAB_SCREENSHOT_DIR=folder keeps what the test drew.
    panel.resize(1200, 560);
    const QImage image = panel.grab().toImage();
    CHECK(image.width() == 1200);
    if (const QString folder = qEnvironmentVariable("PROMOTERLAB_SCREENSHOT_DIR"); !folder.isEmpty())
        CHECK(image.save(folder + "/variants_panel.png"));
}

TEST_CASE("Export CSV writes a header and one full-precision line per variant in the table's order")
{
    ScoredPanel scored;
    VariantsPanel& panel = scored.panel;
    auto* view = panel.tableView();
    view->sortByColumn(panel.tableModel()->section(VariantTableModel::PredictedDeltaColumn), Qt::DescendingOrder);

    promoterlab::test::TemporaryDirectory folder;
    const std::string path = folder.file("effects.csv");
    REQUIRE(panel.exportCsv(QString::fromStdString(path)).isEmpty());
    const auto lines = readCsv(path);
    REQUIRE(lines.size() == 41);
    CHECK(lines[0] == std::vector<std::string>{"name", "reference", "alternative", "substitutions",
                                               "predicted_reference", "predicted_alternative", "predicted_delta",
                                               "measured_delta", "measured_reference", "measured_alternative"});
    std::map<std::string, const promoterlab::VariantEffect*> byName;
    for (const auto& effect : panel.effects())
        byName[effect.variant.name] = &effect;
    double previousDelta = INFINITY;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const auto& fields = lines[i];
        REQUIRE(fields.size() == 10);
        REQUIRE(byName.count(fields[0]) == 1);
        const auto& effect = *byName.at(fields[0]);
        CHECK(fields[1] == effect.variant.reference);
        CHECK(fields[2] == effect.variant.alternative);
        CHECK(std::stoi(fields[3]) == effect.variant.substitutions);
        CHECK(std::stod(fields[4]) == effect.predictedReference);
        CHECK(std::stod(fields[5]) == effect.predictedAlternative);
        CHECK(std::stod(fields[6]) == effect.predictedDelta());
        CHECK(std::stod(fields[7]) == *effect.variant.measuredDelta);
        CHECK(std::stod(fields[8]) == *effect.variant.measuredReference);
        CHECK(std::stod(fields[9]) == *effect.variant.measuredAlternative);
        CHECK(effect.predictedDelta() <= previousDelta);
        previousDelta = effect.predictedDelta();
    }
    CHECK_FALSE(panel.exportCsv(QStringLiteral("/nonexistent/folder/effects.csv")).isEmpty());
}

TEST_CASE("Restoring stored effects shows them with the agreement recomputed")
{
    ScoredPanel scored;
    auto effects = scored.panel.effects();
    const QString summary = scored.panel.summaryText();
    VariantsPanel restored;
    QSignalSpy changed(&restored, &VariantsPanel::effectsChanged);
    restored.restore(kDrift, effects);
    CHECK(restored.sourcePath() == kDrift);
    CHECK(restored.effects().size() == 40);
    CHECK(restored.scatterPlot()->pointCount() == 40);
    CHECK(restored.summaryText() == summary);
    CHECK(changed.isEmpty());
}

TEST_CASE("Problems come out as signals: no model, no sequences for rows, a bad row, an unreadable file")
{
    promoterlab::test::TemporaryDirectory folder;
    VariantsPanel panel;
    QSignalSpy problems(&panel, &VariantsPanel::problem);
    QSignalSpy started(&panel, &VariantsPanel::jobStarted);
    QSignalSpy finished(&panel, &VariantsPanel::jobFinished);
    QSignalSpy rejected(&panel, &VariantsPanel::rejectedRecords);

    CHECK(panel.importFile(kDrift, false, driftColumns()) == 0);
    REQUIRE(problems.count() == 1);
    CHECK(problems.back().at(0).toString().contains("No model is loaded"));
    CHECK(started.isEmpty());

    panel.setModelProvider([] { return shippedModel(); });
    CHECK(panel.importFile(kDrift, true, {}) == 0);
    REQUIRE(problems.count() == 2);
    CHECK(problems.back().at(0).toString().contains("add the sequences first"));

    const std::string reference(80, 'A');
    const std::string path = folder.write("pairs.csv", "ref,alt\n" + reference + "," + std::string(80, 'C') + "\n"
                                                           + reference + "," + std::string(79, 'G') + "\n");
    panel.importFile(QString::fromStdString(path), false, {});
    REQUIRE(finished.wait(kWait));
    CHECK(panel.effects().size() == 1);
    REQUIRE(rejected.count() == 1);
    CHECK(rejected.front().at(0).toString() == QString::fromStdString(path));
    CHECK(rejected.front().at(1).toLongLong() == 2);
    CHECK(rejected.front().at(2).toLongLong() == 1);
    const auto listed = rejected.front().at(3).value<QVector<LeftOutRecord>>();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].line == 3);
    CHECK(panel.summaryText().contains("1 row(s) skipped"));
    CHECK(panel.summaryText().contains("No measured deltas"));
    CHECK(problems.count() == 2);

    finished.clear();
    const auto job = panel.importFile(QString::fromStdString(folder.file("missing.csv")), false, {});
    REQUIRE(finished.wait(kWait));
    CHECK(finished.back().at(0).toULongLong() == job);
    CHECK(finished.back().at(2).toBool());
    REQUIRE(problems.count() == 3);
    CHECK(problems.back().at(0).toString().contains("missing.csv"));
    CHECK(panel.effects().size() == 1);  // a failure leaves the last result in place
}

TEST_CASE("A scoring cancelled from the jobs dock ends as cancelled and leaves the table as it was")
{
    VariantsPanel panel;
    panel.setModelProvider([] { return shippedModel(); });
    QSignalSpy finished(&panel, &VariantsPanel::jobFinished);
    QSignalSpy changed(&panel, &VariantsPanel::effectsChanged);
    const auto job = panel.importFile(kDrift, false, driftColumns());
    panel.cancelJob(job);
    REQUIRE(finished.wait(kWait));
    CHECK(finished.front().at(0).toULongLong() == job);
    CHECK(finished.front().at(1).toString() == "Cancelled");
    CHECK(finished.front().at(2).toBool() == false);
    CHECK(changed.isEmpty());
    CHECK(panel.effects().empty());
}

TEST_CASE("The column step preselects the headers the reader looks for and scores with the chosen columns")
{
    promoterlab::test::TemporaryDirectory folder;
    VariantsPanel panel;
    panel.setModelProvider([] { return shippedModel(); });
    QSignalSpy finished(&panel, &VariantsPanel::jobFinished);

    const std::string named = folder.write("named.csv", "ID,Ref,alt,score\nv1," + std::string(80, 'A') + ","
                                                             + std::string(80, 'C') + ",0.5\n");
    QDialog* dialog = panel.chooseColumns(QString::fromStdString(named), false);
    REQUIRE(dialog != nullptr);
    CHECK_FALSE(dialog->isModal());
    CHECK(dialog->findChild<QComboBox*>("reference")->currentData().toString() == "Ref");
    CHECK(dialog->findChild<QComboBox*>("alternative")->currentData().toString() == "alt");
    CHECK(dialog->findChild<QComboBox*>("measuredDelta")->currentText() == "(none)");
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK(ok->isEnabled());
    auto* measured = dialog->findChild<QComboBox*>("measuredDelta");
    measured->setCurrentIndex(measured->findText("score"));
    ok->click();
    REQUIRE(finished.wait(kWait));
    REQUIRE(panel.effects().size() == 1);
    CHECK(panel.effects()[0].variant.name == "v1");
    CHECK(*panel.effects()[0].variant.measuredDelta == 0.5);

    // The drift slice names its sequences otherwise: nothing is preselected and Score waits.
    dialog = panel.chooseColumns(kDrift, false);
    REQUIRE(dialog != nullptr);
    auto* reference = dialog->findChild<QComboBox*>("reference");
    CHECK(reference->currentText() == "(choose a column)");
    ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    reference->setCurrentIndex(reference->findText("original_seq"));
    auto* alternative = dialog->findChild<QComboBox*>("alternative");
    alternative->setCurrentIndex(alternative->findText("seq"));
    CHECK(ok->isEnabled());
    dialog->reject();

    QSignalSpy problems(&panel, &VariantsPanel::problem);
    CHECK(panel.chooseColumns(QString::fromStdString(folder.file("absent.csv")), false) == nullptr);
    REQUIRE(problems.count() == 1);
    CHECK(problems.front().at(0).toString().contains("absent.csv"));
}
