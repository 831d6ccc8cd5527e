// SPDX-License-Identifier: GPL-3.0-or-later
// Streams a sequence file through an ensemble in chunks, for predict and evaluate.
#pragma once

#include "command_line.h"

#include "promoterlab/ensemble.h"
#include "promoterlab/sequence_reader.h"

#include <functional>
#include <string>
#include <vector>

namespace promoterlab::cli {

class PredictionStream {
public:
    using RowHandler = std::function<void(const SequenceRecord&, const EnsemblePrediction&)>;

    PredictionStream(const EnsemblePredictor& ensemble, const std::string& inputPath, const ReaderOptions& columns);

    // Predicts every readable record and hands it to the handler in file order; returns the
    // number predicted. Progress goes to stderr.
    std::size_t run(const RowHandler& handler);

    // Lists skipped records (the reader's and the models') on stderr.
    void reportRejections() const;
    const std::string& sourceName() const { return m_reader.sourceName(); }

private:
    const EnsemblePredictor& m_ensemble;
    SequenceReader m_reader;
    std::vector<RejectedRecord> m_rejections;  // the models' rejections, as many as the reader keeps
    std::size_t m_modelRejections = 0;
};

// Declares --model (repeatable), --no-rc-average, --truncate, --precision and the compute options.
void addEnsembleOptions(CommandLine& commandLine);
// Loads every --model and builds the ensemble the options describe.
EnsemblePredictor makeEnsemble(const CommandLine& commandLine);

}  // namespace promoterlab::cli
