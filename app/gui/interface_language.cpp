// SPDX-License-Identifier: GPL-3.0-or-later
#include "interface_language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace promoterlab::widgets {

namespace {

const QString kResourceFolder = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("promoterlab_");

}  // namespace

QStringList availableLanguages()
{
    QStringList codes;
    const QStringList files = QDir(kResourceFolder).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        codes.append(file.mid(kPrefix.size()).chopped(3));
    return codes;
}

QString installLanguage(const QString& code)
{
    const QString chosen = code.isEmpty() ? QLocale::system().name().section(QLatin1Char('_'), 0, 0) : code;
    if (!availableLanguages().contains(chosen))
        return {};
    // Owned by the application, which keeps translators installed for its whole life.
    auto* application = new QTranslator(QCoreApplication::instance());
    if (!application->load(kPrefix + chosen, kResourceFolder)) {
        delete application;
        return {};
    }
    QCoreApplication::installTranslator(application);
    auto* qtDialogs = new QTranslator(QCoreApplication::instance());
    if (qtDialogs->load(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtDialogs);
    else
        delete qtDialogs;
    return chosen;
}

}  // namespace promoterlab::widgets
