// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of SequenceEncoder: padding, one-hot order, IUPAC weights, strands and rejections.
#include "promoterlab/errors.h"
#include "promoterlab/sequence_encoder.h"
#include "test_tables.h"

#include <catch2/catch.hpp>

#include <numeric>

using namespace promoterlab;

namespace {

InputSpec legnetInput()
{
    return Manifest::legnetDefault(Architecture::LegNetOptimized).input;
}

// Value of channel c at position p in an encoded sequence of length L.
float at(const std::vector<float>& encoded, int channel, int position, int length)
{
    return encoded[static_cast<std::size_t>(channel) * length + position];
}

}  // namespace

TEST_CASE("Reverse complement handles IUPAC codes and keeps case")
{
    CHECK(reverseComplement("ACGT") == "ACGT");
    CHECK(reverseComplement("AAGN") == "NCTT");
    CHECK(reverseComplement("RYSWKMBDHV") == "BDHVKMWSRY");
    CHECK(reverseComplement("acgU") == "Ucgt");
}

TEST_CASE("Encoder writes LegNet's AGCT channel order, N as 0.25 and ambiguity codes uniformly")
{
    InputSpec spec;
    spec.length = 6;
    spec.padding = PaddingRule::None;
    SequenceEncoder encoder(spec);
    std::vector<float> encoded(encoder.valuesPerSequence());
    encoder.encode(encoder.prepare("AGCTNR"), false, encoded.data());
    // Channel order A, G, C, T: the diagonal for the first four positions.
    for (int position = 0; position < 4; ++position)
        for (int channel = 0; channel < 4; ++channel)
            CHECK(at(encoded, channel, position, 6) == (channel == position ? 1.0f : 0.0f));
    for (int channel = 0; channel < 4; ++channel)
        CHECK(at(encoded, channel, 4, 6) == 0.25f);
    // R = A or G: half each.
    CHECK(at(encoded, 0, 5, 6) == 0.5f);
    CHECK(at(encoded, 1, 5, 6) == 0.5f);
    CHECK(at(encoded, 2, 5, 6) == 0.0f);
    CHECK(at(encoded, 3, 5, 6) == 0.0f);
}

TEST_CASE("Encoder sets the reverse channel on the reverse strand and the singleton channel to its value")
{
    auto spec = legnetInput();
    spec.extraChannels[1].value = 1.0f;
    SequenceEncoder encoder(spec);
    const auto prepared = encoder.prepare(std::string(150, 'A'));
    std::vector<float> forward(encoder.valuesPerSequence()), reverse(encoder.valuesPerSequence());
    encoder.encode(prepared, false, forward.data());
    encoder.encode(prepared, true, reverse.data());
    for (int position = 0; position < 150; ++position) {
        CHECK(at(forward, 4, position, 150) == 0.0f);
        CHECK(at(reverse, 4, position, 150) == 1.0f);
        CHECK(at(forward, 5, position, 150) == 1.0f);
        CHECK(at(reverse, 3, position, 150) == 1.0f);  // poly-A reads as poly-T on the other strand
    }
}

TEST_CASE("Encoder pads and encodes reads exactly as the Python reference does")
{
    const auto sequences = test::readTsv("parity/sequences.tsv");
    std::map<std::string, std::string> byName;
    for (const auto& row : sequences)
        byName[row.at("name")] = row.at("sequence");
    const auto checks = test::readTsv("parity/encoding_check.tsv");
    REQUIRE(checks.size() >= 10);

    SequenceEncoder encoder(legnetInput());
    const char* alphabet = "AGCT";
    for (const auto& check : checks) {
        INFO(check.at("name"));
        const auto prepared = encoder.prepare(byName.at(check.at("name")));
        CHECK(prepared == check.at("padded_forward"));
        CHECK(reverseComplement(prepared) == check.at("padded_reverse"));
        for (bool reverse : {false, true}) {
            std::vector<float> encoded(encoder.valuesPerSequence());
            encoder.encode(prepared, reverse, encoded.data());
            const std::string strand = reverse ? "rev" : "fwd";
            for (int channel = 0; channel < 4; ++channel) {
                double sum = 0, weighted = 0;
                for (int position = 0; position < 150; ++position) {
                    sum += at(encoded, channel, position, 150);
                    weighted += (position + 1) * at(encoded, channel, position, 150);
                }
                CHECK(sum == Approx(std::stod(check.at(strand + "_sum_" + alphabet[channel]))));
                CHECK(weighted == Approx(std::stod(check.at(strand + "_wsum_" + alphabet[channel]))));
            }
        }
    }
}

TEST_CASE("Encoder gives an insert without adapter the whole flank and keeps the 3' end")
{
    SequenceEncoder encoder(legnetInput());
    const std::string insert(80, 'C');
    const auto prepared = encoder.prepare(insert);
    CHECK(prepared.size() == 150);
    CHECK(prepared.substr(70) == insert);
    CHECK(prepared.substr(0, 70) == legnetPlasmidFlank().substr(80));
}

TEST_CASE("Encoder rejects long sequences unless truncation is allowed, then keeps the 3' end")
{
    std::string longRead(149, 'A');
    longRead += "CG";
    SequenceEncoder strict(legnetInput());
    const auto reason = strict.rejectionReason(longRead);
    REQUIRE(reason);
    CHECK_THAT(*reason, Catch::Contains("151 nt") && Catch::Contains("150"));
    CHECK_THROWS_AS(strict.prepare(longRead), InputError);

    SequenceEncoder truncating(legnetInput(), true);
    CHECK_FALSE(truncating.rejectionReason(longRead));
    CHECK(truncating.prepare(longRead) == longRead.substr(1));
}

TEST_CASE("Encoder explains invalid characters: RNA, digits, spaces, other letters")
{
    SequenceEncoder encoder(legnetInput());
    CHECK_THAT(*encoder.rejectionReason("ACGU"), Catch::Contains("'U' at position 4") && Catch::Contains("RNA"));
    CHECK_THAT(*encoder.rejectionReason("AC1GT"), Catch::Contains("'1' at position 3") && Catch::Contains("digits"));
    CHECK_THAT(*encoder.rejectionReason("AC GT"), Catch::Contains("a space at position 3"));
    CHECK_THAT(*encoder.rejectionReason("ACXGT"), Catch::Contains("'X'") && Catch::Contains("IUPAC"));
    CHECK_THAT(*encoder.rejectionReason(""), Catch::Contains("empty"));
}

TEST_CASE("Encoder without padding needs the exact length")
{
    InputSpec spec;
    spec.length = 10;
    spec.padding = PaddingRule::None;
    SequenceEncoder encoder(spec);
    CHECK_THAT(*encoder.rejectionReason("ACGT"), Catch::Contains("exactly 10"));
    CHECK_FALSE(encoder.rejectionReason("ACGTACGTAC"));
}
