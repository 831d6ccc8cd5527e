// SPDX-License-Identifier: GPL-3.0-or-later
// The interface languages compiled into the application and switching to one of them.
#pragma once

#include <QString>
#include <QStringList>

namespace promoterlab::widgets {

// Codes ("de", …) of the translations built in, besides English, the language of the code.
QStringList availableLanguages();

// Installs the translation of the application and of Qt's own dialogs for code ("de"); an
// empty code picks the system's language when there is a translation for it. Returns the code
// installed, or an empty string when the interface stays English.
QString installLanguage(const QString& code);

}  // namespace promoterlab::widgets
