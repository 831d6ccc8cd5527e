// SPDX-License-Identifier: GPL-3.0-or-later
// In silico mutagenesis: the predicted effect of every single-base substitution of a sequence.
#pragma once

#include "promoterlab/job.h"
#include "promoterlab/predictor.h"
#include "promoterlab/sequence.h"

#include <functional>
#include <string>
#include <vector>

namespace promoterlab {

class CsvWriter;

// The bases of a map's rows, in this order.
inline constexpr char kMapBases[4] = {'A', 'C', 'G', 'T'};

struct MutagenesisOptions {
    // Substitute in the model's constant plasmid flank too, not only in the sequence.
    bool includeFlanks = false;
    // Keep every mutant's full output (the bin probabilities), not only its expression.
    bool keepOutputs = false;
};

// What every single-base substitution of one sequence does to the prediction. Column c is
// position inputOffset + c of the model's input and position sequenceOffset + c of the
// sequence as given (negative: in the left flank, as the sequence editor counts).
struct MutagenesisMap {
    std::string name;
    std::string bases;  // the reference base of each column, upper case
    int inputOffset = 0;
    int sequenceOffset = 0;
    Prediction reference;
    // 4 × columns, row r for base kMapBases[r]: expression(mutant) − reference.expression;
    // 0 in the cell of the reference base.
    std::vector<double> deltas;
    // With keepOutputs, the mutant's outputs per cell in the same order (empty for reference cells).
    std::vector<std::vector<float>> outputs;
    // True for a gradient × input estimate: first-order approximations, not predictions.
    bool estimated = false;

    int columns() const { return static_cast<int>(bases.size()); }
    double delta(int row, int column) const { return deltas[static_cast<std::size_t>(row) * bases.size() + column]; }
    double expression(int row, int column) const { return reference.expression + delta(row, column); }
};

// The row of a base in a map (A 0, C 1, G 2, T 3), or −1 for any other character.
int mapRow(char base);

// The map of one sequence, which predictor.encoder() must accept (InputError otherwise).
// Exactly the predictions of the mutated sequences, but faster for the optimized LegNet,
// whose first block is recomputed only around each substitution. Progress counts mutants;
// cancellation is checked between batches and throws Cancelled.
MutagenesisMap computeMutagenesisMap(const Predictor& predictor, const std::string& name, const std::string& sequence,
                                     const MutagenesisOptions& options = {}, const ProgressCallback& progress = {},
                                     const CancellationToken& cancel = {});

// The maps of many sequences, handed to `deliver` one by one in order so that a file of
// thousands needs memory for one map only. Progress counts mutants over all sequences.
void computeMutagenesisMaps(const Predictor& predictor, const std::vector<SequenceRecord>& sequences,
                            const MutagenesisOptions& options,
                            const std::function<void(std::size_t index, MutagenesisMap&& map)>& deliver,
                            const ProgressCallback& progress = {}, const CancellationToken& cancel = {});

// A fast preview from one forward and backward pass: each cell is the first-order estimate
// ∂E/∂x[alt] − ∂E/∂x[ref] of the expression E (strand-averaged as the predictor does), marked
// `estimated`. It needs a model that can be differentiated (native LegNet, most TorchScript).
MutagenesisMap estimateMutagenesisMap(const Predictor& predictor, const std::string& name, const std::string& sequence,
                                      const MutagenesisOptions& options = {});

// Per-column importance of the reference base for a sequence logo: minus the mean delta of the
// column's substitutions (positive where changing the base lowers expression).
std::vector<double> referenceImportance(const MutagenesisMap& map);

// The long table of maps, one row per substitution: sequence (the map's name), position (1-based
// in the sequence as given; 0 and below in the left flank), ref, alt, delta and prediction (the
// mutant's expression; for an estimated map, the reference's plus the estimated delta).
void writeMutagenesisHeader(CsvWriter& writer);
void writeMutagenesisRows(CsvWriter& writer, const MutagenesisMap& map);

}  // namespace promoterlab
