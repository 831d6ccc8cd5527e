// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the welcome: each button triggers its feature's action, the "Show this at start" box
// is remembered, and the first start shows it beside the first example's prediction.
#include "welcome_dialog.h"

#include "bin_distribution_plot.h"
#include "interface_language.h"
#include "startup.h"
#include "window_test_support.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDialog>
#include <QDockWidget>
#include <QLocale>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <map>
#include <memory>

using promoterlab::widgets::MainWindow;
using promoterlab::widgets::WelcomeDialog;
using namespace promoterlab::test;

namespace {

QAbstractButton* button(const QWidget& welcome, const char* name)
{
    auto* found = welcome.findChild<QAbstractButton*>(name);
    REQUIRE(found != nullptr);
    return found;
}

// Closes the modal dialog (a file dialog) that the next action opens, and returns where its
// title will be found once it has been closed.
std::shared_ptr<QString> closeNextDialog()
{
    auto title = std::make_shared<QString>();
    QTimer::singleShot(0, [title] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            *title = dialog->windowTitle();
            dialog->reject();
        }
    });
    return title;
}

}  // namespace

TEST_CASE("Each welcome button triggers its own action and closes the welcome")
{
    TemporarySettings profile;
    QWidget owner;
    WelcomeDialog::Features features;
    std::map<std::string, QAction*> actions;
    for (const auto& [name, slot] :
         std::initializer_list<std::pair<const char*, QAction* WelcomeDialog::Features::*>>{
             {"openSequencesButton", &WelcomeDialog::Features::openSequences},
             {"mutagenesisMapButton", &WelcomeDialog::Features::mutagenesisMap},
             {"variantEffectsButton", &WelcomeDialog::Features::variantEffects},
             {"motifScanButton", &WelcomeDialog::Features::motifScan},
             {"trainingButton", &WelcomeDialog::Features::training},
             {"designButton", &WelcomeDialog::Features::design}}) {
        auto* action = new QAction(name, &owner);
        features.*slot = action;
        actions[name] = action;
    }
    WelcomeDialog welcome(profile.settings, features);
    for (const auto& [name, action] : actions) {
        welcome.show();
        std::map<std::string, std::unique_ptr<QSignalSpy>> spies;
        for (const auto& [other, otherAction] : actions)
            spies[other] = std::make_unique<QSignalSpy>(otherAction, &QAction::triggered);
        QTest::mouseClick(button(welcome, name.c_str()), Qt::LeftButton);
        for (const auto& [other, spy] : spies)
            CHECK(spy->count() == (other == name ? 1 : 0));
        CHECK_FALSE(welcome.isVisible());
    }

    welcome.show();
    QSignalSpy guide(&welcome, &WelcomeDialog::userGuideRequested);
    QTest::mouseClick(button(welcome, "userGuideButton"), Qt::LeftButton);
    CHECK(guide.count() == 1);

    // A feature that cannot run now cannot be clicked either.
    actions["designButton"]->setEnabled(false);
    CHECK_FALSE(button(welcome, "designButton")->isEnabled());
    actions["designButton"]->setEnabled(true);
    CHECK(button(welcome, "designButton")->isEnabled());
}

TEST_CASE("A feature without an action gets no welcome button")
{
    TemporarySettings profile;
    QAction motifs(nullptr);
    WelcomeDialog::Features features;
    features.motifScan = &motifs;
    WelcomeDialog welcome(profile.settings, features);
    CHECK(welcome.findChild<QAbstractButton*>("motifScanButton") != nullptr);
    CHECK(welcome.findChild<QAbstractButton*>("designButton") == nullptr);
    CHECK(welcome.findChild<QAbstractButton*>("userGuideButton") != nullptr);
}

TEST_CASE("The welcome's show-at-start box is stored in the settings")
{
    TemporarySettings profile;
    CHECK_FALSE(profile.settings.welcomeShown());
    {
        WelcomeDialog welcome(profile.settings, {});
        CHECK(profile.settings.welcomeShown());
        CHECK_FALSE(welcome.showAtStartBox()->isChecked());
        QTest::mouseClick(welcome.showAtStartBox(), Qt::LeftButton);
        CHECK(profile.settings.showWelcomeAtStart());
    }
    profile.settings.sync();
    promoterlab::widgets::AppSettings reread(profile.folder.filePath("promoterlab.ini"));
    CHECK(reread.showWelcomeAtStart());
    WelcomeDialog again(reread, {});
    CHECK(again.showAtStartBox()->isChecked());
    QTest::mouseClick(again.showAtStartBox(), Qt::LeftButton);
    CHECK_FALSE(reread.showWelcomeAtStart());
}

TEST_CASE("The window's welcome opens the features of its menus, and Help → Welcome brings it back")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    window.resize(1100, 650);
    window.show();
    WelcomeDialog* welcome = window.showWelcome();
    REQUIRE(welcome->isVisible());
    for (const char* name : {"openSequencesButton", "mutagenesisMapButton", "variantEffectsButton", "motifScanButton",
                             "trainingButton", "designButton", "userGuideButton"})
        CHECK(welcome->findChild<QAbstractButton*>(name) != nullptr);

    const auto fileDialog = closeNextDialog();
    QTest::mouseClick(button(*welcome, "openSequencesButton"), Qt::LeftButton);
    CHECK(*fileDialog == "Open Sequences");
    CHECK_FALSE(welcome->isVisible());

    const std::pair<const char*, const char*> panels[] = {
        {"motifScanButton", "motifsDock"}, {"trainingButton", "trainingDock"}, {"designButton", "designDock"}};
    for (const auto& [buttonName, dockName] : panels) {
        auto* dock = window.findChild<QDockWidget*>(dockName);
        REQUIRE(dock != nullptr);
        dock->hide();
        // Help → Welcome: the same dialog, shown again.
        CHECK(window.showWelcome() == welcome);
        QTest::mouseClick(button(*welcome, buttonName), Qt::LeftButton);
        CHECK(dock->isVisible());
    }

    auto* variantsDock = window.findChild<QDockWidget*>("variantsDock");
    variantsDock->hide();
    window.showWelcome();
    const auto variantsDialog = closeNextDialog();
    QTest::mouseClick(button(*welcome, "variantEffectsButton"), Qt::LeftButton);
    CHECK(variantsDock->isVisible());
    CHECK_FALSE(variantsDialog->isEmpty());
}

TEST_CASE("The first start shows the welcome beside the first example promoter's predicted distribution")
{
    QTemporaryDir dataHome;
    const QByteArray previousDataHome = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", dataHome.path().toLocal8Bit());
    const auto restoreDataHome = qScopeGuard([&previousDataHome] { qputenv("XDG_DATA_HOME", previousDataHome); });
    TemporarySettings profile;
    {
        MainWindow window(profile.settings);
        window.resize(1280, 760);
        window.show();
        promoterlab::widgets::carryOut(promoterlab::widgets::planStartup({}, profile.settings), window);
        auto* welcome = window.findChild<WelcomeDialog*>();
        REQUIRE(welcome != nullptr);
        CHECK(welcome->isVisible());
        CHECK_FALSE(welcome->isModal());

        QTRY_VERIFY_WITH_TIMEOUT(window.sequenceView()->currentIndex().row() == 0
                                     && window.sequences()->entry(0).predicted.has_value(),
                                 60000);
        const double predicted = *window.sequences()->entry(0).predicted;
        QTRY_VERIFY_WITH_TIMEOUT(
            window.distributionPlot()->summaryText().contains(QLocale().toString(predicted, 'f', 2)), 60000);
        const double measured = *window.sequences()->entry(0).measured;
        CHECK(window.distributionPlot()->summaryText().contains(QLocale().toString(measured, 'f', 2)));
        window.close();
    }
    // The next start finds the welcome shown and does not open it again.
    CHECK_FALSE(promoterlab::widgets::planStartup({}, profile.settings).showWelcome);
}

TEST_CASE("In every language each welcome button shows its whole title and description")
{
    QStringList languages = promoterlab::widgets::availableLanguages();
    languages.prepend(QString());
    for (const QString& language : languages) {
        INFO("language '" << language.toStdString() << "'");
        QTranslator translation;
        if (!language.isEmpty()) {
            REQUIRE(translation.load(QStringLiteral("promoterlab_") + language, QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translation);
        }
        const auto untranslate = qScopeGuard([&translation] { QCoreApplication::removeTranslator(&translation); });
        TemporarySettings profile;
        MainWindow window(profile.settings);
        window.resize(1280, 760);
        window.show();
        WelcomeDialog* welcome = window.showWelcome();
        REQUIRE(QTest::qWaitForWindowExposed(welcome));
        CHECK(welcome->width() < window.width());
        const QList<QCommandLinkButton*> buttons = welcome->findChildren<QCommandLinkButton*>();
        CHECK(buttons.size() == 7);
        for (const QCommandLinkButton* featureButton : buttons) {
            INFO(featureButton->text().toStdString());
            CHECK(featureButton->width() >= featureButton->minimumSizeHint().width());
            CHECK(featureButton->height() >= featureButton->heightForWidth(featureButton->width()));
        }
    }
}
