// SPDX-License-Identifier: GPL-3.0-or-later
#include "prediction_service.h"

#include "promoterlab/bundled_data.h"
#include "promoterlab/compute_threads.h"
#include "promoterlab/errors.h"
#include "promoterlab/model.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include <algorithm>
#include <exception>

namespace promoterlab::widgets {

PredictionService::PredictionService(QObject* parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("prediction"));
    m_thread.start();
}

PredictionService::~PredictionService()
{
    cancelAll();
    m_thread.quit();
    m_thread.wait();
}

void PredictionService::loadModel(const QString& path)
{
    const std::string file = path.toStdString();
    QMetaObject::invokeMethod(m_worker, [this, file, path] {
        try {
            std::shared_ptr<const Model> model = Model::load(resolveModelPath(file));
            auto predictor = std::make_shared<Predictor>(model);
            QMetaObject::invokeMethod(this, [this, model, predictor, path] {
                m_model = model;
                m_predictor = predictor;
                Q_EMIT modelLoaded(QString::fromStdString(model->manifest().name),
                                   QString::fromStdString(model->device()), path);
            });
        } catch (const std::exception& error) {
            const QString message = QString::fromStdString(error.what());
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT modelFailed(message); });
        }
    });
}

std::uint64_t PredictionService::predict(std::vector<std::string> sequences)
{
    const std::uint64_t request = m_nextRequest++;
    if (!m_predictor) {
        QMetaObject::invokeMethod(
            this, [this, request] { Q_EMIT predictionFailed(request, tr("No model is loaded.")); },
            Qt::QueuedConnection);
        return request;
    }
    // The predictor is shared with the task, so loading another model meanwhile does not
    // pull it from under a running prediction.
    QMetaObject::invokeMethod(m_worker, [this, request, predictor = m_predictor, cancel = m_cancel,
                                         sequences = std::move(sequences)] {
        // Progress a few times a second: enough for a bar, cheap for the GUI thread.
        QElapsedTimer sinceReport;
        sinceReport.start();
        const auto report = [this, request, &sinceReport](std::size_t done, std::size_t total) {
            if (sinceReport.elapsed() < 200 && done < total)
                return;
            sinceReport.restart();
            QMetaObject::invokeMethod(this, [this, request, done, total] {
                Q_EMIT progress(request, static_cast<qint64>(done), static_cast<qint64>(total));
            });
        };
        try {
            const ComputeJobScope computing;
            auto predictions = predictor->predict(sequences, report, cancel);
            QMetaObject::invokeMethod(this, [this, request, predictions = std::move(predictions)] {
                Q_EMIT predicted(request, predictions);
            });
        } catch (const Cancelled&) {
            QMetaObject::invokeMethod(this, [this, request] { Q_EMIT cancelled(request); });
        } catch (const std::exception& error) {
            const QString message = QString::fromStdString(error.what());
            QMetaObject::invokeMethod(this, [this, request, message] { Q_EMIT predictionFailed(request, message); });
        }
    });
    return request;
}

void PredictionService::cancelAll()
{
    m_cancel.cancel();
    m_cancel = CancellationToken();
}

QString PredictionService::rejectionReason(const std::string& sequence) const
{
    if (!m_predictor)
        return tr("No model is loaded.");
    const auto reason = m_predictor->encoder().rejectionReason(sequence);
    return reason ? QString::fromStdString(*reason) : QString();
}

QString PredictionService::upstreamContext(const std::string& bases) const
{
    if (!m_predictor || m_predictor->encoder().rejectionReason(bases))
        return {};
    const std::string prepared = m_predictor->encoder().prepare(bases);
    return QString::fromStdString(prepared.substr(0, prepared.size() - std::min(prepared.size(), bases.size())));
}

}  // namespace promoterlab::widgets
