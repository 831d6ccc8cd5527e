// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation is complete, built into the application, and chosen in Preferences.
#include "app_settings.h"
#include "interface_language.h"
#include "main_window.h"
#include "preferences_dialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace promoterlab::widgets;

TEST_CASE("Every message of the German translation is translated")
{
    QFile file(PROMOTERLAB_RESOURCES_DIR "/../translations/promoterlab_de.ts");
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList untranslated;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("message"))
            ++messages;
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value("type").toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                untranslated.append(source);
        }
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    CHECK(messages > 200);
    INFO("untranslated: " << untranslated.join(" | ").toStdString());
    CHECK(untranslated.isEmpty());
}

TEST_CASE("German chosen in Preferences is what the next start installs")
{
    CHECK(availableLanguages().contains("de"));
    QTemporaryDir folder;
    AppSettings settings(folder.filePath("promoterlab.ini"));
    {
        PreferencesDialog preferences(settings);
        QComboBox* choice = preferences.languageChoice();
        const int german = choice->findData("de");
        REQUIRE(german >= 0);
        CHECK(choice->itemText(german) == "Deutsch");
        choice->setCurrentIndex(german);
        preferences.accept();
    }
    CHECK(settings.language() == "de");
    // What main() does at start.
    REQUIRE(installLanguage(settings.language()) == "de");
    MainWindow window(settings);
    const QList<QAction*> menus = window.menuBar()->actions();
    REQUIRE(menus.size() >= 4);
    CHECK(menus.at(0)->text() == "&Datei");
    CHECK(menus.at(1)->text() == "&Bearbeiten");
}
