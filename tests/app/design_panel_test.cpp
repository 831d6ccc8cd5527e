// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the Design panel: a small guided run with the shipped model fills the table, every
// exported design satisfies the constraints, FASTA with and without flanks, Add to Workspace,
// cancelling a large run, refusing contradictory constraints, and diffusion with a tiny generator.
#include "design_panel.h"
#include "design_scatter_plot.h"
#include "design_table_model.h"

#include "shipped_model.h"
#include "temporary_directory.h"

#include "promoterlab/generator.h"
#include "promoterlab/sequence_reader.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <fstream>
#include <sstream>

using promoterlab::DesignMethod;
using promoterlab::test::shippedModel;
using promoterlab::test::TemporaryDirectory;
using promoterlab::widgets::DesignPanel;
using promoterlab::widgets::DesignTableModel;

namespace {

constexpr int kWait = 120000;

std::vector<std::string> lines(const std::string& path)
{
    std::ifstream in(path);
    std::vector<std::string> read;
    for (std::string line; std::getline(in, line);)
        read.push_back(line);
    return read;
}

std::vector<std::string> split(const std::string& line)
{
    std::vector<std::string> fields;
    std::stringstream stream(line);
    for (std::string field; std::getline(stream, field, ',');)
        fields.push_back(field);
    return fields;
}

std::string reverseComplement(const std::string& bases)
{
    std::string reversed(bases.rbegin(), bases.rend());
    for (char& base : reversed)
        base = base == 'A' ? 'T' : base == 'T' ? 'A' : base == 'G' ? 'C' : 'G';
    return reversed;
}

void chooseMethod(DesignPanel& panel, DesignMethod method)
{
    panel.methodBox()->setCurrentIndex(panel.methodBox()->findData(static_cast<int>(method)));
}

// Targets 6 and 10, two designs each, guided for three rounds, under GC 35–65 %, no BsaI site
// and homopolymers of at most 6.
void setSmallGuidedRun(DesignPanel& panel)
{
    panel.setModelProvider([] { return shippedModel(); });
    panel.rangeButton()->setChecked(true);
    panel.rangeFromBox()->setValue(6);
    panel.rangeToBox()->setValue(10);
    panel.rangeStepBox()->setValue(4);
    panel.countBox()->setValue(2);
    chooseMethod(panel, DesignMethod::Guided);
    panel.roundsBox()->setValue(3);
    panel.gcMinBox()->setValue(35);
    panel.gcMaxBox()->setValue(65);
    panel.maxHomopolymerBox()->setValue(6);
    panel.presetBox("BsaI")->setChecked(true);
}

// A panel that has run setSmallGuidedRun to the end.
struct DesignedPanel {
    DesignedPanel()
    {
        setSmallGuidedRun(panel);
        QSignalSpy finished(&panel, &DesignPanel::jobFinished);
        QTest::mouseClick(panel.runButton(), Qt::LeftButton);
        REQUIRE(panel.isRunning());
        REQUIRE(finished.wait(kWait));
        REQUIRE_FALSE(finished.front().at(2).toBool());
    }
    DesignPanel panel;
};

// One run serves the checks below: a guided run takes a while on a busy CPU.
void checkFastaExport(DesignPanel& panel)
{
    TemporaryDirectory folder;
    const std::string with = folder.file("with.fa"), without = folder.file("without.fa");
    REQUIRE(panel.exportFasta(QString::fromStdString(with), true).isEmpty());
    REQUIRE(panel.exportFasta(QString::fromStdString(without), false).isEmpty());
    const auto flanked = lines(with), bare = lines(without);
    REQUIRE(flanked.size() == bare.size());
    REQUIRE(flanked.size() >= 2);
    for (std::size_t i = 0; i < flanked.size(); i += 2) {
        CHECK(flanked[i].rfind(">design_", 0) == 0);
        CHECK(flanked[i] == bare[i]);
        CHECK(bare[i + 1].size() == 80);
        CHECK(flanked[i + 1] == promoterlab::kReadLeftAdapter + bare[i + 1] + promoterlab::kReadRightAdapter);
    }
}

void checkAddToWorkspace(DesignPanel& panel)
{
    QSignalSpy chosen(&panel, &DesignPanel::designsChosen);
    QTableView* view = panel.tableView();
    view->selectionModel()->select(view->model()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::mouseClick(panel.addButton(), Qt::LeftButton);
    REQUIRE(chosen.size() == 1);
    const QStringList names = chosen.front().at(0).toStringList();
    const QStringList sequences = chosen.front().at(1).toStringList();
    REQUIRE(names.size() == sequences.size());
    QStringList expected;
    for (const int row : {1, 2})
        if (panel.tableModel()->design(row).result.satisfiesConstraints)
            expected.push_back(QString::fromStdString(panel.tableModel()->design(row).name));
    CHECK(names == expected);
    for (int i = 0; i < names.size(); ++i) {
        const auto& design = panel.tableModel()->design(names[i] == "design_2" ? 1 : 2);
        CHECK(sequences[i].toStdString()
              == promoterlab::kReadLeftAdapter + design.result.insert + promoterlab::kReadRightAdapter);
    }
}

}  // namespace

TEST_CASE("A small guided run fills the table, exports only designs that satisfy the constraints, adds them")
{
    DesignedPanel designed;
    DesignPanel& panel = designed.panel;
    CHECK_FALSE(panel.isRunning());
    CHECK(panel.runButton()->isEnabled());
    REQUIRE(panel.tableModel()->rowCount() == 4);
    CHECK(panel.summaryText().contains("Pearson"));
    CHECK(panel.tableModel()->design(0).result.target == 6);
    CHECK(panel.tableModel()->design(3).result.target == 10);
    CHECK(panel.scatterPlot()->messageText().isEmpty());

    TemporaryDirectory folder;
    const std::string csv = folder.file("designs.csv");
    REQUIRE(panel.exportCsv(QString::fromStdString(csv)).isEmpty());
    const auto rows = lines(csv);
    REQUIRE(rows.size() == 1 + panel.tableModel()->designs().size() - [&] {
        std::size_t broken = 0;
        for (const auto& design : panel.designs())
            broken += design.result.satisfiesConstraints ? 0 : 1;
        return broken;
    }());
    CHECK(rows.front() == "name,sequence,insert,target,predicted,error,gc,nearest_distance");
    const std::string left = promoterlab::kReadLeftAdapter, right = promoterlab::kReadRightAdapter;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto fields = split(rows[i]);
        REQUIRE(fields.size() == 8);
        const std::string& sequence = fields[1];
        const std::string& insert = fields[2];
        CHECK(sequence == left + insert + right);
        REQUIRE(insert.size() == 80);
        const auto gc = std::count(insert.begin(), insert.end(), 'G') + std::count(insert.begin(), insert.end(), 'C');
        CHECK(gc >= 28);  // 35 % of 80
        CHECK(gc <= 52);  // 65 % of 80
        CHECK(sequence.find("GGTCTC") == std::string::npos);
        CHECK(reverseComplement(sequence).find("GGTCTC") == std::string::npos);
        for (const char base : {'A', 'C', 'G', 'T'})
            CHECK(insert.find(std::string(7, base)) == std::string::npos);
    }
    checkFastaExport(panel);
    checkAddToWorkspace(panel);
}

TEST_CASE("Cancelling a 10,000-design run ends it cancelled and the panel is ready again")
{
    DesignPanel panel;
    panel.setModelProvider([] { return shippedModel(); });
    chooseMethod(panel, DesignMethod::Guided);
    panel.countBox()->setValue(10000);
    QSignalSpy progress(&panel, &DesignPanel::jobProgress);
    QSignalSpy finished(&panel, &DesignPanel::jobFinished);
    const std::uint64_t job = panel.run();
    INFO(panel.validationText().toStdString());
    REQUIRE(job != 0);
    CHECK_FALSE(panel.runButton()->isEnabled());
    REQUIRE(progress.wait(kWait));
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    REQUIRE(finished.wait(kWait));
    CHECK(finished.front().at(1).toString() == "Cancelled");
    CHECK_FALSE(panel.isRunning());
    CHECK(panel.runButton()->isEnabled());
    CHECK_FALSE(panel.cancelButton()->isEnabled());
    CHECK(panel.tableModel()->rowCount() == 0);
}

TEST_CASE("Contradictory constraints are refused with a message and start no job")
{
    DesignPanel panel;
    panel.setModelProvider([] { return shippedModel(); });
    chooseMethod(panel, DesignMethod::Guided);
    panel.gcMinBox()->setValue(90);
    panel.gcMaxBox()->setValue(100);
    panel.forbiddenMotifsEdit()->setText("S");
    QSignalSpy problem(&panel, &DesignPanel::problem);
    QSignalSpy started(&panel, &DesignPanel::jobStarted);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    CHECK(started.isEmpty());
    REQUIRE(problem.size() == 1);
    CHECK_FALSE(problem.front().at(1).toString().isEmpty());
    CHECK(panel.validationText() == problem.front().at(1).toString());
    CHECK_FALSE(panel.isRunning());

    SECTION("so are a motif that is not IUPAC and running without a model")
    {
        panel.gcMinBox()->setValue(0);
        panel.forbiddenMotifsEdit()->setText("GGXCTC");
        REQUIRE(panel.run() == 0);
        INFO(panel.validationText().toStdString());
        CHECK(panel.validationText().contains("GGXCTC"));
        panel.forbiddenMotifsEdit()->clear();
        panel.setModelProvider([] { return nullptr; });
        REQUIRE(panel.run() == 0);
        CHECK(panel.validationText().contains("Open Model"));
        CHECK(started.isEmpty());
    }
}

TEST_CASE("Without a generator the diffusion methods are disabled and say why")
{
    DesignPanel panel;
    panel.setBundledGeneratorPath(QString());
    panel.setGenerator(nullptr, QString());
    REQUIRE_FALSE(panel.hasGenerator());
    CHECK(panel.generatorText().contains("only guided search"));
    const auto* methods = qobject_cast<const QStandardItemModel*>(panel.methodBox()->model());
    REQUIRE(methods != nullptr);
    for (int row = 0; row < panel.methodBox()->count(); ++row) {
        const bool guided = panel.methodBox()->itemData(row).toInt() == static_cast<int>(DesignMethod::Guided);
        CHECK(methods->item(row)->isEnabled() == guided);
        if (!guided)
            CHECK(methods->item(row)->toolTip().contains("Load Generator"));
    }
    CHECK(panel.methodBox()->currentData().toInt() == static_cast<int>(DesignMethod::Guided));
}

TEST_CASE("Diffusion with a tiny generator trained here produces scored designs")
{
    TemporaryDirectory folder;
    std::vector<promoterlab::GeneratorExample> examples;
    for (const auto& record :
         promoterlab::readAllSequences(PROMOTERLAB_TEST_DATA_DIR "/generator/native80_2000.tsv.gz")) {
        if (examples.size() == 200)
            break;
        examples.push_back({record.bases.substr(std::string(promoterlab::kReadLeftAdapter).size(), 80),
                            record.measured.value_or(0)});
    }
    REQUIRE(examples.size() == 200);
    promoterlab::GeneratorConfig config;
    config.shape.blockSizes = {16, 16, 16};
    config.batchSize = 32;
    config.epochs = 1;
    config.stepsPerEpoch = 5;
    config.threads = 1;
    promoterlab::TrainingRunOptions run;
    run.outputPath = folder.file("generator.plm");
    promoterlab::trainGenerator(examples, {}, config, run);

    DesignPanel panel;
    panel.setModelProvider([] { return shippedModel(); });
    REQUIRE(panel.loadGenerator(QString::fromStdString(run.outputPath)));
    chooseMethod(panel, DesignMethod::Diffusion);
    REQUIRE(panel.methodBox()->currentData().toInt() == static_cast<int>(DesignMethod::Diffusion));
    panel.countBox()->setValue(3);
    panel.stepsBox()->setValue(20);
    QSignalSpy finished(&panel, &DesignPanel::jobFinished);
    const std::uint64_t job = panel.run();
    INFO(panel.validationText().toStdString());
    REQUIRE(job != 0);
    REQUIRE(finished.wait(kWait));
    REQUIRE_FALSE(finished.front().at(2).toBool());
    REQUIRE(panel.tableModel()->rowCount() == 3);
    for (const auto& design : panel.designs()) {
        CHECK(design.result.insert.size() == 80);
        CHECK(design.result.target == 10);
    }

    SECTION("and as the bundled generator it serves when none is loaded")
    {
        panel.setGenerator(nullptr, QString());
        panel.setBundledGeneratorPath(QString::fromStdString(run.outputPath));
        REQUIRE(panel.hasGenerator());
        CHECK(panel.generatorText().contains("bundled"));
        chooseMethod(panel, DesignMethod::Diffusion);
        QSignalSpy again(&panel, &DesignPanel::jobFinished);
        REQUIRE(panel.run() != 0);
        REQUIRE(again.wait(kWait));
        REQUIRE_FALSE(again.front().at(2).toBool());
        CHECK(panel.tableModel()->rowCount() == 3);
    }

    SECTION("and a predictor is refused as a generator")
    {
        QSignalSpy problem(&panel, &DesignPanel::problem);
        CHECK_FALSE(panel.loadGenerator(QString::fromStdString(promoterlab::resolveModelPath("default"))));
        CHECK(problem.size() == 1);
    }
}
