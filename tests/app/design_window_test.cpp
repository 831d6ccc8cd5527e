// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the Design panel in the window: Analysis → Design Promoters shows it, a run is a job
// in the Jobs panel, and Add to Workspace puts the designs into the sequence list, predicted.
#include "design_panel.h"
#include "design_table_model.h"
#include "jobs_panel.h"
#include "window_test_support.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QSpinBox>

using promoterlab::widgets::DesignPanel;
using promoterlab::widgets::MainWindow;
using namespace promoterlab::test;

namespace {

constexpr int kWait = 120000;

QAction* actionWithShortcut(const MainWindow& window, const QString& shortcut)
{
    for (QAction* action : window.findChildren<QAction*>())
        if (action->shortcut() == QKeySequence(shortcut))
            return action;
    return nullptr;
}

}  // namespace

TEST_CASE("Analysis → Design Promoters shows the panel; a run is a job and its designs join the sequence list")
{
    TemporarySettings settings;
    MainWindow window(settings.settings);
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QSignalSpy activated(&window, &MainWindow::modelActivated);
    window.loadModel("default");
    REQUIRE(activated.wait(kWait));

    DesignPanel& panel = *window.designPanel();
    CHECK_FALSE(panel.isVisible());
    QAction* design = actionWithShortcut(window, "Ctrl+D");
    REQUIRE(design != nullptr);
    CHECK(design->text().contains("Design Promoters"));
    design->trigger();
    CHECK(panel.isVisible());

    const int guided = panel.methodBox()->findData(static_cast<int>(promoterlab::DesignMethod::Guided));
    panel.methodBox()->setCurrentIndex(guided);
    panel.countBox()->setValue(2);
    panel.roundsBox()->setValue(2);
    const int jobsBefore = window.jobsPanel()->jobCount();
    QSignalSpy finished(&panel, &DesignPanel::jobFinished);
    // Ctrl+Return runs the panel the menu command gave the focus to.
    QWidget* focused = QApplication::focusWidget();
    REQUIRE(focused != nullptr);
    REQUIRE((focused == &panel || panel.isAncestorOf(focused)));
    QTest::keyClick(focused, Qt::Key_Return, Qt::ControlModifier);
    CHECK(window.jobsPanel()->jobCount() == jobsBefore + 1);
    CHECK(window.jobsPanel()->runningCount() == 1);
    REQUIRE(finished.wait(kWait));
    CHECK(window.jobsPanel()->runningCount() == 0);
    REQUIRE(panel.tableModel()->rowCount() == 2);

    const int rowsBefore = window.sequences()->rowCount();
    QTest::mouseClick(panel.addButton(), Qt::LeftButton);
    std::size_t usable = 0;
    for (const auto& made : panel.designs())
        usable += made.result.satisfiesConstraints ? 1 : 0;
    REQUIRE(usable > 0);
    const int rows = rowsBefore + static_cast<int>(usable);
    REQUIRE(waitForPredictions(window, rows));
    const auto& entry = window.sequences()->entry(rowsBefore);
    CHECK(entry.name == QString::fromStdString(panel.designs().front().name));
    CHECK(entry.bases == promoterlab::kReadLeftAdapter + panel.designs().front().result.insert
                             + promoterlab::kReadRightAdapter);
    CHECK(entry.predicted);
}
