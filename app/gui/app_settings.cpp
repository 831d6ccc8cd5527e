// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_settings.h"

#include <QFileInfo>

namespace promoterlab::widgets {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kRecentFiles = QStringLiteral("recent/files");
const QString kRecentModels = QStringLiteral("recent/models");
const QString kRecentProjects = QStringLiteral("recent/projects");
const QString kLanguage = QStringLiteral("interface/language");
const QString kColourScheme = QStringLiteral("interface/colourScheme");
const QString kLastFolder = QStringLiteral("interface/lastFolder");
const QString kLastProject = QStringLiteral("session/lastProject");
const QString kWelcomeShown = QStringLiteral("welcome/shown");
const QString kWelcomeAtStart = QStringLiteral("welcome/showAtStart");

}  // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{
}

QByteArray AppSettings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray& geometry) { m_settings.setValue(kGeometry, geometry); }
QByteArray AppSettings::windowState() const { return m_settings.value(kState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray& state) { m_settings.setValue(kState, state); }
QByteArray AppSettings::splitterState(const QString& splitter) const
{
    return m_settings.value(kSplitter + QLatin1Char('/') + splitter).toByteArray();
}

void AppSettings::setSplitterState(const QString& splitter, const QByteArray& state)
{
    m_settings.setValue(kSplitter + QLatin1Char('/') + splitter, state);
}

QStringList AppSettings::recentFiles() const { return recent(kRecentFiles); }
void AppSettings::addRecentFile(const QString& path) { addRecent(kRecentFiles, path); }
QStringList AppSettings::recentModels() const { return recent(kRecentModels); }
void AppSettings::addRecentModel(const QString& path) { addRecent(kRecentModels, path); }
QStringList AppSettings::recentProjects() const { return recent(kRecentProjects); }
void AppSettings::addRecentProject(const QString& path) { addRecent(kRecentProjects, path); }

void AppSettings::removeRecentProject(const QString& path)
{
    QStringList list = recent(kRecentProjects);
    list.removeAll(path);
    m_settings.setValue(kRecentProjects, list);
}

QString AppSettings::language() const { return m_settings.value(kLanguage).toString(); }
void AppSettings::setLanguage(const QString& code) { m_settings.setValue(kLanguage, code); }
ColourScheme AppSettings::colourScheme() const
{
    return colourSchemeFromKey(m_settings.value(kColourScheme).toString());
}

void AppSettings::setColourScheme(ColourScheme scheme) { m_settings.setValue(kColourScheme, colourSchemeKey(scheme)); }
QString AppSettings::lastProject() const { return m_settings.value(kLastProject).toString(); }
void AppSettings::setLastProject(const QString& path) { m_settings.setValue(kLastProject, path); }
QString AppSettings::lastFolder() const { return m_settings.value(kLastFolder).toString(); }
void AppSettings::setLastFolder(const QString& folder) { m_settings.setValue(kLastFolder, folder); }
bool AppSettings::welcomeShown() const { return m_settings.value(kWelcomeShown, false).toBool(); }
void AppSettings::setWelcomeShown(bool shown) { m_settings.setValue(kWelcomeShown, shown); }
bool AppSettings::showWelcomeAtStart() const { return m_settings.value(kWelcomeAtStart, false).toBool(); }
void AppSettings::setShowWelcomeAtStart(bool show) { m_settings.setValue(kWelcomeAtStart, show); }

QStringList AppSettings::recent(const QString& key) const
{
    return m_settings.value(key).toStringList();
}

void AppSettings::addRecent(const QString& key, const QString& path)
{
    // Absolute paths, so that the same file opened from two folders is listed once.
    const QString absolute = path == QLatin1String("default") ? path : QFileInfo(path).absoluteFilePath();
    QStringList list = recent(key);
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings.setValue(key, list);
}

}  // namespace promoterlab::widgets
