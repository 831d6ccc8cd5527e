// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps the training runs started from the panel in the open project: each run with its
// configuration, data and outcome, and its metrics epoch by epoch, to be shown again later.
#pragma once

#include "promoterlab/training.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace promoterlab::widgets {

class ProjectSession;
struct TrainingRunInfo;
enum class TrainingOutcome;

// A stored run as a menu lists it.
struct ArchivedRun {
    std::int64_t id = 0;
    QString label;  // "started — folder (status)"
};

class TrainingRunArchive {
    Q_DECLARE_TR_FUNCTIONS(TrainingRunArchive)

public:
    explicit TrainingRunArchive(ProjectSession& project);

    // A resumed run continues its stored record: epochs recorded again replace the old ones.
    void started(const TrainingRunInfo& run, const std::string& device);
    void epochFinished(const QString& runId, const EpochReport& report);
    void ended(const QString& runId, TrainingOutcome outcome, const QString& bundlePath, const QString& message);

    std::vector<ArchivedRun> runs() const;
    // A stored run's epochs as the training panel shows them, and its description.
    std::vector<EpochReport> history(std::int64_t runId, QString& description) const;

private:
    ProjectSession& m_project;
    // Runs of this session: the panel's run id (its output folder) → the project's key.
    std::unordered_map<std::string, std::int64_t> m_keys;
};

}  // namespace promoterlab::widgets
