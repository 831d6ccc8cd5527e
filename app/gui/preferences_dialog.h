// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Preferences: the interface language (applied at the next start) and the colour scheme
// (applied at once).
#pragma once

#include <QDialog>

class QComboBox;

namespace promoterlab::widgets {

class AppSettings;

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(AppSettings& settings, QWidget* parent = nullptr);

    QComboBox* languageChoice() const { return m_language; }
    QComboBox* colourSchemeChoice() const { return m_colourScheme; }

    // Stores the choices in the settings and applies the colour scheme.
    void accept() override;

private:
    AppSettings& m_settings;
    QComboBox* m_language;
    QComboBox* m_colourScheme;
};

}  // namespace promoterlab::widgets
