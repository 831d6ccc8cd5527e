// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of LineSource: line splitting, gzip/bgzip decompression, and refusing what is not text.
#include "line_source.h"
#include "promoterlab/errors.h"
#include "temporary_directory.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using promoterlab::InputError;
using promoterlab::LineSource;

namespace {

const std::string kDataDir = std::string(PROMOTERLAB_TEST_DATA_DIR) + "/io/";

std::vector<std::string> allLines(LineSource& source)
{
    std::vector<std::string> lines;
    std::string_view line;
    while (source.nextLine(line))
        lines.emplace_back(line);
    return lines;
}

// The reason of the InputError that call throws, or "" when it throws none.
template <typename Call>
std::string inputErrorReason(Call&& call)
{
    try {
        call();
    } catch (const InputError& error) {
        return error.reason();
    }
    return {};
}

}  // namespace

TEST_CASE("LineSource splits LF and CRLF lines and keeps a last line without newline")
{
    auto source = LineSource::fromText("first\r\nsecond\n\nfourth", "pasted");
    CHECK(allLines(*source) == std::vector<std::string>{"first", "second", "", "fourth"});
    CHECK(source->lineNumber() == 4);
    CHECK(source->bytesConsumed() == source->totalBytes());
}

TEST_CASE("LineSource reads a plain file and a gzip file of it alike")
{
    auto plain = LineSource::openFile(kDataDir + "dream_demo_head50.tsv");
    const auto plainLines = allLines(*plain);
    REQUIRE(plainLines.size() == 50);
    CHECK(plainLines[0].substr(0, 17) == "TGCATTTTTTTCACATC");
    CHECK(plainLines[0].substr(plainLines[0].size() - 17) == "\t15.1823836007871");

    // Two gzip members (rows 1-25 and 26-50) concatenated, as `cat a.gz b.gz` makes.
    auto twoMembers = LineSource::openFile(kDataDir + "dream_demo_head50_two_members.tsv.gz");
    CHECK(allLines(*twoMembers) == plainLines);
    CHECK(twoMembers->bytesConsumed() == twoMembers->totalBytes());

    // BGZF (bgzip): 1000-byte blocks with the 'BC' extra field and the empty end block.
    auto bgzf = LineSource::openFile(kDataDir + "dream_demo_head50.bgzf.tsv.gz");
    CHECK(allLines(*bgzf) == plainLines);
}

TEST_CASE("LineSource gives the complete lines of a truncated gzip file, then the error")
{
    // The fixture is the 50-row file gzip-compressed and cut at 60 % of its bytes; what
    // can be inflated from it holds 28 complete lines and part of the 29th (Python's
    // zlib.decompressobj on the same bytes).
    auto source = LineSource::openFile(kDataDir + "dream_demo_head50_truncated.tsv.gz");
    const auto lines = allLines(*source);
    CHECK(lines.size() == 28);
    try {
        source->throwIfFailed();
        FAIL("no error for a truncated gzip file");
    } catch (const InputError& error) {
        CHECK(error.line() == 29);
        CHECK(error.reason() == "is truncated or corrupt (gzip): unexpected end of file");
        CHECK(error.file() == kDataDir + "dream_demo_head50_truncated.tsv.gz");
    }
}

TEST_CASE("LineSource reads a 1 MB line across buffer refills")
{
    promoterlab::test::TemporaryDirectory directory;
    const std::string longLine(1'000'000, 'A');
    const auto path = directory.write("long.txt", "short\n" + longLine + "\r\nend\n");
    auto source = LineSource::openFile(path);
    const auto lines = allLines(*source);
    REQUIRE(lines.size() == 3);
    CHECK(lines[1] == longLine);
    CHECK(lines[2] == "end");
}

TEST_CASE("LineSource returns unread lines first, with their own line numbers")
{
    auto source = LineSource::fromText("a\nb\nc\n", "pasted");
    std::string_view line;
    REQUIRE(source->nextLine(line));
    REQUIRE(source->nextLine(line));
    CHECK(line == "b");
    source->unread("b", 2);
    source->unread("a", 1);
    REQUIRE(source->nextLine(line));
    CHECK(line == "a");
    CHECK(source->lineNumber() == 1);
    REQUIRE(source->nextLine(line));
    CHECK(line == "b");
    REQUIRE(source->nextLine(line));
    CHECK(line == "c");
    CHECK(source->lineNumber() == 3);
    CHECK_FALSE(source->nextLine(line));
}

TEST_CASE("LineSource drops a UTF-8 byte-order mark")
{
    auto source = LineSource::fromText("\xEF\xBB\xBFsequence\nACGT\n", "excel.csv");
    CHECK(allLines(*source) == std::vector<std::string>{"sequence", "ACGT"});
}

TEST_CASE("LineSource refuses empty, missing, binary and foreign files with a reason")
{
    promoterlab::test::TemporaryDirectory directory;
    CHECK(inputErrorReason([&] { LineSource::openFile(directory.write("empty.fa", "")); }) == "is empty");
    CHECK(inputErrorReason([&] { LineSource::openFile(directory.file("missing.fa")); }).rfind("cannot be opened", 0)
          == 0);
    CHECK(inputErrorReason([&] { LineSource::openFile(directory.file("")); }) == "is a folder, not a sequence file");
    CHECK(inputErrorReason([&] {
              LineSource::openFile(directory.write("image.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
          }).rfind("is not a text sequence file", 0)
          == 0);
    CHECK(inputErrorReason([&] {
              LineSource::openFile(directory.write("book.xlsx", std::string("PK\x03\x04\x14\0\x06\0", 8)));
          }).find("Excel")
          != std::string::npos);
    CHECK(inputErrorReason([&] { LineSource::openFile(directory.write("reads.fa.xz", "\xFD" "7zXZ\0\0")); })
              .find("xz")
          != std::string::npos);
    CHECK(inputErrorReason([&] { LineSource::fromText(std::string("\xFF\xFE>\0s\0", 6), "pasted"); })
              .find("UTF-16")
          != std::string::npos);
}
