// SPDX-License-Identifier: GPL-3.0-or-later
// Scores variant tables on a worker thread of its own: reads the pairs or rows, predicts every
// variant with the given model and compares the predicted deltas with the measured ones.
#pragma once

#include "job_thread.h"
#include "rejected_records_dialog.h"

#include "promoterlab/sequence.h"
#include "promoterlab/variant_effects.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace promoterlab {
class Model;
}

namespace promoterlab::widgets {

struct VariantRequest {
    QString path;  // a CSV/TSV with a header, gzip allowed
    // false: one (reference, alternative) sequence pair a row; true: (sequence name, position,
    // ref, alt) rows applied to `sequences`.
    bool rows = false;
    VariantColumns columns;
    std::vector<SequenceRecord> sequences;  // rows only: the sequences the rows name
    std::shared_ptr<const Model> model;
};

struct VariantResult {
    QString path;
    std::vector<VariantEffect> effects;    // in file order
    std::vector<DeltaAgreement> agreement;  // deltaAgreement(effects)
    // Rows the table reader or the model left out: all of them counted, the first ones listed.
    std::size_t rejectedCount = 0;
    QVector<LeftOutRecord> rejected;
};

// Every job ends with exactly one of finished, failed or cancelled, preceded by any number of
// progress reports, all on the thread that owns the service.
class VariantService : public QObject {
    Q_OBJECT

public:
    explicit VariantService(QObject* parent = nullptr);

    // Queues the request; returns its job number, increasing from 1. Without a model the job
    // fails at once with a message saying so.
    std::uint64_t score(VariantRequest request);
    // Stops the job, queued or running, within one batch; it answers with cancelled(). Unknown
    // or ended jobs are ignored.
    void cancel(std::uint64_t job) { m_jobs.cancel(job); }
    void cancelAll() { m_jobs.cancelAll(); }
    bool isRunning(std::uint64_t job) const { return m_jobs.isRunning(job); }

Q_SIGNALS:
    // Distinct sequences predicted so far, a few times a second at most (0 of 0 while reading).
    void progress(std::uint64_t job, qint64 done, qint64 total);
    void finished(std::uint64_t job, const promoterlab::widgets::VariantResult& result);
    // The file cannot be read or lacks a column (the message names the file, the line and the fix).
    void failed(std::uint64_t job, const QString& message);
    void cancelled(std::uint64_t job);

private:
    // Its destructor cancels every job and waits for the running one to stop, within one batch
    // of predictions.
    JobThread m_jobs;
};

// The header columns of a variant table (first non-blank line, gzip allowed), for choosing
// which columns to read; empty with the reason in *error when the file cannot be read.
QStringList variantTableColumns(const QString& path, QString* error = nullptr);

}  // namespace promoterlab::widgets

Q_DECLARE_METATYPE(promoterlab::widgets::VariantResult)
