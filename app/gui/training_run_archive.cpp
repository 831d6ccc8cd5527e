// SPDX-License-Identifier: GPL-3.0-or-later
#include "training_run_archive.h"

#include "project_session.h"
#include "promoterlab/project_store.h"
#include "training_panel.h"

#include <QFileInfo>

namespace promoterlab::widgets {

namespace {

QString folderName(const std::string& runId)
{
    return QFileInfo(QString::fromStdString(runId)).fileName();
}

// The store keeps statuses as fixed English words; the user reads them in their language.
QString statusText(const std::string& status)
{
    if (status == "running")
        return TrainingRunArchive::tr("running");
    if (status == "finished")
        return TrainingRunArchive::tr("finished");
    if (status == "cancelled")
        return TrainingRunArchive::tr("cancelled");
    if (status == "failed")
        return TrainingRunArchive::tr("failed");
    return QString::fromStdString(status);
}

}  // namespace

TrainingRunArchive::TrainingRunArchive(ProjectSession& project)
    : m_project(project)
{
}

void TrainingRunArchive::started(const TrainingRunInfo& run, const std::string& device)
{
    ProjectStore* store = m_project.store();
    if (!store)
        return;
    const std::string runId = run.runId.toStdString();
    if (run.resumed) {
        m_project.access([&] {
            for (const TrainingRunRecord& stored : store->trainingRuns())
                if (stored.name == runId)
                    m_keys[runId] = stored.id;
        });
        if (m_keys.count(runId) > 0)
            return;
    }
    TrainingRunRecord record;
    record.name = runId;
    record.configJson = run.configJson.toStdString();
    record.dataDescription = run.dataSource.toStdString();
    record.device = device;
    record.started = run.started.toUTC().toString(Qt::ISODate).toStdString();
    m_project.access([&] { m_keys[runId] = store->startTrainingRun(record); });
}

void TrainingRunArchive::epochFinished(const QString& runId, const EpochReport& report)
{
    const auto key = m_keys.find(runId.toStdString());
    if (key == m_keys.end() || !m_project.store())
        return;
    EpochRecord epoch;
    epoch.epoch = report.epoch;
    epoch.trainLoss = report.trainLoss;
    epoch.validationLoss = report.validLoss;
    epoch.validationPearson = report.pearson;
    epoch.validationSpearman = report.spearman;
    epoch.seconds = report.seconds;
    epoch.samplesPerSecond = report.sequencesPerSecond;
    m_project.access([&] { m_project.store()->addEpoch(key->second, epoch); });
}

void TrainingRunArchive::ended(const QString& runId, TrainingOutcome outcome, const QString& bundlePath,
                               const QString& message)
{
    const auto key = m_keys.find(runId.toStdString());
    if (key == m_keys.end() || !m_project.store())
        return;
    const char* status = outcome == TrainingOutcome::Finished    ? "finished"
                         : outcome == TrainingOutcome::Cancelled ? "cancelled"
                                                                 : "failed";
    m_project.access([&] {
        m_project.store()->finishTrainingRun(key->second, status, bundlePath.toStdString(), message.toStdString());
    });
}

std::vector<ArchivedRun> TrainingRunArchive::runs() const
{
    std::vector<ArchivedRun> runs;
    if (ProjectStore* store = m_project.store())
        m_project.access([&] {
            for (const TrainingRunRecord& run : store->trainingRuns())
                runs.push_back({run.id, tr("%1 — %2 (%3)").arg(QString::fromStdString(run.started), folderName(run.name),
                                                              statusText(run.status))});
        });
    return runs;
}

std::vector<EpochReport> TrainingRunArchive::history(std::int64_t runId, QString& description) const
{
    std::vector<EpochReport> history;
    ProjectStore* store = m_project.store();
    if (!store)
        return history;
    m_project.access([&] {
        for (const TrainingRunRecord& run : store->trainingRuns())
            if (run.id == runId)
                description = tr("%1, started %2: %3")
                                  .arg(folderName(run.name), QString::fromStdString(run.started),
                                       statusText(run.status));
        for (const EpochRecord& epoch : store->epochs(runId)) {
            EpochReport report;
            report.epoch = epoch.epoch;
            report.trainLoss = epoch.trainLoss;
            report.validLoss = epoch.validationLoss;
            report.pearson = epoch.validationPearson;
            report.spearman = epoch.validationSpearman;
            report.seconds = epoch.seconds;
            report.sequencesPerSecond = epoch.samplesPerSecond;
            history.push_back(report);
        }
    });
    return history;
}

}  // namespace promoterlab::widgets
