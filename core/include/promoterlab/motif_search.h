// SPDX-License-Identifier: GPL-3.0-or-later
// Finding IUPAC motifs (restriction sites, TATA boxes) on both strands of a sequence.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace promoterlab {

struct MotifMatch {
    std::size_t position = 0;  // 0-based start on the forward strand
    std::size_t length = 0;
    // The reverse complement of the pattern matches the forward bases here, i.e. the motif
    // reads 5'→3' on the reverse strand over [position, position + length).
    bool reverseStrand = false;

    bool operator==(const MotifMatch& other) const
    {
        return position == other.position && length == other.length && reverseStrand == other.reverseStrand;
    }
};

// Every occurrence of iupacPattern in sequence, overlapping ones included, on both strands,
// ordered by position with the forward strand first. A pattern code matches a sequence base
// when every nucleotide the base may stand for is allowed by the code: N in the pattern
// matches anything, an N in the sequence is matched only by N. Both are read in either case;
// a sequence character that is not a nucleotide matches nothing. A pattern that is its own
// reverse complement (GAATTC) is reported once per position, on the forward strand.
// Throws InputError for an empty pattern or a character that is not an IUPAC code.
std::vector<MotifMatch> findMotif(const std::string& sequence, const std::string& iupacPattern);

}  // namespace promoterlab
