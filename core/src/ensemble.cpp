// SPDX-License-Identifier: GPL-3.0-or-later
// Averaging the predictions of several models and measuring their spread.
#include "promoterlab/ensemble.h"

#include "promoterlab/errors.h"

#include <cmath>

namespace promoterlab {

EnsemblePredictor::EnsemblePredictor(const std::vector<std::shared_ptr<const Model>>& models,
                                     const PredictorOptions& options)
{
    if (models.empty())
        throw Error("an ensemble needs at least one model");
    const auto& first = models.front()->manifest().output;
    for (const auto& model : models) {
        const auto& output = model->manifest().output;
        if (output.kind != first.kind || output.size() != first.size())
            throw Error(model->sourcePath() + ": its output (" + outputKindName(output.kind) + ", "
                        + std::to_string(output.size()) + " values) cannot be averaged with "
                        + models.front()->sourcePath() + "'s (" + outputKindName(first.kind) + ", "
                        + std::to_string(first.size()) + " values)");
        m_members.emplace_back(model, options);
    }
}

std::optional<std::string> EnsemblePredictor::rejectionReason(const std::string& bases) const
{
    for (const auto& member : m_members)
        if (auto reason = member.encoder().rejectionReason(bases))
            return reason;
    return std::nullopt;
}

std::vector<EnsemblePrediction> EnsemblePredictor::predict(const std::vector<std::string>& sequences,
                                                           const CancellationToken& cancel) const
{
    std::vector<EnsemblePrediction> results(sequences.size());
    const double members = static_cast<double>(m_members.size());
    for (const auto& member : m_members) {
        const auto predictions = member.predict(sequences, {}, cancel);
        for (std::size_t i = 0; i < sequences.size(); ++i) {
            auto& mean = results[i].mean;
            const auto& prediction = predictions[i];
            if (mean.outputs.empty())
                mean.outputs.assign(prediction.outputs.size(), 0.0f);
            for (std::size_t k = 0; k < prediction.outputs.size(); ++k)
                mean.outputs[k] += static_cast<float>(prediction.outputs[k] / members);
            mean.expression += prediction.expression / members;
            mean.expressionForward += prediction.expressionForward / members;
            mean.expressionReverse += prediction.expressionReverse / members;
            mean.hasStrands = prediction.hasStrands;
            results[i].memberExpressions.push_back(prediction.expression);
        }
    }
    for (auto& result : results) {
        double squares = 0;
        for (double expression : result.memberExpressions)
            squares += (expression - result.mean.expression) * (expression - result.mean.expression);
        result.spread = std::sqrt(squares / members);
    }
    return results;
}

}  // namespace promoterlab
