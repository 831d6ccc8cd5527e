// SPDX-License-Identifier: GPL-3.0-or-later
// Training native LegNet models: the configuration, progress reports and the entry point.
#pragma once

#include "promoterlab/distributed.h"
#include "promoterlab/job.h"
#include "promoterlab/manifest.h"
#include "promoterlab/model.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace promoterlab {

struct TrainingData;

// What the network learns to output, and with which loss.
enum class TrainingTask {
    SoftBins,    // LegNet: KL divergence to N(e + 0.5, 0.5) spread over the bins
    Regression,  // one scalar, MSE or L1 (as Camformer)
    Binary,      // one logit per class name, BCE with logits
    Multilabel,  // as Binary with several classes
};

enum class OptimizerKind { AdamW, Lion };

// Every setting of a run; the JSON form (docs/training-config.md) reproduces a run alone.
// Defaults are the optimized LegNet recipe (DESIGN.md §5).
struct TrainingConfig {
    Architecture architecture = Architecture::LegNetOptimized;
    LegNetShape shape;
    TrainingTask task = TrainingTask::SoftBins;
    std::string regressionLoss = "mse";    // "mse" or "l1"
    std::vector<std::string> classNames;   // Binary and Multilabel
    double positiveClassWeight = 1.0;      // BCE pos_weight, for rare positives

    OptimizerKind optimizer = OptimizerKind::Lion;
    double learningRate = 5e-4;  // the one-cycle peak
    double weightDecay = 0.1;
    double beta1 = 0.9;
    double beta2 = 0.99;
    double warmupFraction = 0.3;
    double divFactor = 25;         // start at peak / divFactor
    double finalDivFactor = 1e4;   // end at start / finalDivFactor
    double gradientClipNorm = 0;   // 0: no clipping

    int batchSize = 1024;
    int epochs = 80;
    int stepsPerEpoch = 1000;  // 0: one pass over the (augmented) training set
    std::uint64_t seed = 42;
    bool reverseAugmentation = true;  // every sequence also as its reverse complement, is_reverse = 1
    bool singletonChannel = true;     // is_singleton = 1 where the measured value is an integer
    bool mixedPrecision = true;       // bfloat16 autocast on CUDA devices that support it
    std::string device = "cpu";
    int threads = 0;  // 0: every hardware thread

    // Throws Error naming the offending key.
    static TrainingConfig fromJson(const std::string& json, const std::string& source = "config");
    std::string toJson() const;
    // The manifest the trained model will carry.
    Manifest manifest() const;
};

struct BatchReport {
    int epoch = 0;  // 1-based
    int step = 0;   // 1-based within the epoch
    int stepsPerEpoch = 0;
    double loss = 0;
    double learningRate = 0;
};

struct EpochReport {
    int epoch = 0;
    double trainLoss = 0;
    // The validation figures are NaN when not measured: without a validation set, or the
    // ones of the other kind of task.
    double validLoss = std::numeric_limits<double>::quiet_NaN();
    // Regression and bins: agreement of predicted with measured expression on the validation set.
    double pearson = std::numeric_limits<double>::quiet_NaN();
    double spearman = std::numeric_limits<double>::quiet_NaN();
    // Classification: mean over classes.
    double auroc = std::numeric_limits<double>::quiet_NaN();
    double f1 = std::numeric_limits<double>::quiet_NaN();
    double sequencesPerSecond = 0;
    double seconds = 0;
    double learningRate = 0;
};

struct TrainingCallbacks {
    std::function<void(const BatchReport&)> onBatch;
    std::function<void(const EpochReport&)> onEpoch;
};

struct TrainingRunOptions {
    std::string outputPath;  // the bundle written at the end; checkpoints go to outputPath + ".checkpoint"
    bool resume = false;     // continue from the checkpoint when there is one
    // A JSON object describing where the data came from (files, hashes, split, exclusions); the
    // bundle's provenance keeps it under "data" beside the configuration and final metrics.
    std::string dataProvenanceJson = "{}";
    // The manifest's name and description; empty keeps the architecture's name and no description.
    std::string modelName;
    std::string modelDescription;
    // Set for one process of a data-parallel group. Each step every rank trains on its slice of
    // a global batch of config.batchSize × worldSize examples, with BatchNorm statistics and
    // gradients taken over the group, so the group learns what one process with the global
    // batch would. Only rank 0 validates, calls onEpoch and writes checkpoints and the bundle;
    // every rank calls onBatch, and a cancel on any rank stops them all. On resume every rank
    // reads outputPath + ".checkpoint": the ranks must see the same file (one machine, or a
    // filesystem all machines share). The history of the other ranks has no validation figures.
    std::optional<DistributedOptions> distributed;
};

struct TrainingResult {
    std::vector<EpochReport> history;
    int resumedFromEpoch = 0;  // 0 when the run started fresh
};

// Trains on data.train, validates on data.valid after every epoch, writes an atomic checkpoint
// (model, optimizer, schedule position, random state, history) after every epoch and the bundle at
// the end. Safe on a worker thread; cancellation is honoured within one batch (throws Cancelled,
// leaving the last checkpoint). A non-finite loss stops the run with Error, keeping the last good
// checkpoint; a failed write (full disk) throws Error naming the file.
TrainingResult trainModel(const TrainingData& data, const TrainingConfig& config, const TrainingRunOptions& run,
                          const TrainingCallbacks& callbacks = {}, const CancellationToken& cancel = {});

}  // namespace promoterlab
