// SPDX-License-Identifier: GPL-3.0-or-later
// Reads sequence files and pasted text on a worker thread, one job at a time in order, and hands
// the records over in batches so that the sequence list fills while the window stays responsive.
#pragma once

#include "rejected_records_dialog.h"

#include "promoterlab/sequence.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QVector>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace promoterlab {
class SequenceReader;
}

namespace promoterlab::widgets {

// How an import ended: counts, and the first left-out records as RejectedRecordsDialog lists them.
struct ImportSummary {
    QString source;  // the path, or the name given to pasted text
    std::size_t accepted = 0;
    std::size_t rejected = 0;
    // The first SequenceReader::kMaxKeptRejections of the rejected records, in file order.
    QVector<LeftOutRecord> listed;
};

// Every job ends with exactly one of finished, failed or cancelled; before that come
// started, then any number of recordsRead and progress, all on the thread that owns the service.
// Records delivered by recordsRead are the caller's to keep: neither failed nor cancelled takes
// them back (a caller that wants all or nothing removes them itself).
class ImportService : public QObject {
    Q_OBJECT

public:
    // A batch goes out when it holds this many records or this much time passed since the last,
    // whichever comes first: large files fill the list in steps, small ones at once.
    static constexpr std::size_t kBatchRecords = 10000;
    static constexpr std::chrono::milliseconds kBatchInterval{100};

    explicit ImportService(QObject* parent = nullptr);
    // Cancels every job and waits for the worker to stop (within one batch).
    ~ImportService() override;

    // Queue a job (a file, gzip included, or text pasted by the user); return its number (increasing).
    std::uint64_t import(const QString& path);
    std::uint64_t importText(const QString& text, const QString& sourceName);
    // Stops the job, queued or running: no more recordsRead or progress come for it, and
    // cancelled(job) follows. Unknown or ended jobs are ignored.
    void cancel(std::uint64_t job);
    // Jobs queued or running.
    int pendingCount() const { return static_cast<int>(m_jobs.size()); }

Q_SIGNALS:
    void started(std::uint64_t job, const QString& source);
    void recordsRead(std::uint64_t job, const std::vector<promoterlab::SequenceRecord>& batch);
    // Bytes of the file read so far and its size (compressed bytes for gzip).
    void progress(std::uint64_t job, qint64 done, qint64 total);
    void finished(std::uint64_t job, const promoterlab::widgets::ImportSummary& summary);
    // The file cannot be read (missing, empty, not text) or fails midway (corrupt gzip).
    void failed(std::uint64_t job, const QString& message);
    void cancelled(std::uint64_t job);

private:
    struct Job;
    using Opener = std::function<SequenceReader()>;

    std::uint64_t enqueue(const QString& source, Opener open);
    // Runs on the worker thread.
    void read(const std::shared_ptr<Job>& job, const Opener& open);
    // Hands a batch to the owner's thread; waits while the owner is still busy with earlier
    // ones. False when the job was cancelled meanwhile.
    bool deliver(const std::shared_ptr<Job>& job, std::vector<SequenceRecord> batch, const SequenceReader& reader);
    // Delivers a job's last signal unless it was cancelled before it arrived.
    void end(const std::shared_ptr<Job>& job, std::function<void()> emitLast);

    QThread m_thread;
    QObject* m_worker;  // lives on m_thread; each job occupies its event loop in turn
    std::map<std::uint64_t, std::shared_ptr<Job>> m_jobs;  // queued or running, by number
    std::uint64_t m_nextJob = 1;
};

}  // namespace promoterlab::widgets
