// SPDX-License-Identifier: GPL-3.0-or-later
// `promoterlab`: the desktop application. Opens the shipped model and any files given.
#include "app_settings.h"
#include "interface_language.h"
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PromoterLab"));
    QApplication::setOrganizationName(QStringLiteral("PromoterLab"));
    QApplication::setApplicationVersion(QStringLiteral(PROMOTERLAB_VERSION));
    promoterlab::widgets::AppSettings settings;
    promoterlab::widgets::installLanguage(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Predict promoter expression with deep-learning models."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption model(QStringLiteral("model"),
                             QApplication::translate("main", "Model to load instead of the shipped one."),
                             QApplication::translate("main", "file"), QStringLiteral("default"));
    parser.addOption(model);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Sequence files to open."));
    parser.process(application);

    promoterlab::widgets::MainWindow window(settings);
    if (settings.windowGeometry().isEmpty())
        window.resize(1200, 720);
    window.show();
    window.loadModel(parser.value(model));
    for (const QString& file : parser.positionalArguments())
        window.importFile(file);
    return QApplication::exec();
}
