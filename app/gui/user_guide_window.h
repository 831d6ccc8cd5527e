// SPDX-License-Identifier: GPL-3.0-or-later
// Help → User Guide: the user guide, the model contract, the CLI reference and the other docs/
// pages, embedded as resources and browsed with links, Back, Forward and Home.
#pragma once

#include <QMainWindow>

class QTextBrowser;

namespace promoterlab::widgets {

class UserGuideWindow : public QMainWindow {
    Q_OBJECT

public:
    // The page the window opens and Home returns to.
    static const QUrl& homePage();

    explicit UserGuideWindow(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

    // Shows a page of the guide, for example qrc:/docs/model-contract.md#the-manifest.
    void showPage(const QUrl& page);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showTitleOf(const QUrl& page);
    // Screenshots are wider than most windows: shown no wider than the page, never enlarged.
    void fitImagesToWidth();

    QTextBrowser* m_browser;
};

// Shows the user guide in one window per parent, raised when it is already open.
UserGuideWindow* showUserGuide(QWidget* parent);

}  // namespace promoterlab::widgets
