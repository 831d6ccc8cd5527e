// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Preferences: the interface language (applied at the next start).
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

    // Stores the choices in the settings.
    void accept() override;

private:
    AppSettings& m_settings;
    QComboBox* m_language;
};

}  // namespace promoterlab::widgets
