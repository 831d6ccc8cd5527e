// SPDX-License-Identifier: GPL-3.0-or-later
// The LegNet drift slice of variant pairs as the tests read it, and variant effects built by hand.
#pragma once

#include "promoterlab/variant_effects.h"
#include "test_tables.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace promoterlab::test {

// Relative to the test data folder, as fixturePath() and readTsv() take it.
inline constexpr char kDriftSlice[] = "variants/complex_medium_drift_head40.tsv";

// The drift slice read the way its swapped columns mean it (see tests/data/variants/README.md):
// the shared starting sequence is the reference, the descendant in `seq` the alternative.
inline VariantColumns driftColumns()
{
    VariantColumns columns;
    columns.reference = "original_seq";
    columns.alternative = "seq";
    columns.measuredReference = "evol_measured";
    columns.measuredAlternative = "original_measured";
    return columns;
}

// Predicted deltas of the slice's effects (in file order) beside the slice's measured ones, for
// all variants (0) and by n_mut. The file's delta_measured is evol − original, measured(original_seq)
// − measured(seq): reference minus alternative, hence its sign turned.
inline std::map<int, std::pair<std::vector<double>, std::vector<double>>> driftDeltasBySubstitutions(
    const std::vector<VariantEffect>& effects)
{
    std::map<int, std::pair<std::vector<double>, std::vector<double>>> groups;
    const auto rows = readTsv(kDriftSlice);
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (const int group : {0, std::stoi(rows[i].at("n_mut"))}) {
            groups[group].first.push_back(effects.at(i).predictedDelta());
            groups[group].second.push_back(-std::stod(rows[i].at("delta_measured")));
        }
    return groups;
}

// An effect with the given predicted and measured deltas, the predictions around an arbitrary level.
inline VariantEffect effectWithDeltas(int substitutions, double predictedDelta, std::optional<double> measuredDelta)
{
    VariantEffect effect;
    effect.variant.substitutions = substitutions;
    effect.variant.measuredDelta = measuredDelta;
    effect.predictedReference = 10;
    effect.predictedAlternative = 10 + predictedDelta;
    return effect;
}

}  // namespace promoterlab::test
