// SPDX-License-Identifier: GPL-3.0-or-later
// Turns bases into a model's input as its manifest describes: padding, one-hot, extra channels.
#pragma once

#include "promoterlab/manifest.h"

#include <optional>
#include <string>
#include <string_view>

namespace promoterlab {

// IUPAC-aware reverse complement; case is kept, unknown characters map to themselves.
std::string reverseComplement(std::string_view bases);

// True for A, C, G, T and the IUPAC ambiguity codes, either case.
bool isIupacNucleotide(char base);

class SequenceEncoder {
public:
    // truncate: a sequence longer than the input keeps its 3' end instead of being rejected.
    explicit SequenceEncoder(InputSpec spec, bool truncate = false);

    const InputSpec& spec() const { return m_spec; }
    int length() const { return m_spec.length; }
    int channelCount() const { return m_spec.channelCount(); }
    std::size_t valuesPerSequence() const { return static_cast<std::size_t>(channelCount()) * length(); }

    // Why these bases cannot be fed to the model, or nothing when they can.
    std::optional<std::string> rejectionReason(std::string_view bases) const;

    // The uppercase sequence of exactly length() bases the model sees (flank added, 3' end kept).
    // Throws InputError (without file or line) when rejectionReason() has an answer.
    std::string prepare(std::string_view bases) const;

    // Writes channelCount() × length() floats, channel-major, for an already prepared sequence.
    // reverseStrand encodes the reverse complement and sets the "reverse" channel to 1.
    void encode(std::string_view prepared, bool reverseStrand, float* out) const;

private:
    InputSpec m_spec;
    bool m_truncate;
    int m_channelOfBase[4];  // channel of A, C, G, T in the manifest's alphabet
};

}  // namespace promoterlab
