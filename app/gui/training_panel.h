// SPDX-License-Identifier: GPL-3.0-or-later
// The training tab: choose data, task, architecture and run settings, start, cancel or resume a
// run, and watch its learning curves, throughput, time left and per-epoch metrics.
#pragma once

#include "promoterlab/sequence.h"
#include "promoterlab/training.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace promoterlab::widgets {

class TrainingCurvesPlot;
class TrainingService;
struct TrainingDataSummary;

// A run as the window records it in the project.
struct TrainingRunInfo {
    // The output folder's absolute path: unique to the run and the same when it is resumed.
    QString runId;
    QString outputFolder;
    QString bundlePath;
    QString configJson;  // empty when resuming: the folder's configuration applies
    QString dataSource;  // the data file, or "project sequences"
    bool resumed = false;
    QDateTime started;
};

enum class TrainingOutcome { Finished, Cancelled, Failed };

class TrainingPanel : public QWidget {
    Q_OBJECT

public:
    // The project's sequences that have a measured value, asked for when a run starts.
    using ProjectSequencesProvider = std::function<std::vector<SequenceRecord>()>;

    explicit TrainingPanel(QWidget* parent = nullptr);
    ~TrainingPanel() override;

    // The window supplies the project's measured sequences and tells how many there are
    // whenever that changes; the "sequences of this project" choice is offered when count > 0.
    void setProjectSequences(ProjectSequencesProvider provider);
    void setProjectMeasuredCount(int count);

    void setDataFile(const QString& path);
    void setUseProjectSequences(bool use);
    // Reads a training configuration (docs/training-config.md) and shows its settings;
    // false, with the reason in messageText(), when it cannot be used.
    bool loadConfigFile(const QString& path);
    void setOutputFolder(const QString& folder);
    QString outputFolder() const;
    // The configuration the current settings describe (device "cpu" or, for Automatic, left
    // for the service to decide).
    TrainingConfig configuration() const;

    bool isRunning() const;
    // The status line (epoch, throughput, time left) and the last message (errors, results).
    QString statusText() const;
    QString messageText() const;

    TrainingService* service() const { return m_service; }
    TrainingCurvesPlot* curves() const { return m_curves; }
    QTableWidget* metricsTable() const { return m_metrics; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* resumeButton() const { return m_resume; }
    QSpinBox* epochsBox() const { return m_epochs; }
    QSpinBox* batchSizeBox() const { return m_batchSize; }
    QSpinBox* stepsPerEpochBox() const { return m_stepsPerEpoch; }
    QComboBox* deviceBox() const { return m_device; }
    QComboBox* taskBox() const { return m_task; }
    QComboBox* validationBox() const { return m_validation; }
    QRadioButton* projectSourceButton() const { return m_projectSource; }

public Q_SLOTS:
    // Checks the settings and starts a run in the output folder; says what is wrong instead
    // when they do not allow one.
    void start();
    // Stops the run within one batch; its checkpoint stays for Resume.
    void cancel();
    // Continues the output folder's run from its checkpoint, with the configuration it started with.
    void resume();
    // Redisplays a stored run's curves and metrics (no batch curve: only epochs are stored).
    void showRun(const QString& description, const std::vector<promoterlab::EpochReport>& history);

Q_SIGNALS:
    void runStarted(const promoterlab::widgets::TrainingRunInfo& run);
    void epochFinished(const QString& runId, const promoterlab::EpochReport& report);
    // bundlePath is set when outcome is Finished: the model to add to the window's list.
    void runFinished(const QString& runId, promoterlab::widgets::TrainingOutcome outcome, const QString& bundlePath,
                     const QString& message);

private:
    // The architecture choices, in the order of their combo box.
    enum class Preset { FullLegNet, CompactLegNet, ConfigFile };

    QWidget* createSettings();
    void applyConfig(const TrainingConfig& config);
    void applyPresetRecipe();
    void updateTaskDependents();
    void updateButtons();
    void updateProjectSource();
    bool resumable() const;
    QString checkSettings() const;
    void launch(const TrainingConfig& config, bool automaticDevice, bool resume);
    void showMessage(const QString& message, bool isError);
    void clearDisplay();
    void addEpochRow(const EpochReport& report);
    void onDataLoaded(const TrainingDataSummary& summary);
    void onBatch(const BatchReport& report);
    void onEpoch(const EpochReport& report);
    void onFinished(const QString& bundlePath, const std::vector<EpochReport>& history, int resumedFromEpoch);
    void onCancelled(const QString& checkpointPath);
    void onFailed(const QString& message);
    void endRun(TrainingOutcome outcome, const QString& bundlePath, const QString& message);
    static QString defaultOutputFolder();

    TrainingService* m_service;
    ProjectSequencesProvider m_projectSequences;
    int m_projectMeasuredCount = 0;
    std::optional<TrainingConfig> m_loadedConfig;

    QRadioButton* m_fileSource;
    QRadioButton* m_projectSource;
    QLineEdit* m_dataFile;
    QPushButton* m_browseData;
    QComboBox* m_validation;
    QComboBox* m_task;
    QLineEdit* m_classes;
    QComboBox* m_preset;
    QPushButton* m_loadConfig;
    QComboBox* m_device;
    QSpinBox* m_epochs;
    QSpinBox* m_stepsPerEpoch;
    QSpinBox* m_batchSize;
    QLineEdit* m_output;
    QPushButton* m_browseOutput;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QPushButton* m_resume;
    QWidget* m_settings;
    QLabel* m_status;
    QLabel* m_message;
    TrainingCurvesPlot* m_curves;
    QTableWidget* m_metrics;

    // The run in progress: its identity and what the status line's estimates need.
    QString m_runId;
    bool m_outputIsDefault = true;
    int m_runEpochs = 0;
    int m_runBatchSize = 0;
    int m_batchesSeen = 0;
    int m_lastEpochShown = 0;
    QElapsedTimer m_sinceFirstBatch;
};

}  // namespace promoterlab::widgets
