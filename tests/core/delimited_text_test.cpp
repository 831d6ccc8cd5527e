// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of DelimitedRecordReader (RFC 4180 quoting and its leniencies) and guessDelimiter.
#include "delimited_text.h"
#include "line_source.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using promoterlab::DelimitedRecord;
using promoterlab::DelimitedRecordReader;
using promoterlab::LineSource;

namespace {

std::vector<DelimitedRecord> readRecords(const std::string& text, char delimiter)
{
    auto source = LineSource::fromText(text, "pasted");
    DelimitedRecordReader reader(*source, delimiter);
    std::vector<DelimitedRecord> records;
    DelimitedRecord record;
    while (reader.next(record))
        records.push_back(record);
    return records;
}

using Fields = std::vector<std::string>;

}  // namespace

TEST_CASE("Delimited reader splits plain fields, keeps empty ones and skips blank lines")
{
    const auto records = readRecords("a,b,c\n\n1,,3\r\n  \n,,\n", ',');
    REQUIRE(records.size() == 3);
    CHECK(records[0].fields == Fields{"a", "b", "c"});
    CHECK(records[0].line == 1);
    CHECK(records[1].fields == Fields{"1", "", "3"});
    CHECK(records[1].line == 3);
    CHECK(records[2].fields == Fields{"", "", ""});
    CHECK(records[2].line == 5);
}

TEST_CASE("Delimited reader honours RFC 4180 quotes: delimiters, doubled quotes, line breaks")
{
    const auto records = readRecords("name,note\n"
                                     "\"a,b\",\"say \"\"hi\"\"\"\n"
                                     "\"multi\nline\",\"\"\n"
                                     "last,x\n",
                                     ',');
    REQUIRE(records.size() == 4);
    CHECK(records[1].fields == Fields{"a,b", "say \"hi\""});
    CHECK(records[2].fields == Fields{"multi\nline", ""});
    CHECK(records[2].line == 3);
    CHECK(records[3].fields == Fields{"last", "x"});
    CHECK(records[3].line == 5);
}

TEST_CASE("Delimited reader treats stray quotes inside unquoted fields as text")
{
    const auto records = readRecords("5'UTR\t3\"end\n\"quoted\"tail\tx\n", '\t');
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == Fields{"5'UTR", "3\"end"});
    CHECK(records[1].fields == Fields{"quotedtail", "x"});
}

TEST_CASE("Delimited reader flags a quote that never closes and reads the lines after it again")
{
    const auto records = readRecords("a,\"open\nb,2\nc,3\n", ',');
    REQUIRE(records.size() == 3);
    CHECK(records[0].unterminatedQuote);
    CHECK(records[0].line == 1);
    CHECK_FALSE(records[1].unterminatedQuote);
    CHECK(records[1].fields == Fields{"b", "2"});
    CHECK(records[1].line == 2);
    CHECK(records[2].fields == Fields{"c", "3"});
    CHECK(records[2].line == 3);
}

TEST_CASE("guessDelimiter prefers tab, then comma, then semicolon, outside quotes")
{
    CHECK(promoterlab::guessDelimiter("seq\texpression,x") == '\t');
    CHECK(promoterlab::guessDelimiter(",sequence,Measured Expression") == ',');
    CHECK(promoterlab::guessDelimiter("sequence;value") == ';');
    CHECK(promoterlab::guessDelimiter("\"a\tb\",c") == ',');
    CHECK(promoterlab::guessDelimiter("ACGTACGT") == 0);
}
