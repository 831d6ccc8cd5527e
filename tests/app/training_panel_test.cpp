// SPDX-License-Identifier: GPL-3.0-or-later
// The training tab driven like a user: a tiny LegNet trained from a file or from the project's
// sequences, cancelled and resumed, refused bad settings, and closed in the middle of a run.
#include "temporary_directory.h"
#include "training_curves_plot.h"
#include "training_panel.h"
#include "training_service.h"

#include "promoterlab/model.h"
#include "promoterlab/sequence_reader.h"
#include "promoterlab/training_set.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>
#include <qcustomplot.h>

#include <cmath>
#include <memory>

using promoterlab::EpochReport;
using promoterlab::widgets::TrainingCurvesPlot;
using promoterlab::widgets::TrainingOutcome;
using promoterlab::widgets::TrainingPanel;
using promoterlab::widgets::TrainingRunInfo;
using promoterlab::widgets::TrainingService;

namespace {

const QString kTrainingFile = QStringLiteral(PROMOTERLAB_TEST_DATA_DIR "/training/dream_demo_600.tsv");
// Generous: a tiny network trains in seconds, but test machines are shared.
constexpr int kRunTimeoutMs = 120000;

// A network of a few thousand parameters that trains a handful of batches in well under a second.
std::string tinyConfig(int epochs, int stepsPerEpoch)
{
    return R"({"block_sizes": [16, 8, 8], "kernel_size": 3, "optimizer": "adamw", "learning_rate": 0.003,
               "weight_decay": 0.01, "batch_size": 16, "device": "cpu", "epochs": )"
           + std::to_string(epochs) + R"(, "steps_per_epoch": )" + std::to_string(stepsPerEpoch) + "}";
}

void prepare(TrainingPanel& panel, const promoterlab::test::TemporaryDirectory& folder, int epochs, int stepsPerEpoch)
{
    const auto config = folder.write("tiny.json", tinyConfig(epochs, stepsPerEpoch));
    REQUIRE(panel.loadConfigFile(QString::fromStdString(config)));
    panel.setDataFile(kTrainingFile);
    panel.setOutputFolder(QString::fromStdString(folder.file("run")));
}

// The rows of the file outside validation fold 0, counted by the sequence hash directly.
std::size_t trainingRowsOutsideFoldZero()
{
    std::size_t rows = 0;
    for (const auto& record : promoterlab::readAllSequences(kTrainingFile.toStdString()))
        if (record.measured && promoterlab::sequenceFold(record.bases) != 0)
            ++rows;
    return rows;
}

QJsonObject bundleDataProvenance(const QString& bundlePath)
{
    const auto model = promoterlab::Model::load(bundlePath.toStdString());
    const auto provenance = QJsonDocument::fromJson(QByteArray::fromStdString(model->manifest().provenanceJson));
    return provenance.object().value("data").toObject();
}

TrainingOutcome outcomeOf(const QSignalSpy& finished, int index = 0)
{
    return finished.at(index).at(1).value<TrainingOutcome>();
}

}  // namespace

TEST_CASE("A run started with the Start button trains on a file, reports every epoch and writes the bundle")
{
    promoterlab::test::TemporaryDirectory folder;
    TrainingPanel panel;
    panel.resize(1100, 520);
    prepare(panel, folder, 2, 3);
    // The configuration file's settings are shown and used.
    CHECK(panel.epochsBox()->value() == 2);
    CHECK(panel.batchSizeBox()->value() == 16);
    CHECK(panel.stepsPerEpochBox()->value() == 3);
    CHECK(panel.deviceBox()->currentIndex() == 1);
    CHECK(panel.configuration().shape.blockSizes == std::vector<int>{16, 8, 8});

    QSignalSpy started(&panel, &TrainingPanel::runStarted);
    QSignalSpy epochs(&panel, &TrainingPanel::epochFinished);
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);
    QTest::mouseClick(panel.startButton(), Qt::LeftButton);
    REQUIRE(started.count() == 1);
    const auto info = started.front().front().value<TrainingRunInfo>();
    CHECK(info.outputFolder == QFileInfo(QString::fromStdString(folder.file("run"))).absoluteFilePath());
    CHECK(info.dataSource == QFileInfo(kTrainingFile).absoluteFilePath());
    CHECK_FALSE(info.resumed);
    CHECK(info.configJson.contains("\"block_sizes\""));
    CHECK(panel.isRunning());
    CHECK_FALSE(panel.startButton()->isEnabled());
    CHECK(panel.cancelButton()->isEnabled());

    REQUIRE(finished.wait(kRunTimeoutMs));
    CHECK(outcomeOf(finished) == TrainingOutcome::Finished);
    const QString bundle = finished.front().at(2).toString();
    CHECK(bundle == TrainingService::bundlePath(info.outputFolder));
    CHECK(QFileInfo(bundle).size() > 0);
    CHECK(finished.front().at(0).toString() == info.runId);

    REQUIRE(epochs.count() == 2);
    for (int i = 0; i < 2; ++i) {
        CHECK(epochs.at(i).at(0).toString() == info.runId);
        const auto report = epochs.at(i).at(1).value<EpochReport>();
        CHECK(report.epoch == i + 1);
        CHECK(std::isfinite(report.trainLoss));
        CHECK(report.trainLoss > 0);
        CHECK(std::isfinite(report.validLoss));
        CHECK(std::isfinite(report.pearson));
    }
    // Every batch and epoch reached the curves and the table.
    CHECK(panel.curves()->graph(TrainingCurvesPlot::Series::BatchLoss)->data()->size() == 6);
    CHECK(panel.curves()->graph(TrainingCurvesPlot::Series::ValidationLoss)->data()->size() == 2);
    CHECK(panel.metricsTable()->rowCount() == 2);
    CHECK(panel.metricsTable()->item(1, 0)->text() == "2");
    CHECK(panel.statusText().contains("Finished 2 epoch"));
    CHECK(panel.startButton()->isEnabled());
    CHECK_FALSE(panel.cancelButton()->isEnabled());
    CHECK_FALSE(panel.resumeButton()->isEnabled());

    // The bundle opens as a model of the configured shape, trained on the rows outside fold 0.
    CHECK(promoterlab::Model::load(bundle.toStdString())->manifest().shape.blockSizes == std::vector<int>{16, 8, 8});
    const auto data = bundleDataProvenance(bundle);
    CHECK(data.value("training_rows").toInteger() == static_cast<qint64>(trainingRowsOutsideFoldZero()));
    CHECK(data.value("source").toString() == "file");

    if (const QString screenshots = qEnvironmentVariable("PROMOTERLAB_SCREENSHOT_DIR"); !screenshots.isEmpty())
        CHECK(panel.grab().save(screenshots + "/training_panel_finished.png"));
}

TEST_CASE("Cancel during the second epoch keeps the checkpoint, and Resume finishes the run")
{
    promoterlab::test::TemporaryDirectory folder;
    TrainingPanel panel;
    panel.resize(1100, 520);
    // Forty batches an epoch: the GUI thread's answer to the first report of epoch 2 arrives
    // long before the epoch could end.
    prepare(panel, folder, 2, 40);
    bool cancelClicked = false;
    QObject::connect(panel.service(), &TrainingService::batchReported, &panel,
                     [&panel, &cancelClicked](const promoterlab::BatchReport& report) {
                         if (report.epoch == 2 && !cancelClicked) {
                             cancelClicked = true;
                             QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
                         }
                     });
    QSignalSpy started(&panel, &TrainingPanel::runStarted);
    QSignalSpy epochs(&panel, &TrainingPanel::epochFinished);
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);
    QTest::mouseClick(panel.startButton(), Qt::LeftButton);
    REQUIRE(finished.wait(kRunTimeoutMs));
    REQUIRE(outcomeOf(finished) == TrainingOutcome::Cancelled);
    const QString runFolder = started.front().front().value<TrainingRunInfo>().outputFolder;
    CHECK(QFileInfo::exists(TrainingService::checkpointPath(runFolder)));
    CHECK_FALSE(QFileInfo::exists(TrainingService::bundlePath(runFolder)));
    CHECK(epochs.count() == 1);
    CHECK(panel.messageText().contains("epoch 1"));
    CHECK(panel.resumeButton()->isEnabled());
    CHECK(panel.startButton()->isEnabled());
    // Start would overwrite the stopped run; the panel points to Resume instead.
    QTest::mouseClick(panel.startButton(), Qt::LeftButton);
    CHECK(started.count() == 1);
    CHECK(panel.messageText().contains("Resume"));

    QTest::mouseClick(panel.resumeButton(), Qt::LeftButton);
    REQUIRE(started.count() == 2);
    const auto resumed = started.at(1).front().value<TrainingRunInfo>();
    CHECK(resumed.resumed);
    CHECK(resumed.runId == runFolder);
    REQUIRE(finished.wait(kRunTimeoutMs));
    REQUIRE(outcomeOf(finished, 1) == TrainingOutcome::Finished);
    CHECK(QFileInfo(TrainingService::bundlePath(runFolder)).size() > 0);
    // Only epoch 2 ran again; the table shows both.
    REQUIRE(epochs.count() == 2);
    CHECK(epochs.at(1).at(1).value<EpochReport>().epoch == 2);
    CHECK(panel.metricsTable()->rowCount() == 2);
    CHECK(panel.statusText().contains("Resumed after epoch 1"));

    if (const QString screenshots = qEnvironmentVariable("PROMOTERLAB_SCREENSHOT_DIR"); !screenshots.isEmpty())
        CHECK(panel.grab().save(screenshots + "/training_panel_resumed.png"));
}

TEST_CASE("The project's measured sequences train like a file, and the choice is offered only when there are some")
{
    promoterlab::test::TemporaryDirectory folder;
    TrainingPanel panel;
    CHECK_FALSE(panel.projectSourceButton()->isEnabled());
    CHECK(panel.projectSourceButton()->toolTip().contains("measured"));

    const auto records = promoterlab::readAllSequences(kTrainingFile.toStdString());
    int asked = 0;
    panel.setProjectSequences([&records, &asked] {
        ++asked;
        return records;
    });
    panel.setProjectMeasuredCount(0);
    CHECK_FALSE(panel.projectSourceButton()->isEnabled());
    panel.setProjectMeasuredCount(static_cast<int>(records.size()));
    CHECK(panel.projectSourceButton()->isEnabled());
    CHECK(panel.projectSourceButton()->toolTip().isEmpty());

    prepare(panel, folder, 1, 2);
    panel.setUseProjectSequences(true);
    CHECK(panel.projectSourceButton()->isChecked());
    QSignalSpy started(&panel, &TrainingPanel::runStarted);
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);
    panel.start();
    REQUIRE(started.count() == 1);
    CHECK(asked == 1);
    REQUIRE(finished.wait(kRunTimeoutMs));
    REQUIRE(outcomeOf(finished) == TrainingOutcome::Finished);
    const QString runFolder = started.front().front().value<TrainingRunInfo>().outputFolder;
    // The rows the run saw are kept beside the model, and split like the file's.
    CHECK(QFileInfo(runFolder + "/training-data.tsv").size() > 0);
    const auto data = bundleDataProvenance(finished.front().at(2).toString());
    CHECK(data.value("source").toString() == "project sequences");
    CHECK(data.value("training_rows").toInteger() == static_cast<qint64>(trainingRowsOutsideFoldZero()));
}

TEST_CASE("Bad settings and data are refused with a message that says what to fix")
{
    promoterlab::test::TemporaryDirectory folder;
    TrainingPanel panel;
    prepare(panel, folder, 1, 2);
    QSignalSpy started(&panel, &TrainingPanel::runStarted);
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);

    SECTION("a missing data file")
    {
        const QString missing = QString::fromStdString(folder.file("no-such-file.tsv"));
        panel.setDataFile(missing);
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        CHECK(started.count() == 0);
        CHECK(panel.messageText().contains(missing));
        CHECK(panel.messageText().contains("does not exist"));
    }
    SECTION("too few rows with a measured value")
    {
        const auto few = folder.write("few.tsv", "sequence\texpression\nACGTACGTAC\t1\nACGTACGTAA\t2\n"
                                                 "ACGTACGTTT\tNA\nACGTACGTGG\t3.5\n");
        panel.setDataFile(QString::fromStdString(few));
        // Without a validation split all three measured rows are training rows.
        panel.validationBox()->setCurrentIndex(1);
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        REQUIRE(started.count() == 1);
        REQUIRE(finished.wait(kRunTimeoutMs));
        CHECK(outcomeOf(finished) == TrainingOutcome::Failed);
        CHECK(finished.front().at(3).toString().contains("only 3 rows"));
        CHECK(panel.messageText().contains("only 3 rows"));
        CHECK(panel.startButton()->isEnabled());
    }
    SECTION("epochs and batch size below one")
    {
        panel.epochsBox()->setValue(0);
        panel.batchSizeBox()->setValue(-5);
        CHECK(panel.epochsBox()->value() == 1);
        CHECK(panel.batchSizeBox()->value() == 1);
    }
    SECTION("an output folder that already holds a run")
    {
        const QString existing = QString::fromStdString(folder.file("old-run"));
        REQUIRE(QDir().mkpath(existing));
        folder.write("old-run/model.plm", "");
        panel.setOutputFolder(existing);
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        CHECK(started.count() == 0);
        CHECK(panel.messageText().contains("already holds a run"));
    }
    SECTION("a classifier without class names")
    {
        const int binary = panel.taskBox()->findData(static_cast<int>(promoterlab::TrainingTask::Binary));
        panel.taskBox()->setCurrentIndex(binary);
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        CHECK(started.count() == 0);
        CHECK(panel.messageText().contains("one class name"));
    }
    SECTION("a configuration file with a misspelt key")
    {
        const auto bad = folder.write("bad.json", R"({"epoch": 3})");
        CHECK_FALSE(panel.loadConfigFile(QString::fromStdString(bad)));
        CHECK(panel.messageText().contains("unknown key 'epoch'"));
        // The earlier configuration stays in force.
        CHECK(panel.configuration().shape.blockSizes == std::vector<int>{16, 8, 8});
    }
}

TEST_CASE("While a run goes on the status line shows its place, throughput and time left; closing the panel cancels it")
{
    promoterlab::test::TemporaryDirectory folder;
    auto panel = std::make_unique<TrainingPanel>();
    panel->resize(1100, 520);
    panel->show();
    prepare(*panel, folder, 50, 1000);
    QSignalSpy batches(panel->service(), &TrainingService::batchReported);
    panel->start();
    while (batches.count() < 3)
        REQUIRE(batches.wait(kRunTimeoutMs));
    REQUIRE(panel->isRunning());
    // The curves are redrawn while the run goes on, with the batches so far.
    QSignalSpy replotted(panel->curves()->plot(), &QCustomPlot::afterReplot);
    REQUIRE(replotted.wait(kRunTimeoutMs));
    CHECK(panel->curves()->graph(TrainingCurvesPlot::Series::BatchLoss)->data()->size() >= 3);
    const QString status = panel->statusText();
    CHECK(status.startsWith("Epoch 1/50, batch "));
    CHECK(status.contains("samples/s"));
    CHECK(status.contains("left"));
    if (const QString screenshots = qEnvironmentVariable("PROMOTERLAB_SCREENSHOT_DIR"); !screenshots.isEmpty())
        CHECK(panel->grab().save(screenshots + "/training_panel_running.png"));

    panel.reset();
    // The worker stopped within a batch and left no bundle behind.
    CHECK_FALSE(QFileInfo::exists(QString::fromStdString(folder.file("run/model.plm"))));
}

TEST_CASE("A stored run is redisplayed from its epoch records, showing only the figures it measured")
{
    TrainingPanel panel;
    EpochReport first;
    first.epoch = 1;
    first.trainLoss = 1.5;
    first.seconds = 12;
    EpochReport second = first;
    second.epoch = 2;
    second.trainLoss = 1.25;
    panel.showRun("Run of 3 May", {first, second});

    CHECK(panel.statusText() == "Run of 3 May");
    REQUIRE(panel.metricsTable()->rowCount() == 2);
    CHECK(panel.metricsTable()->item(1, 1)->text() == QLocale().toString(1.25, 'f', 4));
    // Without a validation set the validation columns stay hidden and the curves hold only the training loss.
    CHECK(panel.metricsTable()->isColumnHidden(2));
    CHECK_FALSE(panel.metricsTable()->isColumnHidden(1));
    CHECK(panel.curves()->graph(TrainingCurvesPlot::Series::TrainLoss)->data()->size() == 2);
    CHECK(panel.curves()->graph(TrainingCurvesPlot::Series::ValidationLoss)->data()->isEmpty());
    CHECK(panel.curves()->graph(TrainingCurvesPlot::Series::BatchLoss)->data()->isEmpty());
}
