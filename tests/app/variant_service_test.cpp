// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of background variant scoring: deltas equal independent predictions, the agreement equals
// the core's, bad rows are listed with their line, and cancelling, a missing model or a missing
// column end the job cleanly.
#include "variant_service.h"
#include "promoterlab/predictor.h"
#include "shipped_model.h"
#include "temporary_directory.h"
#include "test_tables.h"
#include "variant_fixtures.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>

#include <fstream>
#include <memory>
#include <random>
#include <string>

using promoterlab::Predictor;
using promoterlab::VariantColumns;
using promoterlab::VariantEffect;
using promoterlab::test::shippedModel;
using promoterlab::widgets::VariantRequest;
using promoterlab::widgets::VariantResult;
using promoterlab::widgets::VariantService;

namespace {

constexpr int kWait = 120000;

// The drift slice scored with the shipped model.
VariantRequest driftRequest()
{
    VariantRequest request;
    request.path = QString::fromStdString(promoterlab::test::fixturePath(promoterlab::test::kDriftSlice));
    request.columns = promoterlab::test::driftColumns();
    request.model = shippedModel();
    return request;
}

// Scores the request with the shipped model on a service of its own and waits for the result.
VariantResult scoreToEnd(VariantRequest request)
{
    request.model = shippedModel();
    VariantService service;
    QSignalSpy finished(&service, &VariantService::finished);
    service.score(std::move(request));
    REQUIRE(finished.wait(kWait));
    return finished.front().at(1).value<VariantResult>();
}

std::string randomBases(std::mt19937& random, std::size_t length)
{
    std::string bases(length, 'A');
    for (char& base : bases)
        base = "ACGT"[random() % 4];
    return bases;
}

// count pairs of random 80-mers, each alternative one substitution away: 2 × count distinct sequences.
std::string writeRandomPairs(const promoterlab::test::TemporaryDirectory& folder, std::size_t count)
{
    const std::string path = folder.file("pairs.csv");
    std::mt19937 random(11);
    std::ofstream out(path);
    out << "ref,alt\n";
    for (std::size_t i = 0; i < count; ++i) {
        const std::string reference = randomBases(random, 80);
        std::string alternative = reference;
        char& changed = alternative[random() % 80];
        changed = changed == 'A' ? 'C' : 'A';
        out << reference << ',' << alternative << '\n';
    }
    return path;
}

}  // namespace

TEST_CASE("Scored deltas equal independent predictions and the agreement equals the core's, by substitutions")
{
    VariantService service;
    QSignalSpy finished(&service, &VariantService::finished);
    QSignalSpy progress(&service, &VariantService::progress);
    Qt::HANDLE answeringThread = nullptr;
    QObject::connect(&service, &VariantService::finished,
                     [&](std::uint64_t, const VariantResult&) { answeringThread = QThread::currentThreadId(); });
    const auto job = service.score(driftRequest());
    CHECK(service.isRunning(job));
    REQUIRE(finished.wait(kWait));
    CHECK_FALSE(service.isRunning(job));
    CHECK(answeringThread == QThread::currentThreadId());
    CHECK(finished.front().at(0).toULongLong() == job);
    const auto result = finished.front().at(1).value<VariantResult>();
    CHECK(result.path == driftRequest().path);
    CHECK(result.rejectedCount == 0);
    CHECK(result.rejected.isEmpty());
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.back().at(1).toLongLong() == progress.back().at(2).toLongLong());

    const auto rows = promoterlab::test::readTsv(promoterlab::test::kDriftSlice);
    REQUIRE(result.effects.size() == rows.size());
    const Predictor predictor(shippedModel());
    std::vector<VariantEffect> independent;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string reference = rows[i].at("original_seq");
        const std::string alternative = rows[i].at("seq");
        const auto predictions = predictor.predict({reference, alternative});
        const VariantEffect& scored = result.effects[i];
        CHECK(scored.variant.reference == reference);
        CHECK(scored.variant.substitutions == std::stoi(rows[i].at("n_mut")));
        CHECK(scored.predictedReference == Approx(predictions[0].expression).margin(1e-9));
        CHECK(scored.predictedAlternative == Approx(predictions[1].expression).margin(1e-9));
        CHECK(scored.predictedDelta() == Approx(predictions[1].expression - predictions[0].expression).margin(1e-9));
        // delta_measured is measured(original_seq) − measured(seq): reference minus alternative.
        REQUIRE(scored.variant.measuredDelta);
        CHECK(*scored.variant.measuredDelta == Approx(-std::stod(rows[i].at("delta_measured"))).margin(1e-9));
        VariantEffect effect;
        effect.variant = scored.variant;
        effect.predictedReference = predictions[0].expression;
        effect.predictedAlternative = predictions[1].expression;
        independent.push_back(effect);
    }
    const auto expected = promoterlab::deltaAgreement(independent);
    REQUIRE(result.agreement.size() == 4);  // all, 1, 2 and 3 substitutions
    REQUIRE(expected.size() == 4);
    for (std::size_t g = 0; g < expected.size(); ++g) {
        CHECK(result.agreement[g].substitutions == expected[g].substitutions);
        CHECK(result.agreement[g].count == expected[g].count);
        CHECK(result.agreement[g].pearson == Approx(expected[g].pearson).margin(1e-9));
        CHECK(result.agreement[g].spearman == Approx(expected[g].spearman).margin(1e-9));
    }
    CHECK(result.agreement[0].count == 40);
}

TEST_CASE("Variant rows are applied to the given sequences and scored like the mutated sequence")
{
    const auto rows = promoterlab::test::readTsv(promoterlab::test::kDriftSlice);
    promoterlab::SequenceRecord start;
    start.name = "start";
    start.bases = rows[0].at("original_seq");
    const char base18 = start.bases[17];
    const char other = base18 == 'A' ? 'C' : 'A';
    promoterlab::test::TemporaryDirectory folder;
    VariantRequest request;
    request.path = QString::fromStdString(folder.write(
        "rows.tsv", std::string("sequence\tposition\tref\talt\nstart\t18\t") + base18 + "\t" + other + "\n"));
    request.rows = true;
    request.sequences = {start};
    const VariantResult result = scoreToEnd(request);
    REQUIRE(result.effects.size() == 1);
    std::string mutated = start.bases;
    mutated[17] = other;
    const auto predictions = Predictor(shippedModel()).predict({start.bases, mutated});
    CHECK(result.effects[0].variant.name == std::string("start:18") + base18 + ">" + other);
    CHECK(result.effects[0].variant.alternative == mutated);
    CHECK(result.effects[0].predictedDelta()
          == Approx(predictions[1].expression - predictions[0].expression).margin(1e-9));
    CHECK(result.agreement.empty());
}

TEST_CASE("A bad pair is listed with its file and line while the good ones are scored")
{
    promoterlab::test::TemporaryDirectory folder;
    std::mt19937 random(3);
    const std::string first = randomBases(random, 80);
    const std::string second = randomBases(random, 80);
    const std::string path = folder.write("pairs.csv", "name,ref,alt\n"
                                                       "good1," + first + "," + second + "\n"
                                                       "short," + first + "," + second.substr(0, 79) + "\n"
                                                       "good2," + second + "," + first + "\n");
    VariantRequest request;
    request.path = QString::fromStdString(path);
    const VariantResult result = scoreToEnd(request);
    REQUIRE(result.effects.size() == 2);
    CHECK(result.effects[0].variant.name == "good1");
    CHECK(result.effects[1].variant.name == "good2");
    CHECK(result.rejectedCount == 1);
    REQUIRE(result.rejected.size() == 1);
    CHECK(result.rejected[0].file == QString::fromStdString(path));
    CHECK(result.rejected[0].line == 3);
    CHECK(result.rejected[0].reason.contains("short"));
    CHECK(result.rejected[0].reason.contains("80 bases and the alternative 79"));
}

TEST_CASE("Cancelling a 20,000-pair job midway answers cancelled and never finished")
{
    promoterlab::test::TemporaryDirectory folder;
    VariantRequest request;
    request.path = QString::fromStdString(writeRandomPairs(folder, 20000));
    request.model = shippedModel();
    VariantService service;
    QSignalSpy cancelled(&service, &VariantService::cancelled);
    QSignalSpy finished(&service, &VariantService::finished);
    QSignalSpy failed(&service, &VariantService::failed);
    qint64 doneWhenCancelled = -1;
    qint64 totalWhenCancelled = -1;
    std::uint64_t job = 0;
    QObject::connect(&service, &VariantService::progress, [&](std::uint64_t answered, qint64 done, qint64 total) {
        if (answered != job || done == 0 || doneWhenCancelled >= 0)
            return;
        doneWhenCancelled = done;
        totalWhenCancelled = total;
        service.cancel(job);
    });
    job = service.score(request);
    REQUIRE(cancelled.wait(kWait));
    CHECK(cancelled.front().at(0).toULongLong() == job);
    CHECK(totalWhenCancelled == 40000);
    CHECK(doneWhenCancelled > 0);
    CHECK(doneWhenCancelled < totalWhenCancelled);
    CHECK_FALSE(service.isRunning(job));
    // Anything still queued would have arrived by now; the job ended once.
    QCoreApplication::processEvents();
    CHECK(finished.isEmpty());
    CHECK(failed.isEmpty());
    CHECK(cancelled.count() == 1);
}

TEST_CASE("Destroying the service during a long job stops it within a batch")
{
    promoterlab::test::TemporaryDirectory folder;
    VariantRequest request;
    request.path = QString::fromStdString(writeRandomPairs(folder, 20000));
    request.model = shippedModel();
    auto service = std::make_unique<VariantService>();
    QSignalSpy progress(service.get(), &VariantService::progress);
    service->score(request);
    // Wait until prediction runs: a report with sequences done.
    while (progress.isEmpty() || progress.back().at(1).toLongLong() == 0)
        REQUIRE(progress.wait(kWait));
    const qint64 total = progress.back().at(2).toLongLong();
    QElapsedTimer destruction;
    destruction.start();
    service.reset();
    // The whole job is 40,000 predictions; stopping takes one batch of 128.
    CHECK(total == 40000);
    CHECK(destruction.elapsed() < 10000);
}

TEST_CASE("Without a model, or without the columns it needs, a job fails with a message saying what to do")
{
    VariantService service;
    QSignalSpy failed(&service, &VariantService::failed);
    QSignalSpy finished(&service, &VariantService::finished);

    VariantRequest noModel = driftRequest();
    noModel.model = nullptr;
    const auto first = service.score(noModel);
    REQUIRE(failed.wait(kWait));
    CHECK(failed.back().at(0).toULongLong() == first);
    CHECK(failed.back().at(1).toString().contains("No model is loaded"));

    VariantRequest noColumns = driftRequest();
    noColumns.columns = VariantColumns();
    const auto second = service.score(noColumns);
    REQUIRE(failed.wait(kWait));
    CHECK(failed.back().at(0).toULongLong() == second);
    const QString message = failed.back().at(1).toString();
    CHECK(message.contains("complex_medium_drift_head40.tsv line 1"));
    CHECK(message.contains("no column for the reference sequence"));
    CHECK(message.contains("'original_seq'"));

    VariantRequest missing = driftRequest();
    missing.path = QStringLiteral("/nonexistent/variants.csv");
    service.score(missing);
    REQUIRE(failed.wait(kWait));
    CHECK(failed.back().at(1).toString().contains("/nonexistent/variants.csv"));
    CHECK(finished.isEmpty());
}

TEST_CASE("The header columns of a table are read for the column choice, gzip or not")
{
    promoterlab::test::TemporaryDirectory folder;
    const auto columns = promoterlab::widgets::variantTableColumns(
        QString::fromStdString(promoterlab::test::fixturePath("variants/drift_delta_complex_head40.csv")));
    CHECK(columns == QStringList{"", "sequence", "Measured Expression", "Predicted Expression"});
    CHECK(promoterlab::widgets::variantTableColumns(
              QString::fromStdString(promoterlab::test::fixturePath("io/deboer_native80_head20.tsv.gz")))
          == QStringList{"seq", "isNative", "EL.originalHQ", "EL.rep1", "EL.rep2", "EL.combined"});
    const QString quoted =
        QString::fromStdString(folder.write("quoted.csv", "\xEF\xBB\xBF\n\"id\",\"ref, seq\";x,alt\r\nACGT\n"));
    CHECK(promoterlab::widgets::variantTableColumns(quoted) == QStringList{"id", "ref, seq;x", "alt"});

    QString error;
    CHECK(promoterlab::widgets::variantTableColumns(QString::fromStdString(folder.write("empty.csv", "\n\n")), &error)
              .isEmpty());
    CHECK(error.contains("empty.csv is empty"));
    CHECK(promoterlab::widgets::variantTableColumns(QString::fromStdString(folder.write("one.txt", "ACGT\n")), &error)
              .isEmpty());
    CHECK(error.contains("header row"));
}
