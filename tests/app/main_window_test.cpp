// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the main window with the shipped model and example promoters: import, background
// prediction of the whole list, the selected sequence's plot, the model in the status bar.
#include "app_settings.h"
#include "window_test_support.h"
#include "bin_distribution_plot.h"
#include "main_window.h"
#include "motif_find_bar.h"
#include "promoterlab/bundled_data.h"
#include "promoterlab/model.h"
#include "promoterlab/predictor.h"
#include "jobs_panel.h"
#include "promoterlab/project_store.h"
#include "rejected_records_dialog.h"
#include "sequence_editor.h"
#include "training_curves_plot.h"
#include "training_panel.h"
#include "promoterlab/sequence_reader.h"
#include "sequence_table_model.h"

#include <catch2/catch.hpp>
#include <qcustomplot.h>

#include <QFile>
#include <QFileInfo>
#include <QRadioButton>
#include <QPushButton>
#include <QTableWidget>
#include <QApplication>
#include <QImage>
#include <QMessageBox>
#include <QTimer>
#include <QLineEdit>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QUrl>
#include <QSignalSpy>
#include <QTest>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <memory>

using promoterlab::widgets::AppSettings;
using promoterlab::widgets::MainWindow;
using promoterlab::widgets::SequenceTableModel;
using promoterlab::widgets::TrainingOutcome;
using promoterlab::widgets::TrainingPanel;
using namespace promoterlab::test;

TEST_CASE("The window predicts imported promoters in the background and plots the selected one")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    window.resize(1100, 650);
    window.show();
    window.loadModel("default");
    window.importFile(kExamples);
    REQUIRE(waitForPredictions(window, 24));
    CHECK(window.modelStatusText().contains("PromoterLab default"));
    const SequenceTableModel& sequences = *window.sequences();
    REQUIRE(sequences.rowCount() == 24);
    for (int row = 0; row < sequences.rowCount(); ++row) {
        CHECK(sequences.entry(row).predicted.has_value());
        CHECK(sequences.entry(row).outputs.size() == 18);
    }

    QTableView* view = window.sequenceView();
    view->sortByColumn(SequenceTableModel::PredictedColumn, Qt::DescendingOrder);
    view->setCurrentIndex(view->model()->index(0, 0));
    const QModelIndex top = static_cast<QSortFilterProxyModel*>(view->model())->mapToSource(view->currentIndex());
    double highest = 0;
    for (int row = 0; row < sequences.rowCount(); ++row)
        highest = std::max(highest, *sequences.entry(row).predicted);
    CHECK(*sequences.entry(top.row()).predicted == highest);
    CHECK(window.distributionPlot()->summaryText().contains(QLocale().toString(highest, 'f', 2)));

    if (const QString folder = qEnvironmentVariable("PROMOTERLAB_SCREENSHOT_DIR"); !folder.isEmpty())
        CHECK(window.grab().save(folder + "/main_window.png"));

    // The export reads back, through the core's reader, as the table holds it.
    QTemporaryDir exportFolder;
    const QString exported = exportFolder.filePath("table.tsv");
    window.exportTable(exported);
    std::ifstream header(exported.toStdString());
    std::string firstLine;
    std::getline(header, firstLine);
    CHECK(firstLine.rfind("name\tsequence\tmeasured\tpredicted\tstatus\tp_bin_0\t", 0) == 0);
    promoterlab::ReaderOptions columns;
    columns.measuredColumn = "predicted";
    promoterlab::SequenceReader reader(exported.toStdString(), columns);
    promoterlab::SequenceRecord record;
    int row = 0;
    while (reader.next(record)) {
        CHECK(record.name == sequences.entry(row).name.toStdString());
        CHECK(record.bases == sequences.entry(row).bases);
        CHECK(record.measured.value() == *sequences.entry(row).predicted);
        ++row;
    }
    CHECK(row == 24);
    CHECK_THROWS_WITH(window.exportTable("/nonexistent-folder/table.csv"), Catch::Contains("/nonexistent-folder/table.csv"));
}

TEST_CASE("Sequences the model cannot take are marked with the reason, the others predicted")
{
    QTemporaryDir folder;
    const std::string path = folder.filePath("mixed.fa").toStdString();
    std::ofstream(path) << ">fits\nTGCATTTTTTTCACATCCACTTCTTTGGAAAAAAAAACCTTCAATTTCGCACCAAGGTGTTTAAATTGTTCTCAGTAATTGCAAATCAAAACGAATGGGTTACGGCTGTT\n"
                        << ">too_long\n" << std::string(200, 'A') << "\n";
    TemporarySettings profile;
    MainWindow window(profile.settings);
    window.loadModel("default");
    window.importFile(QString::fromStdString(path));
    REQUIRE(waitForPredictions(window, 2));
    REQUIRE(window.sequences()->rowCount() == 2);
    CHECK(window.sequences()->entry(0).predicted.has_value());
    CHECK(window.sequences()->entry(1).problem.contains("200"));
    CHECK(window.sequences()->index(1, SequenceTableModel::StatusColumn).data().toString() == "Cannot predict");
}

TEST_CASE("Pasted FASTA, dropped files and dropped text all become predicted rows; images are refused")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    QSignalSpy activated(&window, &MainWindow::modelActivated);
    window.loadModel("default");
    REQUIRE(activated.wait(60000));
    window.pasteText(">pasted promoter\nTGCATTTTTTTCACATCCACTTCTTTGGAAAAAAAAACCTTCAATTTCGCACCAAGGTGTTTAAATTGTTCTCAGTAATTGCAAATCAAAACGAATGGGTTACGGCTGTT\n");
    REQUIRE(waitForPredictions(window, 1));
    CHECK(window.sequences()->entry(0).name == "pasted");  // a FASTA name ends at the first blank
    CHECK(window.sequences()->entry(0).predicted.has_value());

    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(PROMOTERLAB_RESOURCES_DIR "/examples/yeast_native_promoters.csv")});
    CHECK(window.importMimeData(files));
    REQUIRE(waitForPredictions(window, 25));

    QMimeData text;
    text.setText("TGCATTTTTTTCACATCCACTTCTTTGGAAAAAAAAACCTTCAATTTCGCACCAAGGTGTTTAAATTGTTCTCAGTAATTGCAAATCAAAACGAATGGGTTACGGCTGTT\n");
    CHECK(window.importMimeData(text));
    REQUIRE(waitForPredictions(window, 26));
    CHECK(window.sequences()->entry(25).predicted.has_value());
    // The same sequence pasted and dropped predicts the same.
    CHECK(*window.sequences()->entry(25).predicted == Approx(*window.sequences()->entry(0).predicted));

    QMimeData image;
    image.setImageData(QImage(4, 4, QImage::Format_RGB32));
    CHECK_FALSE(window.importMimeData(image));
}

TEST_CASE("Exports: FASTA with values in the headers, tables with or without bins, the plot as PNG")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    window.resize(1000, 600);
    window.show();
    window.loadModel("default");
    window.importFile(kExamples);
    REQUIRE(waitForPredictions(window, 24));
    const SequenceTableModel& sequences = *window.sequences();

    QTemporaryDir folder;
    window.exportTable(folder.filePath("promoters.fa"));
    std::vector<promoterlab::RejectedRecord> rejected;
    const auto records = promoterlab::readAllSequences(folder.filePath("promoters.fa").toStdString(), {}, &rejected);
    CHECK(rejected.empty());
    REQUIRE(records.size() == 24);
    for (std::size_t row = 0; row < records.size(); ++row) {
        const auto& entry = sequences.entry(static_cast<int>(row));
        CHECK(records[row].bases == entry.bases);
        const auto description = std::find_if(records[row].metadata.begin(), records[row].metadata.end(),
                                              [](const auto& item) { return item.first == "description"; });
        REQUIRE(description != records[row].metadata.end());
        // The values read back exactly: shortest round-trip text.
        CHECK(description->second.find("predicted=") == 0);
        CHECK(std::stod(description->second.substr(10)) == *entry.predicted);
        CHECK(description->second.find(" measured=") != std::string::npos);
    }

    window.exportTable(folder.filePath("plain.csv"), false);
    std::ifstream plain(folder.filePath("plain.csv").toStdString());
    std::string header;
    std::getline(plain, header);
    CHECK(header == "name,sequence,measured,predicted,status");

    CHECK(window.exportPlot(folder.filePath("distribution.png")).isEmpty());
    CHECK(QImage(folder.filePath("distribution.png")).width() > 100);
}

TEST_CASE("A new sequence is selected and waits for its bases; the filter narrows the list by name")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    importAndWait(window, kExamples);
    window.addNewSequence();
    const SequenceTableModel& sequences = *window.sequences();
    REQUIRE(sequences.rowCount() == 25);
    CHECK(sequences.entry(24).bases.empty());
    CHECK_FALSE(sequences.entry(24).problem.isEmpty());
    const auto* sorted = static_cast<QSortFilterProxyModel*>(window.sequenceView()->model());
    CHECK(sorted->mapToSource(window.sequenceView()->currentIndex()).row() == 24);

    const QString name = sequences.entry(3).name;
    window.sequenceFilter()->setText(name.toLower());
    CHECK(sorted->rowCount() >= 1);
    for (int row = 0; row < sorted->rowCount(); ++row)
        CHECK(sorted->index(row, 0).data().toString().contains(name, Qt::CaseInsensitive));
    window.sequenceFilter()->clear();
    CHECK(sorted->rowCount() == 25);
}

TEST_CASE("Window geometry, recent files and recent models are remembered across sessions")
{
    TemporarySettings profile;
    {
        MainWindow window(profile.settings);
        QSignalSpy activated(&window, &MainWindow::modelActivated);
        window.loadModel("default");
        importAndWait(window, kExamples);
        REQUIRE((activated.count() > 0 || activated.wait(60000)));
        window.resize(913, 577);
        window.show();
        window.close();
    }
    CHECK(profile.settings.recentFiles() == QStringList{QFileInfo(kExamples).absoluteFilePath()});
    CHECK(profile.settings.recentModels() == QStringList{"default"});
    AppSettings reread(profile.folder.filePath("promoterlab.ini"));
    REQUIRE_FALSE(reread.windowGeometry().isEmpty());
    MainWindow again(reread);
    CHECK(again.size() == QSize(913, 577));
}

TEST_CASE("Recent lists put the latest first, hold each path once and keep ten")
{
    TemporarySettings profile;
    for (int i = 0; i < 12; ++i)
        profile.settings.addRecentFile(profile.folder.filePath(QString("file%1.fa").arg(i)));
    profile.settings.addRecentFile(profile.folder.filePath("file5.fa"));
    const QStringList recent = profile.settings.recentFiles();
    REQUIRE(recent.size() == AppSettings::kMaxRecent);
    CHECK(recent.front() == profile.folder.filePath("file5.fa"));
    CHECK(recent.count(profile.folder.filePath("file5.fa")) == 1);
    CHECK(recent.at(1) == profile.folder.filePath("file11.fa"));
    CHECK_FALSE(recent.contains(profile.folder.filePath("file0.fa")));
}

TEST_CASE("Removing selected sequences is undone and redone from the Edit menu's stack")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    importAndWait(window, kExamples);
    const SequenceTableModel& sequences = *window.sequences();
    const QString second = sequences.entry(1).name;
    const QString fifth = sequences.entry(4).name;
    QTableView* view = window.sequenceView();
    view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(4, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    window.removeSelectedSequences();
    REQUIRE(sequences.rowCount() == 22);
    for (int row = 0; row < sequences.rowCount(); ++row) {
        CHECK(sequences.entry(row).name != second);
        CHECK(sequences.entry(row).name != fifth);
    }
    window.listUndoStack()->undo();
    REQUIRE(sequences.rowCount() == 24);
    CHECK(sequences.entry(1).name == second);
    CHECK(sequences.entry(4).name == fifth);
    window.listUndoStack()->redo();
    CHECK(sequences.rowCount() == 22);
}

TEST_CASE("A project brings back its sequences, names, edits, removals and predictions when reopened")
{
    TemporarySettings profile;
    QTemporaryDir folder;
    const QString path = folder.filePath("work.plproj");
    std::vector<std::string> names;
    std::vector<std::string> bases;
    std::vector<double> predicted;
    {
        MainWindow window(profile.settings);
        REQUIRE(window.openOrCreateProject(path));
        QSignalSpy updated(&window, &MainWindow::predictionsUpdated);
        window.loadModel("default");
        window.importFile(kExamples);
        REQUIRE(waitForPredictions(window, 24));
        SequenceTableModel& sequences = *window.sequences();
        CHECK(sequences.setData(sequences.index(1, SequenceTableModel::NameColumn), "renamed promoter"));
        QTableView* view = window.sequenceView();
        view->selectionModel()->select(view->model()->index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        window.removeSelectedSequences();
        std::string edited = sequences.entry(0).bases;
        edited[40] = edited[40] == 'A' ? 'C' : 'A';
        sequences.setBases(0, edited);
        REQUIRE(updated.wait(60000));  // the edited sequence is predicted again
        REQUIRE(sequences.entry(0).predicted.has_value());
        for (int row = 0; row < sequences.rowCount(); ++row) {
            names.push_back(sequences.entry(row).name.toStdString());
            bases.push_back(sequences.entry(row).bases);
            predicted.push_back(*sequences.entry(row).predicted);
        }
        window.close();
    }
    REQUIRE(names.size() == 23);
    CHECK(names[1] == "renamed promoter");
    CHECK(profile.settings.recentProjects().front() == QFileInfo(path).absoluteFilePath());

    MainWindow window(profile.settings);
    QSignalSpy updated(&window, &MainWindow::predictionsUpdated);
    REQUIRE(window.openProject(path));
    CHECK(window.projectModel() == "default");
    CHECK(window.windowTitle().startsWith("work"));
    REQUIRE(updated.wait(60000));
    const SequenceTableModel& sequences = *window.sequences();
    REQUIRE(sequences.rowCount() == 23);
    for (int row = 0; row < sequences.rowCount(); ++row) {
        CHECK(sequences.entry(row).name.toStdString() == names[static_cast<std::size_t>(row)]);
        CHECK(sequences.entry(row).bases == bases[static_cast<std::size_t>(row)]);
        REQUIRE(sequences.entry(row).predicted.has_value());
        CHECK(*sequences.entry(row).predicted == Approx(predicted[static_cast<std::size_t>(row)]).epsilon(1e-6));
        CHECK(sequences.entry(row).outputs.size() == 18);
    }
}

TEST_CASE("Save As continues in the copy; files that are not projects are refused with the reason")
{
    TemporarySettings profile;
    QTemporaryDir folder;
    MainWindow window(profile.settings);
    REQUIRE(window.openOrCreateProject(folder.filePath("first.plproj")));
    importAndWait(window, kExamples);
    window.saveProjectAs(folder.filePath("second.plproj"));
    CHECK(window.projectPath() == QFileInfo(folder.filePath("second.plproj")).absoluteFilePath());
    pasteAndWait(window, "ACGTACGTAC\n");
    {
        MainWindow first(profile.settings);
        REQUIRE(first.openProject(folder.filePath("first.plproj")));
        CHECK(first.sequences()->rowCount() == 24);
    }
    {
        MainWindow second(profile.settings);
        REQUIRE(second.openProject(folder.filePath("second.plproj")));
        CHECK(second.sequences()->rowCount() == 25);
    }

    const QString picture = folder.filePath("picture.plproj");
    QImage(8, 8, QImage::Format_RGB32).save(picture, "PNG");
    const auto message = closeNextMessageBox();
    CHECK_FALSE(window.openProject(picture));
    CHECK(message->contains("picture.plproj"));
    // The project open before stays open and whole.
    CHECK(window.projectPath() == QFileInfo(folder.filePath("second.plproj")).absoluteFilePath());
    CHECK(window.sequences()->rowCount() == 25);
}

TEST_CASE("Typing in the editor re-predicts the sequence live, and undo brings the bases and prediction back")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    window.resize(1200, 700);
    window.show();
    QSignalSpy updated(&window, &MainWindow::predictionsUpdated);
    window.loadModel("default");
    window.importFile(kExamples);
    REQUIRE(waitForPredictions(window, 24));
    const SequenceTableModel& sequences = *window.sequences();
    const std::string original = sequences.entry(0).bases;
    const double originalPrediction = *sequences.entry(0).predicted;
    window.sequenceView()->setCurrentIndex(window.sequenceView()->model()->index(0, 0));
    promoterlab::widgets::SequenceEditor* editor = window.sequenceEditor();
    REQUIRE(editor->sequence().toStdString() == original);
    // The model's plasmid flank stands before the 110-nt insert, up to its 150-nt input.
    CHECK(editor->leftFlank().size() == 40);

    editor->setFocus();
    editor->selectRange(50, 0);
    const char replacement = original[50] == 'G' ? 'T' : 'G';
    QTest::keyClicks(editor, QString(QChar(replacement)).toLower());
    std::string edited = original;
    edited[50] = replacement;
    CHECK(sequences.entry(0).bases == edited);
    REQUIRE(updated.wait(10000));
    const auto model = promoterlab::Model::load(promoterlab::bundledModelPath("default"));
    const double expected = promoterlab::Predictor(model).predict({edited}).front().expression;
    REQUIRE(sequences.entry(0).predicted.has_value());
    CHECK(*sequences.entry(0).predicted == Approx(expected).epsilon(1e-5));
    CHECK(window.distributionPlot()->summaryText().contains(QLocale().toString(expected, 'f', 2)));

    editor->undoStack()->undo();
    CHECK(sequences.entry(0).bases == original);
    REQUIRE(updated.wait(10000));
    CHECK(*sequences.entry(0).predicted == Approx(originalPrediction).epsilon(1e-5));
    editor->undoStack()->redo();
    CHECK(sequences.entry(0).bases == edited);
}

TEST_CASE("The find bar marks a motif's hits in the selected sequence on both strands")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    pasteAndWait(window, ">probe\nGGGAATTCAAAATATAGGG\n");
    window.sequenceView()->setCurrentIndex(window.sequenceView()->model()->index(0, 0));
    window.motifFindBar()->patternEdit()->setText("TATA");
    // TATA at 12 on both strands (it is its own reverse complement).
    REQUIRE_FALSE(window.sequenceEditor()->highlights().empty());
    for (const auto& match : window.sequenceEditor()->highlights())
        CHECK(match.position == 12);
    window.motifFindBar()->patternEdit()->setText("GAATTC");
    REQUIRE(window.sequenceEditor()->highlights().size() == 1);
    CHECK(window.sequenceEditor()->highlights()[0].position == 2);
}

TEST_CASE("A training run on the project's measured sequences is stored with its epochs and shown again")
{
    TemporarySettings profile;
    QTemporaryDir folder;
    MainWindow window(profile.settings);
    REQUIRE(window.openOrCreateProject(folder.filePath("training.plproj")));
    importAndWait(window, PROMOTERLAB_TEST_DATA_DIR "/training/dream_demo_600.tsv");
    TrainingPanel* panel = window.trainingPanel();
    REQUIRE(panel->projectSourceButton()->isEnabled());  // the project has measured sequences
    QFile config(folder.filePath("tiny.json"));
    REQUIRE(config.open(QIODevice::WriteOnly));
    config.write(R"({"block_sizes": [16, 8, 8], "kernel_size": 3, "batch_size": 16, "device": "cpu",
                    "epochs": 2, "steps_per_epoch": 3})");
    config.close();
    REQUIRE(panel->loadConfigFile(folder.filePath("tiny.json")));
    panel->setUseProjectSequences(true);
    panel->setOutputFolder(folder.filePath("run"));
    QSignalSpy finished(panel, &TrainingPanel::runFinished);
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    REQUIRE(finished.wait(120000));
    CHECK(finished.at(0).at(1).value<TrainingOutcome>() == TrainingOutcome::Finished);
    CHECK(profile.settings.recentModels().contains(finished.at(0).at(2).toString()));

    promoterlab::ProjectStore store = promoterlab::ProjectStore::open(window.projectPath().toStdString());
    const auto runs = store.trainingRuns();
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].status == "finished");
    CHECK(QString::fromStdString(runs[0].bundlePath) == finished.at(0).at(2).toString());
    const auto epochs = store.epochs(runs[0].id);
    REQUIRE(epochs.size() == 2);
    CHECK(std::isfinite(epochs[1].trainLoss));
    CHECK(std::isfinite(epochs[1].validationLoss));

    using Series = promoterlab::widgets::TrainingCurvesPlot::Series;
    panel->curves()->clear();
    REQUIRE(panel->curves()->graph(Series::TrainLoss)->dataCount() == 0);
    window.showStoredRun(runs[0].id);
    CHECK(panel->curves()->graph(Series::TrainLoss)->dataCount() == 2);
    CHECK(panel->metricsTable()->rowCount() == 2);
}

TEST_CASE("Dropped bad files: a picture and an empty file are reported, a bad record is listed and the good ones kept")
{
    TemporarySettings profile;
    QTemporaryDir folder;
    const QString picture = folder.filePath("picture.png");
    REQUIRE(QImage(16, 16, QImage::Format_RGB32).save(picture));
    const QString empty = folder.filePath("empty.fa");
    QFile(empty).open(QIODevice::WriteOnly);
    const QString mixed = folder.filePath("mixed.fa");
    std::ofstream(mixed.toStdString()) << ">good1\nACGTACGTAC\n>good2\nGGGGCCCCAA\n>bad\nACGTXXACGT\n>good3\nTTTTAAAACC\n";

    MainWindow window(profile.settings);
    QSignalSpy ended(&window, &MainWindow::importEnded);
    QMimeData drop;
    drop.setUrls({QUrl::fromLocalFile(picture), QUrl::fromLocalFile(empty), QUrl::fromLocalFile(mixed)});
    CHECK(window.importMimeData(drop));
    REQUIRE(QTest::qWaitFor([&] { return ended.count() == 3; }, 60000));

    REQUIRE(window.sequences()->rowCount() == 3);
    CHECK(window.sequences()->entry(2).name == "good3");
    QStringList reports;
    for (const QMessageBox* box : window.findChildren<QMessageBox*>())
        reports << box->text();
    REQUIRE(reports.size() == 2);
    CHECK(reports.join("\n").contains("picture.png"));
    CHECK(reports.join("\n").contains("empty.fa"));
    const auto dialogs = window.findChildren<promoterlab::widgets::RejectedRecordsDialog*>();
    REQUIRE(dialogs.size() == 1);
    CHECK(dialogs.front()->isVisible());
    const QStringList rows = dialogs.front()->tableText().split('\n', Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 2);  // the header and the bad record
    INFO(rows[1].toStdString());
    CHECK(rows[1].startsWith(mixed + "\t6\t"));  // the line that holds the X
    CHECK(rows[1].contains("X"));
    CHECK(window.jobsPanel()->jobCount() == 3);
    CHECK(window.jobsPanel()->runningCount() == 0);
}

TEST_CASE("A model that fails to load is reported and the active model stays")
{
    TemporarySettings profile;
    QTemporaryDir folder;
    MainWindow window(profile.settings);
    QSignalSpy activated(&window, &MainWindow::modelActivated);
    window.loadModel("default");
    REQUIRE(activated.wait(60000));
    const QString corrupt = folder.filePath("corrupt.plm");
    QFile file(corrupt);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is not a model");
    file.close();
    window.loadModel(corrupt);
    REQUIRE(QTest::qWaitFor([&] { return !window.findChildren<QMessageBox*>().isEmpty(); }, 60000));
    CHECK(window.findChildren<QMessageBox*>().front()->text().contains("corrupt.plm"));
    CHECK(window.modelStatusText().contains("PromoterLab default"));
    CHECK(activated.count() == 1);
}

TEST_CASE("Closing the window while a large file is read and predicted neither waits for the work nor crashes")
{
    TemporarySettings profile;
    QTemporaryDir folder;
    const QString large = folder.filePath("large.fa");
    {
        std::ofstream out(large.toStdString());
        const std::string promoter =
            "TGCATTTTTTTCACATCCACTTCTTTGGAAAAAAAAACCTTCAATTTCGCACCAAGGTGTTTAAATTGTTCTCAGTAATTGCAAATCAAAACGAATGGGTTACGGCTGTT";
        for (int i = 0; i < 300000; ++i)
            out << ">p" << i << "\n" << promoter << "\n";
    }
    auto window = std::make_unique<MainWindow>(profile.settings);
    QSignalSpy activated(window.get(), &MainWindow::modelActivated);
    window->loadModel("default");
    REQUIRE(activated.wait(60000));
    window->importFile(large);
    REQUIRE(QTest::qWaitFor([&] { return window->sequences()->rowCount() > 0; }, 60000));
    CHECK(window->sequences()->rowCount() < 300000);
    // The import stops within a batch and the prediction within one batch of 128; a wait for
    // the whole file would show as this test running for minutes.
    window->close();
    window.reset();
    CHECK(QFileInfo::exists(large));
}
