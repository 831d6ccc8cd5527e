// SPDX-License-Identifier: GPL-3.0-or-later
#include "about_dialog.h"

#include "promoterlab/build_info.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace promoterlab::widgets {

namespace {

constexpr int kIconSize = 64;

QTextBrowser* readOnlyPage(QWidget* parent)
{
    auto* page = new QTextBrowser(parent);
    page->setOpenExternalLinks(true);
    return page;
}

QString notices()
{
    QFile file(QStringLiteral(":/notices/THIRD-PARTY-NOTICES.md"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

}  // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_pages(new QTabWidget(this))
    , m_build(readOnlyPage(this))
    , m_notices(readOnlyPage(this))
{
    setWindowTitle(tr("About PromoterLab"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    auto* heading = new QLabel(this);
    heading->setTextFormat(Qt::RichText);
    heading->setOpenExternalLinks(true);
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextBrowserInteraction);
    heading->setText(tr("<h2>PromoterLab %1</h2>"
                        "<p>Predicts the expression driven by promoter sequences with deep-learning models such as "
                        "LegNet, shows what each base contributes, trains models and designs new promoters.</p>"
                        "<p>This program is free software: you can redistribute it and/or modify it under the terms "
                        "of the GNU General Public License as published by the Free Software Foundation, either "
                        "version 3 of the License, or (at your option) any later version "
                        "(GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY; see the "
                        "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License</a>.</p>")
                         .arg(QApplication::applicationVersion().toHtmlEscaped()));
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(heading, 1);

    QStringList devices;
    for (const std::string& device : computeDevices())
        devices << QString::fromStdString(device);
    m_build->setMarkdown(tr("- PromoterLab %1\n- Qt %2 (built with %3)\n- LibTorch %4\n- QCustomPlot %5\n"
                            "- SQLite %6\n- Compute devices: %7\n")
                             .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                  QStringLiteral(QT_VERSION_STR), QString::fromStdString(libtorchVersion()),
                                  QStringLiteral(QCUSTOMPLOT_VERSION_STR), QString::fromStdString(sqliteVersion()),
                                  devices.join(QStringLiteral(", "))));
    m_notices->setMarkdown(notices());
    m_pages->addTab(m_notices, tr("&Third-party notices"));
    m_pages->addTab(m_build, tr("&Build"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString AboutDialog::noticesText() const
{
    return m_notices->toPlainText();
}

QString AboutDialog::buildText() const
{
    return m_build->toPlainText();
}

}  // namespace promoterlab::widgets
