// SPDX-License-Identifier: GPL-3.0-or-later
// Kills the real application with SIGKILL while it works in a project, then reopens the
// project: the file is intact and holds everything that was committed before the kill.
#include "app_settings.h"
#include "main_window.h"
#include "promoterlab/errors.h"
#include "promoterlab/project_store.h"
#include "sequence_table_model.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using promoterlab::ProjectStore;

namespace {

// What the project on disk holds right now, read as a second process would.
struct ProjectSnapshot {
    std::size_t sequences = 0;
    std::size_t predictions = 0;
};

ProjectSnapshot readProject(const QString& path)
{
    ProjectSnapshot snapshot;
    try {
        ProjectStore store = ProjectStore::open(path.toStdString());
        snapshot.sequences = store.sequenceCount();
        if (const auto model = store.activeModel())
            snapshot.predictions = store.predictions(*model).size();
    } catch (const promoterlab::Error&) {
        // Not created yet, or busy: the next look will tell.
    }
    return snapshot;
}

}  // namespace

TEST_CASE("Killing the application with SIGKILL mid-work leaves an intact project with the committed work")
{
    QTemporaryDir folder;
    const QString project = folder.filePath("crash.plproj");
    QProcess application;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("QT_QPA_PLATFORM", "offscreen");
    environment.insert("XDG_CONFIG_HOME", folder.filePath("config"));
    environment.insert("XDG_DATA_HOME", folder.filePath("data"));
    application.setProcessEnvironment(environment);
    application.start(PROMOTERLAB_APP_PATH, {"--project", project, "--model", "default",
                                             PROMOTERLAB_RESOURCES_DIR "/examples/yeast_native_promoters.csv"});
    REQUIRE(application.waitForStarted(30000));
    // Wait for the application to commit the imported sequences and their predictions.
    const bool committed = QTest::qWaitFor([&] {
        const ProjectSnapshot snapshot = readProject(project);
        return snapshot.sequences == 24 && snapshot.predictions == 24;
    }, 120000);
    REQUIRE(committed);
    application.kill();  // SIGKILL: no chance to close the database
    REQUIRE(application.waitForFinished(30000));
    CHECK(application.exitStatus() == QProcess::CrashExit);

    ProjectStore store = ProjectStore::open(project.toStdString());
    CHECK(store.integrityCheck() == "ok");
    CHECK(store.sequenceCount() == 24);

    QTemporaryDir settingsFolder;
    promoterlab::widgets::AppSettings settings(settingsFolder.filePath("promoterlab.ini"));
    promoterlab::widgets::MainWindow window(settings);
    QSignalSpy updated(&window, &promoterlab::widgets::MainWindow::predictionsUpdated);
    REQUIRE(window.openProject(project));
    REQUIRE(updated.wait(60000));
    REQUIRE(window.sequences()->rowCount() == 24);
    for (int row = 0; row < 24; ++row)
        CHECK(window.sequences()->entry(row).predicted.has_value());
}
