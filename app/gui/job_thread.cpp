// SPDX-License-Identifier: GPL-3.0-or-later
// A worker thread of its own for a service's long jobs, answering on the owner's thread in order.
#include "job_thread.h"

#include "promoterlab/compute_threads.h"
#include "promoterlab/errors.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include <exception>
#include <memory>
#include <optional>
#include <utility>

namespace promoterlab::widgets {

namespace {

constexpr qint64 kReportIntervalMs = 200;

}  // namespace

JobThread::Job::Job(QObject& answers, std::uint64_t number, CancellationToken cancellation)
    : m_answers(&answers)
    , m_number(number)
    , m_cancellation(std::move(cancellation))
{
}

void JobThread::Job::send(Answer answer) const
{
    // From the worker thread this queues: answers to one receiver arrive in the order sent.
    QMetaObject::invokeMethod(m_answers, std::move(answer));
}

ProgressCallback JobThread::Job::progressTo(std::function<void(qint64 done, qint64 total)> report) const
{
    // Copies, not this Job: the callback may outlive the reference the work was given.
    return [answers = m_answers, cancellation = m_cancellation, report = std::move(report)](std::size_t done,
                                                                                            std::size_t total) {
        QMetaObject::invokeMethod(answers, [cancellation, report, done, total] {
            if (!cancellation.isCancelled())
                report(static_cast<qint64>(done), static_cast<qint64>(total));
        });
    };
}

JobThread::JobThread(const QString& name, Endings endings)
    : m_worker(new QObject)
    , m_endings(std::move(endings))
{
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(name);
    m_thread.start();
}

JobThread::~JobThread()
{
    cancelAll();
    m_thread.quit();
    m_thread.wait();
}

std::uint64_t JobThread::post(Work work)
{
    const std::uint64_t number = m_nextJob++;
    CancellationToken cancellation;
    m_cancels.emplace(number, cancellation);
    QMetaObject::invokeMethod(m_worker, [this, work = std::move(work), job = Job(m_answers, number, cancellation)] {
        run(work, job);
    });
    return number;
}

std::uint64_t JobThread::reject(const QString& message)
{
    const std::uint64_t number = m_nextJob++;
    QMetaObject::invokeMethod(
        &m_answers, [this, number, message] { m_endings.failed(number, message); }, Qt::QueuedConnection);
    return number;
}

void JobThread::cancel(std::uint64_t job)
{
    const auto found = m_cancels.find(job);
    if (found != m_cancels.end())
        found->second.cancel();
}

void JobThread::cancelAll()
{
    for (auto& [job, token] : m_cancels)
        token.cancel();
}

void JobThread::run(const Work& work, const Job& job)
{
    Answer ending;
    bool cancelled = false;
    std::optional<QString> failure;
    try {
        const ComputeJobScope computing;
        ending = work(job);
    } catch (const Cancelled&) {
        cancelled = true;
    } catch (const std::exception& error) {
        failure = QString::fromStdString(error.what());
    }
    // The job stops counting as running where its ending is delivered, on the owner's thread.
    job.send([this, number = job.number(), cancellation = job.cancellation(), cancelled, failure,
              ending = std::move(ending)] {
        m_cancels.erase(number);
        if (cancelled || cancellation.isCancelled())
            m_endings.cancelled(number);
        else if (failure)
            m_endings.failed(number, *failure);
        else
            ending();
    });
}

ProgressCallback throttledProgress(ProgressCallback report)
{
    // Shared, because a ProgressCallback is copied on its way into the core.
    auto sinceReport = std::make_shared<QElapsedTimer>();
    sinceReport->start();
    return [report = std::move(report), sinceReport](std::size_t done, std::size_t total) {
        if (sinceReport->elapsed() < kReportIntervalMs && done < total)
            return;
        sinceReport->restart();
        report(done, total);
    };
}

}  // namespace promoterlab::widgets
