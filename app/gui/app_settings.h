// SPDX-License-Identifier: GPL-3.0-or-later
// The application's remembered settings, typed: window layout, recent files, models and
// projects, the interface language and colour scheme. One place knows the keys, so no caller
// misspells them.
#pragma once

#include "colour_scheme.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace promoterlab::widgets {

class AppSettings {
public:
    static constexpr int kMaxRecent = 10;

    // The user's settings file (QSettings' organisation and application names).
    AppSettings();
    // A given INI file, for tests and for running several profiles side by side.
    explicit AppSettings(const QString& iniPath);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;  // docks and toolbars
    void setWindowState(const QByteArray& state);
    // The sizes of a splitter of the window, by its object name.
    QByteArray splitterState(const QString& splitter) const;
    void setSplitterState(const QString& splitter, const QByteArray& state);

    // Most recent first, without duplicates, at most kMaxRecent.
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    QStringList recentModels() const;
    void addRecentModel(const QString& path);
    QStringList recentProjects() const;
    void addRecentProject(const QString& path);
    void removeRecentProject(const QString& path);

    // The project open when the application last closed, named or untitled; empty when none.
    QString lastProject() const;
    void setLastProject(const QString& path);

    // An interface language code such as "de", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString& code);

    // The interface's colours; the system's unless the user chose otherwise.
    ColourScheme colourScheme() const;
    void setColourScheme(ColourScheme scheme);

    // The folder file dialogs open in.
    QString lastFolder() const;
    void setLastFolder(const QString& folder);

    // Whether the welcome was ever shown: until then a start without a project is a first run.
    bool welcomeShown() const;
    void setWelcomeShown(bool shown);
    // Whether the welcome opens at every start (its "Show this at start" box), not only the first.
    bool showWelcomeAtStart() const;
    void setShowWelcomeAtStart(bool show);

    void sync() { m_settings.sync(); }

private:
    QStringList recent(const QString& key) const;
    void addRecent(const QString& key, const QString& path);

    QSettings m_settings;
};

}  // namespace promoterlab::widgets
