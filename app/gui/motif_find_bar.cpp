// SPDX-License-Identifier: GPL-3.0-or-later
#include "motif_find_bar.h"

#include "promoterlab/errors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include <algorithm>

namespace promoterlab::widgets {

MotifFindBar::MotifFindBar(QWidget* parent)
    : QWidget(parent)
    , m_pattern(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    m_pattern->setPlaceholderText(tr("Find a motif (IUPAC, e.g. TATAWAWR)"));
    m_pattern->setClearButtonEnabled(true);
    m_pattern->setToolTip(tr("Searched on both strands. N matches any base, W = A or T, R = A or G, …"));
    auto* previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match"));
    auto* next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pattern, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_summary);
    connect(m_pattern, &QLineEdit::textChanged, this, &MotifFindBar::search);
    connect(m_pattern, &QLineEdit::returnPressed, this, &MotifFindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &MotifFindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &MotifFindBar::findNext);
}

void MotifFindBar::setSequence(const std::string& bases)
{
    m_bases = bases;
    search();
}

void MotifFindBar::search()
{
    m_matches.clear();
    m_current = -1;
    const QString pattern = m_pattern->text().trimmed();
    if (pattern.isEmpty()) {
        m_summary->clear();
    } else {
        try {
            m_matches = findMotif(m_bases, pattern.toStdString());
            const auto reverse = std::count_if(m_matches.begin(), m_matches.end(),
                                               [](const MotifMatch& match) { return match.reverseStrand; });
            m_summary->setText(m_matches.empty()
                                   ? tr("no match")
                                   : tr("%n match(es): %1 forward, %2 reverse", nullptr, static_cast<int>(m_matches.size()))
                                         .arg(static_cast<qlonglong>(m_matches.size()) - reverse)
                                         .arg(static_cast<qlonglong>(reverse)));
        } catch (const InputError& error) {
            m_summary->setText(QString::fromStdString(error.what()));
        }
    }
    Q_EMIT matchesChanged(m_matches);
}

QString MotifFindBar::summaryText() const
{
    return m_summary->text();
}

void MotifFindBar::findNext()
{
    if (!m_matches.empty())
        choose((m_current + 1) % static_cast<int>(m_matches.size()));
}

void MotifFindBar::findPrevious()
{
    if (!m_matches.empty()) {
        const int count = static_cast<int>(m_matches.size());
        choose((m_current - 1 + count) % count);
    }
}

void MotifFindBar::choose(int index)
{
    m_current = index;
    const MotifMatch& match = m_matches[static_cast<std::size_t>(index)];
    Q_EMIT matchChosen(static_cast<int>(match.position), static_cast<int>(match.length));
}

}  // namespace promoterlab::widgets
