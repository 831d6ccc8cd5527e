// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of CsvWriter and FastaWriter: quoting, formula guarding, numbers, wrapping, write failures.
#include "promoterlab/errors.h"
#include "promoterlab/sequence_reader.h"
#include "promoterlab/sequence_writer.h"
#include "temporary_directory.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>

using promoterlab::CsvWriter;
using promoterlab::FastaWriter;

TEST_CASE("CSV writer quotes fields holding the delimiter, quotes, CR or LF and doubles quotes")
{
    std::ostringstream out;
    CsvWriter csv(out);
    csv.writeRow({"plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", ""});
    csv.close();
    CHECK(out.str() == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\n");
}

TEST_CASE("CSV writer guards text against spreadsheet formulas but leaves numbers alone")
{
    std::ostringstream out;
    CsvWriter csv(out);
    csv.field("=HYPERLINK(\"x\")").field("+1+2").field("-cmd").field("@SUM(A1)").field("-1.5").field("+3e-2");
    csv.field(-1.5).field(-2).endRow();
    csv.close();
    CHECK(out.str() == "\"'=HYPERLINK(\"\"x\"\")\",'+1+2,'-cmd,'@SUM(A1),-1.5,+3e-2,-1.5,-2\n");
}

TEST_CASE("TSV writer quotes tabs, and a tab-led field once guarded")
{
    std::ostringstream out;
    CsvWriter tsv(out, '\t');
    tsv.field("a,b").field("\tlead").field("x\ty").endRow();
    tsv.close();
    CHECK(out.str() == "a,b\t\"'\tlead\"\t\"x\ty\"\n");
}

TEST_CASE("CSV writer writes numbers in the shortest form that reads back exactly")
{
    std::ostringstream out;
    CsvWriter csv(out);
    csv.field(0.1f).field(0.1).field(1.0f / 3.0f).field(12.0).field(std::optional<double>()).field(std::optional<double>(2.5));
    csv.field(std::size_t(7)).field(std::numeric_limits<double>::quiet_NaN()).endRow();
    csv.close();
    CHECK(out.str() == "0.1,0.1,0.33333334,12,,2.5,7,NaN\n");
}

TEST_CASE("CSV written by CsvWriter reads back into the same records")
{
    promoterlab::test::TemporaryDirectory directory;
    const std::string path = directory.file("export.csv");
    {
        CsvWriter csv(path);
        csv.writeRow({"name", "sequence", "measured", "note"});
        csv.field("p,1").field("ACGTACGTAC").field(1.25).field("=risky \"note\"").endRow();
        csv.field("p2").field("GGGGCCCCAA").field(-0.5f).field("multi\nline").endRow();
        csv.close();
    }
    std::vector<promoterlab::RejectedRecord> rejected;
    const auto records = promoterlab::readAllSequences(path, {}, &rejected);
    CHECK(rejected.empty());
    REQUIRE(records.size() == 2);
    CHECK(records[0].name == "p,1");
    CHECK(records[0].measured == 1.25);
    CHECK(records[0].metadata == decltype(records[0].metadata){{"note", "'=risky \"note\""}});
    CHECK(records[1].measured == -0.5);
    CHECK(records[1].metadata == decltype(records[1].metadata){{"note", "multi\nline"}});
}

TEST_CASE("CSV writer reports a full disk naming the file")
{
    if (!std::filesystem::exists("/dev/full"))
        return;  // Linux only: writes to /dev/full fail with ENOSPC.
    CsvWriter csv(std::string("/dev/full"));
    try {
        // More than any stream buffer, so that a write reaches the device before close().
        for (int row = 0; row < 100000; ++row)
            csv.field("ACGTACGTACGTACGTACGTACGTACGTACGTACGTACGT").field(row).endRow();
        csv.close();
        FAIL("no error when writing to a full disk");
    } catch (const promoterlab::Error& error) {
        CHECK(std::string(error.what()).rfind("/dev/full: could not be written", 0) == 0);
    }
}

TEST_CASE("CSV writer reports a file it cannot create")
{
    promoterlab::test::TemporaryDirectory directory;
    const std::string path = directory.file("no/such/folder/out.csv");
    try {
        CsvWriter csv(path);
        FAIL("no error for an impossible path");
    } catch (const promoterlab::Error& error) {
        CHECK(std::string(error.what()).rfind(path + ": cannot be created", 0) == 0);
    }
}

TEST_CASE("FASTA writer wraps bases at 80 columns and writes name and description")
{
    std::ostringstream out;
    FastaWriter fasta(out);
    const std::string bases(170, 'A');
    fasta.write("p1", bases, "strong promoter");
    fasta.write("with space", "ACGT");
    fasta.write("exact", std::string(80, 'C'), "line\nbreak");
    fasta.close();
    CHECK(out.str()
          == ">p1 strong promoter\n" + std::string(80, 'A') + "\n" + std::string(80, 'A') + "\n"
                 + std::string(10, 'A') + "\n>with_space\nACGT\n>exact line break\n" + std::string(80, 'C') + "\n");
}

TEST_CASE("FASTA written by FastaWriter reads back into the same records")
{
    promoterlab::test::TemporaryDirectory directory;
    const std::string path = directory.file("designs.fa");
    promoterlab::SequenceRecord first;
    first.name = "design1";
    first.bases = std::string(100, 'G') + std::string(100, 'T');
    first.metadata = {{"description", "target 12.5"}};
    {
        FastaWriter fasta(path);
        fasta.write(first);
        fasta.write("design2", "ACGT");
        fasta.close();
    }
    const auto records = promoterlab::readAllSequences(path);
    REQUIRE(records.size() == 2);
    CHECK(records[0].name == "design1");
    CHECK(records[0].bases == first.bases);
    CHECK(records[0].metadata == first.metadata);
    CHECK(records[1].bases == "ACGT");
    CHECK(promoterlab::test::readFileBytes(path).size() == 21 + 81 + 81 + 41 + 9 + 5);
}

TEST_CASE("FASTA writer reports a full disk naming the file")
{
    if (!std::filesystem::exists("/dev/full"))
        return;
    FastaWriter fasta(std::string("/dev/full"));
    CHECK_THROWS_AS(
        [&] {
            for (int i = 0; i < 10000; ++i)
                fasta.write("x", std::string(200, 'A'));
            fasta.close();
        }(),
        promoterlab::Error);
}
