// SPDX-License-Identifier: GPL-3.0-or-later
// Tests that the application answers to its desktop entry and carries its icon in every size.
#include "application_identity.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QTextStream>

#include <catch2/catch.hpp>

using promoterlab::widgets::applyApplicationIdentity;
using promoterlab::widgets::kDesktopEntryName;

TEST_CASE("The application names its desktop entry and has its icon in every shipped size")
{
    applyApplicationIdentity(QStringLiteral("9.8.7"));
    CHECK(QApplication::applicationName() == QStringLiteral("PromoterLab"));
    CHECK(QApplication::applicationVersion() == QStringLiteral("9.8.7"));
    CHECK(QGuiApplication::desktopFileName() == kDesktopEntryName);

    const QIcon icon = QApplication::windowIcon();
    REQUIRE_FALSE(icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (int size : {16, 32, 48, 64, 128, 256}) {
        INFO(size);
        CHECK(sizes.contains(QSize(size, size)));
        CHECK(icon.pixmap(size, size).width() == size);
    }
    CHECK(QFile::exists(QStringLiteral(":/icons/scalable/apps/%1.svg").arg(kDesktopEntryName)));
}

TEST_CASE("The installed launcher's icon and file name are the entry the application names")
{
    QFile launcher(QStringLiteral(PROMOTERLAB_RESOURCES_DIR "/desktop/%1.desktop").arg(kDesktopEntryName));
    REQUIRE(launcher.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList icons;
    QTextStream lines(&launcher);
    while (!lines.atEnd()) {
        const QString line = lines.readLine();
        if (line.startsWith(QStringLiteral("Icon=")))
            icons << line.mid(5);
    }
    CHECK(icons == QStringList{kDesktopEntryName});
}
