// SPDX-License-Identifier: GPL-3.0-or-later
// Variant effects: reading substitution variants, predicting their deltas, scoring them against measurements.
#pragma once

#include "promoterlab/job.h"
#include "promoterlab/predictor.h"
#include "promoterlab/sequence.h"
#include "promoterlab/sequence_reader.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace promoterlab {

// One variant: two sequences of the same length that differ by substitutions only (the
// models take fixed-length inputs, so indels are out of scope).
struct Variant {
    std::string name;
    std::string reference;    // upper-case bases
    std::string alternative;  // upper-case bases, same length as reference
    std::optional<double> measuredReference;
    std::optional<double> measuredAlternative;
    // Given by the file, or measuredAlternative − measuredReference when both are known.
    std::optional<double> measuredDelta;
    int substitutions = 0;  // positions where reference and alternative differ
    std::string file;       // where the variant was read, for messages
    std::size_t line = 0;
};

// Which columns of a variant table to read. An empty name means "find it by its header"
// (case-insensitively, first match wins):
// - pairs: reference from reference, ref, ref_seq, ref_sequence, reference_sequence;
//   alternative from alternative, alt, alt_seq, alt_sequence, alternative_sequence, variant;
// - rows: sequence name from sequence, sequence_name, seq, name, id; position from position,
//   pos; the reference and alternative bases from ref, reference and alt, alternative.
// The name column (pairs only) from name, id, variant_id; measured columns are read only
// when named, because published tables name them inconsistently.
struct VariantColumns {
    std::string name;
    std::string reference;
    std::string alternative;
    std::string sequenceName;  // rows only
    std::string position;      // rows only
    std::string measuredDelta;
    std::string measuredReference;
    std::string measuredAlternative;
    char delimiter = 0;  // 0: tab, comma or semicolon, whichever the header uses
};

// The variants of a table and the rows left out, with file, line and reason.
struct VariantTable {
    std::vector<Variant> variants;
    std::vector<RejectedRecord> rejected;  // the first SequenceReader::kMaxKeptRejections
    std::size_t rejectedCount = 0;
};

// Reads a CSV/TSV (optionally gzip-compressed) with a header, one (reference, alternative)
// sequence pair a row. A row whose sequences differ in length, are identical, hold a
// character that is not a nucleotide, or whose measured value is not a number is rejected
// and reading goes on. Throws InputError naming the file when it cannot be read or a
// column is missing.
VariantTable readVariantPairs(const std::string& path, const VariantColumns& columns = {});

// Reads rows of (sequence name, 1-based position, reference bases, alternative bases) and
// applies each to the named sequence, giving one variant a row, named "seq:12G>A". A row
// is rejected when the sequence is unknown, the position out of range, the reference does
// not match the sequence there, the alternative is not a nucleotide or has another length,
// or it changes nothing. Throws as readVariantPairs does.
VariantTable readVariantRows(const std::string& path, const std::vector<SequenceRecord>& sequences,
                             const VariantColumns& columns = {});

struct VariantEffect {
    Variant variant;
    double predictedReference = 0;
    double predictedAlternative = 0;
    double predictedDelta() const { return predictedAlternative - predictedReference; }
};

// The predicted effects of the variants the model accepts, in the order given; the others
// are listed as rejected with the model's reason.
struct VariantEffects {
    std::vector<VariantEffect> effects;
    std::vector<RejectedRecord> rejected;
};

// Predicts every distinct sequence once, in the predictor's batches. Progress counts
// distinct sequences; cancellation throws Cancelled.
VariantEffects predictVariantEffects(const Predictor& predictor, const std::vector<Variant>& variants,
                                     const ProgressCallback& progress = {}, const CancellationToken& cancel = {});

// Agreement of predicted and measured deltas over a group of variants.
struct DeltaAgreement {
    int substitutions = 0;  // 0: all variants with a measured delta
    std::size_t count = 0;
    double pearson = 0;   // NaN when undefined (fewer than two variants, a constant series)
    double spearman = 0;
};

// The agreement over all effects with a measured delta first, then one group per number of
// substitutions, in increasing order. Empty when no effect has a measured delta.
std::vector<DeltaAgreement> deltaAgreement(const std::vector<VariantEffect>& effects);

}  // namespace promoterlab
