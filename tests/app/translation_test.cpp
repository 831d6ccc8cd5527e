// SPDX-License-Identifier: GPL-3.0-or-later
// The German and Russian translations are complete and built into the application; a language
// chosen in Preferences is what the next start installs.
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

TEST_CASE("Every message of each translation is translated")
{
    const char* const language = GENERATE("de", "ru");
    INFO("language " << language);
    CHECK(availableLanguages().contains(language));
    QFile file(PROMOTERLAB_RESOURCES_DIR "/../translations/promoterlab_" + QString(language) + ".ts");
    REQUIRE(file.open(QIODevice::ReadOnly));
    // Plural messages need every form of the language: German singular and plural, Russian
    // the forms for 1, 2–4 and 5–20.
    const int pluralForms = QString(language) == "ru" ? 3 : 2;
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList untranslated;
    QString source;
    bool plural = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++messages;
            plural = xml.attributes().value("numerus") == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value("type") == QLatin1String("unfinished");
            int forms = 0;
            QString text;
            while (xml.readNext() != QXmlStreamReader::EndElement || xml.name() != QLatin1String("translation")) {
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform") &&
                         !xml.readElementText().trimmed().isEmpty())
                    ++forms;
            }
            if (unfinished || (plural ? forms != pluralForms : text.trimmed().isEmpty()))
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
