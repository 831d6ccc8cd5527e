// SPDX-License-Identifier: GPL-3.0-or-later
// Computes mutagenesis maps on a worker thread of their own, so that a long batch of maps
// never holds up the live prediction of an edit; one job at a time, in order.
#pragma once

#include "job_thread.h"

#include "promoterlab/mutagenesis.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace promoterlab {
class Model;
}

namespace promoterlab::widgets {

class MutagenesisService : public QObject {
    Q_OBJECT

public:
    explicit MutagenesisService(QObject* parent = nullptr);

    // Maps each sequence with the model: every substitution predicted, or with `estimate` the
    // gradient × input preview. Answers with mapped() for each sequence in order, then
    // finished(); or failed() (a sequence the model cannot read is named before any map is
    // computed) or cancelled(), also when cancelled after the last map. Returns the job's number,
    // increasing from 1.
    std::uint64_t map(std::shared_ptr<const Model> model, std::vector<SequenceRecord> sequences,
                      MutagenesisOptions options, bool estimate);
    // Stops the job within one batch; it answers with cancelled(). Unknown or ended jobs are ignored.
    void cancel(std::uint64_t job) { m_jobs.cancel(job); }
    void cancelAll() { m_jobs.cancelAll(); }
    bool isRunning(std::uint64_t job) const { return m_jobs.isRunning(job); }

Q_SIGNALS:
    // Substitutions predicted so far over the whole job, a few times a second at most.
    void progress(std::uint64_t job, qint64 done, qint64 total);
    void mapped(std::uint64_t job, qint64 index, const promoterlab::MutagenesisMap& map);
    void finished(std::uint64_t job);
    void failed(std::uint64_t job, const QString& message);
    void cancelled(std::uint64_t job);

private:
    // Its destructor cancels every job and waits for the running one to stop, within one batch.
    JobThread m_jobs;
};

}  // namespace promoterlab::widgets

Q_DECLARE_METATYPE(promoterlab::MutagenesisMap)
