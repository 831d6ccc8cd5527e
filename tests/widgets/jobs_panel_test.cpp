// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the jobs panel: rows with progress and status, Cancel, finishing and clearing.
#include "jobs_panel.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using promoterlab::widgets::JobsPanel;

namespace {

template <typename Child>
Child* part(const JobsPanel& panel, int id, const char* name)
{
    auto* row = panel.findChild<QWidget*>(QStringLiteral("job%1").arg(id));
    return row ? row->findChild<Child*>(name) : nullptr;
}

QPushButton* clearButton(const JobsPanel& panel)
{
    for (auto* button : panel.findChildren<QPushButton*>())
        if (button->text() == "C&lear finished")
            return button;
    return nullptr;
}

}  // namespace

TEST_CASE("Added jobs run with a busy indicator until their progress is known")
{
    JobsPanel panel;
    CHECK(panel.runningCount() == 0);
    const int import = panel.addJob("Import reads.fa");
    const int predict = panel.addJob("Predict 1,204 sequences");
    CHECK(predict != import);
    CHECK(panel.runningCount() == 2);
    CHECK(panel.jobCount() == 2);

    REQUIRE(part<QLabel>(panel, import, "title") != nullptr);
    CHECK(part<QLabel>(panel, import, "title")->text() == "Import reads.fa");
    auto* bar = part<QProgressBar>(panel, import, "progress");
    REQUIRE(bar != nullptr);
    CHECK(bar->maximum() == 0);  // busy

    // 3 GB done of 12 GB: a quarter, although neither fits an int.
    panel.setProgress(import, 3'000'000'000, 12'000'000'000);
    CHECK(bar->maximum() > 0);
    CHECK(bar->value() == bar->maximum() / 4);
    panel.setProgress(import, 12'000'000'000, 12'000'000'000);
    CHECK(bar->value() == bar->maximum());
    panel.setProgress(import, 5, 0);
    CHECK(bar->maximum() == 0);

    panel.setStatus(predict, "batch 3 of 19");
    CHECK(part<QLabel>(panel, predict, "status")->text() == "batch 3 of 19");
    CHECK(part<QPushButton>(panel, predict, "cancel")->isEnabled());
}

TEST_CASE("Clicking Cancel asks to cancel that job once")
{
    JobsPanel panel;
    const int first = panel.addJob("Import a.fa");
    const int second = panel.addJob("Import b.fa");
    QSignalSpy requested(&panel, &JobsPanel::cancelRequested);
    auto* cancel = part<QPushButton>(panel, second, "cancel");
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(requested.count() == 1);
    CHECK(requested.front().at(0).toInt() == second);
    CHECK_FALSE(cancel->isEnabled());
    CHECK(part<QLabel>(panel, second, "status")->text() == "Cancelling…");
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK(requested.count() == 1);
    // Asking is not stopping: the job runs until the caller finishes it.
    CHECK(panel.runningCount() == 2);
    CHECK(part<QPushButton>(panel, first, "cancel")->isEnabled());
}

TEST_CASE("A finished job keeps its row with the outcome, Cancel disabled, failures in red")
{
    JobsPanel panel;
    const int done = panel.addJob("Import reads.fa");
    const int broken = panel.addJob("Import image.png");
    panel.finishJob(done, "1,204 sequences added", false);
    panel.finishJob(broken, "image.png is not a text sequence file", true);
    CHECK(panel.runningCount() == 0);
    CHECK(panel.jobCount() == 2);

    for (const int id : {done, broken}) {
        CHECK_FALSE(part<QPushButton>(panel, id, "cancel")->isEnabled());
        CHECK(part<QProgressBar>(panel, id, "progress")->isHidden());
    }
    auto* outcome = part<QLabel>(panel, done, "status");
    auto* failure = part<QLabel>(panel, broken, "status");
    CHECK(outcome->text() == "1,204 sequences added");
    CHECK(failure->text() == "image.png is not a text sequence file");
    CHECK(outcome->palette().color(QPalette::WindowText) == panel.palette().color(QPalette::WindowText));
    const QColor red = failure->palette().color(QPalette::WindowText);
    CHECK(red.red() > 150);
    CHECK(red.green() < 80);
    CHECK(red.blue() < 80);

    // A finished row ignores late reports.
    panel.setStatus(done, "late");
    panel.setProgress(done, 1, 2);
    CHECK(outcome->text() == "1,204 sequences added");
}

TEST_CASE("Clear finished removes the ended jobs and keeps the running ones")
{
    JobsPanel panel;
    const int ended = panel.addJob("Import a.fa");
    const int running = panel.addJob("Train a model");
    const int failed = panel.addJob("Import b.fa");
    QPushButton* clear = clearButton(panel);
    REQUIRE(clear != nullptr);
    CHECK_FALSE(clear->isEnabled());

    panel.finishJob(ended, "20 sequences added", false);
    panel.finishJob(failed, "b.fa is empty", true);
    panel.setProgress(running, 30, 100);
    panel.setStatus(running, "epoch 3 of 10");
    CHECK(clear->isEnabled());

    panel.resize(640, 160);
    panel.show();
    // For a person to look at: PROMOTERLAB_SCREENSHOT_DIR=folder keeps what the test drew.
    if (const QString folder = qEnvironmentVariable("PROMOTERLAB_SCREENSHOT_DIR"); !folder.isEmpty())
        CHECK(panel.grab().save(folder + "/jobs_panel.png"));

    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK(panel.jobCount() == 1);
    CHECK(panel.runningCount() == 1);
    CHECK(part<QLabel>(panel, ended, "title") == nullptr);
    CHECK(part<QLabel>(panel, failed, "title") == nullptr);
    CHECK(part<QLabel>(panel, running, "status")->text() == "epoch 3 of 10");
    CHECK_FALSE(clear->isEnabled());
}
