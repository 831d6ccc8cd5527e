// SPDX-License-Identifier: GPL-3.0-or-later
// Every main action of the window is reachable from the keyboard: menus and their entries have
// mnemonics that do not clash, no two actions share a shortcut, and the panels open by key.
#include "design_panel.h"
#include "interface_language.h"
#include "training_panel.h"
#include "user_guide_window.h"
#include "window_test_support.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

#include <map>

using promoterlab::widgets::MainWindow;
using promoterlab::widgets::UserGuideWindow;
using namespace promoterlab::test;

namespace {

// The letter after the single '&' of a menu text ("Save &As…" → 'A'), or a null QChar.
QChar mnemonicOf(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] != QLatin1Char('&'))
            return text[i + 1].toUpper();
        ++i;  // "&&" is a literal ampersand
    }
    return {};
}

// What is wrong with the mnemonics of the actions of a menu (or the menu bar) and its submenus.
QStringList mnemonicProblems(const QList<QAction*>& actions, const QString& where)
{
    QStringList problems;
    std::map<QChar, QString> taken;
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible() || action->text().isEmpty())
            continue;
        const QChar mnemonic = mnemonicOf(action->text());
        if (mnemonic.isNull()) {
            if (action->isEnabled())
                problems << where + QStringLiteral(": '%1' has no mnemonic").arg(action->text());
        } else if (const auto [clash, fresh] = taken.emplace(mnemonic, action->text()); !fresh) {
            problems << where + QStringLiteral(": '%1' and '%2' share the mnemonic %3")
                                    .arg(clash->second, action->text(), mnemonic);
        }
        if (QMenu* submenu = action->menu())
            problems << mnemonicProblems(submenu->actions(), where + QStringLiteral(" → ") + action->text());
    }
    return problems;
}

// Shortcuts held by more than one action or shortcut object of the window. Two shortcuts that
// each work only in their own widget (Qt::WidgetShortcut) may share a key.
QStringList shortcutClashes(const QWidget& window)
{
    struct Holder {
        QString name;
        bool widgetScoped;
    };
    std::map<QString, Holder> holders;
    QStringList clashes;
    const auto claim = [&](const QKeySequence& key, const QString& name, Qt::ShortcutContext context) {
        if (key.isEmpty())
            return;
        const bool scoped = context == Qt::WidgetShortcut;
        const QString keyText = key.toString(QKeySequence::PortableText);
        const auto [other, fresh] = holders.emplace(keyText, Holder{name, scoped});
        if (!fresh && !(scoped && other->second.widgetScoped))
            clashes << QStringLiteral("%1: '%2' and '%3'").arg(keyText, other->second.name, name);
    };
    for (const QAction* action : window.findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts())
            claim(key, action->text(), action->shortcutContext());
    }
    for (const QShortcut* shortcut : window.findChildren<QShortcut*>())
        claim(shortcut->key(), shortcut->objectName().isEmpty() ? QStringLiteral("a QShortcut") : shortcut->objectName(),
              shortcut->context());
    return clashes;
}

}  // namespace

TEST_CASE("Every menu and every entry of the window's menus has a mnemonic of its own")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    const QStringList problems = mnemonicProblems(window.menuBar()->actions(), QStringLiteral("menu bar"));
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("The menus' mnemonics stay unique in every interface language")
{
    const QStringList languages = promoterlab::widgets::availableLanguages();
    REQUIRE(languages.size() >= 2);
    for (const QString& language : languages) {
        INFO(language.toStdString());
        QTranslator translation;
        REQUIRE(translation.load(QStringLiteral("promoterlab_") + language, QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translation);
        TemporarySettings profile;
        MainWindow window(profile.settings);
        const QStringList problems = mnemonicProblems(window.menuBar()->actions(), QStringLiteral("menu bar"));
        QCoreApplication::removeTranslator(&translation);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
        CHECK(window.menuBar()->actions().front()->text() != QStringLiteral("&File"));
    }
}

TEST_CASE("No two actions of the window share a keyboard shortcut")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    const QStringList clashes = shortcutClashes(window);
    INFO(clashes.join(QLatin1Char('\n')).toStdString());
    CHECK(clashes.isEmpty());
}

TEST_CASE("A clash of mnemonics or of shortcuts is found")
{
    QWidget window;
    QMenu menu(QStringLiteral("&File"), &window);
    QAction* save = menu.addAction(QStringLiteral("&Save"));
    menu.addAction(QStringLiteral("&Search"));
    menu.addAction(QStringLiteral("Print"));
    CHECK(mnemonicProblems(menu.actions(), QStringLiteral("File")).size() == 2);
    save->setShortcut(QKeySequence(QStringLiteral("Ctrl+S")));
    auto* other = new QAction(QStringLiteral("Sort"), &window);
    other->setShortcut(QKeySequence(QStringLiteral("Ctrl+S")));
    CHECK(shortcutClashes(window).size() == 1);
}

TEST_CASE("Each panel opens from the keyboard and takes the focus")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    window.resize(1200, 800);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const struct {
        const char* dock;
        QKeySequence key;
    } panels[] = {{"designDock", QKeySequence(QStringLiteral("Ctrl+D"))},
                  {"trainingDock", QKeySequence(QStringLiteral("Ctrl+Shift+T"))},
                  {"motifsDock", QKeySequence(QStringLiteral("Ctrl+Shift+F"))},
                  {"variantsDock", QKeySequence(QStringLiteral("Ctrl+Alt+V"))}};
    for (const auto& panel : panels) {
        auto* dock = window.findChild<QDockWidget*>(QLatin1String(panel.dock));
        REQUIRE(dock);
        REQUIRE_FALSE(dock->isVisible());
        INFO(panel.dock);
        QTest::keySequence(&window, panel.key);
        CHECK(dock->isVisible());
        QWidget* focus = QApplication::focusWidget();
        CHECK((focus == dock->widget() || dock->widget()->isAncestorOf(focus)));
    }
}

TEST_CASE("F1 opens the user guide at its first page")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.findChild<UserGuideWindow*>() == nullptr);
    QTest::keyClick(&window, Qt::Key_F1);
    auto* guide = window.findChild<UserGuideWindow*>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK(guide->browser()->source() == UserGuideWindow::homePage());
}

TEST_CASE("Tab walks the Design and Training forms in reading order, down to their start button")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    window.resize(1280, 900);
    window.show();
    const struct {
        QWidget* panel;
        const char* first;
        const char* start;
    } forms[] = {{window.designPanel(), "Target:", "Run"},
                 {window.trainingPanel(), "File:", "Start"}};
    for (const auto& form : forms) {
        INFO(form.first);
        form.panel->parentWidget()->show();
        QWidget* first = nullptr;
        for (QRadioButton* radio : form.panel->findChildren<QRadioButton*>())
            if (radio->text() == QLatin1String(form.first))
                first = radio;
        REQUIRE(first);
        // Widgets on one row may differ by a few pixels; a step back up the form is a jump.
        const int rowSlack = first->height() / 2;
        int previousTop = first->mapTo(form.panel, QPoint()).y();
        int steps = 0;
        QWidget* widget = first->nextInFocusChain();
        for (; steps < 200; widget = widget->nextInFocusChain(), ++steps) {
            if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(form.panel) ||
                !form.panel->isAncestorOf(widget))
                continue;
            const auto* button = qobject_cast<QPushButton*>(widget);
            if (button && button->text() == QLatin1String(form.start))
                break;
            const int top = widget->mapTo(form.panel, QPoint()).y();
            INFO(widget->metaObject()->className() << " at " << top << " after " << previousTop);
            CHECK(top >= previousTop - rowSlack);
            previousTop = top;
        }
        CHECK(steps < 200);
    }
}
