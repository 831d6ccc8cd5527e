// SPDX-License-Identifier: GPL-3.0-or-later
// Batched prediction of many sequences with one model, safe to run on a worker thread.
#pragma once

#include "promoterlab/compute_threads.h"
#include "promoterlab/job.h"
#include "promoterlab/model.h"
#include "promoterlab/sequence_encoder.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace promoterlab {

enum class Precision { Float32, BFloat16 };

struct PredictorOptions {
    int batchSize = 128;
    int threads = 0;  // 0: automatic, the hardware threads shared among running jobs (compute_threads.h)
    // Overrides the manifest's reverse_complement_averaging when set.
    std::optional<bool> reverseComplementAveraging;
    bool truncate = false;  // keep the 3' end of sequences longer than the model's input
    Precision precision = Precision::Float32;
};

struct Prediction {
    // Bins: probabilities per bin (averaged over strands); Scalar: the value; Binary and
    // Multilabel: the probability of each class.
    std::vector<float> outputs;
    double expression = 0;  // Bins: Σ value·p; Scalar: the value; classes: first class probability
    bool hasStrands = false;
    double expressionForward = 0;
    double expressionReverse = 0;
};

// One base changed at a 0-based position of the model's input (Predictor::encoder().prepare()).
struct Substitution {
    int position = 0;
    char base = 'A';
};

class Predictor {
public:
    Predictor(std::shared_ptr<const Model> model, PredictorOptions options = {});
    ~Predictor();

    const Model& model() const { return *m_model; }
    const PredictorOptions& options() const { return m_options; }
    const SequenceEncoder& encoder() const { return m_encoder; }
    bool averagesStrands() const;

    // Every sequence must be accepted by encoder().rejectionReason(); a rejected one throws
    // InputError naming its index. Progress counts sequences; cancellation is checked between
    // batches and throws Cancelled.
    std::vector<Prediction> predict(const std::vector<std::string>& sequences, const ProgressCallback& progress = {},
                                    const CancellationToken& cancel = {}) const;

    // The predictions of one sequence with each substitution applied (alone) to its prepared
    // input: the same as predict() on those mutants, but faster for networks that reuse the
    // unchanged sequence's work around each substitution (the optimized LegNet). Throws
    // InputError for a sequence the encoder rejects or a position outside the input.
    std::vector<Prediction> predictSubstitutions(const std::string& sequence,
                                                 const std::vector<Substitution>& substitutions,
                                                 const ProgressCallback& progress = {},
                                                 const CancellationToken& cancel = {}) const;

private:
    std::shared_ptr<const Model> m_model;
    PredictorOptions m_options;
    SequenceEncoder m_encoder;
};

}  // namespace promoterlab
