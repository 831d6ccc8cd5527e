// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the start-up decisions: the example project at the very first start, a project file
// among the arguments, --project, the most recent project, sequence files to import.
#include "startup.h"

#include "promoterlab/project_store.h"
#include "welcome_dialog.h"
#include "window_test_support.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <vector>

using promoterlab::widgets::MainWindow;
using promoterlab::widgets::SequenceTableModel;
using promoterlab::widgets::StartupArguments;
using promoterlab::widgets::StartupPlan;
using promoterlab::widgets::WelcomeDialog;
using namespace promoterlab::test;

namespace {

// Untitled projects are kept in the data folder: the tests' go to one of their own.
struct TemporaryDataHome {
    QTemporaryDir folder;
    QByteArray previous = qgetenv("XDG_DATA_HOME");
    TemporaryDataHome() { qputenv("XDG_DATA_HOME", folder.path().toLocal8Bit()); }
    ~TemporaryDataHome() { qputenv("XDG_DATA_HOME", previous); }
};

// The measured column of the examples, read here line by line rather than by the importer.
std::vector<double> exampleMeasuredValues()
{
    QFile file(kExamples);
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QTextStream stream(&file);
    stream.readLine();  // the header
    std::vector<double> values;
    while (!stream.atEnd())
        if (const QString line = stream.readLine(); !line.isEmpty())
            values.push_back(line.section(QLatin1Char(','), 2, 2).toDouble());
    return values;
}

QString makeProject(const QTemporaryDir& folder, const QString& name)
{
    const QString path = folder.filePath(name);
    promoterlab::ProjectStore::create(path.toStdString());
    return path;
}

QString writeFasta(const QTemporaryDir& folder)
{
    const QString path = folder.filePath("two.fa");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(">first\nACGTACGTACGTACGTACGT\n>second\nTTTTGGGGCCCCAAAATTTT\n");
    return path;
}

}  // namespace

TEST_CASE("The very first start opens the example promoters with their measured values and the welcome")
{
    TemporaryDataHome data;
    TemporarySettings profile;
    const StartupPlan plan = promoterlab::widgets::planStartup({}, profile.settings);
    CHECK(plan.project == StartupPlan::Project::Example);
    CHECK(plan.imports == QStringList{promoterlab::widgets::exampleSequencesPath()});
    CHECK(QFileInfo(plan.imports.value(0)).canonicalFilePath() == QFileInfo(kExamples).canonicalFilePath());
    CHECK(plan.model.isEmpty());
    CHECK(plan.showWelcome);

    MainWindow window(profile.settings);
    window.show();
    promoterlab::widgets::carryOut(plan, window);
    const std::vector<double> measured = exampleMeasuredValues();
    REQUIRE(measured.size() == 24);
    REQUIRE(waitForPredictions(window, static_cast<int>(measured.size())));
    const SequenceTableModel& sequences = *window.sequences();
    for (int row = 0; row < sequences.rowCount(); ++row) {
        REQUIRE(sequences.entry(row).measured.has_value());
        CHECK(std::abs(*sequences.entry(row).measured - measured[static_cast<std::size_t>(row)]) < 1e-9);
    }
    CHECK(window.modelStatusText().contains("PromoterLab default"));
    CHECK(QFileInfo(window.projectPath()).absolutePath().startsWith(data.folder.path()));
    auto* welcome = window.findChild<WelcomeDialog*>();
    REQUIRE(welcome != nullptr);
    CHECK(welcome->isVisible());
    CHECK(profile.settings.welcomeShown());
}

TEST_CASE("A later start without a project starts an empty one, with the welcome only when asked for")
{
    TemporarySettings profile;
    profile.settings.setWelcomeShown(true);
    StartupPlan plan = promoterlab::widgets::planStartup({}, profile.settings);
    CHECK(plan.project == StartupPlan::Project::Fresh);
    CHECK(plan.imports.isEmpty());
    CHECK_FALSE(plan.showWelcome);

    profile.settings.setShowWelcomeAtStart(true);
    plan = promoterlab::widgets::planStartup({}, profile.settings);
    CHECK(plan.project == StartupPlan::Project::Fresh);
    CHECK(plan.showWelcome);
}

TEST_CASE("Without arguments the most recent project comes back, not the examples")
{
    QTemporaryDir folder;
    TemporarySettings profile;
    const QString older = makeProject(folder, "older.plproj");
    const QString recent = makeProject(folder, "recent.plproj");
    profile.settings.addRecentProject(older);
    profile.settings.addRecentProject(recent);
    // Not a first run even though the welcome was never shown: the user has worked before.
    const StartupPlan plan = promoterlab::widgets::planStartup({}, profile.settings);
    CHECK(plan.project == StartupPlan::Project::Open);
    CHECK(plan.projectPath == QFileInfo(recent).absoluteFilePath());
    CHECK(plan.imports.isEmpty());
    CHECK_FALSE(plan.showWelcome);

    QFile::remove(recent);
    const StartupPlan gone = promoterlab::widgets::planStartup({}, profile.settings);
    CHECK(gone.project == StartupPlan::Project::Fresh);
    CHECK(gone.imports.isEmpty());
}

TEST_CASE("The project open at the last close comes back, untitled ones included, before the recent list")
{
    TemporaryDataHome data;
    QTemporaryDir folder;
    TemporarySettings profile;
    profile.settings.addRecentProject(makeProject(folder, "recent.plproj"));
    QString untitled;
    {
        MainWindow window(profile.settings);
        window.newProject();
        importAndWait(window, kExamples);
        untitled = window.projectPath();
        REQUIRE(window.sequences()->rowCount() == 24);
    }
    const StartupPlan plan = promoterlab::widgets::planStartup({}, profile.settings);
    CHECK(plan.project == StartupPlan::Project::Open);
    CHECK(plan.projectPath == untitled);
    CHECK_FALSE(plan.showWelcome);

    MainWindow window(profile.settings);
    promoterlab::widgets::carryOut(plan, window);
    CHECK(window.projectPath() == untitled);
    CHECK(window.sequences()->rowCount() == 24);
}

TEST_CASE("Sequence files start a fresh project that holds them, even when a recent project exists")
{
    QTemporaryDir folder;
    TemporarySettings profile;
    profile.settings.addRecentProject(makeProject(folder, "recent.plproj"));
    StartupArguments arguments;
    arguments.files = {"reads.fa", "table.csv"};
    arguments.model = "my_model.plm";
    const StartupPlan plan = promoterlab::widgets::planStartup(arguments, profile.settings);
    CHECK(plan.project == StartupPlan::Project::Fresh);
    CHECK(plan.imports == QStringList{"reads.fa", "table.csv"});
    CHECK(plan.model == "my_model.plm");
}

TEST_CASE("The first project file among the arguments is opened and the sequence files are imported into it")
{
    TemporaryDataHome data;
    QTemporaryDir folder;
    TemporarySettings profile;
    profile.settings.addRecentProject(makeProject(folder, "recent.plproj"));
    const QString project = makeProject(folder, "Double-Clicked.PLPROJ");
    const QString fasta = writeFasta(folder);
    StartupArguments arguments;
    arguments.files = {fasta, project, folder.filePath("second.plproj")};
    const StartupPlan plan = promoterlab::widgets::planStartup(arguments, profile.settings);
    CHECK(plan.project == StartupPlan::Project::Open);
    CHECK(plan.projectPath == project);
    CHECK(plan.imports == QStringList{fasta});
    CHECK_FALSE(plan.showWelcome);

    MainWindow window(profile.settings);
    QSignalSpy imported(&window, &MainWindow::importEnded);
    promoterlab::widgets::carryOut(plan, window);
    CHECK(window.projectPath() == QFileInfo(project).absoluteFilePath());
    REQUIRE(imported.wait(60000));
    REQUIRE(window.sequences()->rowCount() == 2);
    CHECK(window.sequences()->entry(1).name == "second");
    CHECK(profile.settings.recentProjects().front() == QFileInfo(project).absoluteFilePath());
    // The import went into the file, not only into the list.
    CHECK(promoterlab::ProjectStore::open(project.toStdString()).sequences().size() == 2);
}

TEST_CASE("A project file among the arguments that does not exist is reported and a new project starts")
{
    TemporaryDataHome data;
    QTemporaryDir folder;
    TemporarySettings profile;
    const QString missing = folder.filePath("missing.plproj");
    StartupArguments arguments;
    arguments.files = {missing};
    const StartupPlan plan = promoterlab::widgets::planStartup(arguments, profile.settings);
    CHECK(plan.project == StartupPlan::Project::Open);
    CHECK(plan.imports.isEmpty());

    MainWindow window(profile.settings);
    const auto report = closeNextMessageBox();
    promoterlab::widgets::carryOut(plan, window);
    CHECK(report->contains("missing.plproj"));
    CHECK(report->contains("no such file"));
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(window.projectPath().startsWith(data.folder.path()));
}

TEST_CASE("--project wins over a project file among the arguments and is created when missing")
{
    TemporaryDataHome data;
    QTemporaryDir folder;
    TemporarySettings profile;
    const QString named = folder.filePath("named.plproj");
    StartupArguments arguments;
    arguments.files = {makeProject(folder, "positional.plproj")};
    arguments.project = named;
    const StartupPlan plan = promoterlab::widgets::planStartup(arguments, profile.settings);
    CHECK(plan.project == StartupPlan::Project::OpenOrCreate);
    CHECK(plan.projectPath == named);
    CHECK(plan.imports.isEmpty());

    MainWindow window(profile.settings);
    promoterlab::widgets::carryOut(plan, window);
    CHECK(window.projectPath() == QFileInfo(named).absoluteFilePath());
    CHECK(QFileInfo::exists(named));
}
