// SPDX-License-Identifier: GPL-3.0-or-later
// Computes mutagenesis maps on a worker thread of their own, one job at a time, in order.
#include "mutagenesis_service.h"

#include "promoterlab/model.h"
#include "promoterlab/predictor.h"

#include <utility>

namespace promoterlab::widgets {

MutagenesisService::MutagenesisService(QObject* parent)
    : QObject(parent)
    , m_jobs(QStringLiteral("mutagenesis"),
             {[this](std::uint64_t job) { Q_EMIT cancelled(job); },
              [this](std::uint64_t job, const QString& message) { Q_EMIT failed(job, message); }})
{
}

std::uint64_t MutagenesisService::map(std::shared_ptr<const Model> model, std::vector<SequenceRecord> sequences,
                                      MutagenesisOptions options, bool estimate)
{
    if (!model)
        return m_jobs.reject(tr("No model is loaded."));
    return m_jobs.post([this, model = std::move(model), sequences = std::move(sequences), options,
                        estimate](const JobThread::Job& job) -> JobThread::Answer {
        const std::uint64_t number = job.number();
        const auto report = throttledProgress([this, &job, number](std::size_t done, std::size_t total) {
            job.send([this, number, done, total] {
                Q_EMIT progress(number, static_cast<qint64>(done), static_cast<qint64>(total));
            });
        });
        const auto deliver = [this, &job, number](std::size_t index, MutagenesisMap&& map) {
            job.send([this, number, index, map = std::move(map)] {
                Q_EMIT mapped(number, static_cast<qint64>(index), map);
            });
        };
        const Predictor predictor(model);
        if (estimate) {
            for (std::size_t i = 0; i < sequences.size(); ++i) {
                job.cancellation().throwIfCancelled();
                deliver(i, estimateMutagenesisMap(predictor, sequences[i].name, sequences[i].bases, options));
            }
        } else {
            computeMutagenesisMaps(predictor, sequences, options, deliver, report, job.cancellation());
        }
        return [this, number] { Q_EMIT finished(number); };
    });
}

}  // namespace promoterlab::widgets
