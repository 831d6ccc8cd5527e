// SPDX-License-Identifier: GPL-3.0-or-later
#include "application_identity.h"

#include <QApplication>
#include <QIcon>

namespace promoterlab::widgets {

void applyApplicationIdentity(const QString& version)
{
    QApplication::setApplicationName(QStringLiteral("PromoterLab"));
    QApplication::setOrganizationName(QStringLiteral("PromoterLab"));
    QApplication::setApplicationVersion(version);
    QGuiApplication::setDesktopFileName(kDesktopEntryName);
    // The PNG sizes render crisply where the SVG icon engine is missing or scaling blurs.
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/apps/%2.png").arg(size).arg(kDesktopEntryName), QSize(size, size));
    icon.addFile(QStringLiteral(":/icons/scalable/apps/%1.svg").arg(kDesktopEntryName));
    QApplication::setWindowIcon(icon);
}

}  // namespace promoterlab::widgets
