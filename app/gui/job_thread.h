// SPDX-License-Identifier: GPL-3.0-or-later
// A worker thread of its own for a service's long jobs: jobs run one at a time in the order
// posted, each with its cancellation token, and answer in order on the thread that owns them.
#pragma once

#include "promoterlab/job.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <cstdint>
#include <functional>
#include <map>

namespace promoterlab::widgets {

// Every job ends with exactly one ending, delivered on the owner's thread after the answers its
// work sent before: the work's own, cancelled, or failed with the exception's message.
class JobThread {
public:
    // Runs on the thread that created the JobThread.
    using Answer = std::function<void()>;

    // Endings shared by every job, each given the job's number.
    struct Endings {
        std::function<void(std::uint64_t job)> cancelled;
        std::function<void(std::uint64_t job, const QString& message)> failed;
    };

    // What a job's work knows of its job while it runs on the worker thread.
    class Job {
    public:
        std::uint64_t number() const { return m_number; }
        const CancellationToken& cancellation() const { return m_cancellation; }
        // Queues `answer` to the owner's thread, after the answers sent before it.
        void send(Answer answer) const;
        // A progress callback for the core that hands (done, total) to `report` on the owner's
        // thread; progress stops with a cancel, like the result: a caller who cancelled hears no more.
        ProgressCallback progressTo(std::function<void(qint64 done, qint64 total)> report) const;

    private:
        friend class JobThread;
        Job(QObject& answers, std::uint64_t number, CancellationToken cancellation);

        QObject* m_answers;
        std::uint64_t m_number;
        CancellationToken m_cancellation;
    };

    // Runs on the worker thread and returns the job's own ending. Throwing Cancelled ends the job
    // cancelled, any other exception ends it failed. A job cancelled before its ending is
    // delivered ends cancelled whatever its work did, so that a caller who cancelled never
    // receives a result or an error.
    using Work = std::function<Answer(const Job& job)>;

    // `name` names the worker thread, for debuggers and profilers.
    JobThread(const QString& name, Endings endings);
    // Cancels every job and waits for the running one to stop; endings not yet delivered are dropped.
    ~JobThread();
    JobThread(const JobThread&) = delete;
    JobThread& operator=(const JobThread&) = delete;

    // Queues the work behind the jobs posted before; returns the job's number, increasing from 1.
    std::uint64_t post(Work work);
    // Numbers a job that cannot start: it ends failed with `message` once the event loop runs.
    std::uint64_t reject(const QString& message);
    // Cancels the job, queued or running. Unknown or ended jobs are ignored.
    void cancel(std::uint64_t job);
    void cancelAll();
    // Queued or running: from post() until its ending is delivered.
    bool isRunning(std::uint64_t job) const { return m_cancels.count(job) > 0; }

private:
    void run(const Work& work, const Job& job);

    // Lives on the owner's thread: answers run in its event loop, and die with it.
    QObject m_answers;
    QThread m_thread;
    QObject* m_worker;  // lives on m_thread; the work runs in its event loop
    Endings m_endings;
    std::uint64_t m_nextJob = 1;
    std::map<std::uint64_t, CancellationToken> m_cancels;  // jobs queued or running
};

// Passes reports on to `report` at most five times a second, and always the last one (done == total).
ProgressCallback throttledProgress(ProgressCallback report);

}  // namespace promoterlab::widgets
