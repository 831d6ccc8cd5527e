// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_service.h"

#include "promoterlab/sequence_reader.h"

#include <QFile>
#include <QMetaObject>
#include <QMetaType>

#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

namespace promoterlab::widgets {

namespace {

// Batches on their way to the owner's thread at most. Without a bound a fast reader floods the
// event queue, and the owner then appends everything in one go: the window freezes after all.
constexpr int kBatchesInFlight = 2;

}  // namespace

struct ImportService::Job {
    std::uint64_t id = 0;
    QString source;
    // Set on the owner's thread; read by the worker between records and by every delivery.
    std::atomic<bool> cancelled{false};
    std::mutex mutex;
    std::condition_variable batchTaken;
    int batchesInFlight = 0;  // guarded by mutex
};

ImportService::ImportService(QObject* parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    qRegisterMetaType<std::vector<SequenceRecord>>();
    qRegisterMetaType<ImportSummary>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("import"));
    m_thread.start();
}

ImportService::~ImportService()
{
    for (const auto& [id, job] : m_jobs) {
        {
            std::lock_guard lock(job->mutex);
            job->cancelled = true;
        }
        job->batchTaken.notify_all();
    }
    m_thread.quit();
    m_thread.wait();
}

std::uint64_t ImportService::import(const QString& path)
{
    return enqueue(path, [file = QFile::encodeName(path).toStdString()] { return SequenceReader(file); });
}

std::uint64_t ImportService::importText(const QString& text, const QString& sourceName)
{
    // Called once, so the text can move into the reader instead of being copied again.
    return enqueue(sourceName, [text = text.toStdString(), name = sourceName.toStdString()]() mutable {
        return SequenceReader::fromText(std::move(text), std::move(name));
    });
}

void ImportService::cancel(std::uint64_t id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    const std::shared_ptr<Job> job = it->second;
    m_jobs.erase(it);
    {
        std::lock_guard lock(job->mutex);
        job->cancelled = true;
    }
    job->batchTaken.notify_all();
    // Queued like every other signal of the service, so no slot runs inside cancel().
    QMetaObject::invokeMethod(this, [this, id] { Q_EMIT cancelled(id); }, Qt::QueuedConnection);
}

std::uint64_t ImportService::enqueue(const QString& source, Opener open)
{
    auto job = std::make_shared<Job>();
    job->id = m_nextJob++;
    job->source = source;
    m_jobs.emplace(job->id, job);
    QMetaObject::invokeMethod(m_worker, [this, job, open = std::move(open)] { read(job, open); });
    return job->id;
}

void ImportService::read(const std::shared_ptr<Job>& job, const Opener& open)
{
    if (job->cancelled)
        return;
    QMetaObject::invokeMethod(this, [this, job] {
        if (!job->cancelled)
            Q_EMIT started(job->id, job->source);
    });

    using Clock = std::chrono::steady_clock;
    std::optional<SequenceReader> reader;
    std::vector<SequenceRecord> batch;
    try {
        reader.emplace(open());
        auto lastDelivery = Clock::now();
        SequenceRecord record;
        while (reader->next(record)) {
            if (job->cancelled)
                return;
            batch.push_back(std::exchange(record, {}));
            if (batch.size() >= kBatchRecords || Clock::now() - lastDelivery >= kBatchInterval) {
                if (!deliver(job, std::move(batch), *reader))
                    return;
                batch.clear();
                lastDelivery = Clock::now();
            }
        }
        if (!deliver(job, std::move(batch), *reader))
            return;

        ImportSummary summary;
        summary.source = job->source;
        summary.accepted = reader->acceptedCount();
        summary.rejected = reader->rejectedCount();
        for (const RejectedRecord& rejection : reader->rejected())
            summary.listed.push_back({QString::fromStdString(rejection.file), static_cast<qint64>(rejection.line),
                                      QString::fromStdString(rejection.reason)});
        end(job, [this, id = job->id, summary = std::move(summary)] { Q_EMIT finished(id, summary); });
    } catch (const std::exception& error) {
        const QString message = QString::fromStdString(error.what());
        // Records returned before a failure are valid; the caller gets them before the message.
        if (!batch.empty() && !deliver(job, std::move(batch), *reader))
            return;
        end(job, [this, id = job->id, message] { Q_EMIT failed(id, message); });
    }
}

bool ImportService::deliver(const std::shared_ptr<Job>& job, std::vector<SequenceRecord> batch,
                            const SequenceReader& reader)
{
    {
        std::unique_lock lock(job->mutex);
        job->batchTaken.wait(lock, [&job] { return job->batchesInFlight < kBatchesInFlight || job->cancelled; });
        if (job->cancelled)
            return false;
        ++job->batchesInFlight;
    }
    const auto done = static_cast<qint64>(reader.bytesRead());
    const auto total = static_cast<qint64>(reader.fileSize());
    QMetaObject::invokeMethod(this, [this, job, batch = std::move(batch), done, total] {
        {
            std::lock_guard lock(job->mutex);
            --job->batchesInFlight;
        }
        job->batchTaken.notify_all();
        if (!job->cancelled && !batch.empty())
            Q_EMIT recordsRead(job->id, batch);
        // A slot of recordsRead may have cancelled the job.
        if (!job->cancelled)
            Q_EMIT progress(job->id, done, total);
    });
    return true;
}

void ImportService::end(const std::shared_ptr<Job>& job, std::function<void()> emitLast)
{
    QMetaObject::invokeMethod(this, [this, job, emitLast = std::move(emitLast)] {
        if (job->cancelled)
            return;
        m_jobs.erase(job->id);
        emitLast();
    });
}

}  // namespace promoterlab::widgets
