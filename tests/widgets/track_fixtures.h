// SPDX-License-Identifier: GPL-3.0-or-later
// What the tests of the tracks under the editor share: hand-built mutagenesis maps and motif
// hits, and a track laid out on a position viewport as it sits under the editor.
#pragma once

#include "position_viewport.h"
#include "promoterlab/motif_scanner.h"
#include "promoterlab/mutagenesis.h"

#include <string>
#include <vector>

namespace promoterlab::test {

constexpr int kLeftMargin = 40;
constexpr int kRightMargin = 70;

// A map from its deltas given column by column, each column's four in A, C, G, T order.
inline MutagenesisMap mapOf(const std::string& bases, const std::vector<std::vector<double>>& columns,
                            int sequenceOffset, double referenceExpression = 0)
{
    MutagenesisMap map;
    map.name = "hand-built";
    map.bases = bases;
    map.sequenceOffset = sequenceOffset;
    map.reference.expression = referenceExpression;
    map.deltas.assign(4 * bases.size(), 0.0);
    for (std::size_t column = 0; column < columns.size(); ++column)
        for (std::size_t row = 0; row < 4; ++row)
            map.deltas[row * bases.size() + column] = columns[column][row];
    return map;
}

inline MotifHit hitOf(const std::string& id, const std::string& name, std::size_t start, std::size_t length,
                      bool reverseStrand = false, double score = 10, double pValue = 1e-5)
{
    MotifHit hit;
    hit.motifId = id;
    hit.motifName = name;
    hit.start = start;
    hit.length = length;
    hit.reverseStrand = reverseStrand;
    hit.score = score;
    hit.pValue = pValue;
    return hit;
}

// Lays a track out as it would sit under the editor: the viewport's margins, a strip of
// stripWidth pixels, the view over [first, last) at pixelsPerBase from its start.
template <typename Track>
void follow(Track& track, widgets::PositionViewport& viewport, int first, int last, double pixelsPerBase,
            int stripWidth, int height)
{
    viewport.setMargins(kLeftMargin, kRightMargin);
    viewport.setStripWidth(stripWidth);
    viewport.setRange(first, last);
    viewport.setPixelsPerBase(pixelsPerBase);
    viewport.scrollTo(first);
    track.resize(kLeftMargin + stripWidth + kRightMargin, height);
    track.setViewport(&viewport);
}

}  // namespace promoterlab::test
