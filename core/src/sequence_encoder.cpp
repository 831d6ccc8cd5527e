// SPDX-License-Identifier: GPL-3.0-or-later
// One-hot encoding with IUPAC ambiguity, LegNet's plasmid padding and constant channels.
#include "promoterlab/sequence_encoder.h"

#include "promoterlab/errors.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace promoterlab {

namespace {

// Bit mask over A=1, C=2, G=4, T=8 for each IUPAC code; 0 for anything else.
constexpr std::array<unsigned char, 256> makeIupacMasks()
{
    std::array<unsigned char, 256> masks{};
    const char codes[] = "ACGTRYSWKMBDHVN";
    const unsigned char values[] = {1, 2, 4, 8, 1 | 4, 2 | 8, 2 | 4, 1 | 8, 4 | 8, 1 | 2, 2 | 4 | 8, 1 | 4 | 8,
                                    1 | 2 | 8, 1 | 2 | 4, 1 | 2 | 4 | 8};
    for (int i = 0; i < 15; ++i) {
        masks[static_cast<unsigned char>(codes[i])] = values[i];
        masks[static_cast<unsigned char>(codes[i] - 'A' + 'a')] = values[i];
    }
    return masks;
}
constexpr std::array<unsigned char, 256> kIupacMasks = makeIupacMasks();

char complementOf(char base)
{
    static const std::string from = "ACGTRYSWKMBDHVNacgtryswkmbdhvn";
    static const std::string to = "TGCAYRSWMKVHDBNtgcayrswmkvhdbn";
    const auto position = from.find(base);
    return position == std::string::npos ? base : to[position];
}

std::string describeCharacter(char c)
{
    if (c == ' ' || c == '\t')
        return "a space";
    if (!std::isprint(static_cast<unsigned char>(c)))
        return "a control character";
    return std::string("'") + c + "'";
}

}  // namespace

std::string reverseComplement(std::string_view bases)
{
    std::string result(bases.rbegin(), bases.rend());
    std::transform(result.begin(), result.end(), result.begin(), complementOf);
    return result;
}

bool isIupacNucleotide(char base)
{
    return kIupacMasks[static_cast<unsigned char>(base)] != 0;
}

SequenceEncoder::SequenceEncoder(InputSpec spec, bool truncate)
    : m_spec(std::move(spec))
    , m_truncate(truncate)
{
    const char bases[] = "ACGT";
    for (int b = 0; b < 4; ++b) {
        const auto position = m_spec.alphabet.find(bases[b]);
        if (m_spec.alphabet.size() != 4 || position == std::string::npos)
            throw ModelError("alphabet '" + m_spec.alphabet + "' must be an ordering of A, C, G and T");
        m_channelOfBase[b] = static_cast<int>(position);
    }
}

std::optional<std::string> SequenceEncoder::rejectionReason(std::string_view bases) const
{
    if (bases.empty())
        return std::string("the sequence is empty");
    for (std::size_t i = 0; i < bases.size(); ++i) {
        const char c = bases[i];
        if (isIupacNucleotide(c))
            continue;
        std::string reason = describeCharacter(c) + " at position " + std::to_string(i + 1) + " is not a nucleotide";
        if (c == 'U' || c == 'u')
            reason += " (this looks like RNA: write T for U)";
        else if (std::isdigit(static_cast<unsigned char>(c)))
            reason += " (remove numbering and digits from the sequence)";
        else
            reason += " (allowed: A, C, G, T and IUPAC codes)";
        return reason;
    }
    const auto length = static_cast<std::size_t>(m_spec.length);
    if (bases.size() > length && !m_truncate)
        return "the sequence is " + std::to_string(bases.size()) + " nt long but the model reads " + std::to_string(length)
               + " nt (shorten it, or allow truncation to keep its 3' end)";
    if (bases.size() < length) {
        if (m_spec.padding == PaddingRule::None)
            return "the sequence is " + std::to_string(bases.size()) + " nt long but the model needs exactly "
                   + std::to_string(length) + " nt";
        if (bases.size() + m_spec.flank.size() - m_spec.flankOverlap < length)
            return "the sequence is " + std::to_string(bases.size()) + " nt long, too short to pad to "
                   + std::to_string(length) + " nt with the model's flank";
    }
    return std::nullopt;
}

std::string SequenceEncoder::prepare(std::string_view bases) const
{
    if (auto reason = rejectionReason(bases))
        throw InputError("", 0, *reason);

    std::string upper(bases);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); });
    const auto length = static_cast<std::size_t>(m_spec.length);
    if (upper.size() >= length)
        return upper.substr(upper.size() - length);

    // A read that already begins with the adapter (the flank's last bases) continues the flank
    // there; anything else is appended after the whole flank. Either way the 3' end is kept.
    const std::string_view flank = m_spec.flank;
    const auto overlap = static_cast<std::size_t>(m_spec.flankOverlap);
    const std::string_view adapter = flank.substr(flank.size() - overlap);
    const bool startsWithAdapter = overlap > 0 && upper.compare(0, overlap, adapter) == 0;
    std::string padded(startsWithAdapter ? flank.substr(0, flank.size() - overlap) : flank);
    padded += upper;
    return padded.substr(padded.size() - length);
}

void SequenceEncoder::encode(std::string_view prepared, bool reverseStrand, float* out) const
{
    const auto length = static_cast<std::size_t>(m_spec.length);
    std::fill(out, out + valuesPerSequence(), 0.0f);
    for (std::size_t position = 0; position < length; ++position) {
        const char base = reverseStrand ? complementOf(prepared[length - 1 - position]) : prepared[position];
        const unsigned mask = kIupacMasks[static_cast<unsigned char>(base)];
        if (mask == 0)
            continue;
        const int count = __builtin_popcount(mask);
        const float value = count == 4 ? m_spec.unknownValue : 1.0f / static_cast<float>(count);
        for (int b = 0; b < 4; ++b)
            if (mask & (1u << b))
                out[static_cast<std::size_t>(m_channelOfBase[b]) * length + position] = value;
    }
    for (std::size_t extra = 0; extra < m_spec.extraChannels.size(); ++extra) {
        const auto& channel = m_spec.extraChannels[extra];
        const float value = channel.name == "reverse" ? (reverseStrand ? 1.0f : 0.0f) : channel.value;
        std::fill_n(out + (4 + extra) * length, length, value);
    }
}

}  // namespace promoterlab
