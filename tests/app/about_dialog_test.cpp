// SPDX-License-Identifier: GPL-3.0-or-later
// The About dialog names the version, the licence, what the build runs on and every
// third-party notice, and opens from the Help menu.
#include "about_dialog.h"
#include "promoterlab/build_info.h"
#include "window_test_support.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTimer>

using promoterlab::widgets::AboutDialog;
using promoterlab::widgets::MainWindow;
using namespace promoterlab::test;

namespace {

// All the text the dialog shows, on every page.
QString shownText(const AboutDialog& dialog)
{
    QString text;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        text += label->text() + QLatin1Char('\n');
    return text + dialog.buildText() + QLatin1Char('\n') + dialog.noticesText();
}

}  // namespace

TEST_CASE("The About dialog shows the version, the licence and the build's libraries and devices")
{
    QApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    AboutDialog dialog;
    const QString text = shownText(dialog);
    CHECK(text.contains(QStringLiteral("PromoterLab 9.8.7")));
    CHECK(text.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(dialog.buildText().contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
    CHECK(dialog.buildText().contains(
        QStringLiteral("LibTorch %1").arg(QString::fromStdString(promoterlab::libtorchVersion()))));
    CHECK(dialog.buildText().contains(QStringLiteral("CPU")));
}

TEST_CASE("The About dialog names each third-party notice with its licence")
{
    AboutDialog dialog;
    const QString notices = dialog.noticesText();
    for (const char* notice :
         {"Qt 6", "LGPL-3.0", "LibTorch", "BSD 3-Clause", "Gloo", "QCustomPlot", "GPL-3.0", "SQLite", "Public domain",
          "JASPAR 2024", "CC BY 4.0", "Rauluseviciute", "D174–D182", "https://jaspar.elixir.no", "LegNet",
          "Penzar", "btad457", "de Boer", "GSE104878", "Vaishnav"}) {
        INFO(notice);
        CHECK(notices.contains(QString::fromUtf8(notice)));
    }
}

TEST_CASE("Help → About PromoterLab opens the About dialog")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    QAction* about = nullptr;
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction* action : menu->menu()->actions())
                if (action->text() == QStringLiteral("&About PromoterLab"))
                    about = action;
    REQUIRE(about);
    bool shown = false;
    QTimer::singleShot(0, [&shown] {
        if (auto* dialog = qobject_cast<AboutDialog*>(QApplication::activeModalWidget())) {
            shown = dialog->isVisible();
            dialog->reject();
        }
    });
    about->trigger();
    CHECK(shown);
}
