// SPDX-License-Identifier: GPL-3.0-or-later
// In silico mutagenesis maps: every single-base substitution predicted, or estimated from gradients.
#include "promoterlab/mutagenesis.h"

#include "model_impl.h"
#include "output_reduction.h"
#include "promoterlab/errors.h"
#include "promoterlab/sequence_writer.h"

#include <numeric>

namespace promoterlab {

namespace {

// The columns of a sequence's map: its own bases within the model's input, or the whole input.
MutagenesisMap emptyMap(const SequenceEncoder& encoder, const std::string& name, const std::string& sequence,
                        const MutagenesisOptions& options)
{
    if (auto reason = encoder.rejectionReason(sequence))
        throw InputError("", 0, "sequence '" + name + "': " + *reason);
    const std::string prepared = encoder.prepare(sequence);
    const int length = static_cast<int>(prepared.size());
    const int sequenceLength = static_cast<int>(sequence.size());
    const int inInput = std::min(sequenceLength, length);
    MutagenesisMap map;
    map.name = name;
    map.inputOffset = options.includeFlanks ? 0 : length - inInput;
    map.sequenceOffset = map.inputOffset + sequenceLength - length;
    map.bases = prepared.substr(static_cast<std::size_t>(map.inputOffset));
    map.deltas.assign(4 * map.bases.size(), 0.0);
    return map;
}

// Every substitution of the map's columns, column by column, in kMapBases order.
std::vector<Substitution> substitutionsOf(const MutagenesisMap& map)
{
    std::vector<Substitution> substitutions;
    for (int column = 0; column < map.columns(); ++column)
        for (int row = 0; row < 4; ++row)
            if (kMapBases[row] != map.bases[static_cast<std::size_t>(column)])
                substitutions.push_back({map.inputOffset + column, kMapBases[row]});
    return substitutions;
}

std::size_t cellOf(const MutagenesisMap& map, const Substitution& substitution)
{
    return static_cast<std::size_t>(mapRow(substitution.base)) * map.bases.size()
        + static_cast<std::size_t>(substitution.position - map.inputOffset);
}

MutagenesisMap computeMap(const Predictor& predictor, const std::string& name, const std::string& sequence,
                          const MutagenesisOptions& options, const ProgressCallback& progress,
                          const CancellationToken& cancel)
{
    auto map = emptyMap(predictor.encoder(), name, sequence, options);
    const auto substitutions = substitutionsOf(map);
    map.reference = predictor.predict({sequence}, {}, cancel).front();
    auto mutants = predictor.predictSubstitutions(sequence, substitutions, progress, cancel);
    if (options.keepOutputs)
        map.outputs.resize(map.deltas.size());
    for (std::size_t i = 0; i < substitutions.size(); ++i) {
        const auto cell = cellOf(map, substitutions[i]);
        map.deltas[cell] = mutants[i].expression - map.reference.expression;
        if (options.keepOutputs)
            map.outputs[cell] = std::move(mutants[i].outputs);
    }
    return map;
}

}  // namespace

int mapRow(char base)
{
    switch (base) {
    case 'A': return 0;
    case 'C': return 1;
    case 'G': return 2;
    case 'T': return 3;
    default: return -1;
    }
}

MutagenesisMap computeMutagenesisMap(const Predictor& predictor, const std::string& name, const std::string& sequence,
                                     const MutagenesisOptions& options, const ProgressCallback& progress,
                                     const CancellationToken& cancel)
{
    return computeMap(predictor, name, sequence, options, progress, cancel);
}

void computeMutagenesisMaps(const Predictor& predictor, const std::vector<SequenceRecord>& sequences,
                            const MutagenesisOptions& options,
                            const std::function<void(std::size_t index, MutagenesisMap&& map)>& deliver,
                            const ProgressCallback& progress, const CancellationToken& cancel)
{
    // Every sequence is checked before the first is computed, so a bad record stops the job
    // at once rather than after hours.
    std::vector<std::size_t> substitutionCounts;
    for (const auto& record : sequences) {
        try {
            substitutionCounts.push_back(substitutionsOf(emptyMap(predictor.encoder(), record.name, record.bases, options)).size());
        } catch (const InputError& error) {
            throw InputError("", record.line, error.reason());
        }
    }
    const std::size_t total = std::accumulate(substitutionCounts.begin(), substitutionCounts.end(), std::size_t{0});
    std::size_t doneBefore = 0;
    for (std::size_t i = 0; i < sequences.size(); ++i) {
        const auto reportOverall = [&](std::size_t done, std::size_t) {
            if (progress)
                progress(doneBefore + done, total);
        };
        deliver(i, computeMap(predictor, sequences[i].name, sequences[i].bases, options, reportOverall, cancel));
        doneBefore += substitutionCounts[i];
    }
}

MutagenesisMap estimateMutagenesisMap(const Predictor& predictor, const std::string& name, const std::string& sequence,
                                      const MutagenesisOptions& options)
{
    auto map = emptyMap(predictor.encoder(), name, sequence, options);
    map.estimated = true;
    map.reference = predictor.predict({sequence}).front();

    const auto& encoder = predictor.encoder();
    const auto& model = predictor.model();
    const auto& impl = model.impl();
    const std::string prepared = encoder.prepare(sequence);
    const bool bothStrands = predictor.averagesStrands();
    const std::int64_t strands = bothStrands ? 2 : 1;
    const std::int64_t length = encoder.length();
    auto input = torch::empty({strands, encoder.channelCount(), length});
    encoder.encode(prepared, false, input.data_ptr<float>());
    if (bothStrands)
        encoder.encode(prepared, true, input.data_ptr<float>() + encoder.valuesPerSequence());

    torch::Tensor gradient;
    try {
        torch::AutoGradMode gradients(true);
        auto deviceInput = input.to(impl.device).requires_grad_(true);
        const auto expression = toExpression(toProbabilities(impl.forward(deviceInput), model.manifest().output),
                                             model.manifest().output);
        expression.mean().backward();
        gradient = deviceInput.grad().to(torch::kCPU, torch::kFloat64);
    } catch (const c10::Error& error) {
        throw ModelError(model.sourcePath() + ": the model cannot be differentiated for a gradient estimate ("
                         + error.what_without_backtrace() + "); compute the full map instead");
    }

    // ∂E/∂(base b at position p) gathers the forward copy's channel of b at p and the reverse
    // copy's channel of b's complement at length − 1 − p.
    const auto& alphabet = model.manifest().input.alphabet;
    const auto accessor = gradient.accessor<double, 3>();
    const auto channelOf = [&](char base) { return static_cast<std::int64_t>(alphabet.find(base)); };
    const auto complement = [](char base) { return kMapBases[3 - mapRow(base)]; };
    const auto inputAccessor = input.accessor<float, 3>();
    for (int column = 0; column < map.columns(); ++column) {
        const std::int64_t position = map.inputOffset + column;
        double byBase[4];
        double atReference = 0;
        for (int row = 0; row < 4; ++row) {
            const char base = kMapBases[row];
            byBase[row] = accessor[0][channelOf(base)][position];
            if (bothStrands)
                byBase[row] += accessor[1][channelOf(complement(base))][length - 1 - position];
            // The input's own weight on the base: 1 for the base present, 0.25 each for N.
            atReference += inputAccessor[0][channelOf(base)][position] * byBase[row];
        }
        for (int row = 0; row < 4; ++row)
            if (kMapBases[row] != map.bases[static_cast<std::size_t>(column)])
                map.deltas[static_cast<std::size_t>(row) * map.bases.size() + column] = byBase[row] - atReference;
    }
    return map;
}

void writeMutagenesisHeader(CsvWriter& writer)
{
    writer.writeRow({"sequence", "position", "ref", "alt", "delta", "prediction"});
}

void writeMutagenesisRows(CsvWriter& writer, const MutagenesisMap& map)
{
    for (int column = 0; column < map.columns(); ++column) {
        const char reference = map.bases[static_cast<std::size_t>(column)];
        for (int row = 0; row < 4; ++row) {
            if (kMapBases[row] == reference)
                continue;
            writer.field(map.name).field(map.sequenceOffset + column + 1).field(std::string_view(&reference, 1));
            writer.field(std::string_view(&kMapBases[row], 1)).field(map.delta(row, column)).field(map.expression(row, column));
            writer.endRow();
        }
    }
}

std::vector<double> referenceImportance(const MutagenesisMap& map)
{
    std::vector<double> importance(map.bases.size(), 0.0);
    for (int column = 0; column < map.columns(); ++column) {
        const int referenceRow = mapRow(map.bases[static_cast<std::size_t>(column)]);
        double sum = 0;
        int substitutions = 0;
        for (int row = 0; row < 4; ++row) {
            if (row == referenceRow)
                continue;
            sum += map.delta(row, column);
            ++substitutions;
        }
        importance[static_cast<std::size_t>(column)] = -sum / substitutions;
    }
    return importance;
}

}  // namespace promoterlab
