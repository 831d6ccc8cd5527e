// SPDX-License-Identifier: GPL-3.0-or-later
// Designs promoters on a worker thread of its own: diffusion, guided search or both, scored by
// the given predictor, with progress, cancel and the designs or the reason as the answer.
#pragma once

#include "job_thread.h"

#include "promoterlab/promoter_design.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>

namespace promoterlab {
class Model;
}

namespace promoterlab::widgets {

// Every job ends with exactly one of finished, failed or cancelled, preceded by any number of
// progress reports, all on the thread that owns the service.
class DesignService : public QObject {
    Q_OBJECT

public:
    explicit DesignService(QObject* parent = nullptr);

    // Queues the request; returns its job number, increasing from 1. The predictor scores the
    // designs; the generator (a legnet-generator) is needed by the diffusion methods only, and
    // then sets the request's insert length. Without a needed model the job fails at once with
    // a message saying so.
    std::uint64_t design(DesignRequest request, std::shared_ptr<const Model> predictor,
                         std::shared_ptr<const Model> generator);
    // Stops the job, queued or running, within one batch; it answers with cancelled(). Unknown
    // or ended jobs are ignored.
    void cancel(std::uint64_t job) { m_jobs.cancel(job); }
    bool isRunning(std::uint64_t job) const { return m_jobs.isRunning(job); }

Q_SIGNALS:
    // Work done over the phases (sampling, search, scoring), a few times a second at most.
    void progress(std::uint64_t job, qint64 done, qint64 total);
    void finished(std::uint64_t job, const promoterlab::DesignOutcome& outcome);
    // Contradictory constraints, a construct the predictor cannot take, a model of the wrong kind.
    void failed(std::uint64_t job, const QString& message);
    void cancelled(std::uint64_t job);

private:
    // Its destructor cancels every job and waits for the running one to stop.
    JobThread m_jobs;
};

}  // namespace promoterlab::widgets

Q_DECLARE_METATYPE(promoterlab::DesignOutcome)
