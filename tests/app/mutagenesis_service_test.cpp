// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of background mutagenesis: maps arrive in order on the caller's thread equal to the core's,
// a batch cancelled halfway stops and the same batch then runs to the end, bad input fails cleanly.
#include "mutagenesis_service.h"
#include "promoterlab/model.h"
#include "shipped_model.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QThread>

#include <random>

using promoterlab::Model;
using promoterlab::MutagenesisMap;
using promoterlab::SequenceRecord;
using promoterlab::widgets::MutagenesisService;

namespace {

std::vector<SequenceRecord> randomRecords(std::size_t count, std::size_t length)
{
    std::mt19937 random(42);
    std::vector<SequenceRecord> records;
    for (std::size_t i = 0; i < count; ++i) {
        SequenceRecord record;
        record.name = "r" + std::to_string(i);
        for (std::size_t j = 0; j < length; ++j)
            record.bases += "ACGT"[random() % 4];
        records.push_back(record);
    }
    return records;
}

}  // namespace

TEST_CASE("Maps arrive in order on the caller's thread, equal to the core's maps")
{
    const std::shared_ptr<const Model> model = promoterlab::test::shippedModel();
    const auto records = randomRecords(2, 80);
    MutagenesisService service;
    std::vector<std::pair<qint64, MutagenesisMap>> maps;
    Qt::HANDLE answeringThread = nullptr;
    QObject::connect(&service, &MutagenesisService::mapped, [&](std::uint64_t, qint64 index, const MutagenesisMap& map) {
        maps.emplace_back(index, map);
        answeringThread = QThread::currentThreadId();
    });
    QSignalSpy finished(&service, &MutagenesisService::finished);
    QSignalSpy progress(&service, &MutagenesisService::progress);
    const auto job = service.map(model, records, {}, false);
    CHECK(service.isRunning(job));
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(service.isRunning(job));
    CHECK(answeringThread == QThread::currentThreadId());
    REQUIRE(maps.size() == 2);
    CHECK(maps[0].first == 0);
    CHECK(maps[1].first == 1);
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.back().at(1).toLongLong() == progress.back().at(2).toLongLong());
    CHECK(progress.back().at(2).toLongLong() == 2 * 3 * 80);

    const promoterlab::Predictor predictor(model);
    const auto direct = promoterlab::computeMutagenesisMap(predictor, records[1].name, records[1].bases);
    REQUIRE(maps[1].second.deltas.size() == direct.deltas.size());
    for (std::size_t cell = 0; cell < direct.deltas.size(); ++cell)
        CHECK(maps[1].second.deltas[cell] == Approx(direct.deltas[cell]).margin(1e-9));
    CHECK_FALSE(maps[1].second.estimated);
}

TEST_CASE("A 1,000-sequence batch cancelled halfway stops, and the same batch then completes")
{
    const std::shared_ptr<const Model> model = Model::load(PROMOTERLAB_TEST_DATA_DIR "/models/tiny_optimized.pth");
    const auto records = randomRecords(1000, 20);
    MutagenesisService service;
    qint64 mapsSeen = 0;
    std::uint64_t first = 0;
    QObject::connect(&service, &MutagenesisService::mapped, [&](std::uint64_t job, qint64, const MutagenesisMap&) {
        if (job != first)
            return;
        if (++mapsSeen == 500)
            service.cancel(job);
    });
    QSignalSpy cancelled(&service, &MutagenesisService::cancelled);
    QSignalSpy finished(&service, &MutagenesisService::finished);
    first = service.map(model, records, {}, false);
    REQUIRE(cancelled.wait(120000));
    CHECK(finished.isEmpty());
    CHECK(mapsSeen >= 500);
    CHECK(mapsSeen < 1000);

    qint64 mapsOfRestart = 0;
    QObject::connect(&service, &MutagenesisService::mapped,
                     [&](std::uint64_t job, qint64, const MutagenesisMap&) { mapsOfRestart += job != first; });
    const auto second = service.map(model, records, {}, false);
    REQUIRE(finished.wait(120000));
    CHECK(finished.front().at(0).toULongLong() == second);
    CHECK(mapsOfRestart == 1000);
}

TEST_CASE("Estimates are marked, and bad input or no model fail with a message naming the problem")
{
    const std::shared_ptr<const Model> model = Model::load(PROMOTERLAB_TEST_DATA_DIR "/models/tiny_optimized.pth");
    MutagenesisService service;
    QSignalSpy failed(&service, &MutagenesisService::failed);
    QSignalSpy mapped(&service, &MutagenesisService::mapped);
    QSignalSpy finished(&service, &MutagenesisService::finished);

    service.map(model, randomRecords(1, 30), {}, true);
    REQUIRE(finished.wait(30000));
    REQUIRE(mapped.count() == 1);
    CHECK(mapped.front().at(2).value<MutagenesisMap>().estimated);

    auto records = randomRecords(2, 30);
    records[1].name = "broken";
    records[1].bases[4] = 'X';
    service.map(model, records, {}, false);
    REQUIRE(failed.wait(30000));
    CHECK(failed.back().at(1).toString().contains("'broken'"));
    CHECK(mapped.count() == 1);

    service.map(nullptr, records, {}, false);
    REQUIRE(failed.wait(30000));
    CHECK(failed.back().at(1).toString() == "No model is loaded.");
}
