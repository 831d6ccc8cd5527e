// SPDX-License-Identifier: GPL-3.0-or-later
// `promoterlab`: the desktop application. Opens the project and model the command line or the
// settings name (see startup.h) and any files given.
#include "app_settings.h"
#include "application_identity.h"
#include "colour_scheme.h"
#include "interface_language.h"
#include "main_window.h"
#include "startup.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    promoterlab::widgets::applyApplicationIdentity(QStringLiteral(PROMOTERLAB_VERSION));
    promoterlab::widgets::AppSettings settings;
    promoterlab::widgets::installLanguage(settings.language());
    promoterlab::widgets::applyColourScheme(settings.colourScheme());

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
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("main", "Sequence files to add (FASTA, CSV, TSV or text), and a project file (.plproj) "
                                        "to open and add them to; without one they start a new project."));
    parser.process(application);

    promoterlab::widgets::MainWindow window(settings);
    if (settings.windowGeometry().isEmpty())
        window.resize(1280, 760);
    window.show();
    const promoterlab::widgets::StartupArguments arguments{parser.positionalArguments(), parser.value(project),
                                                           parser.value(model)};
    promoterlab::widgets::carryOut(promoterlab::widgets::planStartup(arguments, settings), window);
    return QApplication::exec();
}
