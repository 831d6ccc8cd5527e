// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace promoterlab::widgets {

namespace {

// Progress is drawn in per mille: QProgressBar holds ints, byte counts do not fit.
constexpr int kProgressSteps = 1000;
// Dark enough to read on a light window, bright enough on a dark one.
const QColor kFailureColor(0xC6, 0x28, 0x28);

}  // namespace

JobsPanel::JobsPanel(QWidget* parent)
    : QWidget(parent)
    , m_empty(new QLabel(tr("No jobs. Imports, predictions and training runs show their progress here.")))
    , m_clearFinished(new QPushButton(tr("C&lear finished")))
{
    auto* rows = new QWidget;
    m_rows = new QVBoxLayout(rows);
    m_rows->addWidget(m_empty);
    m_rows->addStretch(1);
    m_empty->setEnabled(false);
    m_empty->setWordWrap(true);

    auto* scroll = new QScrollArea;
    scroll->setWidget(rows);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_clearFinished->setToolTip(tr("Remove the jobs that have ended from the list"));
    connect(m_clearFinished, &QPushButton::clicked, this, &JobsPanel::clearFinished);
    auto* buttons = new QHBoxLayout;
    // The rows' side margins, so the button lines up with the Cancel buttons above it.
    const QMargins margins = m_rows->contentsMargins();
    buttons->setContentsMargins(margins.left(), 0, margins.right(), margins.bottom());
    buttons->addStretch(1);
    buttons->addWidget(m_clearFinished);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    updateControls();
}

int JobsPanel::addJob(const QString& title)
{
    const int id = m_nextId++;
    Job job;
    job.row = new QWidget;
    job.row->setObjectName(QStringLiteral("job%1").arg(id));

    auto* titleLabel = new QLabel(title, job.row);
    titleLabel->setObjectName(QStringLiteral("title"));
    titleLabel->setToolTip(title);
    titleLabel->setMinimumWidth(titleLabel->fontMetrics().averageCharWidth() * 20);

    job.progress = new QProgressBar(job.row);
    job.progress->setObjectName(QStringLiteral("progress"));
    job.progress->setRange(0, 0);

    job.status = new QLabel(job.row);
    job.status->setObjectName(QStringLiteral("status"));
    // A long status must not widen the dock; the tooltip shows it whole.
    job.status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    job.cancel = new QPushButton(tr("Cancel"), job.row);
    job.cancel->setObjectName(QStringLiteral("cancel"));
    connect(job.cancel, &QPushButton::clicked, this, [this, id] {
        if (Job* running = runningJob(id)) {
            running->cancel->setEnabled(false);
            setStatus(id, tr("Cancelling…"));
            Q_EMIT cancelRequested(id);
        }
    });

    auto* layout = new QHBoxLayout(job.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(titleLabel);
    layout->addWidget(job.progress, 2);
    layout->addWidget(job.status, 3);
    layout->addWidget(job.cancel);

    // Before the stretch that keeps the rows at the top.
    m_rows->insertWidget(m_rows->count() - 1, job.row);
    m_jobs.emplace(id, job);
    updateControls();
    return id;
}

void JobsPanel::setProgress(int id, qint64 done, qint64 total)
{
    Job* job = runningJob(id);
    if (!job)
        return;
    if (total <= 0) {
        job->progress->setRange(0, 0);
        return;
    }
    const double fraction = static_cast<double>(std::clamp(done, qint64{0}, total)) / static_cast<double>(total);
    job->progress->setRange(0, kProgressSteps);
    job->progress->setValue(qRound(fraction * kProgressSteps));
}

void JobsPanel::setStatus(int id, const QString& text)
{
    if (Job* job = runningJob(id)) {
        job->status->setText(text);
        job->status->setToolTip(text);
    }
}

void JobsPanel::finishJob(int id, const QString& outcome, bool failed)
{
    Job* job = runningJob(id);
    if (!job)
        return;
    job->finished = true;
    job->progress->hide();
    job->cancel->setEnabled(false);
    job->status->setText(outcome);
    job->status->setToolTip(outcome);
    if (failed) {
        QPalette palette = job->status->palette();
        palette.setColor(QPalette::WindowText, kFailureColor);
        job->status->setPalette(palette);
    }
    updateControls();
}

int JobsPanel::runningCount() const
{
    return static_cast<int>(std::count_if(m_jobs.begin(), m_jobs.end(), [](const auto& entry) {
        return !entry.second.finished;
    }));
}

void JobsPanel::clearFinished()
{
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (it->second.finished) {
            delete it->second.row;
            it = m_jobs.erase(it);
        } else {
            ++it;
        }
    }
    updateControls();
}

JobsPanel::Job* JobsPanel::runningJob(int id)
{
    const auto it = m_jobs.find(id);
    return it != m_jobs.end() && !it->second.finished ? &it->second : nullptr;
}

void JobsPanel::updateControls()
{
    m_empty->setVisible(m_jobs.empty());
    m_clearFinished->setEnabled(runningCount() < jobCount());
}

}  // namespace promoterlab::widgets
