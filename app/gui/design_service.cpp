// SPDX-License-Identifier: GPL-3.0-or-later
// Designs promoters on a worker thread of its own, one job at a time, in order.
#include "design_service.h"

#include "promoterlab/generator.h"
#include "promoterlab/model.h"
#include "promoterlab/predictor.h"

#include <utility>

namespace promoterlab::widgets {

DesignService::DesignService(QObject* parent)
    : QObject(parent)
    , m_jobs(QStringLiteral("design"),
             {[this](std::uint64_t job) { Q_EMIT cancelled(job); },
              [this](std::uint64_t job, const QString& message) { Q_EMIT failed(job, message); }})
{
}

std::uint64_t DesignService::design(DesignRequest request, std::shared_ptr<const Model> predictor,
                                    std::shared_ptr<const Model> generator)
{
    if (!predictor)
        return m_jobs.reject(tr("No model is loaded to score the designs: open one with File → Open Model."));
    const bool diffusion = request.method != DesignMethod::Guided;
    if (diffusion && !generator)
        return m_jobs.reject(tr("The diffusion methods need a LegNet-Generator: load one with Load Generator…, or "
                                "choose Guided search."));
    return m_jobs.post([this, request = std::move(request), predictor = std::move(predictor),
                        generator = diffusion ? std::move(generator) : nullptr](
                           const JobThread::Job& job) mutable -> JobThread::Answer {
        const std::uint64_t number = job.number();
        const CancellationToken& cancel = job.cancellation();
        const auto reportNow
            = job.progressTo([this, number](qint64 done, qint64 total) { Q_EMIT progress(number, done, total); });
        cancel.throwIfCancelled();
        reportNow(0, 0);
        GeneratorStep step;
        if (generator) {
            request.insertLength = InsertGenerator(generator).insertLength();
            step = generatorStep(generator);
        }
        const Predictor scorer(predictor);
        DesignOutcome outcome = designPromoters(step, scorer, request, throttledProgress(reportNow), cancel);
        return [this, number, outcome = std::move(outcome)] { Q_EMIT finished(number, outcome); };
    });
}

}  // namespace promoterlab::widgets
