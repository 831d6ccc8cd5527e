// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences_dialog.h"

#include "app_settings.h"
#include "colour_scheme.h"
#include "interface_language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace promoterlab::widgets {

PreferencesDialog::PreferencesDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_colourScheme(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString& code : availableLanguages()) {
        const QLocale locale(code);
        m_language->addItem(locale.nativeLanguageName(), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    m_colourScheme->addItem(tr("Follow the system"), colourSchemeKey(ColourScheme::System));
    m_colourScheme->addItem(tr("Light"), colourSchemeKey(ColourScheme::Light));
    m_colourScheme->addItem(tr("Dark"), colourSchemeKey(ColourScheme::Dark));
    m_colourScheme->setCurrentIndex(std::max(0, m_colourScheme->findData(colourSchemeKey(settings.colourScheme()))));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* note = new QLabel(tr("A new language applies when PromoterLab starts again."), this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    form->addRow(tr("&Appearance:"), m_colourScheme);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    // Wide enough that the note reads as a sentence, not a column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void PreferencesDialog::accept()
{
    m_settings.setLanguage(m_language->currentData().toString());
    const ColourScheme scheme = colourSchemeFromKey(m_colourScheme->currentData().toString());
    m_settings.setColourScheme(scheme);
    applyColourScheme(scheme);
    QDialog::accept();
}

}  // namespace promoterlab::widgets
