// SPDX-License-Identifier: GPL-3.0-or-later
// IUPAC motif search over both strands by nucleotide-set containment.
#include "promoterlab/motif_search.h"

#include "promoterlab/errors.h"
#include "promoterlab/sequence_encoder.h"

#include <cctype>

namespace promoterlab {

namespace {

// The nucleotides a code stands for as bits A=1, C=2, G=4, T=8; 0 when it is no IUPAC code.
unsigned nucleotideSet(char code)
{
    switch (std::toupper(static_cast<unsigned char>(code))) {
    case 'A': return 1;
    case 'C': return 2;
    case 'G': return 4;
    case 'T': return 8;
    case 'R': return 1 | 4;
    case 'Y': return 2 | 8;
    case 'S': return 2 | 4;
    case 'W': return 1 | 8;
    case 'K': return 4 | 8;
    case 'M': return 1 | 2;
    case 'B': return 2 | 4 | 8;
    case 'D': return 1 | 4 | 8;
    case 'H': return 1 | 2 | 8;
    case 'V': return 1 | 2 | 4;
    case 'N': return 1 | 2 | 4 | 8;
    default: return 0;
    }
}

std::vector<unsigned> patternSets(const std::string& pattern)
{
    if (pattern.empty())
        throw InputError("", 0, "the motif is empty (type bases such as GAATTC; IUPAC codes are allowed)");
    std::vector<unsigned> sets;
    sets.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const unsigned set = nucleotideSet(pattern[i]);
        if (set == 0) {
            const auto c = static_cast<unsigned char>(pattern[i]);
            std::string shown = "a control character";
            if (c == ' ')
                shown = "a space";
            else if (std::isgraph(c))
                shown = std::string("'") + pattern[i] + "'";
            throw InputError("", 0,
                             "motif '" + pattern + "': " + shown + " at position " + std::to_string(i + 1)
                                 + " is not an IUPAC nucleotide code (allowed: A C G T R Y S W K M B D H V N)");
        }
        sets.push_back(set);
    }
    return sets;
}

bool matchesAt(const std::vector<unsigned>& sequenceSets, std::size_t position, const std::vector<unsigned>& pattern)
{
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const unsigned base = sequenceSets[position + i];
        if (base == 0 || (base & ~pattern[i]) != 0)
            return false;
    }
    return true;
}

}  // namespace

std::vector<MotifMatch> findMotif(const std::string& sequence, const std::string& iupacPattern)
{
    const std::vector<unsigned> forward = patternSets(iupacPattern);
    const std::vector<unsigned> reverse = patternSets(reverseComplement(iupacPattern));
    // Compared as sets so that "gaattc" counts as palindromic like "GAATTC".
    const bool palindromic = forward == reverse;

    std::vector<MotifMatch> matches;
    if (sequence.size() < forward.size())
        return matches;
    std::vector<unsigned> sequenceSets(sequence.size());
    for (std::size_t i = 0; i < sequence.size(); ++i)
        sequenceSets[i] = nucleotideSet(sequence[i]);
    const std::size_t length = forward.size();
    for (std::size_t position = 0; position + length <= sequence.size(); ++position) {
        if (matchesAt(sequenceSets, position, forward))
            matches.push_back({position, length, false});
        if (!palindromic && matchesAt(sequenceSets, position, reverse))
            matches.push_back({position, length, true});
    }
    return matches;
}

}  // namespace promoterlab
