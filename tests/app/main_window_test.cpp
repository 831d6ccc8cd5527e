// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the main window with the shipped model and example promoters: import, background
// prediction of the whole list, the selected sequence's plot, the model in the status bar.
#include "bin_distribution_plot.h"
#include "main_window.h"
#include "promoterlab/sequence_reader.h"
#include "sequence_table_model.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QUrl>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

#include <fstream>

using promoterlab::widgets::MainWindow;
using promoterlab::widgets::SequenceTableModel;

TEST_CASE("The window predicts imported promoters in the background and plots the selected one")
{
    MainWindow window;
    window.resize(1100, 650);
    window.show();
    QSignalSpy updated(&window, &MainWindow::predictionsUpdated);
    window.loadModel("default");
    window.importFile(PROMOTERLAB_RESOURCES_DIR "/examples/yeast_native_promoters.csv");
    REQUIRE(updated.wait(60000));
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
    MainWindow window;
    QSignalSpy updated(&window, &MainWindow::predictionsUpdated);
    window.loadModel("default");
    window.importFile(QString::fromStdString(path));
    REQUIRE(updated.wait(60000));
    REQUIRE(window.sequences()->rowCount() == 2);
    CHECK(window.sequences()->entry(0).predicted.has_value());
    CHECK(window.sequences()->entry(1).problem.contains("200"));
    CHECK(window.sequences()->index(1, SequenceTableModel::StatusColumn).data().toString() == "Cannot predict");
}

TEST_CASE("Pasted FASTA, dropped files and dropped text all become predicted rows; images are refused")
{
    MainWindow window;
    QSignalSpy updated(&window, &MainWindow::predictionsUpdated);
    QSignalSpy activated(&window, &MainWindow::modelActivated);
    window.loadModel("default");
    REQUIRE(activated.wait(60000));
    CHECK(updated.count() == 0);  // nothing to predict yet
    window.pasteText(">pasted promoter\nTGCATTTTTTTCACATCCACTTCTTTGGAAAAAAAAACCTTCAATTTCGCACCAAGGTGTTTAAATTGTTCTCAGTAATTGCAAATCAAAACGAATGGGTTACGGCTGTT\n");
    REQUIRE(updated.wait(60000));
    REQUIRE(window.sequences()->rowCount() == 1);
    CHECK(window.sequences()->entry(0).name == "pasted");  // a FASTA name ends at the first blank
    CHECK(window.sequences()->entry(0).predicted.has_value());

    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(PROMOTERLAB_RESOURCES_DIR "/examples/yeast_native_promoters.csv")});
    CHECK(window.importMimeData(files));
    REQUIRE(updated.wait(60000));
    CHECK(window.sequences()->rowCount() == 25);

    QMimeData text;
    text.setText("TGCATTTTTTTCACATCCACTTCTTTGGAAAAAAAAACCTTCAATTTCGCACCAAGGTGTTTAAATTGTTCTCAGTAATTGCAAATCAAAACGAATGGGTTACGGCTGTT\n");
    CHECK(window.importMimeData(text));
    REQUIRE(updated.wait(60000));
    REQUIRE(window.sequences()->rowCount() == 26);
    CHECK(window.sequences()->entry(25).predicted.has_value());
    // The same sequence pasted and dropped predicts the same.
    CHECK(*window.sequences()->entry(25).predicted == Approx(*window.sequences()->entry(0).predicted));

    QMimeData image;
    image.setImageData(QImage(4, 4, QImage::Format_RGB32));
    CHECK_FALSE(window.importMimeData(image));
}
