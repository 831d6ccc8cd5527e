// SPDX-License-Identifier: GPL-3.0-or-later
// Computes mutagenesis maps on a worker thread of their own, one job at a time, in order.
#include "mutagenesis_service.h"

#include "promoterlab/errors.h"
#include "promoterlab/model.h"
#include "promoterlab/predictor.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include <exception>

namespace promoterlab::widgets {

MutagenesisService::MutagenesisService(QObject* parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("mutagenesis"));
    m_thread.start();
}

MutagenesisService::~MutagenesisService()
{
    cancelAll();
    m_thread.quit();
    m_thread.wait();
}

std::uint64_t MutagenesisService::map(std::shared_ptr<const Model> model, std::vector<SequenceRecord> sequences,
                                      MutagenesisOptions options, bool estimate)
{
    const std::uint64_t job = m_nextJob++;
    if (!model) {
        QMetaObject::invokeMethod(
            this, [this, job] { Q_EMIT failed(job, tr("No model is loaded.")); }, Qt::QueuedConnection);
        return job;
    }
    CancellationToken cancel;
    m_cancels.emplace(job, cancel);
    QMetaObject::invokeMethod(m_worker, [this, job, model, cancel, options, estimate,
                                         sequences = std::move(sequences)] {
        // Answers are queued to the service's thread, where end() and the signals run.
        const auto answer = [this](auto&& emitAnswer) {
            QMetaObject::invokeMethod(this, std::forward<decltype(emitAnswer)>(emitAnswer));
        };
        QElapsedTimer sinceReport;
        sinceReport.start();
        const auto report = [&](std::size_t done, std::size_t total) {
            if (sinceReport.elapsed() < 200 && done < total)
                return;
            sinceReport.restart();
            answer([this, job, done, total] {
                Q_EMIT progress(job, static_cast<qint64>(done), static_cast<qint64>(total));
            });
        };
        const auto deliver = [&](std::size_t index, MutagenesisMap&& map) {
            answer([this, job, index, map = std::move(map)] { Q_EMIT mapped(job, static_cast<qint64>(index), map); });
        };
        try {
            const Predictor predictor(model);
            if (estimate) {
                for (std::size_t i = 0; i < sequences.size(); ++i) {
                    cancel.throwIfCancelled();
                    deliver(i, estimateMutagenesisMap(predictor, sequences[i].name, sequences[i].bases, options));
                }
            } else {
                computeMutagenesisMaps(predictor, sequences, options, deliver, report, cancel);
            }
            answer([this, job] {
                end(job);
                Q_EMIT finished(job);
            });
        } catch (const Cancelled&) {
            answer([this, job] {
                end(job);
                Q_EMIT cancelled(job);
            });
        } catch (const std::exception& error) {
            const QString message = QString::fromStdString(error.what());
            answer([this, job, message] {
                end(job);
                Q_EMIT failed(job, message);
            });
        }
    });
    return job;
}

void MutagenesisService::cancel(std::uint64_t job)
{
    const auto found = m_cancels.find(job);
    if (found != m_cancels.end())
        found->second.cancel();
}

void MutagenesisService::cancelAll()
{
    for (auto& [job, token] : m_cancels)
        token.cancel();
}

void MutagenesisService::end(std::uint64_t job)
{
    m_cancels.erase(job);
}

}  // namespace promoterlab::widgets
