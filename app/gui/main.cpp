// SPDX-License-Identifier: GPL-3.0-or-later
// `promoterlab`: the desktop application. Opens the shipped model and any files given.
#include "app_settings.h"
#include "application_identity.h"
#include "interface_language.h"
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    promoterlab::widgets::applyApplicationIdentity(QStringLiteral(PROMOTERLAB_VERSION));
    promoterlab::widgets::AppSettings settings;
    promoterlab::widgets::installLanguage(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Predict promoter expression with deep-learning models."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption model(QStringLiteral("model"),
                             QApplication::translate("main", "Model to load instead of the project's or the shipped one."),
                             QApplication::translate("main", "file"));
    QCommandLineOption project(QStringLiteral("project"),
                               QApplication::translate("main", "Project to open, or to create when it does not exist."),
                               QApplication::translate("main", "file"));
    parser.addOption(model);
    parser.addOption(project);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Sequence files to open."));
    parser.process(application);

    promoterlab::widgets::MainWindow window(settings);
    if (settings.windowGeometry().isEmpty())
        window.resize(1280, 760);
    window.show();
    // Files to look at start a fresh project; otherwise the work of last time comes back.
    const QStringList files = parser.positionalArguments();
    const QStringList recent = settings.recentProjects();
    bool opened = false;
    if (parser.isSet(project))
        opened = window.openOrCreateProject(parser.value(project));
    else if (files.isEmpty() && !recent.isEmpty() && QFileInfo::exists(recent.front()))
        opened = window.openProject(recent.front());
    if (!opened)
        window.newProject();
    if (parser.isSet(model))
        window.loadModel(parser.value(model));
    else if (window.projectModel().isEmpty())
        window.loadModel(QStringLiteral("default"));
    for (const QString& file : files)
        window.importFile(file);
    return QApplication::exec();
}
