// SPDX-License-Identifier: GPL-3.0-or-later
// The help browser over the docs/ pages built into the application (qrc:/docs).
#include "user_guide_window.h"

#include <QAction>
#include <QBuffer>
#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QImageReader>
#include <QPointer>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QToolBar>

#include <algorithm>
#include <vector>

namespace promoterlab::widgets {

namespace {

// The first top-level heading names a Markdown page, which has no <title>.
QString firstHeadingOf(const QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() == 1)
            return block.text();
    return {};
}

}  // namespace

const QUrl& UserGuideWindow::homePage()
{
    static const QUrl home(QStringLiteral("qrc:/docs/user-guide.md"));
    return home;
}

UserGuideWindow::UserGuideWindow(QWidget* parent)
    : QMainWindow(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setCentralWidget(m_browser);
    resize(960, 760);

    // Links are followed here: pages and images inside the guide, web addresses outside it.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideWindow::showPage);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideWindow::showTitleOf);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideWindow::fitImagesToWidth);
    m_browser->viewport()->installEventFilter(this);

    QToolBar* navigation = addToolBar(tr("Navigation"));
    navigation->setObjectName(QStringLiteral("userGuideNavigation"));
    navigation->setMovable(false);
    navigation->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction* back = navigation->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), m_browser,
                                          &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    QAction* forward = navigation->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"),
                                             m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    QAction* home = navigation->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("&Home"), this,
                                          [this] { showPage(homePage()); });
    home->setShortcut(QKeySequence(tr("Alt+Home")));

    showPage(homePage());
}

void UserGuideWindow::showPage(const QUrl& page)
{
    const QUrl target = m_browser->source().resolved(page);
    if (target.scheme() != QLatin1String("qrc")) {
        QDesktopServices::openUrl(target);
        return;
    }
    // A link to a file outside docs/ (the README, the sources) has no page here.
    if (!QFile::exists(QLatin1Char(':') + target.path()))
        return;
    m_browser->setSource(target);
}

void UserGuideWindow::showTitleOf(const QUrl& page)
{
    QString title = firstHeadingOf(*m_browser->document());
    if (title.isEmpty())
        title = page.fileName();
    setWindowTitle(tr("%1 — PromoterLab Help").arg(title));
}

bool UserGuideWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitImagesToWidth();
    return QMainWindow::eventFilter(watched, event);
}

void UserGuideWindow::fitImagesToWidth()
{
    QTextDocument* document = m_browser->document();
    // Room for the vertical scroll bar is kept, so that its coming and going moves nothing.
    const int scrollBar = m_browser->verticalScrollBar()->isVisible()
                              ? 0
                              : m_browser->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_browser);
    const qreal available = m_browser->viewport()->width() - scrollBar - 2 * document->documentMargin();
    if (available <= 0)
        return;
    struct Placed {
        int position;
        QTextImageFormat format;
    };
    std::vector<Placed> images;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (const QTextFragment fragment = it.fragment(); fragment.charFormat().isImageFormat())
                images.push_back({fragment.position(), fragment.charFormat().toImageFormat()});
    for (Placed& placed : images) {
        const QUrl url = m_browser->source().resolved(QUrl(placed.format.name()));
        QByteArray bytes = m_browser->loadResource(QTextDocument::ImageResource, url).toByteArray();
        QBuffer buffer(&bytes);
        const QSize natural = QImageReader(&buffer).size();  // from the header, without decoding
        if (natural.isEmpty())
            continue;
        const qreal scale = std::min<qreal>(1.0, available / natural.width());
        placed.format.setWidth(natural.width() * scale);
        placed.format.setHeight(natural.height() * scale);
        QTextCursor cursor(document);
        cursor.setPosition(placed.position);
        cursor.setPosition(placed.position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(placed.format);
    }
}

UserGuideWindow* showUserGuide(QWidget* parent)
{
    static QPointer<UserGuideWindow> withoutParent;
    UserGuideWindow* window = parent ? parent->findChild<UserGuideWindow*>(QString(), Qt::FindDirectChildrenOnly)
                                     : withoutParent.data();
    if (!window) {
        window = new UserGuideWindow(parent);
        if (!parent) {
            window->setAttribute(Qt::WA_DeleteOnClose);
            withoutParent = window;
        }
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

}  // namespace promoterlab::widgets
