// SPDX-License-Identifier: GPL-3.0-or-later
// The list of background jobs, each with a progress bar, a status and a Cancel button.
#pragma once

#include <QString>
#include <QWidget>

#include <map>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace promoterlab::widgets {

// Knows nothing of what a job does: the caller adds a row, feeds it progress and status and
// finishes it; a click on Cancel only asks (cancelRequested), the caller finishes the row once
// the job has stopped. Finished rows stay, with their outcome, until "Clear finished".
class JobsPanel : public QWidget {
    Q_OBJECT

public:
    explicit JobsPanel(QWidget* parent = nullptr);

    // Adds a running job with a busy indicator; returns its id (increasing from 1). Its row's
    // widget is named "job<id>", with children "title", "progress", "status" and "cancel".
    int addJob(const QString& title);
    // total 0 means unknown and shows a busy indicator.
    void setProgress(int id, qint64 done, qint64 total);
    void setStatus(int id, const QString& text);
    // Shows the outcome in place of the progress bar (in red when failed) and disables Cancel.
    void finishJob(int id, const QString& outcome, bool failed);

    int runningCount() const;
    int jobCount() const { return static_cast<int>(m_jobs.size()); }

public Q_SLOTS:
    void clearFinished();

Q_SIGNALS:
    void cancelRequested(int id);

private:
    struct Job {
        QWidget* row = nullptr;
        QProgressBar* progress = nullptr;
        QLabel* status = nullptr;
        QPushButton* cancel = nullptr;
        bool finished = false;
    };

    Job* runningJob(int id);
    void updateControls();

    QVBoxLayout* m_rows;
    QLabel* m_empty;
    QPushButton* m_clearFinished;
    std::map<int, Job> m_jobs;
    int m_nextId = 1;
};

}  // namespace promoterlab::widgets
