// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "app_settings.h"
#include "main_window.h"
#include "project_session.h"
#include "promoterlab/bundled_data.h"

#include <QDir>
#include <QFileInfo>

namespace promoterlab::widgets {

namespace {

bool isProjectFile(const QString& path)
{
    return QFileInfo(path).suffix().compare(ProjectSession::fileSuffix(), Qt::CaseInsensitive) == 0;
}

}  // namespace

StartupPlan planStartup(const StartupArguments& arguments, const AppSettings& settings)
{
    StartupPlan plan;
    plan.model = arguments.model;
    QString firstProject;
    for (const QString& file : arguments.files) {
        if (!isProjectFile(file))
            plan.imports.append(file);
        else if (firstProject.isEmpty())
            firstProject = file;
    }
    const QStringList recent = settings.recentProjects();
    // The project of last time, untitled ones included, so that unsaved work comes back.
    const QString last = !settings.lastProject().isEmpty() ? settings.lastProject()
                         : recent.isEmpty()                ? QString()
                                                           : recent.front();
    const bool firstRun = last.isEmpty() && !settings.welcomeShown();
    plan.showWelcome = firstRun || settings.showWelcomeAtStart();
    if (!arguments.project.isEmpty()) {
        plan.project = StartupPlan::Project::OpenOrCreate;
        plan.projectPath = arguments.project;
    } else if (!firstProject.isEmpty()) {
        plan.project = StartupPlan::Project::Open;
        plan.projectPath = firstProject;
    } else if (!arguments.files.isEmpty()) {
        // Files to look at start a fresh project; otherwise the work of last time comes back.
        plan.project = StartupPlan::Project::Fresh;
    } else if (!last.isEmpty() && QFileInfo::exists(last)) {
        plan.project = StartupPlan::Project::Open;
        plan.projectPath = last;
    } else if (const QString examples = exampleSequencesPath(); firstRun && !examples.isEmpty()) {
        plan.project = StartupPlan::Project::Example;
        plan.imports = {examples};
    }
    return plan;
}

QString exampleSequencesPath()
{
    for (const std::string& folder : bundledDataFolders()) {
        const QString candidate =
            QDir(QString::fromStdString(folder)).filePath(QStringLiteral("examples/yeast_native_promoters.csv"));
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

void carryOut(const StartupPlan& plan, MainWindow& window)
{
    bool opened = false;
    if (plan.project == StartupPlan::Project::Open)
        opened = window.openProject(plan.projectPath);
    else if (plan.project == StartupPlan::Project::OpenOrCreate)
        opened = window.openOrCreateProject(plan.projectPath);
    if (!opened)
        window.newProject();
    if (!plan.model.isEmpty())
        window.loadModel(plan.model);
    else if (window.projectModel().isEmpty())
        window.loadModel(QStringLiteral("default"));
    for (const QString& file : plan.imports)
        window.importFile(file);
    if (plan.showWelcome)
        window.showWelcome();
}

}  // namespace promoterlab::widgets
