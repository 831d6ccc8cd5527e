// SPDX-License-Identifier: GPL-3.0-or-later
// A project on disk: one SQLite file with the sequences, models, predictions, mutagenesis maps,
// variant tables, motif hits, training runs and settings of a piece of work, written through so
// that a crash never loses committed work.
#pragma once

#include "promoterlab/motif_scanner.h"
#include "promoterlab/mutagenesis.h"
#include "promoterlab/sequence.h"
#include "promoterlab/variant_effects.h"

#include <cstddef>
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

// A stored mutagenesis map as the project lists it, without its cells.
struct StoredMapInfo {
    std::int64_t id = 0;
    std::int64_t sequenceId = 0;
    std::int64_t modelId = 0;
    int columns = 0;
    bool estimated = false;
    int sequenceOffset = 0;  // negative when the map covers the model's left flank too
    std::string created;     // ISO-8601 UTC
};

// One map of a batch to save: the map of the sequence as it was when the map was computed.
struct SequenceMap {
    std::int64_t sequenceId = 0;
    std::string sequenceBases;
    MutagenesisMap map;
};

struct StoredVariantTableInfo {
    std::int64_t id = 0;
    std::string name;
    std::string sourcePath;  // the file the variants were read from
    std::int64_t modelId = 0;
    std::size_t count = 0;  // variant effects in the table
    std::string created;    // ISO-8601 UTC
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
    static constexpr int kFormatVersion = 2;

    // Creates a new, empty project at path, replacing any file there.
    static ProjectStore create(const std::string& path);
    // Opens an existing project; throws StoreError when the file is missing, empty, not a
    // PromoterLab project, read-only or written by a newer PromoterLab. A project of an older
    // format is upgraded in place, in one transaction that keeps all its content.
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
    // Removes the sequences with their predictions, mutagenesis maps, motif hits and edit log;
    // unknown ids are skipped.
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

    // Mutagenesis maps of a remembered model. sequenceBases are the sequence's bases the map was
    // computed from (the map's own columns may hold only the bases inside the model's input, or
    // the flank too). A map replaces the one of the same sequence, model, bases, kind (estimated
    // or not) and columns (with or without the flank). Returns its id (never reused), or 0 when
    // the sequence was removed meanwhile: the map is dropped, as late predictions are. Throws
    // StoreError for an unknown model or a map whose cells do not match its columns.
    std::int64_t saveMutagenesisMap(std::int64_t sequenceId, std::int64_t modelId, const std::string& sequenceBases,
                                    const MutagenesisMap& map);
    // Many maps in one transaction, much faster than one call each; ids in input order.
    std::vector<std::int64_t> saveMutagenesisMaps(std::int64_t modelId, const std::vector<SequenceMap>& maps);
    // The map saved last for the sequence with these bases, with or without the flank.
    std::optional<MutagenesisMap> mutagenesisMap(std::int64_t sequenceId, std::int64_t modelId,
                                                 const std::string& sequenceBases, bool estimated) const;
    // Every stored map, oldest first.
    std::vector<StoredMapInfo> mutagenesisMaps() const;

    // Variant tables: the predicted effects of a remembered model, kept in the order given.
    std::int64_t saveVariantTable(const std::string& name, const std::string& sourcePath, std::int64_t modelId,
                                  const std::vector<VariantEffect>& effects);
    // Oldest first.
    std::vector<StoredVariantTableInfo> variantTables() const;
    // Empty for an unknown table.
    std::vector<VariantEffect> variantEffects(std::int64_t tableId) const;
    // An unknown id is skipped.
    void removeVariantTable(std::int64_t tableId);

    // Motif hits of a sequence with these bases, scanned with the motifs of motifSource (a file
    // path, or a name for the shipped set) at this p-value threshold; they replace the hits of the
    // same sequence and source. Dropped when the sequence was removed meanwhile. Throws StoreError
    // for a threshold outside (0, 1].
    void saveMotifHits(std::int64_t sequenceId, const std::string& sequenceBases, const std::string& motifSource,
                       double pValueThreshold, const std::vector<MotifHit>& hits);
    // The hits saved for exactly these bases, source and threshold (possibly none), in the order
    // saved; nullopt when no such scan is stored, so the caller scans again.
    std::optional<std::vector<MotifHit>> motifHits(std::int64_t sequenceId, const std::string& sequenceBases,
                                                   const std::string& motifSource, double pValueThreshold) const;

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
