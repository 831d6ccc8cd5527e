// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of variant effects: reading pairs and rows, rejecting bad rows, predicted deltas and their agreement.
#include "promoterlab/errors.h"
#include "promoterlab/variant_effects.h"
#include "independent_statistics.h"
#include "temporary_directory.h"
#include "test_tables.h"
#include "variant_fixtures.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <set>

using namespace promoterlab;
using test::driftColumns;
using test::effectWithDeltas;
using test::handPearson;
using test::handSpearmanWithoutTies;

namespace {

std::shared_ptr<Model> tinyModel()
{
    return Model::load(test::fixturePath("models/tiny_optimized.pth"));
}

const std::string kDriftSlicePath = test::fixturePath(test::kDriftSlice);

bool hasRejection(const std::vector<RejectedRecord>& rejected, std::size_t line, const std::string& text)
{
    return std::any_of(rejected.begin(), rejected.end(), [&](const RejectedRecord& record) {
        return record.line == line && record.reason.find(text) != std::string::npos;
    });
}

}  // namespace

TEST_CASE("Pairs from the LegNet drift slice count substitutions as n_mut and take measured deltas from the values")
{
    const auto table = readVariantPairs(kDriftSlicePath, driftColumns());
    const auto rows = test::readTsv(test::kDriftSlice);
    REQUIRE(table.rejectedCount == 0);
    REQUIRE(table.variants.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& variant = table.variants[i];
        CHECK(variant.reference == rows[i].at("original_seq"));
        CHECK(variant.alternative == rows[i].at("seq"));
        CHECK(variant.substitutions == std::stoi(rows[i].at("n_mut")));
        CHECK(variant.line == i + 2);
        CHECK(variant.name == "variant" + std::to_string(i + 1));
        // The file's delta is evol − original = measured(original_seq) − measured(seq) = reference − alternative.
        REQUIRE(variant.measuredDelta);
        CHECK(*variant.measuredDelta == Approx(-std::stod(rows[i].at("delta_measured"))).margin(1e-9));
    }
}

TEST_CASE("A measured delta column is taken as given")
{
    auto columns = driftColumns();
    columns.measuredDelta = "delta_predicted";
    const auto table = readVariantPairs(kDriftSlicePath, columns);
    const auto rows = test::readTsv(test::kDriftSlice);
    REQUIRE(table.variants.size() == rows.size());
    CHECK(*table.variants[5].measuredDelta == Approx(std::stod(rows[5].at("delta_predicted"))).margin(1e-12));
}

TEST_CASE("A predicted delta equals the difference of independent predictions of the two sequences")
{
    const auto model = tinyModel();
    const Predictor predictor(model);
    const auto table = readVariantPairs(kDriftSlicePath, driftColumns());
    const auto result = predictVariantEffects(predictor, table.variants);
    REQUIRE(result.rejected.empty());
    REQUIRE(result.effects.size() == table.variants.size());

    PredictorOptions oneByOne;
    oneByOne.batchSize = 1;
    const Predictor single(model, oneByOne);
    for (std::size_t i = 0; i < result.effects.size(); i += 7) {
        const auto& variant = table.variants[i];
        const double reference = single.predict({variant.reference})[0].expression;
        const double alternative = single.predict({variant.alternative})[0].expression;
        CHECK(result.effects[i].predictedReference == Approx(reference).margin(1e-5));
        CHECK(result.effects[i].predictedAlternative == Approx(alternative).margin(1e-5));
        CHECK(result.effects[i].predictedDelta() == Approx(alternative - reference).margin(1e-5));
    }
}

TEST_CASE("Each distinct sequence is predicted once")
{
    const auto table = readVariantPairs(kDriftSlicePath, driftColumns());
    std::set<std::string> distinct;
    for (const auto& row : test::readTsv(test::kDriftSlice)) {
        distinct.insert(row.at("seq"));
        distinct.insert(row.at("original_seq"));
    }
    std::size_t lastTotal = 0;
    predictVariantEffects(Predictor(tinyModel()), table.variants,
                          [&](std::size_t, std::size_t total) { lastTotal = total; });
    CHECK(distinct.size() < 2 * table.variants.size());
    CHECK(lastTotal == distinct.size());
}

TEST_CASE("Correlations on the drift slice equal those computed by hand, overall and by substitutions")
{
    const auto table = readVariantPairs(kDriftSlicePath, driftColumns());
    const auto effects = predictVariantEffects(Predictor(tinyModel()), table.variants).effects;
    const auto expected = test::driftDeltasBySubstitutions(effects);
    const auto agreement = deltaAgreement(effects);
    REQUIRE(agreement.size() == 4);
    for (std::size_t g = 0; g < agreement.size(); ++g) {
        CHECK(agreement[g].substitutions == static_cast<int>(g));
        const auto& [predicted, measured] = expected.at(static_cast<int>(g));
        CHECK(agreement[g].count == predicted.size());
        CHECK(agreement[g].pearson == Approx(handPearson(predicted, measured)).margin(1e-9));
        CHECK(agreement[g].spearman == Approx(handSpearmanWithoutTies(predicted, measured)).margin(1e-9));
    }
    CHECK(agreement[0].count == 40);
    CHECK(agreement[1].count == 14);
}

TEST_CASE("Agreement groups variants by substitutions and leaves out those without a measured delta")
{
    const std::vector<VariantEffect> effects = {
        effectWithDeltas(1, 1, 2), effectWithDeltas(2, 5, 1), effectWithDeltas(1, 2, 4),
        effectWithDeltas(3, 9, std::nullopt), effectWithDeltas(1, 3, 7), effectWithDeltas(2, 6, 3),
    };
    const auto agreement = deltaAgreement(effects);
    REQUIRE(agreement.size() == 3);  // all, 1 and 2: the only 3-substitution variant has no measurement
    CHECK(agreement[0].substitutions == 0);
    CHECK(agreement[0].count == 5);
    CHECK(agreement[1].substitutions == 1);
    CHECK(agreement[1].count == 3);
    // x = 1, 2, 3 and y = 2, 4, 7: Sxy = 5, Sxx = 2, Syy = 114/9.
    CHECK(agreement[1].pearson == Approx(5 / std::sqrt(2 * 114.0 / 9)).margin(1e-12));
    CHECK(agreement[1].spearman == Approx(1).margin(1e-12));
    CHECK(agreement[2].substitutions == 2);
    CHECK(agreement[2].count == 2);
    CHECK(agreement[2].pearson == Approx(1).margin(1e-12));
    CHECK(deltaAgreement({effectWithDeltas(1, 1, std::nullopt)}).empty());
}

TEST_CASE("Variant rows are applied at 1-based positions to the named sequences")
{
    test::TemporaryDirectory folder;
    const auto path = folder.write("rows.csv", "sequence,position,ref,alt,delta\n"
                                               "s1,3,G,T,0.5\n"
                                               "s2,1,a,c,\n"
                                               "s1,9,AC,GG,NA\n");
    const std::vector<SequenceRecord> sequences = {{"s1", "ACGTACGTAC", {}, {}, {}, 1}, {"s2", "aaaa", {}, {}, {}, 3}};
    VariantColumns columns;
    columns.measuredDelta = "delta";
    const auto table = readVariantRows(path, sequences, columns);
    REQUIRE(table.rejectedCount == 0);
    REQUIRE(table.variants.size() == 3);
    CHECK(table.variants[0].name == "s1:3G>T");
    CHECK(table.variants[0].reference == "ACGTACGTAC");
    CHECK(table.variants[0].alternative == "ACTTACGTAC");
    CHECK(table.variants[0].substitutions == 1);
    CHECK(*table.variants[0].measuredDelta == 0.5);
    CHECK(table.variants[1].reference == "AAAA");
    CHECK(table.variants[1].alternative == "CAAA");
    CHECK_FALSE(table.variants[1].measuredDelta);
    CHECK(table.variants[2].alternative == "ACGTACGTGG");
    CHECK(table.variants[2].substitutions == 2);
    CHECK(table.variants[2].line == 4);
}

TEST_CASE("Bad variant rows are rejected with file, line and reason while the good ones go on")
{
    test::TemporaryDirectory folder;
    const auto path = folder.write("rows.tsv", "name\tpos\tref\talt\n"
                                               "s1\t2\tA\tT\n"     // 2: position 2 is C
                                               "s1\t11\tA\tT\n"    // 3: out of range
                                               "s1\t0\tA\tT\n"     // 4: out of range
                                               "s1\t1\tA\tX\n"     // 5: not a nucleotide
                                               "s1\t1\tA\tA\n"     // 6: nothing changes
                                               "s1\t1\tA\tAT\n"    // 7: an indel
                                               "nope\t1\tA\tT\n"   // 8: unknown sequence
                                               "s1\tten\tA\tT\n"   // 9: not a number
                                               "s1\t4\tT\tC\n"     // 10: good
                                               "s1\t4\tT\n");      // 11: a field short
    const auto table = readVariantRows(path, {{"s1", "ACGTACGTAC", {}, {}, {}, 1}});
    REQUIRE(table.variants.size() == 1);
    CHECK(table.variants[0].alternative == "ACGCACGTAC");
    CHECK(table.rejectedCount == 9);
    for (const auto& rejected : table.rejected)
        CHECK(rejected.file == path);
    CHECK(hasRejection(table.rejected, 2, "s1: position 2 is C, not A"));
    CHECK(hasRejection(table.rejected, 3, "position 11 is out of range: the sequence has 10 bases"));
    CHECK(hasRejection(table.rejected, 4, "position 0 is out of range"));
    CHECK(hasRejection(table.rejected, 5, "'X' at position 1 is not a nucleotide"));
    CHECK(hasRejection(table.rejected, 6, "nothing changes"));
    CHECK(hasRejection(table.rejected, 7, "indel"));
    CHECK(hasRejection(table.rejected, 8, "nope: no sequence of that name"));
    CHECK(hasRejection(table.rejected, 9, "'ten' is not a whole number"));
    CHECK(hasRejection(table.rejected, 11, "has 3 fields where the header has 4"));
}

TEST_CASE("Bad sequence pairs are rejected with line and reason while the good ones go on")
{
    test::TemporaryDirectory folder;
    const auto path = folder.write("pairs.csv", "id,ref,alt,measured\n"
                                                "a,ACGT,ACGA,1.5\n"
                                                "b,ACGT,ACGTA,1\n"
                                                "c,ACGT,acgt,1\n"
                                                "d,ACGT,AC-T,1\n"
                                                "e,ACGT,TCGA,lots\n"
                                                "f,,ACGT,1\n");
    VariantColumns columns;
    columns.measuredDelta = "measured";
    const auto table = readVariantPairs(path, columns);
    REQUIRE(table.variants.size() == 1);
    CHECK(table.variants[0].name == "a");
    CHECK(*table.variants[0].measuredDelta == 1.5);
    CHECK(table.rejectedCount == 5);
    CHECK(hasRejection(table.rejected, 3, "b: the reference has 4 bases and the alternative 5: an indel"));
    CHECK(hasRejection(table.rejected, 4, "c: the alternative sequence is the reference"));
    CHECK(hasRejection(table.rejected, 5, "'-' at position 3 is not a nucleotide"));
    CHECK(hasRejection(table.rejected, 6, "'lots' in column 'measured' is not a number"));
    CHECK(hasRejection(table.rejected, 7, "the reference sequence is empty"));
}

TEST_CASE("A missing column is reported with the file and the columns there are")
{
    test::TemporaryDirectory folder;
    const auto path = folder.write("pairs.csv", "before,after\nACGT,ACGA\n");
    CHECK_THROWS_WITH(readVariantPairs(path), Catch::Contains("pairs.csv line 1: no column for the reference sequence")
                                                  && Catch::Contains("'before', 'after'"));
    VariantColumns columns;
    columns.reference = "before";
    columns.alternative = "after";
    columns.measuredDelta = "delta";
    CHECK_THROWS_AS(readVariantPairs(path, columns), InputError);
    columns.measuredDelta.clear();
    CHECK(readVariantPairs(path, columns).variants.size() == 1);
}

TEST_CASE("A variant the model cannot read is rejected alone")
{
    test::TemporaryDirectory folder;
    const auto rows = test::readTsv(test::kDriftSlice);
    const std::string good = rows[0].at("original_seq");
    const std::string tooLong = std::string(300, 'A') + good;
    std::string tooLongAlternative = tooLong;
    tooLongAlternative[0] = 'C';
    const auto path = folder.write("pairs.tsv", "ref\talt\n" + good + "\t" + rows[0].at("seq") + "\n" + tooLong + "\t"
                                                    + tooLongAlternative + "\n");
    const auto table = readVariantPairs(path);
    REQUIRE(table.variants.size() == 2);
    const auto result = predictVariantEffects(Predictor(tinyModel()), table.variants);
    CHECK(result.effects.size() == 1);
    REQUIRE(result.rejected.size() == 1);
    CHECK(result.rejected[0].line == 3);
    CHECK(result.rejected[0].reason.find("variant2: the reference: ") == 0);
}

TEST_CASE("Predicting variant effects stops when cancelled")
{
    const auto table = readVariantPairs(kDriftSlicePath, driftColumns());
    CancellationToken cancel;
    cancel.cancel();
    CHECK_THROWS_AS(predictVariantEffects(Predictor(tinyModel()), table.variants, {}, cancel), Cancelled);
}
