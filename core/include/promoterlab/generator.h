// SPDX-License-Identifier: GPL-3.0-or-later
// LegNet-Generator (DESIGN.md §6): its training configuration, the training entry point, and the
// step that turns corrupted inserts into repaired ones for cold-diffusion sampling.
#pragma once

#include "promoterlab/diffusion_sampler.h"
#include "promoterlab/job.h"
#include "promoterlab/manifest.h"
#include "promoterlab/model.h"
#include "promoterlab/training.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace promoterlab {

// The names of the generator's two constant input channels after the one-hot bases. Each
// channel's manifest value is its scale: the channel holds the raw number times that value.
inline constexpr const char* kTargetExpressionChannel = "target_expression";
inline constexpr const char* kSubstitutionCountChannel = "substitution_count";

// One training example: an insert of the generator's length and its measured expression.
struct GeneratorExample {
    std::string insert;
    double expression = 0;
};

// Every setting of a generator run; the JSON form (docs/generator.md) reproduces a run alone.
// Defaults are the recipe of DESIGN.md §6 over the original DREAM 2022 LegNet body.
struct GeneratorConfig {
    LegNetShape shape;
    int insertLength = 80;
    // Corruption levels n are drawn uniformly from 0 … maxSubstitutions; the count channel
    // holds n / maxSubstitutions.
    int maxSubstitutions = 300;
    // The target channel holds expression × expressionScale (the 0–17 bin scale to 0–1).
    double expressionScale = 1.0 / 17.0;

    double learningRate = 1e-3;  // AdamW, constant
    double weightDecay = 0.01;
    double beta1 = 0.9;
    double beta2 = 0.999;

    int batchSize = 1024;
    int epochs = 20;
    int stepsPerEpoch = 1000;  // 0: one pass over the training inserts
    std::uint64_t seed = 42;
    std::string device = "cpu";
    int threads = 0;  // 0: every hardware thread

    // Throws Error naming the offending key or value.
    static GeneratorConfig fromJson(const std::string& json, const std::string& source = "config");
    std::string toJson() const;
    // The manifest the trained generator carries (architecture legnet-generator).
    Manifest manifest() const;
};

// Reconstruction accuracy at corruption levels minSubstitutions … maxSubstitutions: the fraction
// of positions whose most likely base is the original one.
struct ReconstructionAccuracy {
    int minSubstitutions = 0;
    int maxSubstitutions = 0;
    double accuracy = std::numeric_limits<double>::quiet_NaN();  // NaN when no example fell in
    std::size_t examples = 0;
};

struct GeneratorEpochReport {
    int epoch = 0;  // 1-based
    double trainLoss = 0;  // mean cross-entropy per position
    double validLoss = std::numeric_limits<double>::quiet_NaN();  // NaN without a validation set
    // On the validation set, by corruption level (0–30, 31–100, 101–200, 201–max); empty
    // without a validation set. Each validation insert gets the same level every epoch.
    std::vector<ReconstructionAccuracy> accuracyByLevel;
    double sequencesPerSecond = 0;
    double seconds = 0;
};

struct GeneratorCallbacks {
    std::function<void(const BatchReport&)> onBatch;
    std::function<void(const GeneratorEpochReport&)> onEpoch;
};

struct GeneratorTrainingResult {
    std::vector<GeneratorEpochReport> history;
    int resumedFromEpoch = 0;  // 0 when the run started fresh
};

// Trains a generator: per example a level n uniform in 0 … maxSubstitutions, the insert corrupted
// by corruptInsert, the target channel from the example's expression, the count channel from n,
// cross-entropy against the original insert. Validates after every epoch, writes an atomic
// checkpoint after every epoch (outputPath + ".checkpoint") and the bundle at the end.
// Reproducible: a resumed run draws the batches and corruptions the uninterrupted one would.
// Cancellation is honoured within one batch (throws Cancelled, keeping the last checkpoint); a
// non-finite loss throws Error keeping the last good checkpoint. Throws Error naming the first
// insert of the wrong length or with a base other than A, C, G, T, and for an empty training set.
GeneratorTrainingResult trainGenerator(const std::vector<GeneratorExample>& train,
                                       const std::vector<GeneratorExample>& valid, const GeneratorConfig& config,
                                       const TrainingRunOptions& run, const GeneratorCallbacks& callbacks = {},
                                       const CancellationToken& cancel = {});

// Runs a loaded generator: corrupted inserts, a target expression each and a substitution count
// in, per-position base probabilities or the most likely inserts out.
class InsertGenerator {
public:
    // Throws ModelError when the model is not a legnet-generator or lacks its two channels.
    explicit InsertGenerator(std::shared_ptr<const Model> generator);

    int insertLength() const;
    // The generator's base order (the manifest's alphabet, AGCT for LegNet).
    const std::string& alphabet() const;

    // For each insert, insertLength() × alphabet size probabilities, position-major
    // (probability of alphabet[b] at position p at index p · 4 + b). Inserts must have
    // insertLength() bases (IUPAC codes are encoded as the manifest says); throws Error otherwise,
    // and when targets and inserts differ in number or substitutionCount is negative.
    std::vector<std::vector<float>> probabilities(const std::vector<std::string>& inserts,
                                                  const std::vector<double>& targets, int substitutionCount) const;
    // The most likely base at every position of each insert.
    std::vector<std::string> mostLikelyInserts(const std::vector<std::string>& inserts,
                                               const std::vector<double>& targets, int substitutionCount) const;

private:
    std::shared_ptr<const Model> m_generator;
    double m_expressionScale = 0;
    double m_substitutionScale = 0;
};

// The generator's most likely inserts, computed without gradients in batches; the step keeps
// the model alive.
GeneratorStep generatorStep(std::shared_ptr<const Model> generator);

}  // namespace promoterlab
