// SPDX-License-Identifier: GPL-3.0-or-later
// Trains a model on a worker thread: loads the data, runs core's trainModel and reports every
// batch and epoch as queued signals on the thread that owns the service; one run at a time.
#pragma once

#include "promoterlab/job.h"
#include "promoterlab/sequence.h"
#include "promoterlab/training.h"
#include "promoterlab/training_set.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <cstddef>
#include <functional>
#include <vector>

namespace promoterlab::widgets {

// Everything one run needs. The output folder receives the bundle (model.plm), its checkpoint,
// the configuration as JSON and, when the rows come from memory, the rows as a TSV table, so a
// run can be resumed and traced back from its folder alone.
struct TrainingRequest {
    // A sequence file with measured values (FASTA, CSV/TSV or plain text, gzip allowed). When
    // empty, the rows are the records below.
    QString dataPath;
    // Sequences with measured values, for example the project's; used when dataPath is empty.
    std::vector<SequenceRecord> records;
    // Validation split and how to read the data; labelColumns is set from the configuration's
    // class names for multi-label tasks.
    TrainingSetOptions dataOptions;
    TrainingConfig config;
    // Train on the GPU when LibTorch sees one and on the CPU otherwise, instead of config.device.
    bool automaticDevice = false;
    QString outputFolder;
    // Continue from the folder's checkpoint (with the configuration it was written with).
    bool resume = false;
    QString modelName;
};

// What the data loading found, reported before the first batch.
struct TrainingDataSummary {
    std::size_t trainingRows = 0;
    std::size_t validationRows = 0;
    std::size_t rejectedRows = 0;
    // The first few rejections, "file line N: reason".
    QStringList rejectedExamples;
    QString device;
};

class TrainingService : public QObject {
    Q_OBJECT

public:
    // Fewer rows than this are refused: a LegNet needs tens of thousands of rows to learn
    // expression, and a handful cannot even fill one batch with both strands.
    static constexpr std::size_t kMinimumTrainingRows = 100;

    explicit TrainingService(QObject* parent = nullptr);
    // Cancels a running run and waits for it to stop (within one batch), so that closing the
    // window during training neither crashes nor leaves a thread behind.
    ~TrainingService() override;

    // Starts a run in the background; false (and nothing starts) while another is running.
    // The run ends with exactly one of finished, failed or cancelled.
    bool start(TrainingRequest request);
    // Stops the run within one batch; the checkpoint of the last finished epoch stays.
    void cancel();
    // True from start() until the run's last signal has been delivered.
    bool isRunning() const { return m_running; }

    // Where a run in this folder writes its bundle, checkpoint and configuration.
    static QString bundlePath(const QString& outputFolder);
    static QString checkpointPath(const QString& outputFolder);
    static QString configPath(const QString& outputFolder);

Q_SIGNALS:
    void dataLoaded(const promoterlab::widgets::TrainingDataSummary& summary);
    void batchReported(const promoterlab::BatchReport& report);
    void epochReported(const promoterlab::EpochReport& report);
    // history holds every epoch, those before a resume included.
    void finished(const QString& bundlePath, const std::vector<promoterlab::EpochReport>& history,
                  int resumedFromEpoch);
    void failed(const QString& message);
    // checkpointPath is empty when the run stopped before its first epoch ended.
    void cancelled(const QString& checkpointPath);

private:
    void run(const TrainingRequest& request, const CancellationToken& cancel);
    // Delivers a run's last signal on the service's thread, after the run is marked as over.
    void finish(std::function<void()> emitLast);

    QThread m_thread;
    QObject* m_worker;  // lives on m_thread; the run occupies its event loop
    CancellationToken m_cancel;
    bool m_running = false;
};

}  // namespace promoterlab::widgets
