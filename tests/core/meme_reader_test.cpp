// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the MEME motif reader: fixtures, the shipped JASPAR file, and every malformed input it must refuse.
#include "promoterlab/errors.h"
#include "promoterlab/meme_reader.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>

using namespace promoterlab;

namespace {

const std::string kDataDir = std::string(PROMOTERLAB_TEST_DATA_DIR) + "/motifs/";

const std::string kHeader = "MEME version 4\n\nALPHABET= ACGT\n\n";

// The InputError that reading text throws, for checks on its line and message.
InputError errorOf(const std::string& text)
{
    try {
        readMemeText(text, "pasted.meme");
    } catch (const InputError& error) {
        return error;
    }
    FAIL("no InputError for:\n" << text);
    throw;
}

}  // namespace

TEST_CASE("MEME reader reads ids, names, matrices, sites, E-values and the background")
{
    const MotifFile file = readMemeFile(kDataDir + "two_motifs.meme");
    REQUIRE(file.motifs.size() == 2);
    CHECK(file.background[0] == Approx(0.31));
    CHECK(file.background[1] == Approx(0.19));
    CHECK(file.background[2] == Approx(0.19));
    CHECK(file.background[3] == Approx(0.31));

    const Motif& tata = file.motifs[0];
    CHECK(tata.id == "MX0001.1");
    CHECK(tata.name == "TATA");
    CHECK(tata.sites == 50);
    CHECK(tata.eValue == Approx(1.5e-3));
    REQUIRE(tata.probabilities.size() == 4);
    CHECK(tata.probabilities[1][0] == Approx(0.9));
    CHECK(tata.probabilities[1][2] == Approx(0.1));
    CHECK(tata.probabilities[3][3] == Approx(0.1));
}

TEST_CASE("MEME reader skips log-odds matrices and URL lines and names a motif without alternate name by its id")
{
    const MotifFile file = readMemeFile(kDataDir + "two_motifs.meme");
    REQUIRE(file.motifs.size() == 2);
    const Motif& second = file.motifs[1];
    CHECK(second.id == "MX0002.1");
    CHECK(second.name == "MX0002.1");
    CHECK(second.sites == 0);
    REQUIRE(second.probabilities.size() == 3);
    // 0.333 × 3 = 0.999: rescaled so the row sums to exactly 1.
    CHECK(second.probabilities[1][0] == Approx(1.0 / 3));
    CHECK(second.probabilities[1][3] == 0);
    CHECK(second.probabilities[2][3] == Approx(0.4));
}

TEST_CASE("MEME reader assumes a uniform background when the file gives none")
{
    const MotifFile file = readMemeText(kHeader + "MOTIF M1\nletter-probability matrix: w= 1\n1 0 0 0\n", "m.meme");
    for (double b : file.background)
        CHECK(b == 0.25);
    REQUIRE(file.motifs.size() == 1);
    CHECK(file.motifs[0].probabilities[0][0] == 1);
}

TEST_CASE("MEME reader reads a matrix without w= up to the first line that is not a row")
{
    const MotifFile file = readMemeText(kHeader
                                            + "MOTIF M1 one\nletter-probability matrix:\n1 0 0 0\n0 1 0 0\n"
                                              "URL x\nMOTIF M2 two\nletter-probability matrix:\n0 0 0 1\n",
                                        "m.meme");
    REQUIRE(file.motifs.size() == 2);
    CHECK(file.motifs[0].probabilities.size() == 2);
    CHECK(file.motifs[1].probabilities.size() == 1);
    CHECK(file.motifs[1].name == "two");
}

TEST_CASE("MEME reader names the file and line of a row with the wrong column count")
{
    const std::string path = kDataDir + "bad_row.meme";
    try {
        readMemeFile(path);
        FAIL("no error");
    } catch (const InputError& error) {
        CHECK(error.file() == path);
        CHECK(error.line() == 8);
        CHECK_THAT(error.reason(), Catch::Contains("MX0003.1") && Catch::Contains("3 columns")
                                       && Catch::Contains("4 probabilities"));
    }
}

TEST_CASE("MEME reader refuses a file without the MEME version line")
{
    const InputError error = errorOf("ALPHABET= ACGT\nMOTIF M1\nletter-probability matrix: w= 1\n1 0 0 0\n");
    CHECK(error.file() == "pasted.meme");
    CHECK(error.line() == 1);
    CHECK_THAT(error.reason(), Catch::Contains("MEME version 4"));
}

TEST_CASE("MEME reader refuses a field that is not a probability")
{
    const InputError notNumber = errorOf(kHeader + "MOTIF M1\nletter-probability matrix: w= 2\n1 0 0 0\n0.5 x 0.5 0\n");
    CHECK(notNumber.line() == 8);
    CHECK_THAT(notNumber.reason(), Catch::Contains("'x'") && Catch::Contains("column 2"));

    const InputError negative = errorOf(kHeader + "MOTIF M1\nletter-probability matrix: w= 1\n1.5 -0.5 0 0\n");
    CHECK(negative.line() == 7);
    CHECK_THAT(negative.reason(), Catch::Contains("between 0 and 1"));
}

TEST_CASE("MEME reader refuses count rows that do not sum to 1")
{
    const InputError error = errorOf(kHeader + "MOTIF M1\nletter-probability matrix: w= 1\n0.5 0.2 0.1 0.1\n");
    CHECK(error.line() == 7);
    CHECK_THAT(error.reason(), Catch::Contains("sums to 0.9") && Catch::Contains("not counts"));
}

TEST_CASE("MEME reader refuses a matrix whose row count differs from w=")
{
    const InputError fewer = errorOf(kHeader + "MOTIF M1\nletter-probability matrix: w= 3\n1 0 0 0\n0 1 0 0\n\nMOTIF M2\n");
    CHECK(fewer.line() == 6);
    CHECK_THAT(fewer.reason(), Catch::Contains("2 matrix rows") && Catch::Contains("w= 3"));

    const InputError more = errorOf(kHeader + "MOTIF M1\nletter-probability matrix: w= 1\n1 0 0 0\n0 1 0 0\n");
    CHECK(more.line() == 8);
    CHECK_THAT(more.reason(), Catch::Contains("more matrix rows") && Catch::Contains("w= 1"));
}

TEST_CASE("MEME reader refuses alphabets other than DNA")
{
    const InputError alphabet = errorOf("MEME version 4\nALPHABET= ACDEFGHIKLMNPQRSTVWY\n");
    CHECK(alphabet.line() == 2);
    CHECK_THAT(alphabet.reason(), Catch::Contains("not DNA"));

    const InputError length = errorOf(kHeader + "MOTIF M1\nletter-probability matrix: alength= 20 w= 1\n");
    CHECK_THAT(length.reason(), Catch::Contains("alength= 20"));
}

TEST_CASE("MEME reader refuses files without motifs, motifs without matrices and matrices without motifs")
{
    CHECK_THAT(errorOf(kHeader).reason(), Catch::Contains("no motif found"));
    const InputError noMatrix = errorOf(kHeader + "MOTIF M1 first\nURL x\nMOTIF M2\nletter-probability matrix: w= 1\n1 0 0 0\n");
    CHECK(noMatrix.line() == 5);
    CHECK_THAT(noMatrix.reason(), Catch::Contains("M1") && Catch::Contains("no 'letter-probability matrix:'"));
    const InputError orphan = errorOf(kHeader + "letter-probability matrix: w= 1\n1 0 0 0\n");
    CHECK_THAT(orphan.reason(), Catch::Contains("before any 'MOTIF"));
    CHECK_THAT(errorOf(kHeader + "MOTIF\n").reason(), Catch::Contains("names no motif"));
}

TEST_CASE("MEME reader refuses background frequencies that are incomplete or do not sum to 1")
{
    CHECK_THAT(errorOf("MEME version 4\nBackground letter frequencies\nA 0.3 C 0.2 G 0.2\n").reason(),
               Catch::Contains("end before all"));
    CHECK_THAT(errorOf("MEME version 4\nBackground letter frequencies\nA 0.4 C 0.4 G 0.4 T 0.4\n").reason(),
               Catch::Contains("sum to 1"));
    CHECK_THAT(errorOf("MEME version 4\nBackground letter frequencies\nA 0.25 A 0.25 G 0.25 T 0.25\n").reason(),
               Catch::Contains("given once each"));
}

TEST_CASE("MEME reader throws only InputError on randomly damaged files")
{
    const std::string valid = kHeader
        + "Background letter frequencies\nA 0.3 C 0.2 G 0.2 T 0.3\n\n"
          "MOTIF M1 one\nletter-probability matrix: alength= 4 w= 2 nsites= 20 E= 0\n"
          " 0.1 0.2 0.3 0.4\n 0.25 0.25 0.25 0.25\nURL x\n";
    const std::string alphabet = "0123456789. \n=-:AMxe";
    // mt19937's output is fixed by the standard, so the damaged files are the same everywhere.
    std::mt19937 random(5);
    for (int trial = 0; trial < 2000; ++trial) {
        std::string damaged = valid;
        const int edits = 1 + static_cast<int>(random() % 4);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = random() % damaged.size();
            const char replacement = alphabet[random() % alphabet.size()];
            switch (random() % 3) {
            case 0: damaged[at] = replacement; break;
            case 1: damaged.erase(at, 1 + random() % 8); break;
            default: damaged.insert(at, 1, replacement); break;
            }
        }
        try {
            const MotifFile file = readMemeText(damaged, "damaged.meme");
            for (const Motif& motif : file.motifs) {
                REQUIRE_FALSE(motif.probabilities.empty());
                for (const auto& row : motif.probabilities)
                    REQUIRE(row[0] + row[1] + row[2] + row[3] == Approx(1.0));
            }
        } catch (const InputError&) {
        }
    }
}

TEST_CASE("The shipped JASPAR 2024 fungal file holds 178 motifs with the well-known yeast factors")
{
    const MotifFile file = readMemeFile(bundledMotifFilePath());
    REQUIRE(file.motifs.size() == 178);
    for (double b : file.background)
        CHECK(b == 0.25);
    const auto find = [&file](const std::string& name) -> const Motif* {
        for (const Motif& motif : file.motifs)
            if (motif.name == name)
                return &motif;
        return nullptr;
    };
    for (const char* name : {"REB1", "ABF1", "RAP1", "GCN4", "MCM1"})
        CHECK(find(name) != nullptr);
    // MA0363.3 as printed in the file: 9 positions from 691 sites, the second one mostly T.
    const Motif* reb1 = find("REB1");
    REQUIRE(reb1 != nullptr);
    CHECK(reb1->id == "MA0363.3");
    CHECK(reb1->sites == 691);
    REQUIRE(reb1->probabilities.size() == 9);
    CHECK(reb1->probabilities[1][3] == Approx(0.952243).epsilon(1e-5));
}
