// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of training sets: packing, MurmurHash3 folds, deduplication, exclusion and rejections on real DREAM reads.
#include "promoterlab/errors.h"
#include "promoterlab/training_set.h"
#include "temporary_directory.h"
#include "test_tables.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <limits>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using promoterlab::Cancelled;
using promoterlab::CancellationToken;
using promoterlab::Error;
using promoterlab::InputError;
using promoterlab::PackedSequences;
using promoterlab::TrainingData;
using promoterlab::TrainingSetOptions;
using promoterlab::loadTrainingData;
using promoterlab::test::TemporaryDirectory;

namespace {

const std::string kSlicePath = promoterlab::test::fixturePath("training/dream_demo_head1000.tsv");

struct Row {
    std::string seq;
    std::string valueText;
    double value = 0;
};

// The slice as written, split here without the reader: the first 1,000 rows of the DREAM demo file.
const std::vector<Row>& sliceRows()
{
    static const std::vector<Row> rows = [] {
        std::vector<Row> result;
        std::ifstream in(kSlicePath);
        std::string line;
        while (std::getline(in, line)) {
            const auto tab = line.find('\t');
            result.push_back({line.substr(0, tab), line.substr(tab + 1), std::stod(line.substr(tab + 1))});
        }
        return result;
    }();
    return rows;
}

std::string dreamLine(const std::string& seq, const std::string& value)
{
    return seq + "\t" + value + "\n";
}

// Every row of a set, as (bases, value) in order.
std::vector<std::pair<std::string, float>> contents(const PackedSequences& set)
{
    std::vector<std::pair<std::string, float>> result;
    for (std::size_t i = 0; i < set.size(); ++i)
        result.emplace_back(set.bases(i), set.value(i));
    return result;
}

// Every slice read is adapter + insert + adapter (17 + n + 13): the insert cut by position,
// a second way to what insertOf finds by searching.
std::string sliceInsert(const std::string& read)
{
    return read.substr(17, read.size() - 30);
}

template <typename Exception, typename Call>
std::string messageOf(Call&& call)
{
    try {
        call();
    } catch (const Exception& error) {
        return error.what();
    }
    FAIL("the expected exception was not thrown");
    return {};
}

}  // namespace

TEST_CASE("MurmurHash3 x86_32 gives the reference implementation's known outputs")
{
    using promoterlab::murmurHash3;
    // Published test vectors of MurmurHash3_x86_32.
    CHECK(murmurHash3("", 0) == 0u);
    CHECK(murmurHash3("", 1) == 0x514E28B7u);
    CHECK(murmurHash3("", 0xFFFFFFFFu) == 0x81F16F39u);
    CHECK(murmurHash3("hello", 0) == 0x248BFA47u);
    CHECK(murmurHash3("Hello, world!", 0x9747B28Cu) == 0x24884CBAu);
    CHECK(murmurHash3("The quick brown fox jumps over the lazy dog", 0) == 0x2E4FF723u);
    CHECK(murmurHash3("The quick brown fox jumps over the lazy dog", 0x9747B28Cu) == 0x2FA826CDu);
    // Every tail length, from Debian's Digest::MurmurHash3::PurePerl (an independent implementation).
    CHECK(murmurHash3("a", 0) == 0x3C2569B2u);
    CHECK(murmurHash3("ab", 0) == 0x9BBFD75Fu);
    CHECK(murmurHash3("abc", 0) == 0xB3DD93FAu);
    CHECK(murmurHash3("abcd", 0) == 0x43ED676Au);
    CHECK(murmurHash3("ACGTA", 42) == 0x0ED03B6Bu);
    CHECK(murmurHash3("TGCATTTTTTTCACATC", 42) == 0xF6FBAF06u);
}

TEST_CASE("Sequence folds of real DREAM reads match an independent MurmurHash3 for two seeds")
{
    const auto fixture = promoterlab::test::readTsv("training/dream_demo_head1000_folds.tsv");
    REQUIRE(fixture.size() == 1000);
    for (const auto& row : fixture) {
        const std::string& seq = row.at("seq");
        CHECK(promoterlab::murmurHash3(seq, 42) == std::stoul(row.at("hash42")));
        CHECK(promoterlab::sequenceFold(seq) == std::stoi(row.at("fold42")));
        CHECK(promoterlab::sequenceFold(seq, 7) == std::stoi(row.at("fold7")));
    }
}

TEST_CASE("Loading with a validation fold puts exactly the rows of that hash fold in validation, in file order")
{
    const auto fixture = promoterlab::test::readTsv("training/dream_demo_head1000_folds.tsv");
    const auto& rows = sliceRows();
    REQUIRE(rows.size() == fixture.size());

    for (const auto& [seed, validFold] : std::vector<std::pair<std::uint32_t, int>>{{42, 3}, {7, 5}}) {
        const std::string foldColumn = "fold" + std::to_string(seed);
        std::vector<std::pair<std::string, float>> expectedTrain;
        std::vector<std::pair<std::string, float>> expectedValid;
        std::vector<int> expectedTrainFolds;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            REQUIRE(fixture[i].at("seq") == rows[i].seq);
            const int fold = std::stoi(fixture[i].at(foldColumn));
            auto& target = fold == validFold ? expectedValid : expectedTrain;
            target.emplace_back(rows[i].seq, static_cast<float>(rows[i].value));
            if (fold != validFold)
                expectedTrainFolds.push_back(fold);
        }

        TrainingSetOptions options;
        options.validFold = validFold;
        options.hashSeed = seed;
        const TrainingData data = loadTrainingData(kSlicePath, options);
        CHECK(data.rejectedCount == 0);
        CHECK(data.duplicatesRemoved == 0);
        CHECK(data.excludedCount == 0);
        CHECK(contents(data.valid) == expectedValid);
        CHECK(contents(data.train) == expectedTrain);
        for (std::size_t i = 0; i < data.valid.size(); ++i)
            CHECK(data.valid.fold(i) == validFold);
        std::vector<int> trainFolds;
        for (std::size_t i = 0; i < data.train.size(); ++i)
            trainFolds.push_back(data.train.fold(i).value_or(-1));
        CHECK(trainFolds == expectedTrainFolds);
    }

    const TrainingData all = loadTrainingData(kSlicePath, TrainingSetOptions{});
    CHECK(all.train.size() == rows.size());
    CHECK(all.valid.empty());
}

TEST_CASE("Packed sequences round-trip every IUPAC code, lower case, odd lengths and empty rows")
{
    PackedSequences set;
    const std::vector<std::string> inputs = {"",  "A",  "AC", "ACGTRYSWKMBDHVN", "acgtryswkmbdhvn",
                                             "N", "TTT", "GATTACA"};
    for (const auto& bases : inputs)
        set.append(bases, 1.0);
    std::mt19937 random(7);
    const std::string alphabet = "ACGTRYSWKMBDHVN";
    std::vector<std::string> randomRows;
    for (int i = 0; i < 500; ++i) {
        std::string bases(random() % 300, 'A');
        for (char& base : bases)
            base = alphabet[random() % alphabet.size()];
        randomRows.push_back(bases);
        set.append(bases, i);
    }
    REQUIRE(set.size() == inputs.size() + randomRows.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        std::string upper = inputs[i];
        for (char& c : upper)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        CHECK(set.bases(i) == upper);
        CHECK(set.lengthOf(i) == upper.size());
    }
    for (std::size_t i = 0; i < randomRows.size(); ++i) {
        CHECK(set.bases(inputs.size() + i) == randomRows[i]);
        CHECK(set.lengthOf(inputs.size() + i) == randomRows[i].size());
    }

    // Codes are masks of the bases an IUPAC letter stands for (A 1, C 2, G 4, T 8).
    const unsigned A = 1, C = 2, G = 4, T = 8;
    const std::vector<unsigned> meanings = {A,     C,     G,     T,         A | G,     C | T,     C | G,        A | T,
                                            G | T, A | C, C | G | T, A | G | T, A | C | T, A | C | G, A | C | G | T};
    const auto row = set.packed(3);
    REQUIRE(row.length == meanings.size());
    for (std::size_t position = 0; position < meanings.size(); ++position)
        CHECK(row.code(position) == meanings[position]);

    const std::string message = messageOf<Error>([&] { set.append("ACGUA", 2.0); });
    CHECK(message == "'U' at position 4 is not a nucleotide (allowed: A, C, G, T and IUPAC codes)");
    CHECK(set.size() == inputs.size() + randomRows.size());
    set.append("CCC", 3.0);
    CHECK(set.bases(set.size() - 1) == "CCC");
    CHECK(set.bases(set.size() - 2) == randomRows.back());
}

TEST_CASE("Packed sequences keep values as floats, singletons from the doubles and optional folds")
{
    PackedSequences set;
    set.append("ACGT", 12.5);
    set.append("ACGT", 12.0, 3);  // the first fold, after a row without one
    set.append("ACGT", 5.00000001);  // rounds to 5.0f, but was not a whole bin
    set.append("ACGT", 0.0, 0);
    CHECK(set.value(0) == 12.5f);
    CHECK(set.value(2) == 5.0f);
    CHECK_FALSE(set.isSingleton(0));
    CHECK(set.isSingleton(1));
    CHECK_FALSE(set.isSingleton(2));
    CHECK(set.isSingleton(3));
    CHECK_FALSE(set.fold(0));
    CHECK(set.fold(1) == 3);
    CHECK_FALSE(set.fold(2));
    CHECK(set.fold(3) == 0);
    CHECK_THROWS_AS(set.append("ACGT", 1.0, PackedSequences::kReservedFold), Error);
    CHECK(set.size() == 4);
}

TEST_CASE("Packed sequences give back room reserved beyond a quarter more than they hold")
{
    PackedSequences set;
    set.reserve(10'000, 1'100'000);
    for (int i = 0; i < 100; ++i)
        set.append(sliceRows()[i].seq, i, i % 10);
    CHECK(set.memoryBytes() > 500'000);
    set.trimExcessCapacity();
    CHECK(set.memoryBytes() < 100 * 72);
    CHECK(set.bases(99) == sliceRows()[99].seq);
    CHECK(set.fold(99) == 9);
}

TEST_CASE("Packed sequences hold 7 million 110-nt rows with folds in well under 1 GB")
{
    constexpr std::size_t kRows = 200'000;
    const auto& rows = sliceRows();
    PackedSequences set;
    set.reserve(kRows, kRows * 110);
    for (std::size_t i = 0; i < kRows; ++i) {
        const auto& row = rows[i % rows.size()];
        set.append(row.seq, row.value, static_cast<int>(i % 10));
    }
    const double bytesPerRow = static_cast<double>(set.memoryBytes()) / kRows;
    // 55 bytes of bases (the slice's reads average under 110 nt), an 8-byte offset, a float,
    // a fold and a bit.
    CHECK(bytesPerRow < 72.0);
    CHECK(bytesPerRow * 7'000'000 < 520e6);
    CHECK(set.bases(kRows - 1) == rows[(kRows - 1) % rows.size()].seq);
}

TEST_CASE("isSingleton is true for integer values only, as Python's float.is_integer")
{
    using promoterlab::isSingleton;
    CHECK(isSingleton(0.0));
    CHECK(isSingleton(-0.0));
    CHECK(isSingleton(12.0));
    CHECK(isSingleton(-3.0));
    CHECK(isSingleton(1e20));
    CHECK_FALSE(isSingleton(12.5));
    CHECK_FALSE(isSingleton(4.000000001));
    CHECK_FALSE(isSingleton(std::numeric_limits<double>::quiet_NaN()));
    CHECK_FALSE(isSingleton(std::numeric_limits<double>::infinity()));
    CHECK_FALSE(isSingleton(-std::numeric_limits<double>::infinity()));
    // The slice's integer-valued rows are those written without a fraction.
    for (const auto& row : sliceRows())
        CHECK(isSingleton(row.value) == (row.valueText.find('.') == std::string::npos));
}

TEST_CASE("insertOf finds the insert of DREAM, Native80, N-padded and bare reads")
{
    using promoterlab::insertOf;
    const std::string insert80 =
        "CTTCAACCAAAATATAATATTCAATATCTTGTAGGGACGATCAATATAAGTCGCCCGGACCATATAAGGCTAAGGTGTGG";
    REQUIRE(insert80.size() == 80);
    const std::string left = "TGCATTTTTTTCACATC";
    const std::string right = "GGTTACGGCTGTT";
    CHECK(insertOf(left + insert80 + right) == insert80);
    CHECK(insertOf("AAC" + left + insert80 + right + "TCTTAAT") == insert80);
    CHECK(insertOf(insert80) == insert80);
    CHECK(insertOf(left + insert80) == insert80);
    CHECK(insertOf(left + insert80 + "ACGTACGT") == insert80);  // no right adapter: the 80 nt after the left one
    const std::string short77 = insert80.substr(0, 77);
    CHECK(insertOf("NNN" + left + short77 + right) == short77);
    CHECK(insertOf("NNNN" + insert80 + "NN") == insert80);
    // The right adapter inside an insert does not end it early: the last one counts.
    const std::string withAdapter = insert80.substr(0, 30) + right + insert80.substr(43);
    CHECK(insertOf(left + withAdapter + right) == withAdapter);
    CHECK(insertOf("NNNN").empty());
    CHECK(insertOf("").empty());
}

TEST_CASE("Deduplication keeps the first row of each sequence and counts the others")
{
    TemporaryDirectory directory;
    const auto& rows = sliceRows();
    std::string text;
    std::set<std::string> seen;
    std::vector<std::pair<std::string, float>> expected;
    std::size_t expectedDuplicates = 0;
    const auto add = [&](const std::string& seq, const std::string& value) {
        text += dreamLine(seq, value);
        std::string upper = seq;
        for (char& c : upper)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (seen.insert(upper).second)
            expected.emplace_back(upper, static_cast<float>(std::stod(value)));
        else
            ++expectedDuplicates;
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        add(rows[i].seq, rows[i].valueText);
        // Every seventh row comes back later with another value; every 50th also in lower case.
        if (i >= 100 && i % 7 == 0)
            add(rows[i - 100].seq, "1.25");
        if (i % 50 == 49) {
            std::string lower = rows[i - 10].seq;
            for (char& c : lower)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            add(lower, "16");
        }
    }
    const std::string path = directory.write("repeats.tsv", text);
    REQUIRE(expectedDuplicates > 100);

    TrainingSetOptions options;
    options.deduplicate = true;
    const TrainingData data = loadTrainingData(path, options);
    CHECK(data.duplicatesRemoved == expectedDuplicates);
    CHECK(contents(data.train) == expected);
    CHECK(data.train.size() == rows.size());

    // With a fold split the copies of a sequence share its hash fold, so the same rows remain.
    options.validFold = 0;
    const TrainingData split = loadTrainingData(path, options);
    CHECK(split.duplicatesRemoved == expectedDuplicates);
    CHECK(split.train.size() + split.valid.size() == rows.size());

    options.deduplicate = false;
    options.validFold = -1;
    CHECK(loadTrainingData(path, options).train.size() == rows.size() + expectedDuplicates);
}

TEST_CASE("A file of many megabytes loads in full with its sets sized from the first rows and deduplicated")
{
    // Past the 8 MiB after which the loader estimates the rows to come; variants of the slice's
    // reads (bases 20-27 spell the copy number) make 60,000 distinct rows, then 20,000 repeats.
    TemporaryDirectory directory;
    const auto& rows = sliceRows();
    const auto variant = [&](std::size_t index) {
        std::string seq = rows[index % rows.size()].seq;
        std::size_t copy = (index / rows.size()) % 60;
        for (std::size_t position = 20; position < 28; ++position, copy /= 4)
            seq[position] = "ACGT"[copy % 4];
        return seq;
    };
    std::string text;
    std::set<std::string> distinct;
    for (std::size_t i = 0; i < 80'000; ++i) {
        text += dreamLine(variant(i), rows[i % rows.size()].valueText);
        distinct.insert(variant(i));
    }
    REQUIRE(text.size() > (std::size_t(9) << 20));
    const std::string path = directory.write("large.tsv", text);

    TrainingSetOptions options;
    options.validFold = 4;
    const TrainingData all = loadTrainingData(path, options);
    REQUIRE(all.train.size() + all.valid.size() == 80'000);
    std::vector<std::string> expectedTrain;
    std::vector<std::string> expectedValid;
    for (std::size_t i = 0; i < 80'000; ++i)
        (promoterlab::sequenceFold(variant(i)) == 4 ? expectedValid : expectedTrain).push_back(variant(i));
    std::vector<std::string> train;
    for (std::size_t i = 0; i < all.train.size(); ++i)
        train.push_back(all.train.bases(i));
    CHECK(train == expectedTrain);
    CHECK(all.valid.size() == expectedValid.size());
    const double bytesPerRow = static_cast<double>(all.train.memoryBytes() + all.valid.memoryBytes()) / 80'000;
    CHECK(bytesPerRow < 76.0);

    options.deduplicate = true;
    const TrainingData unique = loadTrainingData(path, options);
    CHECK(unique.duplicatesRemoved == 80'000 - distinct.size());
    CHECK(unique.train.size() + unique.valid.size() == distinct.size());
    std::set<std::string> loaded;
    for (const auto* set : {&unique.train, &unique.valid})
        for (std::size_t i = 0; i < set->size(); ++i)
            loaded.insert(set->bases(i));
    CHECK(loaded == distinct);
}

TEST_CASE("Exclusion removes reads whose insert appears in test files of other formats")
{
    TemporaryDirectory directory;
    const auto& rows = sliceRows();
    std::set<std::string> excludedInserts;

    // Native80 format: AAC + the 110-nt construct + TCTTAAT, with its header.
    std::string native80 = "seq\tisNative\tEL.originalHQ\tEL.rep1\tEL.rep2\tEL.combined\n";
    for (std::size_t i = 0; i < 40; ++i) {
        native80 += "AAC" + rows[i].seq + "TCTTAAT\tFALSE\t5.1\t5.0\t5.2\t5.1\n";
        excludedInserts.insert(sliceInsert(rows[i].seq));
    }
    // A control: one base changed in an insert excludes nothing.
    std::string changed = rows[500].seq;
    changed[50] = changed[50] == 'A' ? 'C' : 'A';
    native80 += "AAC" + changed + "TCTTAAT\tFALSE\t5.1\t5.0\t5.2\t5.1\n";

    // Vaishnav's CSV layout, with short reads left-padded with N to 110 nt.
    std::string vaishnav = ",sequence,Measured Expression,Predicted Expression\n";
    std::size_t padded = 0;
    for (std::size_t i = 100; i < rows.size() && padded < 10; ++i) {
        if (rows[i].seq.size() >= 110)
            continue;
        vaishnav += std::to_string(padded++) + "," + std::string(110 - rows[i].seq.size(), 'N') + rows[i].seq
                    + ",7.5,7.25\n";
        excludedInserts.insert(sliceInsert(rows[i].seq));
    }
    REQUIRE(padded == 10);

    // Bare inserts, one a line.
    std::string bare;
    for (std::size_t i = 800; i < 815; ++i) {
        bare += sliceInsert(rows[i].seq) + "\n";
        excludedInserts.insert(sliceInsert(rows[i].seq));
    }

    std::size_t expectedExcluded = 0;
    for (const auto& row : rows)
        expectedExcluded += excludedInserts.count(sliceInsert(row.seq));
    REQUIRE(expectedExcluded == 65);

    TrainingSetOptions options;
    options.validFold = 1;
    options.excludeFiles = {directory.write("native80.tsv", native80), directory.write("random_complex.csv", vaishnav),
                            directory.write("inserts.txt", bare)};
    const TrainingData data = loadTrainingData(kSlicePath, options);
    CHECK(data.excludedCount == expectedExcluded);
    CHECK(data.rejectedCount == 0);
    CHECK(data.train.size() + data.valid.size() == rows.size() - expectedExcluded);
    for (const auto* set : {&data.train, &data.valid})
        for (std::size_t i = 0; i < set->size(); ++i)
            CHECK(excludedInserts.count(sliceInsert(set->bases(i))) == 0);
}

TEST_CASE("Rows without a measured value, with bad bases or bad numbers are rejected with reasons")
{
    TemporaryDirectory directory;
    const auto& rows = sliceRows();
    std::string text;
    for (std::size_t i = 0; i < 60; ++i)
        text += dreamLine(rows[i].seq, rows[i].valueText);
    text += dreamLine(rows[60].seq, "NA");                      // line 61
    text += dreamLine(rows[61].seq, "");                        // line 62
    text += dreamLine("TGCATTTTTTTCACATCXGT", "3.5");          // line 63
    text += dreamLine(rows[63].seq, "high");                    // line 64
    for (std::size_t i = 64; i < 100; ++i)
        text += dreamLine(rows[i].seq, rows[i].valueText);
    const std::string path = directory.write("bad_rows.tsv", text);

    const TrainingData data = loadTrainingData(path, TrainingSetOptions{});
    CHECK(data.train.size() == 96);
    CHECK(data.rejectedCount == 4);
    REQUIRE(data.rejected.size() == 4);
    std::vector<std::size_t> lines;
    for (const auto& rejection : data.rejected) {
        lines.push_back(rejection.line);
        CHECK(rejection.file == path);
    }
    CHECK(lines == std::vector<std::size_t>{61, 62, 63, 64});
    const std::string noValue = "no measured value (an empty, NA or NaN field, or a file without a value column): "
                                "training needs one for every row";
    CHECK(data.rejected[0].reason == noValue);
    CHECK(data.rejected[1].reason == noValue);
    CHECK(data.rejected[2].reason.find("'X' at position 18 is not a nucleotide") != std::string::npos);
    CHECK(data.rejected[3].reason.find("'high'") != std::string::npos);
    CHECK(data.train.bases(60) == rows[64].seq);
}

TEST_CASE("Splitting by the file's fold column uses its folds and rejects rows without one")
{
    TemporaryDirectory directory;
    const auto& rows = sliceRows();
    std::string text = "seq\texpression\tfold\n";
    std::size_t expectedValid = 0;
    for (std::size_t i = 0; i < 200; ++i) {
        const std::string fold = i % 17 == 0 ? "" : std::to_string(i % 4);
        text += rows[i].seq + "\t" + rows[i].valueText + "\t" + fold + "\n";
        expectedValid += fold == "2" ? 1 : 0;
    }
    const std::string path = directory.write("folds.tsv", text);

    TrainingSetOptions options;
    options.useFoldColumn = true;
    options.validFold = 2;
    const TrainingData data = loadTrainingData(path, options);
    CHECK(data.valid.size() == expectedValid);
    CHECK(data.rejectedCount == 12);  // rows 0, 17, ..., 187
    CHECK(data.train.size() == 200 - 12 - expectedValid);
    REQUIRE_FALSE(data.rejected.empty());
    CHECK(data.rejected[0].line == 2);
    CHECK(data.rejected[0].reason.find("no fold") == 0);
    for (std::size_t i = 0; i < data.train.size(); ++i)
        CHECK(data.train.fold(i) != 2);

    options.validFold = 4;
    const std::string message = messageOf<InputError>([&] { loadTrainingData(path, options); });
    CHECK(message.find("validation fold 4 has no rows (the fold column holds 0 (") != std::string::npos);
}

TEST_CASE("An explicit validation file stays whole under deduplication and its sequences leave training")
{
    TemporaryDirectory directory;
    const auto& rows = sliceRows();
    std::string validText;
    for (std::size_t i = 0; i < 100; ++i)
        validText += dreamLine(rows[i * 3].seq, rows[i * 3].valueText);
    validText += dreamLine(rows[0].seq, "2");  // a repeat inside the validation file itself

    TrainingSetOptions options;
    options.validFile = directory.write("valid.tsv", validText);
    options.deduplicate = true;
    const TrainingData data = loadTrainingData(kSlicePath, options);
    CHECK(data.valid.size() == 100);
    CHECK(data.train.size() == rows.size() - 100);
    CHECK(data.duplicatesRemoved == 101);
    CHECK(data.valid.bases(0) == rows[0].seq);
    CHECK(data.valid.value(0) == static_cast<float>(rows[0].value));
    CHECK_FALSE(data.valid.fold(0));  // no split, so no hash fold

    options.deduplicate = false;
    const TrainingData kept = loadTrainingData(kSlicePath, options);
    CHECK(kept.valid.size() == 101);
    CHECK(kept.train.size() == rows.size());
}

TEST_CASE("Contradictory options and empty sets are refused with messages that say why")
{
    TemporaryDirectory directory;
    const auto& rows = sliceRows();
    TrainingSetOptions options;

    options.validFold = 10;
    CHECK(messageOf<Error>([&] { loadTrainingData(kSlicePath, options); }).find("0 to 9") != std::string::npos);
    options.validFold = -2;
    CHECK_THROWS_AS(loadTrainingData(kSlicePath, options), Error);
    options.validFold = 2;
    options.validFile = kSlicePath;
    CHECK(messageOf<Error>([&] { loadTrainingData(kSlicePath, options); })
          == "give a validation fold or a validation file, not both");

    // One row: its own fold leaves no training row, any other fold an empty validation set.
    const std::string oneRow = directory.write("one.tsv", dreamLine(rows[0].seq, rows[0].valueText));
    const int fold = promoterlab::sequenceFold(rows[0].seq);
    options.validFile.clear();
    options.validFold = fold;
    CHECK(messageOf<InputError>([&] { loadTrainingData(oneRow, options); })
          == oneRow + ": no training rows left: 1 row read, 1 in validation fold " + std::to_string(fold));
    options.validFold = (fold + 1) % 10;
    CHECK(messageOf<InputError>([&] { loadTrainingData(oneRow, options); })
          == oneRow + ": validation fold " + std::to_string(options.validFold)
                 + " has no rows (the sequences hash to " + std::to_string(fold) + " (1 row)): choose another fold");

    // A FASTA file has sequences but no values to train on.
    const std::string fasta = directory.write("no_values.fa", ">a\n" + rows[0].seq + "\n>b\n" + rows[1].seq + "\n");
    options.validFold = -1;
    const std::string message = messageOf<InputError>([&] { loadTrainingData(fasta, options); });
    CHECK(message.find("no training rows left: 2 rows read, 2 rejected; first rejection, line 1: no measured value")
          != std::string::npos);

    // A validation file whose every row is excluded.
    options.validFile = directory.write("valid.tsv", dreamLine(rows[5].seq, "3"));
    options.excludeFiles = {directory.write("test.txt", sliceInsert(rows[5].seq) + "\n")};
    CHECK(messageOf<InputError>([&] { loadTrainingData(kSlicePath, options); })
          == options.validFile + ": no validation rows left: 1 row read, 1 excluded as test inserts");
}

TEST_CASE("Loading reports progress in bytes up to the total and stops when cancelled")
{
    TemporaryDirectory directory;
    std::string text;
    for (int copy = 0; copy < 12; ++copy)
        for (const auto& row : sliceRows())
            text += dreamLine(row.seq, row.valueText);
    const std::string path = directory.write("large.tsv", text);

    std::vector<std::pair<std::size_t, std::size_t>> reports;
    const TrainingData data = loadTrainingData(path, TrainingSetOptions{}, [&](std::size_t done, std::size_t total) {
        reports.emplace_back(done, total);
    });
    CHECK(data.train.size() == 12'000);
    REQUIRE(reports.size() >= 3);  // every 4,096 rows and at the end
    for (std::size_t i = 0; i < reports.size(); ++i) {
        CHECK(reports[i].second == text.size());
        CHECK(reports[i].first <= reports[i].second);
        if (i > 0)
            CHECK(reports[i].first >= reports[i - 1].first);
    }
    CHECK(reports.back().first == text.size());

    CancellationToken cancel;
    std::size_t callsAfterCancel = 0;
    CHECK_THROWS_AS(loadTrainingData(path, TrainingSetOptions{},
                                     [&](std::size_t, std::size_t) {
                                         if (cancel.isCancelled())
                                             ++callsAfterCancel;
                                         cancel.cancel();
                                     },
                                     cancel),
                    Cancelled);
    CHECK(callsAfterCancel == 0);

    CancellationToken cancelledBefore;
    cancelledBefore.cancel();
    CHECK_THROWS_AS(loadTrainingData(kSlicePath, TrainingSetOptions{}, {}, cancelledBefore), Cancelled);
}

TEST_CASE("Multi-label sets read one label column per class and reject rows that miss one")
{
    TemporaryDirectory directory;
    const auto& rows = sliceRows();
    std::string text = "sequence\tBright\tsingle_cell\n";
    std::vector<std::pair<float, float>> expected;
    for (std::size_t i = 0; i < 50; ++i) {
        const bool bright = rows[i].value > 12;
        const bool single = std::trunc(rows[i].value) == rows[i].value;
        text += rows[i].seq + "\t" + (bright ? "1" : "0") + "\t" + (single ? "1" : "0") + "\n";
        expected.emplace_back(bright ? 1.0f : 0.0f, single ? 1.0f : 0.0f);
    }
    text += rows[50].seq + "\t1\tNA\n";   // line 52: no second label
    text += rows[51].seq + "\t\t0\n";     // line 53: no first label
    text += rows[52].seq + "\t0\tyes\n";  // line 54: not a number
    const std::string path = directory.write("labels.tsv", text);

    TrainingSetOptions options;
    options.labelColumns = {"bright", "SINGLE_CELL"};  // header names match without regard to case
    const TrainingData data = loadTrainingData(path, options);
    REQUIRE(data.train.size() == 50);
    CHECK(data.train.valuesPerRow() == 2);
    for (std::size_t i = 0; i < 50; ++i) {
        CHECK(data.train.value(i, 0) == expected[i].first);
        CHECK(data.train.value(i, 1) == expected[i].second);
        CHECK(data.train.value(i) == expected[i].first);
    }
    REQUIRE(data.rejected.size() == 3);
    CHECK(data.rejected[0].line == 52);
    CHECK(data.rejected[0].reason == "no label in column 'SINGLE_CELL'");
    CHECK(data.rejected[1].line == 53);
    CHECK_THAT(data.rejected[1].reason, Catch::Contains("no label in column 'bright'"));
    CHECK(data.rejected[2].line == 54);
    CHECK(data.rejected[2].reason == "the label 'yes' in column 'SINGLE_CELL' is not a number");

    options.labelColumns = {"bright", "dim"};
    CHECK_THROWS_WITH(loadTrainingData(path, options), Catch::Contains("the table has no label column 'dim'"));
}

TEST_CASE("Packed sequences refuse rows with another number of values than the set holds")
{
    PackedSequences labelled;
    labelled.append("ACGT", std::vector<double>{1, 0, 1});
    labelled.append("GGCC", std::vector<double>{0, 1, 1});
    CHECK(labelled.valuesPerRow() == 3);
    CHECK(labelled.value(1, 2) == 1.0f);
    CHECK(labelled.value(1, 1) == 1.0f);
    CHECK(labelled.value(1, 0) == 0.0f);
    CHECK_THROWS_WITH(labelled.append("ACGT", std::vector<double>{1, 0}), Catch::Contains("3 values a row, not 2"));
    CHECK_THROWS_WITH(labelled.append("ACGT", 1.0), Catch::Contains("3 values a row, not 1"));
    CHECK(labelled.size() == 2);

    PackedSequences single;
    single.append("ACGT", 2.5);
    CHECK_THROWS_WITH(single.append("ACGT", std::vector<double>{1, 0}), Catch::Contains("1 values a row, not 2"));
}
