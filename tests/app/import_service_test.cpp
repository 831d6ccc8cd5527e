// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of background import: records arrive in order and in batches, rejections are summed up,
// unreadable files fail with their name, and cancelling or destroying the service stops a job.
#include "import_service.h"
#include "promoterlab/sequence_reader.h"
#include "temporary_directory.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSignalSpy>

#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

using promoterlab::SequenceRecord;
using promoterlab::widgets::ImportService;
using promoterlab::widgets::ImportSummary;

namespace {

const std::string kDataDir = PROMOTERLAB_TEST_DATA_DIR "/io/";
constexpr int kWait = 60000;

struct GeneratedFasta {
    std::string path;
    std::vector<std::string> bases;  // record i is named "r<i>"
};

// A FASTA of count random 60-nt records, each on two lines of 30 bases.
GeneratedFasta writeFasta(const promoterlab::test::TemporaryDirectory& folder, std::size_t count)
{
    GeneratedFasta fasta{folder.file("library.fa"), {}};
    std::mt19937 random(7);
    std::ofstream out(fasta.path, std::ios::binary);
    for (std::size_t i = 0; i < count; ++i) {
        std::string bases(60, 'A');
        for (char& base : bases)
            base = "ACGT"[random() % 4];
        out << ">r" << i << '\n' << bases.substr(0, 30) << '\n' << bases.substr(30) << '\n';
        fasta.bases.push_back(std::move(bases));
    }
    return fasta;
}

// Everything a service said about its jobs, in the order it said it.
struct Collector {
    explicit Collector(ImportService& service)
    {
        QObject::connect(&service, &ImportService::started,
                         [this](std::uint64_t job, const QString&) { events.emplace_back("started", job); });
        QObject::connect(&service, &ImportService::recordsRead,
                         [this](std::uint64_t job, const std::vector<SequenceRecord>& batch) {
                             events.emplace_back("records", job);
                             batchSizes.push_back(batch.size());
                             records.insert(records.end(), batch.begin(), batch.end());
                         });
        QObject::connect(&service, &ImportService::progress, [this](std::uint64_t job, qint64 done, qint64 total) {
            events.emplace_back("progress", job);
            progress.emplace_back(done, total);
        });
        QObject::connect(&service, &ImportService::finished, [this](std::uint64_t job, const ImportSummary& result) {
            events.emplace_back("finished", job);
            summary = result;
        });
        QObject::connect(&service, &ImportService::failed, [this](std::uint64_t job, const QString& text) {
            events.emplace_back("failed", job);
            message = text;
        });
        QObject::connect(&service, &ImportService::cancelled,
                         [this](std::uint64_t job) { events.emplace_back("cancelled", job); });
    }

    std::vector<std::pair<std::string, std::uint64_t>> events;
    std::vector<std::size_t> batchSizes;
    std::vector<SequenceRecord> records;
    std::vector<std::pair<qint64, qint64>> progress;
    ImportSummary summary;
    QString message;
};

}  // namespace

TEST_CASE("A 200,000-record FASTA arrives whole and in order, in many batches, with rising progress")
{
    promoterlab::test::TemporaryDirectory folder;
    const auto fasta = writeFasta(folder, 200000);
    ImportService service;
    Collector collector(service);
    QSignalSpy finished(&service, &ImportService::finished);
    const auto job = service.import(QString::fromStdString(fasta.path));
    REQUIRE(finished.wait(kWait));

    CHECK(finished.front().at(0).value<std::uint64_t>() == job);
    const auto summary = finished.front().at(1).value<ImportSummary>();
    CHECK(summary.source == QString::fromStdString(fasta.path));
    CHECK(summary.accepted == 200000);
    CHECK(summary.rejected == 0);
    CHECK(summary.listed.isEmpty());

    REQUIRE(collector.records.size() == 200000);
    for (std::size_t i = 0; i < collector.records.size(); ++i) {
        if (collector.records[i].name != "r" + std::to_string(i) || collector.records[i].bases != fasta.bases[i])
            FAIL("record " << i << " differs: " << collector.records[i].name);
    }
    CHECK(collector.records[1].line == 4);
    // At most kBatchRecords records a batch, so at least 20 batches.
    CHECK(collector.batchSizes.size() >= 200000 / ImportService::kBatchRecords);
    for (const auto size : collector.batchSizes)
        CHECK(size <= ImportService::kBatchRecords);

    const auto fileSize = static_cast<qint64>(std::filesystem::file_size(fasta.path));
    REQUIRE(collector.progress.size() >= 2);
    for (std::size_t i = 1; i < collector.progress.size(); ++i)
        CHECK(collector.progress[i].first >= collector.progress[i - 1].first);
    CHECK(collector.progress.front().first < fileSize);
    CHECK(collector.progress.back() == std::pair(fileSize, fileSize));

    CHECK(collector.events.front() == std::pair<std::string, std::uint64_t>("started", job));
    CHECK(collector.events.back() == std::pair<std::string, std::uint64_t>("finished", job));
    CHECK(service.pendingCount() == 0);
}

TEST_CASE("A bad record among good ones is left out and listed with its file, line and reason")
{
    promoterlab::test::TemporaryDirectory folder;
    const std::string path = folder.write("reads.fa", ">a\nACGT\n>b\nACXT\n>c\nGGCC\n");
    ImportService service;
    Collector collector(service);
    QSignalSpy finished(&service, &ImportService::finished);
    service.import(QString::fromStdString(path));
    REQUIRE(finished.wait(kWait));

    REQUIRE(collector.records.size() == 2);
    CHECK(collector.records[0].name == "a");
    CHECK(collector.records[1].name == "c");
    CHECK(collector.summary.accepted == 2);
    CHECK(collector.summary.rejected == 1);
    REQUIRE(collector.summary.listed.size() == 1);
    CHECK(collector.summary.listed[0].file == QString::fromStdString(path));
    CHECK(collector.summary.listed[0].line == 4);
    CHECK(collector.summary.listed[0].reason.contains("'X' at position 3 is not a nucleotide"));
}

TEST_CASE("Pasted text is read like a file under the name it was given")
{
    ImportService service;
    Collector collector(service);
    QSignalSpy finished(&service, &ImportService::finished);
    service.importText("ACGTACGT\nttgca\nACGU\n", "pasted text");
    REQUIRE(finished.wait(kWait));

    REQUIRE(collector.records.size() == 2);
    CHECK(collector.records[1].bases == "TTGCA");
    CHECK(collector.summary.source == "pasted text");
    REQUIRE(collector.summary.listed.size() == 1);
    CHECK(collector.summary.listed[0].file == "pasted text");
    CHECK(collector.summary.listed[0].line == 3);
}

TEST_CASE("A binary file and an empty file fail with a message naming the file")
{
    promoterlab::test::TemporaryDirectory folder;
    // The PNG signature and the start of its header chunk, NUL bytes included.
    const std::string png = folder.write("plot.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20));
    const std::string empty = folder.write("empty.fa", "");
    ImportService service;
    Collector collector(service);
    QSignalSpy failed(&service, &ImportService::failed);

    const auto pngJob = service.import(QString::fromStdString(png));
    REQUIRE(failed.wait(kWait));
    CHECK(failed.front().at(0).value<std::uint64_t>() == pngJob);
    CHECK(collector.message.contains(QString::fromStdString(png)));
    CHECK(collector.message.contains("binary"));

    const auto emptyJob = service.import(QString::fromStdString(empty));
    REQUIRE(failed.wait(kWait));
    CHECK(failed.back().at(0).value<std::uint64_t>() == emptyJob);
    CHECK(collector.message.contains(QString::fromStdString(empty)));
    CHECK(collector.message.contains("empty"));

    const auto missing = QString::fromStdString(folder.file("missing.fa"));
    service.import(missing);
    REQUIRE(failed.wait(kWait));
    CHECK(collector.message.contains(missing));

    CHECK(collector.records.empty());
    CHECK(service.pendingCount() == 0);
}

TEST_CASE("A gzip file corrupt midway fails after delivering the records before the cut")
{
    ImportService service;
    Collector collector(service);
    QSignalSpy failed(&service, &ImportService::failed);
    service.import(QString::fromStdString(kDataDir + "dream_demo_head50_truncated.tsv.gz"));
    REQUIRE(failed.wait(kWait));
    CHECK(collector.message.contains("dream_demo_head50_truncated.tsv.gz"));
    CHECK(collector.message.contains("truncated or corrupt"));

    // The file is a cut copy of dream_demo_head50: what arrived is a prefix of the whole.
    const auto whole = promoterlab::readAllSequences(kDataDir + "dream_demo_head50.tsv");
    REQUIRE_FALSE(collector.records.empty());
    REQUIRE(collector.records.size() < whole.size());
    for (std::size_t i = 0; i < collector.records.size(); ++i) {
        CHECK(collector.records[i].name == whole[i].name);
        CHECK(collector.records[i].bases == whole[i].bases);
    }
    CHECK(collector.events.back().first == "failed");
}

TEST_CASE("Cancelling after the first batch stops the job; the next queued job still runs")
{
    promoterlab::test::TemporaryDirectory folder;
    const auto fasta = writeFasta(folder, 200000);
    const std::string small = folder.write("small.fa", ">s\nACGT\n");
    ImportService service;
    Collector collector(service);
    std::uint64_t big = 0;
    QObject::connect(&service, &ImportService::recordsRead,
                     [&service, &big](std::uint64_t job, const std::vector<SequenceRecord>&) {
                         if (job == big)
                             service.cancel(job);
                     });
    QSignalSpy cancelled(&service, &ImportService::cancelled);
    QSignalSpy finished(&service, &ImportService::finished);
    big = service.import(QString::fromStdString(fasta.path));
    const auto next = service.import(QString::fromStdString(small));
    REQUIRE(cancelled.wait(kWait));
    CHECK(cancelled.front().at(0).value<std::uint64_t>() == big);
    if (finished.isEmpty())
        REQUIRE(finished.wait(kWait));
    CHECK(finished.front().at(0).value<std::uint64_t>() == next);

    // Only the first batch of the big file arrived; nothing of it after the cancel.
    REQUIRE(collector.batchSizes.size() == 2);
    CHECK(collector.batchSizes[0] <= ImportService::kBatchRecords);
    CHECK(collector.records.size() == collector.batchSizes[0] + 1);
    CHECK(collector.records.size() < 200000);
    CHECK(collector.records.back().name == "s");
    for (std::size_t i = 0; i < collector.batchSizes[0]; ++i)
        CHECK(collector.records[i].name == "r" + std::to_string(i));
    std::vector<std::string> bigEvents;
    for (const auto& [event, job] : collector.events)
        if (job == big)
            bigEvents.push_back(event);
    CHECK(bigEvents == std::vector<std::string>{"started", "records", "cancelled"});
}

TEST_CASE("A job cancelled while queued never starts")
{
    promoterlab::test::TemporaryDirectory folder;
    const std::string first = folder.write("first.fa", ">a\nACGT\n");
    const std::string second = folder.write("second.fa", ">b\nACGT\n");
    ImportService service;
    Collector collector(service);
    QSignalSpy finished(&service, &ImportService::finished);
    QSignalSpy cancelled(&service, &ImportService::cancelled);
    const auto kept = service.import(QString::fromStdString(first));
    const auto dropped = service.import(QString::fromStdString(second));
    CHECK(dropped > kept);
    CHECK(service.pendingCount() == 2);
    service.cancel(dropped);
    CHECK(service.pendingCount() == 1);
    REQUIRE(cancelled.wait(kWait));
    CHECK(cancelled.front().at(0).value<std::uint64_t>() == dropped);
    if (finished.isEmpty())
        REQUIRE(finished.wait(kWait));
    CHECK(finished.front().at(0).value<std::uint64_t>() == kept);
    REQUIRE(collector.records.size() == 1);
    CHECK(collector.records[0].name == "a");
    for (const auto& [event, job] : collector.events)
        CHECK((job == kept || event == "cancelled"));
    // Ended jobs are no longer cancellable.
    service.cancel(kept);
    QCoreApplication::processEvents();
    CHECK(cancelled.count() == 1);
}

TEST_CASE("Destroying the service during a job or before it starts stops it without a crash")
{
    promoterlab::test::TemporaryDirectory folder;
    const auto fasta = writeFasta(folder, 200000);
    std::size_t received = 0;
    {
        auto service = std::make_unique<ImportService>();
        QObject::connect(service.get(), &ImportService::recordsRead,
                         [&received](std::uint64_t, const std::vector<SequenceRecord>& batch) {
                             received += batch.size();
                         });
        QSignalSpy batches(service.get(), &ImportService::recordsRead);
        service->import(QString::fromStdString(fasta.path));
        service->import(QString::fromStdString(fasta.path));
        REQUIRE(batches.wait(kWait));
    }
    CHECK(received < 200000);
    auto service = std::make_unique<ImportService>();
    service->import(QString::fromStdString(fasta.path));
    service.reset();
    SUCCEED();
}
