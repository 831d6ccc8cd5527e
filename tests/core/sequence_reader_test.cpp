// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of SequenceReader: FASTA, plain text and tables, compressed or not, good and bad records.
#include "promoterlab/errors.h"
#include "promoterlab/sequence_reader.h"
#include "temporary_directory.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using promoterlab::InputError;
using promoterlab::ReaderOptions;
using promoterlab::RejectedRecord;
using promoterlab::SequenceFormat;
using promoterlab::SequenceReader;
using promoterlab::SequenceRecord;

namespace {

const std::string kDataDir = std::string(PROMOTERLAB_TEST_DATA_DIR) + "/io/";

std::vector<SequenceRecord> readAll(SequenceReader& reader)
{
    std::vector<SequenceRecord> records;
    SequenceRecord record;
    while (reader.next(record))
        records.push_back(record);
    return records;
}

std::vector<SequenceRecord> readText(const std::string& text, std::vector<RejectedRecord>* rejected = nullptr,
                                     const ReaderOptions& options = {})
{
    auto reader = SequenceReader::fromText(text, "pasted", options);
    auto records = readAll(reader);
    if (rejected)
        *rejected = reader.rejected();
    return records;
}

std::string metadataValue(const SequenceRecord& record, const std::string& key)
{
    for (const auto& [name, value] : record.metadata)
        if (name == key)
            return value;
    return "<absent>";
}

template <typename Call>
InputError inputErrorOf(Call&& call)
{
    try {
        call();
    } catch (const InputError& error) {
        return error;
    }
    FAIL("no InputError thrown");
    return InputError("", 0, "");
}

// A DREAM-style 110-nt read around a random 80-nt insert.
std::string dreamRead(std::mt19937& random)
{
    static const char kBases[] = "ACGT";
    std::string read = "TGCATTTTTTTCACATC";
    for (int i = 0; i < 80; ++i)
        read.push_back(kBases[random() % 4]);
    return read + "GGTTACGGCTGTT";
}

}  // namespace

TEST_CASE("FASTA reader reads multi-line records, comments, CRLF, lower case and IUPAC codes")
{
    const auto records = readText(";exported by hand\r\n"
                                  ">p1 first promoter\r\n"
                                  "ACGTacgt\r\n"
                                  "NNRY\r\n"
                                  "\r\n"
                                  ">p2\n"
                                  "swkmbdhv\n"
                                  ";a comment inside a record\n"
                                  "  ACGT  \n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].name == "p1");
    CHECK(records[0].bases == "ACGTACGTNNRY");
    CHECK(metadataValue(records[0], "description") == "first promoter");
    CHECK(records[0].line == 2);
    CHECK_FALSE(records[0].measured);
    CHECK(records[1].name == "p2");
    CHECK(records[1].bases == "SWKMBDHVACGT");
    CHECK(records[1].metadata.empty());
    CHECK(records[1].line == 6);
}

TEST_CASE("FASTA reader keeps good records after a bad one")
{
    std::vector<RejectedRecord> rejected;
    const auto records = readText(">good1\nACGTACGTAC\n>bad\nACGTACGTAC\nGXTT\n>good2\nTTTT\n", &rejected);
    REQUIRE(records.size() == 2);
    CHECK(records[0].name == "good1");
    CHECK(records[1].name == "good2");
    CHECK(records[1].bases == "TTTT");
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].file == "pasted");
    CHECK(rejected[0].line == 5);
    CHECK(rejected[0].reason
          == "'bad': 'X' at position 12 is not a nucleotide (allowed: A, C, G, T and IUPAC codes)");
}

TEST_CASE("FASTA reader rejects a header without bases and reads the next records")
{
    std::vector<RejectedRecord> rejected;
    const auto records = readText(">empty\n\n>full\nACGT\n>empty_at_end\n", &rejected);
    REQUIRE(records.size() == 1);
    CHECK(records[0].name == "full");
    REQUIRE(rejected.size() == 2);
    CHECK(rejected[0].line == 1);
    CHECK(rejected[0].reason == "'empty': the header has no sequence under it");
    CHECK(rejected[1].line == 5);
}

TEST_CASE("FASTA file of only headers gives no records and a reason for each header")
{
    auto reader = SequenceReader::fromText(">a\n>b\n>c\n", "headers.fa");
    CHECK(readAll(reader).empty());
    CHECK(reader.acceptedCount() == 0);
    CHECK(reader.rejectedCount() == 3);
    REQUIRE(reader.rejected().size() == 3);
    CHECK(reader.rejected()[2].line == 3);
    CHECK(reader.rejected()[2].file == "headers.fa");
}

TEST_CASE("FASTA reader names unnamed records by their order and rejects bases before any header")
{
    std::vector<RejectedRecord> rejected;
    const auto records = readText(";comment\nACGT\n>\nCCCC\n> \nGGGG\n", &rejected);
    REQUIRE(records.size() == 2);
    CHECK(records[0].name == "seq1");
    CHECK(records[1].name == "seq2");
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].line == 2);
    CHECK(rejected[0].reason.find("before the first '>' header") != std::string::npos);
}

TEST_CASE("Reader explains RNA, digits, spaces, gaps and control bytes inside a sequence")
{
    std::vector<RejectedRecord> rejected;
    readText(">rna\nACGU\n>numbered\n1 acgt\n>spaced\nAC GT\n>gapped\nAC-GT\n>control\nAC\x01GT\n", &rejected);
    REQUIRE(rejected.size() == 5);
    CHECK(rejected[0].reason == "'rna': 'U' at position 4 is RNA (uracil): convert U to T");
    CHECK(rejected[1].reason.find("'1' at position 1 is a digit") != std::string::npos);
    CHECK(rejected[2].reason == "'spaced': a space at position 3 is inside the sequence: remove the spaces");
    CHECK(rejected[3].reason == "'gapped': '-' at position 3 is an alignment gap: remove the gaps");
    CHECK(rejected[4].reason.find("byte 0x01 at position 3") != std::string::npos);
}

TEST_CASE("Plain text reader names sequences seq1, seq2, ... in file order")
{
    std::vector<RejectedRecord> rejected;
    auto reader = SequenceReader::fromText("acgt\n\nACGX\r\nTTTT\n", "list.txt");
    const auto records = readAll(reader);
    CHECK(reader.format() == SequenceFormat::PlainText);
    REQUIRE(records.size() == 2);
    CHECK(records[0].name == "seq1");
    CHECK(records[0].bases == "ACGT");
    CHECK(records[0].line == 1);
    // The rejected line keeps its number, so the names stay tied to positions in the file.
    CHECK(records[1].name == "seq3");
    CHECK(records[1].line == 4);
    REQUIRE(reader.rejected().size() == 1);
    CHECK(reader.rejected()[0].line == 3);
}

TEST_CASE("Plain text reader skips the header of a one-column table")
{
    const auto records = readText("Sequence\nACGT\nGGCC\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].bases == "ACGT");
}

TEST_CASE("Table reader reads the header-less DREAM training format")
{
    SequenceReader reader(kDataDir + "dream_demo_head50.tsv");
    const auto records = readAll(reader);
    CHECK(reader.format() == SequenceFormat::Table);
    CHECK(reader.delimiter() == '\t');
    CHECK(reader.rejectedCount() == 0);
    REQUIRE(records.size() == 50);
    // Values as in the first, second and last lines of the file.
    CHECK(records[0].bases
          == "TGCATTTTTTTCACATCCTTCAACCAAAATATAATATTCAATATCTTGTAGGGACGATCAATATAAGTCGCCCGGACCATATAAGGCTAAGGTGTGG"
             "GGTTACGGCTGTT");
    CHECK(records[0].measured == 15.1823836007871);
    CHECK(records[0].name == "seq1");
    CHECK(records[0].metadata.empty());
    CHECK(records[1].measured == 12.0);
    CHECK(records[49].line == 50);
    CHECK(reader.bytesRead() == reader.fileSize());
    CHECK(reader.fileSize() == 6047);
}

TEST_CASE("Table reader reads gzip, multi-member gzip and bgzip files like the plain file")
{
    const auto plain = promoterlab::readAllSequences(kDataDir + "dream_demo_head50.tsv");
    for (const char* name : {"dream_demo_head50_two_members.tsv.gz", "dream_demo_head50.bgzf.tsv.gz"}) {
        INFO(name);
        const auto compressed = promoterlab::readAllSequences(kDataDir + name);
        REQUIRE(compressed.size() == plain.size());
        for (std::size_t i = 0; i < plain.size(); ++i) {
            CHECK(compressed[i].bases == plain[i].bases);
            CHECK(compressed[i].measured == plain[i].measured);
            CHECK(compressed[i].line == plain[i].line);
        }
    }
}

TEST_CASE("Reader keeps the records before the cut of a truncated gzip file and then reports it")
{
    const std::string path = kDataDir + "dream_demo_head50_truncated.tsv.gz";
    SequenceReader reader(path);
    SequenceRecord record;
    std::size_t count = 0;
    // 28 complete lines survive the cut (see line_source_test.cpp).
    const auto error = inputErrorOf([&] {
        while (reader.next(record))
            ++count;
    });
    CHECK(count == 28);
    CHECK(error.file() == path);
    CHECK(error.line() == 29);
    CHECK(error.reason().rfind("is truncated or corrupt (gzip): ", 0) == 0);
    CHECK_FALSE(reader.next(record));
    CHECK(reader.acceptedCount() == 28);
}

TEST_CASE("Table reader reads Vaishnav's CSV with pandas' unnamed index column as names")
{
    SequenceReader reader(kDataDir + "vaishnav_native_complex_head20.csv.gz");
    const auto records = readAll(reader);
    CHECK(reader.delimiter() == ',');
    REQUIRE(records.size() == 20);
    CHECK(records[0].name == "0");
    CHECK(records[0].bases.substr(0, 30) == "TGCATTTTTTTCACATCAAAAAAAAAAAGA");
    CHECK(records[0].measured == 13.1688162850333);
    CHECK(metadataValue(records[0], "Predicted Expression") == "14.333738433356755");
    CHECK(records[19].name == "19");
    CHECK(records[19].line == 21);
}

TEST_CASE("Table reader takes EL.combined as the measurement of Native80, or the column asked for")
{
    const std::string path = kDataDir + "deboer_native80_head20.tsv.gz";
    const auto records = promoterlab::readAllSequences(path);
    REQUIRE(records.size() == 20);
    CHECK(records[0].bases.substr(0, 20) == "AACTGCATTTTTTTCACATC");
    CHECK(records[0].bases.size() == 120);
    CHECK(records[0].measured == 5.3747928587784);
    CHECK(metadataValue(records[0], "isNative") == "FALSE");
    CHECK(metadataValue(records[0], "EL.rep1") == "6.01582188960043");
    CHECK(records[0].name == "seq1");

    ReaderOptions options;
    options.measuredColumn = "el.REP1";
    const auto rep1 = promoterlab::readAllSequences(path, options);
    REQUIRE(rep1.size() == 20);
    CHECK(rep1[0].measured == 6.01582188960043);
    CHECK(metadataValue(rep1[0], "EL.combined") == "5.3747928587784");
}

TEST_CASE("Table reader reads the header-less de Boer HQ test set with reads of varied length")
{
    const auto records = promoterlab::readAllSequences(kDataDir + "deboer_hq_glucose_head30.tsv.gz");
    REQUIRE(records.size() == 30);
    CHECK(records[0].bases.substr(0, 20) == "TGCATTTTTTTCACAAGAGC");
    CHECK(records[0].measured == 13.7085923363219);
    CHECK(records[1].measured == 2.55333528295743);
    // Lengths in the slice (awk '{print length($1)}'): 100 to 110 nt, 110 for most rows.
    std::size_t shortest = 1000;
    std::size_t longest = 0;
    for (const auto& record : records) {
        shortest = std::min(shortest, record.bases.size());
        longest = std::max(longest, record.bases.size());
    }
    CHECK(shortest == 100);
    CHECK(longest == 110);
}

TEST_CASE("Table reader refuses a column named in the options that the header lacks")
{
    ReaderOptions options;
    options.sequenceColumn = "insert";
    const auto error = inputErrorOf([&] {
        promoterlab::readAllSequences(kDataDir + "vaishnav_native_complex_head20.csv.gz", options);
    });
    CHECK(error.line() == 1);
    CHECK(error.reason().rfind("has no column named 'insert'", 0) == 0);
    CHECK(error.reason().find("'Measured Expression'") != std::string::npos);
}

TEST_CASE("Table reader finds the sequence column by content when its name is unknown")
{
    const auto records = readText("id;promoter;score\nfirst;acgtacgtacgt;1.5\nsecond;GGGGCCCCAAAA;-2\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].name == "first");
    CHECK(records[0].bases == "ACGTACGTACGT");
    // "score" is not a name the reader knows for measurements: it stays metadata.
    CHECK_FALSE(records[0].measured);
    CHECK(metadataValue(records[1], "score") == "-2");
}

TEST_CASE("Table reader tells a header made of A, C, G and T from data by numeric columns")
{
    const auto records = readText("CAT\tGATA\nACGTACGTAC\t1.5\nGGGGCCCCAA\t2\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].bases == "ACGTACGTAC");
    CHECK(metadataValue(records[0], "GATA") == "1.5");
}

TEST_CASE("Table reader prefers the longer of two sequence-like columns")
{
    const auto records = readText("CAT,ACGTACGTACGTACGT\nGAT,TTTTGGGGCCCCAAAA\nACT,ACGTTGCAACGTTGCA\n");
    REQUIRE(records.size() == 3);
    CHECK(records[0].bases == "ACGTACGTACGTACGT");
    CHECK(records[0].name == "CAT");
}

TEST_CASE("Table reader takes row names from R's write.table, whose header is one field short")
{
    const auto records = readText("sequence\texpression\nr1\tACGT\t1.5\nr2\tGGCC\t2\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].name == "r1");
    CHECK(records[0].bases == "ACGT");
    CHECK(records[0].measured == 1.5);
    CHECK(records[1].line == 3);
}

TEST_CASE("Table reader honours RFC 4180 quoting in names and metadata")
{
    const auto records = readText("name,sequence,note\n"
                                  "\"promoter, strong\",ACGT,\"he said \"\"go\"\"\"\n"
                                  "p2,GGCC,\"two\nlines\"\n"
                                  "p3,TTAA,plain\n");
    REQUIRE(records.size() == 3);
    CHECK(records[0].name == "promoter, strong");
    CHECK(metadataValue(records[0], "note") == "he said \"go\"");
    CHECK(metadataValue(records[1], "note") == "two\nlines");
    CHECK(records[2].name == "p3");
    CHECK(records[2].line == 5);
}

TEST_CASE("Table reader rejects bad rows with their reason and keeps the good ones")
{
    std::vector<RejectedRecord> rejected;
    const auto records = readText("name\tseq\texpression\tfold\n"
                                  "ok1\tACGT\t1.5\t3\n"
                                  "badvalue\tACGT\thigh\t1\n"
                                  "short\tACGT\n"
                                  "badbase\tACZT\t2\t1\n"
                                  "empty\t\t2\t1\n"
                                  "badfold\tACGT\t2\tx\n"
                                  "missing\tACGT\tNA\t\n"
                                  "extra\tACGT\t1\t1\tx\n"
                                  "broken\t\"ACGT\t1\t1\n",
                                  &rejected);
    REQUIRE(records.size() == 2);
    CHECK(records[0].name == "ok1");
    CHECK(records[0].measured == 1.5);
    CHECK(records[0].fold == 3);
    CHECK(records[1].name == "missing");
    CHECK_FALSE(records[1].measured);
    CHECK_FALSE(records[1].fold);
    REQUIRE(rejected.size() == 7);
    CHECK(rejected[0].line == 3);
    CHECK(rejected[0].reason == "'badvalue': the measured value 'high' in column 'expression' is not a number");
    CHECK(rejected[1].reason == "has 2 fields where the header has 4");
    CHECK(rejected[2].reason.find("'Z' at position 3 is not a nucleotide") != std::string::npos);
    CHECK(rejected[3].reason == "'empty': the sequence is empty");
    CHECK(rejected[4].reason == "'badfold': the fold 'x' in column 'fold' is not a whole number");
    CHECK(rejected[5].reason == "has 5 fields where the header has 4 (an unquoted tab inside a field?)");
    CHECK(rejected[6].line == 10);
    CHECK(rejected[6].reason.find("never closes") != std::string::npos);
}

TEST_CASE("Reader refuses empty, blank, binary and sequence-less input with the file named")
{
    promoterlab::test::TemporaryDirectory directory;
    const auto empty = directory.write("empty.fa", "");
    auto error = inputErrorOf([&] { SequenceReader reader(empty); });
    CHECK(error.file() == empty);
    CHECK(error.reason() == "is empty");
    CHECK(std::string(error.what()) == empty + ": is empty");

    error = inputErrorOf([&] { SequenceReader::fromText("\n  \r\n\n", "pasted"); });
    CHECK(error.reason().rfind("is empty", 0) == 0);

    error = inputErrorOf([&] { SequenceReader reader(directory.write("book.xlsx", std::string("PK\x03\x04\0\0", 6))); });
    CHECK(error.reason().find("ZIP") != std::string::npos);

    error = inputErrorOf([&] { SequenceReader reader(directory.write("junk.bin", std::string(100, '\0'))); });
    CHECK(error.reason().rfind("is not a text sequence file", 0) == 0);

    error = inputErrorOf([&] { SequenceReader::fromText("name,value\nfoo,1\nbar,2\n", "pasted"); });
    CHECK(error.line() == 1);
    CHECK(error.reason().rfind("no column holds DNA sequences", 0) == 0);
}

TEST_CASE("Reader keeps the first 1000 rejection reasons and counts the rest")
{
    std::string text;
    for (int i = 0; i < 1500; ++i)
        text += "ACGTX\n";
    text += "ACGT\n";
    auto reader = SequenceReader::fromText(text, "pasted");
    CHECK(readAll(reader).size() == 1);
    CHECK(reader.rejectedCount() == 1500);
    CHECK(reader.rejected().size() == SequenceReader::kMaxKeptRejections);
    CHECK(reader.rejected().back().line == 1000);
}

TEST_CASE("Reader reads a 1 MB single-line sequence as FASTA, plain text and table")
{
    const std::string bases(1'000'000, 'G');
    for (const std::string& text : {">long\n" + bases + "\n", bases + "\n", "sequence,value\n" + bases + ",1\n"}) {
        const auto records = readText(text);
        REQUIRE(records.size() == 1);
        CHECK(records[0].bases == bases);
    }
    std::vector<RejectedRecord> rejected;
    readText(">long\n" + bases + "x\n", &rejected);
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].reason == "'long': 'x' at position 1000001 is not a nucleotide (allowed: A, C, G, T and IUPAC codes)");
}

TEST_CASE("Reader streams 200,000 generated DREAM rows with the bad ones counted")
{
    promoterlab::test::TemporaryDirectory directory;
    const std::string path = directory.file("dream.tsv");
    constexpr int kRows = 200000;
    std::mt19937 random(2022);
    std::string text;
    double expectedSum = 0.0;
    for (int row = 1; row <= kRows; ++row) {
        std::string read = dreamRead(random);
        const int value = row % 18;
        // Every 10,000th row carries a bad base: 20 of them.
        if (row % 10000 == 0)
            read[40] = 'X';
        else
            expectedSum += value;
        text += read + "\t" + std::to_string(value) + "\n";
    }
    directory.write("dream.tsv", text);

    SequenceReader reader(path);
    SequenceRecord record;
    double sum = 0.0;
    std::size_t lastLine = 0;
    while (reader.next(record)) {
        REQUIRE(record.bases.size() == 110);
        sum += *record.measured;
        lastLine = record.line;
    }
    CHECK(reader.acceptedCount() == kRows - 20);
    CHECK(reader.rejectedCount() == 20);
    CHECK(reader.rejected()[0].line == 10000);
    CHECK(reader.rejected()[0].reason.find("at position 41") != std::string::npos);
    CHECK(sum == expectedSum);
    CHECK(lastLine == kRows - 1);
    CHECK(reader.bytesRead() == text.size());
}

TEST_CASE("Reader follows a forced format and delimiter")
{
    ReaderOptions options;
    options.format = SequenceFormat::Table;
    options.delimiter = '|';
    auto reader = SequenceReader::fromText("name|sequence\na|ACGT\n", "pasted", options);
    const auto records = readAll(reader);
    CHECK(reader.format() == SequenceFormat::Table);
    REQUIRE(records.size() == 1);
    CHECK(records[0].name == "a");
    CHECK(records[0].bases == "ACGT");
}
