// SPDX-License-Identifier: GPL-3.0-or-later
// Who the application is to the desktop and to QSettings: name, version, desktop entry, icon.
#pragma once

#include <QString>

namespace promoterlab::widgets {

// The desktop entry (resources/desktop/) and icon name the application answers to.
inline const QString kDesktopEntryName = QStringLiteral("org.promoterlab.PromoterLab");

// Sets the application's name, organisation and version, the desktop entry it belongs to (so
// that docks and task bars show its launcher's icon and name) and its window icon in every
// shipped size.
void applyApplicationIdentity(const QString& version);

}  // namespace promoterlab::widgets
