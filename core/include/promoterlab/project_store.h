// SPDX-License-Identifier: GPL-3.0-or-later
// A project on disk: one SQLite file with the sequences, models, predictions, training runs
// and settings of a piece of work, written through so that a crash never loses committed work.
#pragma once

#include "promoterlab/sequence.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace promoterlab {

struct ProjectSequence {
    std::int64_t id = 0;  // stable for the project's life; never reused after a removal
    std::string name;
    std::string bases;
    std::string originalBases;  // the bases as imported, before any edit
    std::optional<double> measured;
    std::optional<int> fold;
    std::vector<std::pair<std::string, std::string>> metadata;
};

// One edit of a sequence's bases, as the edit log keeps it.
struct SequenceEdit {
    std::string time;  // ISO-8601 UTC, e.g. 2024-05-01T12:30:00.123Z
    std::string oldBases;
    std::string newBases;
};

struct ProjectModel {
    std::int64_t id = 0;
    std::string path;
    std::string contentHash;
    std::string name;
};

// A model's prediction for one sequence, valid only while the sequence has these bases.
struct StoredPrediction {
    std::int64_t sequenceId = 0;
    std::string bases;
    double expression = 0;
    std::vector<float> outputs;
    bool hasStrands = false;
    double expressionForward = 0;
    double expressionReverse = 0;
};

struct TrainingRunRecord {
    std::int64_t id = 0;  // set by the store
    std::string name;
    std::string configJson;
    std::string dataDescription;
    std::string device;
    std::string started;             // ISO-8601
    std::string status = "running";  // running, finished, cancelled or failed; set by the store
    std::string bundlePath;          // the saved model, once finished
    std::string message;             // why it failed or stopped, or a summary
};

// One epoch's metrics; NaN where a value is unknown (no validation set, a diverged loss).
struct EpochRecord {
    int epoch = 0;
    double trainLoss = 0;
    double validationLoss = 0;
    double validationPearson = 0;
    double validationSpearman = 0;
    double seconds = 0;
    double samplesPerSecond = 0;
};

// The open project file. Every mutating call is one transaction: once it returns, its change
// survives a crash or a kill of the process. Failures throw StoreError naming the file, the
// operation and the fix. Not thread-safe: use one store from one thread at a time.
class ProjectStore {
public:
    // The project format this version writes and the newest it reads.
    static constexpr int kFormatVersion = 1;

    // Creates a new, empty project at path, replacing any file there.
    static ProjectStore create(const std::string& path);
    // Opens an existing project; throws StoreError when the file is missing, empty, not a
    // PromoterLab project, read-only or written by a newer PromoterLab.
    static ProjectStore open(const std::string& path);

    ~ProjectStore();
    ProjectStore(ProjectStore&&) noexcept;
    ProjectStore& operator=(ProjectStore&&) noexcept;
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    const std::string& path() const;

    // "ok" when SQLite finds the file intact, otherwise its list of problems, one a line.
    std::string integrityCheck() const;

    // Sequences, in list order. New ones go to the end; returns their ids in input order.
    std::vector<std::int64_t> addSequences(const std::vector<SequenceRecord>& records);
    std::vector<ProjectSequence> sequences() const;
    std::size_t sequenceCount() const;
    // An edit of the bases, recorded in the edit log. Throws StoreError for an unknown id.
    void setBases(std::int64_t id, const std::string& bases);
    // The sequence's edits, oldest first.
    std::vector<SequenceEdit> edits(std::int64_t id) const;
    void renameSequence(std::int64_t id, const std::string& name);
    // Removes the sequences with their predictions and edit log; unknown ids are skipped.
    void removeSequences(const std::vector<std::int64_t>& ids);

    // Models used: the same path and content hash give the same id (the name is updated).
    std::int64_t rememberModel(const std::string& path, const std::string& contentHash, const std::string& name);
    std::vector<ProjectModel> models() const;
    void setActiveModel(std::int64_t modelId);
    std::optional<std::int64_t> activeModel() const;

    // Stores predictions of a remembered model, replacing older ones for the same sequence.
    // Predictions for sequences removed meanwhile are dropped.
    void savePredictions(std::int64_t modelId, const std::vector<StoredPrediction>& predictions);
    // The model's predictions, in list order, for sequences whose bases still equal those
    // the prediction was made from.
    std::vector<StoredPrediction> predictions(std::int64_t modelId) const;

    // Training runs: started with status "running", finished as "finished", "cancelled" or
    // "failed". An epoch number recorded twice keeps the later metrics.
    std::int64_t startTrainingRun(const TrainingRunRecord& run);
    void addEpoch(std::int64_t runId, const EpochRecord& epoch);
    void finishTrainingRun(std::int64_t runId, const std::string& status, const std::string& bundlePath,
                           const std::string& message);
    std::vector<TrainingRunRecord> trainingRuns() const;
    std::vector<EpochRecord> epochs(std::int64_t runId) const;

    // Project-level settings as text.
    void setValue(const std::string& key, const std::string& value);
    std::optional<std::string> value(const std::string& key) const;

    // Writes a complete, consistent copy of the project to path (replacing a file there), for
    // "Save As"; this store stays open on its own file. Refuses path when it is this file.
    void saveCopyAs(const std::string& path) const;

private:
    class Impl;
    explicit ProjectStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace promoterlab
