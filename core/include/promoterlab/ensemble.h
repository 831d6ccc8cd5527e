// SPDX-License-Identifier: GPL-3.0-or-later
// Several models predicting together: their outputs averaged, their disagreement reported.
#pragma once

#include "promoterlab/predictor.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace promoterlab {

struct EnsemblePrediction {
    Prediction mean;                        // outputs and expressions averaged over the models
    double spread = 0;                      // standard deviation of the models' expressions (0 for one model)
    std::vector<double> memberExpressions;  // one per model, in the order given
};

class EnsemblePredictor {
public:
    // Throws Error when the models' outputs cannot be averaged (different kinds or sizes).
    EnsemblePredictor(const std::vector<std::shared_ptr<const Model>>& models, const PredictorOptions& options);

    std::size_t size() const { return m_members.size(); }
    const Predictor& member(std::size_t index) const { return m_members[index]; }

    // Why any member cannot read these bases, or nothing when all can.
    std::optional<std::string> rejectionReason(const std::string& bases) const;

    std::vector<EnsemblePrediction> predict(const std::vector<std::string>& sequences,
                                            const CancellationToken& cancel = {}) const;

private:
    std::vector<Predictor> m_members;
};

}  // namespace promoterlab
