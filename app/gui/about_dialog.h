// SPDX-License-Identifier: GPL-3.0-or-later
// Help → About PromoterLab: what the program is, its version and licence, what this build runs
// on, and the notices of the software and data it is built from.
#pragma once

#include <QDialog>

class QTabWidget;
class QTextBrowser;

namespace promoterlab::widgets {

class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    QTabWidget* pages() const { return m_pages; }
    // The "Third-party notices" page's text (resources/THIRD-PARTY-NOTICES.md).
    QString noticesText() const;
    // The "Build" page's text: library versions and compute devices.
    QString buildText() const;

private:
    QTabWidget* m_pages;
    QTextBrowser* m_build;
    QTextBrowser* m_notices;
};

}  // namespace promoterlab::widgets
