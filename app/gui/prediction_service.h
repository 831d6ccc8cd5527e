// SPDX-License-Identifier: GPL-3.0-or-later
// Loads a model and predicts sequences on a worker thread so that the window never waits: one
// request at a time, in order, answered through signals on the thread that owns the service.
#pragma once

#include "promoterlab/job.h"
#include "promoterlab/predictor.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace promoterlab {
class Model;
}

namespace promoterlab::widgets {

class PredictionService : public QObject {
    Q_OBJECT

public:
    explicit PredictionService(QObject* parent = nullptr);
    ~PredictionService() override;

    // Loads the file (or "default" for the shipped model) in the background; answers with
    // modelLoaded or modelFailed. Requests queued before it use the model they were made with.
    void loadModel(const QString& path);
    // Predicts the sequences with the model loaded last; answers with predicted(request, …)
    // or predictionFailed(request, …). Returns the request's number (increasing), so that a
    // caller can drop answers it no longer needs.
    std::uint64_t predict(std::vector<std::string> sequences);
    // Stops every request made so far within one batch; each answers with cancelled(request).
    // Requests made afterwards run as usual. The destructor cancels too, so closing the window
    // never waits for a long prediction.
    void cancelAll();

    bool hasModel() const { return m_model != nullptr; }
    // Why the loaded model cannot predict a sequence (its rejection reason), empty when it can.
    QString rejectionReason(const std::string& sequence) const;
    std::shared_ptr<const Model> model() const { return m_model; }
    // What the loaded model reads before these bases (its plasmid flank, as the padding rule
    // adds it); empty without a model or when the bases fill the input alone.
    QString upstreamContext(const std::string& bases) const;

Q_SIGNALS:
    // path is as loadModel was given it ("default" included).
    void modelLoaded(const QString& name, const QString& device, const QString& path);
    void modelFailed(const QString& message);
    void predicted(std::uint64_t request, const std::vector<promoterlab::Prediction>& predictions);
    void predictionFailed(std::uint64_t request, const QString& message);
    void cancelled(std::uint64_t request);
    // Sequences of a request done so far, a few times a second at most.
    void progress(std::uint64_t request, qint64 done, qint64 total);

private:
    QThread m_thread;
    QObject* m_worker;  // lives on m_thread; the work runs in its event loop
    std::shared_ptr<const Model> m_model;
    std::shared_ptr<Predictor> m_predictor;
    std::uint64_t m_nextRequest = 1;
    CancellationToken m_cancel;  // shared by the requests made since the last cancelAll()
};

}  // namespace promoterlab::widgets
