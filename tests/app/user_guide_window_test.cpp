// SPDX-License-Identifier: GPL-3.0-or-later
// Tests that Help → User Guide shows the guide built into the application, with its pictures,
// and follows its links to the other pages and back.
#include "user_guide_window.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QToolBar>
#include <QVariant>

#include <catch2/catch.hpp>

#include <algorithm>

using promoterlab::widgets::showUserGuide;
using promoterlab::widgets::UserGuideWindow;

namespace {

QList<QTextImageFormat> imagesOf(const QTextDocument& document)
{
    QList<QTextImageFormat> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment)
            if (fragment.fragment().charFormat().isImageFormat())
                images.append(fragment.fragment().charFormat().toImageFormat());
    return images;
}

QAction* navigationAction(UserGuideWindow& window, const QString& text)
{
    for (QAction* action : window.findChild<QToolBar*>(QStringLiteral("userGuideNavigation"))->actions())
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    return nullptr;
}

}  // namespace

TEST_CASE("The user guide window opens the guide at its first heading, titled after it")
{
    UserGuideWindow window;
    QTextBrowser* browser = window.browser();
    CHECK(browser->source() == UserGuideWindow::homePage());
    const QTextBlock first = browser->document()->begin();
    CHECK(first.blockFormat().headingLevel() == 1);
    CHECK(first.text() == QStringLiteral("PromoterLab user guide"));
    CHECK(window.windowTitle().startsWith(QStringLiteral("PromoterLab user guide")));
}

TEST_CASE("Every picture of the user guide is built into the application")
{
    UserGuideWindow window;
    QTextDocument* document = window.browser()->document();
    const QList<QTextImageFormat> images = imagesOf(*document);
    REQUIRE(images.size() >= 9);
    for (const QTextImageFormat& format : images) {
        const QString image = format.name();
        INFO(image.toStdString());
        const QUrl url = window.browser()->source().resolved(QUrl(image));
        CHECK_FALSE(window.browser()->loadResource(QTextDocument::ImageResource, url).isNull());
        CHECK_FALSE(document->resource(QTextDocument::ImageResource, QUrl(image)).isNull());
    }
}

TEST_CASE("The user guide's pictures are shown no wider than the page, and small ones at their size")
{
    UserGuideWindow window;
    window.resize(700, 600);
    window.show();
    // The page is laid out again, and its scroll bar appears, in the event loop.
    const auto widestFits = [&] {
        qreal widest = 0;
        for (const QTextImageFormat& format : imagesOf(*window.browser()->document()))
            widest = std::max(widest, format.width());
        return widest <= window.browser()->viewport()->width();
    };
    CHECK(QTest::qWaitFor(widestFits, 2000));
    const int pageWidth = window.browser()->viewport()->width();
    REQUIRE(pageWidth < 700);
    bool someNarrowed = false;
    for (const QTextImageFormat& format : imagesOf(*window.browser()->document())) {
        INFO(format.name().toStdString());
        CHECK(format.width() > 0);
        CHECK(format.width() <= pageWidth);
        someNarrowed = someNarrowed || format.width() < pageWidth - 2 * window.browser()->document()->documentMargin() - 1;
        if (format.name().endsWith(QStringLiteral("guide_bin_distribution.png")))
            CHECK(qRound(format.width()) == 512);  // narrower than the page: not enlarged
    }
    CHECK(someNarrowed);
}

TEST_CASE("A link to the model contract opens it, and Back and Home return to the guide")
{
    UserGuideWindow window;
    QTextBrowser* browser = window.browser();
    QSignalSpy opened(browser, &QTextBrowser::sourceChanged);
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("model-contract.md")));
    REQUIRE(opened.count() == 1);
    CHECK(browser->source() == QUrl(QStringLiteral("qrc:/docs/model-contract.md")));
    CHECK(browser->document()->begin().text().startsWith(QStringLiteral("The model contract")));
    CHECK(window.windowTitle().startsWith(QStringLiteral("The model contract")));

    QAction* back = navigationAction(window, QStringLiteral("Back"));
    REQUIRE(back);
    REQUIRE(back->isEnabled());
    back->trigger();
    CHECK(browser->source() == UserGuideWindow::homePage());

    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("cli-reference.md")));
    CHECK(browser->document()->begin().text() == QStringLiteral("promoterlab-cli reference"));
    navigationAction(window, QStringLiteral("Home"))->trigger();
    CHECK(browser->source() == UserGuideWindow::homePage());
}

TEST_CASE("A link to a file that is not part of the built-in pages leaves the page shown")
{
    UserGuideWindow window;
    Q_EMIT window.browser()->anchorClicked(QUrl(QStringLiteral("../README.md")));
    CHECK(window.browser()->source() == UserGuideWindow::homePage());
}

TEST_CASE("showUserGuide reuses the window of its parent")
{
    QWidget parent;
    UserGuideWindow* first = showUserGuide(&parent);
    first->browser()->setSource(QUrl(QStringLiteral("qrc:/docs/cli-reference.md")));
    UserGuideWindow* second = showUserGuide(&parent);
    CHECK(first == second);
    CHECK(second->isVisible());
    CHECK(parent.findChildren<UserGuideWindow*>().size() == 1);
}
