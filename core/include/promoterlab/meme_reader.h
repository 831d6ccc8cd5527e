// SPDX-License-Identifier: GPL-3.0-or-later
// Reading DNA motifs (letter-probability matrices) from MEME v4 text files such as JASPAR's exports.
#pragma once

#include <array>
#include <string>
#include <vector>

namespace promoterlab {

// One motif of a MEME file. Rows are positions 5'→3', columns the bases in the order A, C, G, T.
struct Motif {
    std::string id;    // the identifier after MOTIF ("MA0363.3")
    std::string name;  // the alternate name ("REB1"); the identifier when the file gives none
    std::vector<std::array<double, 4>> probabilities;  // each row sums to 1
    double sites = 0;    // nsites= of the matrix header; 0 when not given
    double eValue = 0;   // E= of the matrix header; 0 when not given
};

struct MotifFile {
    std::vector<Motif> motifs;  // in file order
    // "Background letter frequencies" of the file (A, C, G, T), uniform when it has none.
    std::array<double, 4> background{0.25, 0.25, 0.25, 0.25};
};

// Reads a MEME v4 motif file (plain or gzip-compressed). Understood: the "MEME version" line
// (required, before the first motif), "ALPHABET= ACGT", "strands:", the background block,
// "MOTIF id [name]" and its "letter-probability matrix:" with alength=, w=, nsites=, E=.
// Log-odds matrices, URL lines and other lines are skipped. Rows whose sum is within 0.02 of 1
// are rescaled to sum to exactly 1 (files round to a few decimals). Throws InputError naming
// the file, the line and the fix for a missing version line, an alphabet other than DNA, a row
// with the wrong number of columns, a field that is not a probability, a row far from summing
// to 1, a matrix whose row count differs from w=, or a file without motifs.
MotifFile readMemeFile(const std::string& path);

// The same for text already in memory (a pasted motif); sourceName stands for the file name
// in messages.
MotifFile readMemeText(std::string text, const std::string& sourceName);

// The JASPAR 2024 CORE fungal motifs shipped with PromoterLab: the first
// motifs/JASPAR2024_CORE_fungi_non-redundant_pfms_meme.txt in bundledDataFolders().
// Throws InputError listing where it looked when no folder holds it.
std::string bundledMotifFilePath();

}  // namespace promoterlab
