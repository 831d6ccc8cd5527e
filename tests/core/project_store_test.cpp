// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of ProjectStore: content round trips, format checks and upgrades, copies and survival of a kill -9.
#include "promoterlab/errors.h"
#include "promoterlab/project_store.h"
#include "temporary_directory.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <grp.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <limits>
#include <set>
#include <string>
#include <vector>

extern char** environ;

using promoterlab::EpochRecord;
using promoterlab::MotifHit;
using promoterlab::MutagenesisMap;
using promoterlab::ProjectSequence;
using promoterlab::ProjectStore;
using promoterlab::SequenceMap;
using promoterlab::SequenceRecord;
using promoterlab::StoredPrediction;
using promoterlab::StoreError;
using promoterlab::TrainingRunRecord;
using promoterlab::Variant;
using promoterlab::VariantEffect;
using promoterlab::test::TemporaryDirectory;

namespace {

SequenceRecord record(std::string name, std::string bases, std::optional<double> measured = std::nullopt)
{
    SequenceRecord record;
    record.name = std::move(name);
    record.bases = std::move(bases);
    record.measured = measured;
    return record;
}

StoredPrediction prediction(std::int64_t sequenceId, std::string bases, double expression, std::vector<float> outputs)
{
    StoredPrediction prediction;
    prediction.sequenceId = sequenceId;
    prediction.bases = std::move(bases);
    prediction.expression = expression;
    prediction.outputs = std::move(outputs);
    return prediction;
}

std::vector<std::string> namesOf(const std::vector<ProjectSequence>& sequences)
{
    std::vector<std::string> names;
    for (const ProjectSequence& sequence : sequences)
        names.push_back(sequence.name);
    return names;
}

// Runs SQL on a file through SQLite directly, as another program (or a newer PromoterLab) would.
void runRawSql(const std::string& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int code = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    INFO(message);
    REQUIRE(code == SQLITE_OK);
}

// The first column of the first row of a query, read through SQLite directly.
std::string rawQuery(const std::string& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const std::string value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

std::string rawPragma(const std::string& path, const std::string& pragma)
{
    return rawQuery(path, "PRAGMA " + pragma);
}

// The StoreError message open() throws for path.
std::string openFailure(const std::string& path)
{
    try {
        ProjectStore::open(path);
    } catch (const StoreError& error) {
        return error.what();
    }
    FAIL("opening " << path << " did not throw StoreError");
    return {};
}

}  // namespace

TEST_CASE("A new project is empty, intact and uses write-ahead logging")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("new.plproj");
    {
        ProjectStore store = ProjectStore::create(path);
        CHECK(store.path() == path);
        CHECK(store.integrityCheck() == "ok");
        CHECK(store.sequenceCount() == 0);
        CHECK(store.sequences().empty());
        CHECK(store.models().empty());
        CHECK_FALSE(store.activeModel());
        CHECK(store.trainingRuns().empty());
        CHECK_FALSE(store.value("anything"));
    }
    CHECK(rawPragma(path, "journal_mode") == "wal");
    CHECK(rawPragma(path, "user_version") == std::to_string(ProjectStore::kFormatVersion));
    ProjectStore reopened = ProjectStore::open(path);
    CHECK(reopened.sequenceCount() == 0);
}

TEST_CASE("Sequences come back in list order with names, bases, measured values, folds and metadata after a reopen")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("p.plproj");
    std::vector<std::int64_t> firstIds;
    std::vector<std::int64_t> secondIds;
    {
        ProjectStore store = ProjectStore::create(path);
        SequenceRecord withMetadata = record("zeta", "ACGTN", 12.5);
        withMetadata.fold = 3;
        withMetadata.metadata = {{"source", "plate 1"}, {"comment", "a, \"quoted\"\nline"}, {"source", "again"}};
        firstIds = store.addSequences({withMetadata, record("alpha", "TTTT")});
        secondIds = store.addSequences({record("mid", "GG", -0.25), record("", "")});
        CHECK(store.sequenceCount() == 4);
    }
    REQUIRE(firstIds.size() == 2);
    REQUIRE(secondIds.size() == 2);
    const std::set<std::int64_t> distinct = {firstIds[0], firstIds[1], secondIds[0], secondIds[1]};
    CHECK(distinct.size() == 4);

    const ProjectStore store = ProjectStore::open(path);
    const std::vector<ProjectSequence> sequences = store.sequences();
    REQUIRE(sequences.size() == 4);
    // Insertion order, not alphabetical or by id.
    CHECK(namesOf(sequences) == std::vector<std::string>{"zeta", "alpha", "mid", ""});
    CHECK(sequences[0].id == firstIds[0]);
    CHECK(sequences[1].id == firstIds[1]);
    CHECK(sequences[2].id == secondIds[0]);
    CHECK(sequences[3].id == secondIds[1]);
    CHECK(sequences[0].bases == "ACGTN");
    CHECK(sequences[0].originalBases == "ACGTN");
    CHECK(sequences[0].measured == 12.5);
    CHECK(sequences[0].fold == 3);
    CHECK(sequences[0].metadata
          == std::vector<std::pair<std::string, std::string>>{
              {"source", "plate 1"}, {"comment", "a, \"quoted\"\nline"}, {"source", "again"}});
    CHECK_FALSE(sequences[1].measured);
    CHECK_FALSE(sequences[1].fold);
    CHECK(sequences[1].metadata.empty());
    CHECK(sequences[2].measured == -0.25);
    CHECK(sequences[3].bases.empty());
}

TEST_CASE("Removing sequences keeps the others in order and never reuses their ids")
{
    TemporaryDirectory folder;
    ProjectStore store = ProjectStore::create(folder.file("p.plproj"));
    const auto ids = store.addSequences({record("a", "A"), record("b", "C"), record("c", "G"), record("d", "T")});
    store.removeSequences({ids[1], ids[3], 987654});  // an unknown id is skipped
    CHECK(namesOf(store.sequences()) == std::vector<std::string>{"a", "c"});
    const auto added = store.addSequences({record("e", "A")});
    CHECK(added[0] > ids[3]);
    CHECK(namesOf(store.sequences()) == std::vector<std::string>{"a", "c", "e"});
    CHECK(store.sequenceCount() == 3);
}

TEST_CASE("An edit changes the bases, keeps the original and is logged with its time, old and new bases")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("p.plproj");
    std::int64_t id = 0;
    {
        ProjectStore store = ProjectStore::create(path);
        id = store.addSequences({record("s", "AAAA")})[0];
        store.setBases(id, "AACA");
        store.setBases(id, "AACA");  // no change, no log entry
        store.setBases(id, "TACA");
    }
    const ProjectStore store = ProjectStore::open(path);
    const ProjectSequence sequence = store.sequences().at(0);
    CHECK(sequence.bases == "TACA");
    CHECK(sequence.originalBases == "AAAA");
    const auto edits = store.edits(id);
    REQUIRE(edits.size() == 2);
    CHECK(edits[0].oldBases == "AAAA");
    CHECK(edits[0].newBases == "AACA");
    CHECK(edits[1].oldBases == "AACA");
    CHECK(edits[1].newBases == "TACA");
    // ISO-8601 UTC with milliseconds, in this year.
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    for (const auto& edit : edits) {
        REQUIRE(edit.time.size() == std::string("2024-05-01T12:30:00.123Z").size());
        CHECK(edit.time.substr(0, 4) == std::to_string(1900 + utc.tm_year));
        CHECK(edit.time[10] == 'T');
        CHECK(edit.time.back() == 'Z');
    }
    CHECK(edits[0].time <= edits[1].time);
}

TEST_CASE("Renaming a sequence survives a reopen; editing or renaming an unknown id names the project")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("p.plproj");
    {
        ProjectStore store = ProjectStore::create(path);
        const auto ids = store.addSequences({record("old", "ACGT")});
        store.renameSequence(ids[0], "new name");
        CHECK_THROWS_WITH(store.renameSequence(ids[0] + 100, "x"),
                          Catch::Contains(path) && Catch::Contains("no sequence with id"));
        CHECK_THROWS_WITH(store.setBases(ids[0] + 100, "A"),
                          Catch::Contains(path) && Catch::Contains("no sequence with id"));
    }
    CHECK(namesOf(ProjectStore::open(path).sequences()) == std::vector<std::string>{"new name"});
}

TEST_CASE("The same model file gives the same id, and the active model survives a reopen")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("p.plproj");
    std::int64_t second = 0;
    {
        ProjectStore store = ProjectStore::create(path);
        const std::int64_t first = store.rememberModel("/models/a.plmodel", "hash-a", "Model A");
        second = store.rememberModel("/models/b.plmodel", "hash-b", "Model B");
        CHECK(first != second);
        CHECK(store.rememberModel("/models/a.plmodel", "hash-a", "Model A renamed") == first);
        // Same path, new content: a different model.
        const std::int64_t retrained = store.rememberModel("/models/a.plmodel", "hash-a2", "Model A");
        CHECK(retrained != first);
        store.setActiveModel(first);
        store.setActiveModel(second);
        CHECK_THROWS_WITH(store.setActiveModel(retrained + 100),
                          Catch::Contains(path) && Catch::Contains("no model with id"));
    }
    const ProjectStore store = ProjectStore::open(path);
    CHECK(store.activeModel() == second);
    const auto models = store.models();
    REQUIRE(models.size() == 3);
    CHECK(models[0].path == "/models/a.plmodel");
    CHECK(models[0].contentHash == "hash-a");
    CHECK(models[0].name == "Model A renamed");
    CHECK(models[1].id == second);
    CHECK(models[1].name == "Model B");
    CHECK(models[2].contentHash == "hash-a2");
}

TEST_CASE("Predictions round trip their outputs bit for bit and a new one replaces the old")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("p.plproj");
    const std::vector<float> outputs = {0.1f, 1e-30f, -2.5f, 3.4e38f, 0.0f, 1.0f / 3.0f};
    std::vector<std::int64_t> ids;
    std::int64_t model = 0;
    {
        ProjectStore store = ProjectStore::create(path);
        ids = store.addSequences({record("a", "ACGT"), record("b", "GGCC"), record("c", "TTAA")});
        model = store.rememberModel("m.plmodel", "h", "m");
        StoredPrediction stranded = prediction(ids[0], "ACGT", 7.25, outputs);
        stranded.hasStrands = true;
        stranded.expressionForward = 7.0;
        stranded.expressionReverse = 7.5;
        // c is saved first but must come back after a: predictions follow the list order.
        store.savePredictions(model, {prediction(ids[2], "TTAA", 1.0, {}), stranded});
        store.savePredictions(model, {prediction(ids[2], "TTAA", 2.0, {0.5f})});
    }
    const ProjectStore store = ProjectStore::open(path);
    const auto stored = store.predictions(model);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].sequenceId == ids[0]);
    CHECK(stored[0].bases == "ACGT");
    CHECK(stored[0].expression == 7.25);
    CHECK(stored[0].outputs == outputs);
    CHECK(stored[0].hasStrands);
    CHECK(stored[0].expressionForward == 7.0);
    CHECK(stored[0].expressionReverse == 7.5);
    CHECK(stored[1].sequenceId == ids[2]);
    CHECK(stored[1].expression == 2.0);
    CHECK(stored[1].outputs == std::vector<float>{0.5f});
    CHECK_FALSE(stored[1].hasStrands);
}

TEST_CASE("A prediction is hidden once its sequence is edited and back when the edit is undone")
{
    TemporaryDirectory folder;
    ProjectStore store = ProjectStore::create(folder.file("p.plproj"));
    const auto ids = store.addSequences({record("a", "ACGT"), record("b", "GGCC")});
    const std::int64_t model = store.rememberModel("m.plmodel", "h", "m");
    store.savePredictions(model, {prediction(ids[0], "ACGT", 1, {1}), prediction(ids[1], "GGCC", 2, {2})});

    store.setBases(ids[0], "ACGA");
    auto stored = store.predictions(model);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].sequenceId == ids[1]);

    store.setBases(ids[0], "ACGT");
    CHECK(store.predictions(model).size() == 2);
}

TEST_CASE("Predictions are kept per model and go with their sequence; late ones for a removed sequence are dropped")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("p.plproj");
    ProjectStore store = ProjectStore::create(path);
    const auto ids = store.addSequences({record("a", "ACGT"), record("b", "GGCC")});
    const std::int64_t first = store.rememberModel("1.plmodel", "h1", "one");
    const std::int64_t second = store.rememberModel("2.plmodel", "h2", "two");
    store.savePredictions(first, {prediction(ids[0], "ACGT", 1, {}), prediction(ids[1], "GGCC", 2, {})});
    store.savePredictions(second, {prediction(ids[0], "ACGT", 10, {})});
    CHECK(store.predictions(first).size() == 2);
    REQUIRE(store.predictions(second).size() == 1);
    CHECK(store.predictions(second)[0].expression == 10);

    store.removeSequences({ids[0]});
    CHECK(store.predictions(second).empty());
    REQUIRE(store.predictions(first).size() == 1);
    CHECK(store.predictions(first)[0].sequenceId == ids[1]);

    store.savePredictions(first, {prediction(ids[0], "ACGT", 1, {})});
    CHECK(store.predictions(first).size() == 1);
    CHECK_THROWS_WITH(store.savePredictions(second + 100, {prediction(ids[1], "GGCC", 1, {})}),
                      Catch::Contains(path) && Catch::Contains("no model with id"));
    CHECK(store.integrityCheck() == "ok");
}

TEST_CASE("Training runs and their epochs round trip, NaN metrics included")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("p.plproj");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::int64_t finished = 0;
    std::int64_t running = 0;
    {
        ProjectStore store = ProjectStore::create(path);
        TrainingRunRecord run;
        run.name = "native80 compact";
        run.configJson = R"({"epochs": 3, "optimizer": "lion"})";
        run.dataDescription = "native80.tsv, 680000 rows";
        run.device = "cpu";
        run.started = "2024-05-01T12:00:00Z";
        run.status = "ignored";
        finished = store.startTrainingRun(run);
        store.addEpoch(finished, {1, 0.9, 0.8, 0.5, 0.45, 60.5, 1200});
        store.addEpoch(finished, {2, 0.7, nan, nan, nan, 61, 1190});
        store.addEpoch(finished, {1, 0.95, 0.85, 0.4, 0.35, 59, 1210});  // recorded again: replaces
        store.finishTrainingRun(finished, "finished", "/runs/compact.plmodel", "best validation Pearson 0.5");
        run.name = "second";
        running = store.startTrainingRun(run);
        CHECK_THROWS_WITH(store.finishTrainingRun(running, "paused", "", ""), Catch::Contains("not an end status"));
        CHECK_THROWS_WITH(store.addEpoch(running + 100, {1, 0, 0, 0, 0, 0, 0}),
                          Catch::Contains(path) && Catch::Contains("no training run with id"));
        CHECK_THROWS_WITH(store.finishTrainingRun(running + 100, "failed", "", ""),
                          Catch::Contains("no training run with id"));
    }
    const ProjectStore store = ProjectStore::open(path);
    const auto runs = store.trainingRuns();
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].id == finished);
    CHECK(runs[0].name == "native80 compact");
    CHECK(runs[0].configJson == R"({"epochs": 3, "optimizer": "lion"})");
    CHECK(runs[0].dataDescription == "native80.tsv, 680000 rows");
    CHECK(runs[0].device == "cpu");
    CHECK(runs[0].started == "2024-05-01T12:00:00Z");
    CHECK(runs[0].status == "finished");
    CHECK(runs[0].bundlePath == "/runs/compact.plmodel");
    CHECK(runs[0].message == "best validation Pearson 0.5");
    CHECK(runs[1].id == running);
    CHECK(runs[1].status == "running");
    CHECK(runs[1].bundlePath.empty());

    const auto epochs = store.epochs(finished);
    REQUIRE(epochs.size() == 2);
    CHECK(epochs[0].epoch == 1);
    CHECK(epochs[0].trainLoss == 0.95);
    CHECK(epochs[0].validationLoss == 0.85);
    CHECK(epochs[0].validationPearson == 0.4);
    CHECK(epochs[0].validationSpearman == 0.35);
    CHECK(epochs[0].seconds == 59);
    CHECK(epochs[0].samplesPerSecond == 1210);
    CHECK(epochs[1].epoch == 2);
    CHECK(epochs[1].trainLoss == 0.7);
    CHECK(std::isnan(epochs[1].validationLoss));
    CHECK(std::isnan(epochs[1].validationPearson));
    CHECK(std::isnan(epochs[1].validationSpearman));
    CHECK(store.epochs(running).empty());
}

TEST_CASE("Project settings are stored as text and overwritten by key")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("p.plproj");
    {
        ProjectStore store = ProjectStore::create(path);
        store.setValue("selected row", "3");
        store.setValue("selected row", "7");
        store.setValue("empty", "");
    }
    const ProjectStore store = ProjectStore::open(path);
    CHECK(store.value("selected row") == "7");
    CHECK(store.value("empty") == "");
    CHECK_FALSE(store.value("missing"));
}

TEST_CASE("Creating a project replaces the file there and a stale write-ahead log beside it")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("p.plproj");
    {
        ProjectStore old = ProjectStore::create(path);
        old.addSequences({record("old", "A")});
    }
    folder.write("p.plproj-wal", std::string(4096, 'x'));
    {
        ProjectStore store = ProjectStore::create(path);
        CHECK(store.sequenceCount() == 0);
        CHECK(store.integrityCheck() == "ok");
    }
    folder.write("q.plproj", "not a project");
    ProjectStore replaced = ProjectStore::create(folder.file("q.plproj"));
    CHECK(replaced.integrityCheck() == "ok");
    CHECK_THROWS_WITH(ProjectStore::create(folder.file("")), Catch::Contains("is a folder"));
}

TEST_CASE("Save As writes a complete copy while the project stays open, and refuses the project's own file")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("p.plproj");
    const std::string copyPath = folder.file("copy.plproj");
    folder.write("copy.plproj", "an older file to replace");
    ProjectStore store = ProjectStore::create(path);
    const auto ids = store.addSequences({record("a", "ACGT", 1.5), record("b", "GG")});
    const std::int64_t model = store.rememberModel("m.plmodel", "h", "m");
    store.setActiveModel(model);
    store.savePredictions(model, {prediction(ids[0], "ACGT", 4, {0.25f, 0.75f})});
    store.setValue("k", "v");

    store.saveCopyAs(copyPath);
    CHECK_FALSE(std::filesystem::exists(copyPath + ".partial"));
    // Later changes go to the original only.
    store.addSequences({record("after", "T")});

    ProjectStore copy = ProjectStore::open(copyPath);
    CHECK(copy.integrityCheck() == "ok");
    CHECK(namesOf(copy.sequences()) == std::vector<std::string>{"a", "b"});
    CHECK(copy.activeModel() == model);
    REQUIRE(copy.predictions(model).size() == 1);
    CHECK(copy.predictions(model)[0].outputs == std::vector<float>{0.25f, 0.75f});
    CHECK(copy.value("k") == "v");
    copy.renameSequence(ids[1], "renamed in copy");
    CHECK(namesOf(store.sequences()) == std::vector<std::string>{"a", "b", "after"});

    CHECK_THROWS_WITH(store.saveCopyAs(path), Catch::Contains("own file"));
    CHECK_THROWS_WITH(store.saveCopyAs(folder.file("./p.plproj")), Catch::Contains("own file"));
    CHECK(store.sequenceCount() == 3);
    CHECK(store.integrityCheck() == "ok");
}

TEST_CASE("A moved store keeps working on its file")
{
    TemporaryDirectory folder;
    ProjectStore first = ProjectStore::create(folder.file("p.plproj"));
    ProjectStore second = std::move(first);
    second.addSequences({record("a", "A")});
    ProjectStore third = ProjectStore::create(folder.file("other.plproj"));
    third = std::move(second);
    CHECK(third.path() == folder.file("p.plproj"));
    CHECK(third.sequenceCount() == 1);
}

TEST_CASE("Opening a missing, empty or non-SQLite file says so and names it")
{
    TemporaryDirectory folder;
    const std::string missing = folder.file("missing.plproj");
    CHECK_THAT(openFailure(missing), Catch::Contains(missing) && Catch::Contains("no such file"));

    const std::string empty = folder.write("empty.plproj", "");
    CHECK_THAT(openFailure(empty), Catch::Contains(empty) && Catch::Contains("empty (0 bytes)"));

    const std::string text = folder.write("text.plproj", ">seq1\nACGTACGT\n" + std::string(2000, 'A'));
    CHECK_THAT(openFailure(text), Catch::Contains(text) && Catch::Contains("not a PromoterLab project")
                                      && Catch::Contains("not an SQLite database"));
    CHECK(promoterlab::test::readFileBytes(text) == ">seq1\nACGTACGT\n" + std::string(2000, 'A'));

    CHECK_THAT(openFailure(folder.file("")), Catch::Contains("is a folder"));
}

TEST_CASE("Opening another program's SQLite database refuses it and leaves it untouched")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("other.db");
    runRawSql(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada');");
    const std::string before = promoterlab::test::readFileBytes(path);
    CHECK_THAT(openFailure(path), Catch::Contains(path) && Catch::Contains("another program")
                                      && Catch::Contains("not a PromoterLab project"));
    CHECK(promoterlab::test::readFileBytes(path) == before);
    CHECK(rawPragma(path, "journal_mode") == "delete");
}

TEST_CASE("A project written by a newer PromoterLab is refused with its format number and what to do")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("future.plproj");
    ProjectStore::create(path);
    runRawSql(path, "PRAGMA user_version = 3; CREATE TABLE designs (id INTEGER PRIMARY KEY);");
    CHECK_THAT(openFailure(path),
               Catch::Contains(path) && Catch::Contains("newer PromoterLab")
                   && Catch::Contains("project format 3; this version reads up to "
                                      + std::to_string(ProjectStore::kFormatVersion))
                   && Catch::Contains("update PromoterLab"));
}

TEST_CASE("A hundred thousand sequences go in with one call")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("big.plproj");
    std::vector<SequenceRecord> records;
    const std::string bases = "TGCATTTTTTTCACATC" + std::string(80, 'A') + "GGTTACGGCTGTT";
    for (int i = 0; i < 100000; ++i)
        records.push_back(record("seq" + std::to_string(i), bases, i * 0.001));
    {
        ProjectStore store = ProjectStore::create(path);
        const auto ids = store.addSequences(records);
        CHECK(ids.size() == records.size());
        CHECK(std::set<std::int64_t>(ids.begin(), ids.end()).size() == records.size());
    }
    const ProjectStore store = ProjectStore::open(path);
    CHECK(store.sequenceCount() == 100000);
    const auto sequences = store.sequences();
    REQUIRE(sequences.size() == 100000);
    CHECK(sequences.front().name == "seq0");
    CHECK(sequences.back().name == "seq99999");
    CHECK(sequences.back().measured == Approx(99.999));
}

namespace {

// A map whose cells all differ: mutant cells hold values of every magnitude and sign, -0.0
// included, so that only a bit-exact round trip compares equal.
MutagenesisMap syntheticMap(const std::string& name, const std::string& bases, int inputOffset, int sequenceOffset,
                            double scale, std::size_t outputCount)
{
    MutagenesisMap map;
    map.name = name;
    map.bases = bases;
    map.inputOffset = inputOffset;
    map.sequenceOffset = sequenceOffset;
    map.reference.outputs = {0.25f, 0.5f, 0.125f};
    map.reference.expression = 8.0 / 3.0 * scale;
    map.reference.hasStrands = true;
    map.reference.expressionForward = 2.5 * scale;
    map.reference.expressionReverse = 1e-300;
    const std::size_t cells = 4 * bases.size();
    map.deltas.assign(cells, 0.0);
    if (outputCount > 0)
        map.outputs.resize(cells);
    const double magnitudes[] = {1.0 / 3.0, -0.0, 1e300, -4.9e-324, -7.125};
    for (std::size_t cell = 0; cell < cells; ++cell) {
        if (promoterlab::kMapBases[cell / bases.size()] == bases[cell % bases.size()])
            continue;
        map.deltas[cell] = scale * magnitudes[cell % 5] + (cell % 5 == 1 ? 0.0 : static_cast<double>(cell));
        for (std::size_t k = 0; k < outputCount; ++k)
            map.outputs[cell].push_back(static_cast<float>(cell) + 0.1f * static_cast<float>(k));
    }
    return map;
}

bool sameBits(const std::vector<double>& a, const std::vector<double>& b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

void checkSameMap(const MutagenesisMap& stored, const MutagenesisMap& saved)
{
    CHECK(stored.name == saved.name);
    CHECK(stored.bases == saved.bases);
    CHECK(stored.inputOffset == saved.inputOffset);
    CHECK(stored.sequenceOffset == saved.sequenceOffset);
    CHECK(stored.estimated == saved.estimated);
    CHECK(sameBits(stored.reference.expression, saved.reference.expression));
    CHECK(stored.reference.outputs == saved.reference.outputs);
    CHECK(stored.reference.hasStrands == saved.reference.hasStrands);
    CHECK(sameBits(stored.reference.expressionForward, saved.reference.expressionForward));
    CHECK(sameBits(stored.reference.expressionReverse, saved.reference.expressionReverse));
    CHECK(sameBits(stored.deltas, saved.deltas));
    CHECK(stored.outputs == saved.outputs);
}

// ISO-8601 UTC with milliseconds, e.g. 2024-05-01T12:30:00.123Z.
bool isTimestamp(const std::string& time)
{
    return time.size() == 24 && time[4] == '-' && time[10] == 'T' && time[19] == '.' && time.back() == 'Z';
}

MotifHit motifHit(std::size_t index, std::string id, std::size_t start, bool reverse, double score, double pValue)
{
    MotifHit hit;
    hit.motifIndex = index;
    hit.motifId = id;
    hit.motifName = id + " name";
    hit.start = start;
    hit.length = 7 + index;
    hit.reverseStrand = reverse;
    hit.score = score;
    hit.pValue = pValue;
    return hit;
}

void checkSameHits(const std::vector<MotifHit>& stored, const std::vector<MotifHit>& saved)
{
    REQUIRE(stored.size() == saved.size());
    for (std::size_t i = 0; i < saved.size(); ++i) {
        CHECK(stored[i].motifIndex == saved[i].motifIndex);
        CHECK(stored[i].motifId == saved[i].motifId);
        CHECK(stored[i].motifName == saved[i].motifName);
        CHECK(stored[i].start == saved[i].start);
        CHECK(stored[i].length == saved[i].length);
        CHECK(stored[i].reverseStrand == saved[i].reverseStrand);
        CHECK(sameBits(stored[i].score, saved[i].score));
        CHECK(sameBits(stored[i].pValue, saved[i].pValue));
    }
}

VariantEffect variantEffect(std::string name, std::string reference, std::string alternative, int substitutions,
                            double predictedReference, double predictedAlternative)
{
    VariantEffect effect;
    effect.variant.name = std::move(name);
    effect.variant.reference = std::move(reference);
    effect.variant.alternative = std::move(alternative);
    effect.variant.substitutions = substitutions;
    effect.predictedReference = predictedReference;
    effect.predictedAlternative = predictedAlternative;
    return effect;
}

std::string format1Fixture(const TemporaryDirectory& folder)
{
    const std::string path = folder.file("format1.plproj");
    std::filesystem::copy_file(PROMOTERLAB_TEST_DATA_DIR "/project/format1.plproj", path);
    return path;
}

// The StoreError message open() throws for path in a child process that may not write the
// file. Root writes through any permission bits, so a child of root gives up root first.
std::string openFailureWithoutWriteAccess(const std::string& path)
{
    constexpr uid_t kNobody = 65534;
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::group_read
                                           | std::filesystem::perms::others_read);
    // The folder stays writable, as a user's own folder is: SQLite may put its helper files there.
    std::filesystem::permissions(std::filesystem::path(path).parent_path(), std::filesystem::perms::all);
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(fds[0]);
        std::string message = "opened without an error";
        if (geteuid() == 0 && (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 || setuid(kNobody) != 0)) {
            message = "cannot give up root";
        } else {
            try {
                ProjectStore::open(path);
            } catch (const StoreError& error) {
                message = error.what();
            }
        }
        const ssize_t written = write(fds[1], message.data(), message.size());
        _exit(written == static_cast<ssize_t>(message.size()) ? 0 : 1);
    }
    close(fds[1]);
    std::string message;
    char buffer[256];
    for (ssize_t got; (got = read(fds[0], buffer, sizeof buffer)) > 0;)
        message.append(buffer, static_cast<std::size_t>(got));
    close(fds[0]);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    return message;
}

}  // namespace

TEST_CASE("A computed and an estimated map of one sequence both round trip every field bit for bit after a reopen")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("p.plproj");
    const std::string bases = "ACGTNACGTT";
    // With the flank: 3 flank columns before the sequence, an N among the columns.
    const MutagenesisMap computed = syntheticMap("s", "GGA" + bases, 0, -3, 1.0, 3);
    MutagenesisMap estimated = syntheticMap("s", bases, 3, 0, -2.0, 0);
    estimated.estimated = true;
    estimated.reference.hasStrands = false;
    std::int64_t sequence = 0;
    std::int64_t model = 0;
    std::int64_t computedId = 0;
    std::int64_t estimatedId = 0;
    {
        ProjectStore store = ProjectStore::create(path);
        sequence = store.addSequences({record("s", bases)})[0];
        model = store.rememberModel("m.plmodel", "h", "m");
        CHECK_FALSE(store.mutagenesisMap(sequence, model, bases, false));
        computedId = store.saveMutagenesisMap(sequence, model, bases, computed);
        estimatedId = store.saveMutagenesisMap(sequence, model, bases, estimated);
        CHECK(computedId > 0);
        CHECK(estimatedId > computedId);
    }
    const ProjectStore store = ProjectStore::open(path);
    const auto storedComputed = store.mutagenesisMap(sequence, model, bases, false);
    REQUIRE(storedComputed);
    checkSameMap(*storedComputed, computed);
    // The N column has no reference cell, so all four of its cells kept outputs.
    CHECK(storedComputed->outputs[7].size() == 3);
    CHECK(storedComputed->outputs[13 + 7].size() == 3);
    CHECK(storedComputed->outputs[0].size() == 3);
    CHECK(storedComputed->outputs[2 * 13 + 0].empty());
    const auto storedEstimated = store.mutagenesisMap(sequence, model, bases, true);
    REQUIRE(storedEstimated);
    checkSameMap(*storedEstimated, estimated);
    CHECK(storedEstimated->outputs.empty());

    const auto maps = store.mutagenesisMaps();
    REQUIRE(maps.size() == 2);
    CHECK(maps[0].id == computedId);
    CHECK(maps[0].sequenceId == sequence);
    CHECK(maps[0].modelId == model);
    CHECK(maps[0].columns == 13);
    CHECK_FALSE(maps[0].estimated);
    CHECK(maps[0].sequenceOffset == -3);
    CHECK(isTimestamp(maps[0].created));
    CHECK(maps[1].id == estimatedId);
    CHECK(maps[1].columns == 10);
    CHECK(maps[1].estimated);
    CHECK(maps[1].sequenceOffset == 0);
    CHECK(maps[0].created <= maps[1].created);
}

TEST_CASE("A newer map replaces the one of the same sequence, model, bases, kind and columns only")
{
    TemporaryDirectory folder;
    ProjectStore store = ProjectStore::create(folder.file("p.plproj"));
    const auto ids = store.addSequences({record("a", "ACGT"), record("b", "ACGT")});
    const std::int64_t first = store.rememberModel("1.plmodel", "h1", "one");
    const std::int64_t second = store.rememberModel("2.plmodel", "h2", "two");

    const std::int64_t old = store.saveMutagenesisMap(ids[0], first, "ACGT", syntheticMap("a", "ACGT", 2, 0, 1, 0));
    const MutagenesisMap newer = syntheticMap("a", "ACGT", 2, 0, 5, 0);
    const std::int64_t replacing = store.saveMutagenesisMap(ids[0], first, "ACGT", newer);
    CHECK(replacing > old);
    REQUIRE(store.mutagenesisMaps().size() == 1);
    CHECK(store.mutagenesisMaps()[0].id == replacing);
    checkSameMap(*store.mutagenesisMap(ids[0], first, "ACGT", false), newer);

    // Kept beside it: with the flank, of other bases, of another sequence, of another model.
    const MutagenesisMap withFlank = syntheticMap("a", "TTACGT", 0, -2, 3, 0);
    store.saveMutagenesisMap(ids[0], first, "ACGT", withFlank);
    const MutagenesisMap edited = syntheticMap("a", "ACGA", 2, 0, 4, 0);
    store.saveMutagenesisMap(ids[0], first, "ACGA", edited);
    const MutagenesisMap other = syntheticMap("b", "ACGT", 2, 0, 6, 0);
    store.saveMutagenesisMap(ids[1], first, "ACGT", other);
    const MutagenesisMap ofSecond = syntheticMap("a", "ACGT", 2, 0, 7, 0);
    store.saveMutagenesisMap(ids[0], second, "ACGT", ofSecond);
    CHECK(store.mutagenesisMaps().size() == 5);

    // The map saved last for the bases, with or without the flank.
    checkSameMap(*store.mutagenesisMap(ids[0], first, "ACGT", false), withFlank);
    store.saveMutagenesisMap(ids[0], first, "ACGT", newer);
    checkSameMap(*store.mutagenesisMap(ids[0], first, "ACGT", false), newer);
    CHECK(store.mutagenesisMaps().size() == 5);
    checkSameMap(*store.mutagenesisMap(ids[0], first, "ACGA", false), edited);
    checkSameMap(*store.mutagenesisMap(ids[1], first, "ACGT", false), other);
    checkSameMap(*store.mutagenesisMap(ids[0], second, "ACGT", false), ofSecond);
    CHECK_FALSE(store.mutagenesisMap(ids[0], first, "ACGT", true));
    CHECK_FALSE(store.mutagenesisMap(ids[0], first, "ACGC", false));
}

TEST_CASE("Maps go with their sequence; a late map is dropped; unknown models and malformed maps are refused")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("p.plproj");
    ProjectStore store = ProjectStore::create(path);
    const auto ids = store.addSequences({record("a", "ACGT"), record("b", "GGCC")});
    const std::int64_t model = store.rememberModel("m.plmodel", "h", "m");
    store.saveMutagenesisMaps(model, {{ids[0], "ACGT", syntheticMap("a", "ACGT", 0, 0, 1, 2)},
                                      {ids[1], "GGCC", syntheticMap("b", "GGCC", 0, 0, 1, 2)}});
    store.removeSequences({ids[0]});
    const auto maps = store.mutagenesisMaps();
    REQUIRE(maps.size() == 1);
    CHECK(maps[0].sequenceId == ids[1]);
    CHECK_FALSE(store.mutagenesisMap(ids[0], model, "ACGT", false));

    CHECK(store.saveMutagenesisMap(ids[0], model, "ACGT", syntheticMap("a", "ACGT", 0, 0, 1, 0)) == 0);
    const auto late = store.saveMutagenesisMaps(model, {{ids[0], "ACGT", syntheticMap("a", "ACGT", 0, 0, 1, 0)},
                                                        {ids[1], "GGCC", syntheticMap("b", "GGCC", 0, 0, 2, 0)}});
    REQUIRE(late.size() == 2);
    CHECK(late[0] == 0);
    CHECK(late[1] > maps[0].id);
    CHECK(store.mutagenesisMaps().size() == 1);

    CHECK_THROWS_WITH(store.saveMutagenesisMap(ids[1], model + 100, "GGCC", syntheticMap("b", "GGCC", 0, 0, 1, 0)),
                      Catch::Contains(path) && Catch::Contains("no model with id"));
    MutagenesisMap shortDeltas = syntheticMap("b", "GGCC", 0, 0, 1, 0);
    shortDeltas.deltas.pop_back();
    CHECK_THROWS_WITH(store.saveMutagenesisMap(ids[1], model, "GGCC", shortDeltas),
                      Catch::Contains(path) && Catch::Contains("map 'b' has 15 deltas for 4 columns"));
    MutagenesisMap referenceOutputs = syntheticMap("b", "GGCC", 0, 0, 1, 2);
    referenceOutputs.outputs[2 * 4] = {1.0f, 2.0f};  // row G, column 0: the reference base
    CHECK_THROWS_WITH(store.saveMutagenesisMap(ids[1], model, "GGCC", referenceOutputs),
                      Catch::Contains(path) && Catch::Contains("keeps 2 outputs in cell 8 where 0 were expected"));
    // A failed batch saves none of its maps.
    CHECK_THROWS(store.saveMutagenesisMaps(model, {{ids[1], "GGCC", syntheticMap("b", "GGCC", 0, 0, 9, 0)},
                                                   {ids[1], "GGCC", shortDeltas}}));
    REQUIRE(store.mutagenesisMaps().size() == 1);
    CHECK(store.mutagenesisMaps()[0].id == late[1]);
    CHECK(store.integrityCheck() == "ok");
}

TEST_CASE("A thousand maps of 150 columns go in with one call and come back")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("p.plproj");
    const std::string bases = "TGCATTTTTTTCACATC" + std::string(40, 'A') + std::string(40, 'G') + "GGTTACGGCTGTT"
                              + std::string(40, 'C');
    REQUIRE(bases.size() == 150);
    std::vector<SequenceRecord> records(1000, record("s", bases));
    std::vector<SequenceMap> maps;
    std::int64_t model = 0;
    std::vector<std::int64_t> mapIds;
    {
        ProjectStore store = ProjectStore::create(path);
        const auto ids = store.addSequences(records);
        model = store.rememberModel("m.plmodel", "h", "m");
        for (std::size_t i = 0; i < ids.size(); ++i)
            maps.push_back({ids[i], bases, syntheticMap("s", bases, 0, 0, static_cast<double>(i), 0)});
        mapIds = store.saveMutagenesisMaps(model, maps);
    }
    REQUIRE(mapIds.size() == 1000);
    CHECK(std::set<std::int64_t>(mapIds.begin(), mapIds.end()).size() == 1000);
    const ProjectStore store = ProjectStore::open(path);
    CHECK(store.mutagenesisMaps().size() == 1000);
    for (const std::size_t i : {std::size_t{0}, std::size_t{517}, std::size_t{999}})
        checkSameMap(*store.mutagenesisMap(maps[i].sequenceId, model, bases, false), maps[i].map);
}

TEST_CASE("Variant tables round trip every field, absent measured values included, and can be removed")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("p.plproj");
    VariantEffect measured = variantEffect("v1", "ACGTACGT", "ACGAACGT", 1, 10.5, 1.0 / 3.0);
    measured.variant.measuredReference = 11.25;
    measured.variant.measuredAlternative = -2.5;
    measured.variant.measuredDelta = -11.25;
    measured.variant.file = "/data/variants.tsv";
    measured.variant.line = 2;
    const VariantEffect unmeasured = variantEffect("seq:3G>A", "AAGT", "AAAT", 1, 4, 4);
    VariantEffect deltaOnly = variantEffect("v3", "CCCCCC", "GGCCCT", 3, -1e-300, 1e300);
    deltaOnly.variant.measuredDelta = 0.75;
    deltaOnly.variant.line = 4000000000;
    const std::vector<VariantEffect> effects = {measured, unmeasured, deltaOnly};
    std::int64_t model = 0;
    std::int64_t kept = 0;
    {
        ProjectStore store = ProjectStore::create(path);
        model = store.rememberModel("m.plmodel", "h", "m");
        const std::int64_t removed = store.saveVariantTable("first", "/data/first.tsv", model, {unmeasured});
        kept = store.saveVariantTable("drift set", "/data/variants.tsv", model, effects);
        const std::int64_t empty = store.saveVariantTable("empty", "", model, {});
        CHECK(kept > removed);
        CHECK_THROWS_WITH(store.saveVariantTable("x", "", model + 100, effects),
                          Catch::Contains(path) && Catch::Contains("no model with id"));
        store.removeVariantTable(removed);
        store.removeVariantTable(987654);  // unknown: skipped
        CHECK(store.variantEffects(removed).empty());
        CHECK(store.variantEffects(empty).empty());
    }
    const ProjectStore store = ProjectStore::open(path);
    const auto tables = store.variantTables();
    REQUIRE(tables.size() == 2);
    CHECK(tables[0].id == kept);
    CHECK(tables[0].name == "drift set");
    CHECK(tables[0].sourcePath == "/data/variants.tsv");
    CHECK(tables[0].modelId == model);
    CHECK(tables[0].count == 3);
    CHECK(isTimestamp(tables[0].created));
    CHECK(tables[1].name == "empty");
    CHECK(tables[1].count == 0);

    const auto stored = store.variantEffects(kept);
    REQUIRE(stored.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        INFO("effect " << i);
        const Variant& got = stored[i].variant;
        const Variant& want = effects[i].variant;
        CHECK(got.name == want.name);
        CHECK(got.reference == want.reference);
        CHECK(got.alternative == want.alternative);
        CHECK(got.measuredReference.has_value() == want.measuredReference.has_value());
        CHECK(got.measuredAlternative.has_value() == want.measuredAlternative.has_value());
        CHECK(got.measuredDelta.has_value() == want.measuredDelta.has_value());
        CHECK(got.substitutions == want.substitutions);
        CHECK(got.file == want.file);
        CHECK(got.line == want.line);
        CHECK(sameBits(stored[i].predictedReference, effects[i].predictedReference));
        CHECK(sameBits(stored[i].predictedAlternative, effects[i].predictedAlternative));
    }
    CHECK(*stored[0].variant.measuredReference == 11.25);
    CHECK(*stored[0].variant.measuredAlternative == -2.5);
    CHECK(*stored[0].variant.measuredDelta == -11.25);
    CHECK(*stored[2].variant.measuredDelta == 0.75);
}

TEST_CASE("Motif hits come back only for the same bases, motif source and threshold")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("p.plproj");
    const std::vector<MotifHit> hits = {motifHit(0, "MA0363.3", 4, false, 12.625, 1e-5),
                                        motifHit(0, "MA0363.3", 4, true, 12.625, 1e-5),
                                        motifHit(3, "MA1234.1", 40, false, 9.0 + 1.0 / 3.0, 9.9e-5)};
    std::vector<std::int64_t> ids;
    {
        ProjectStore store = ProjectStore::create(path);
        ids = store.addSequences({record("a", "ACGTACGT"), record("b", "GGGG")});
        CHECK_FALSE(store.motifHits(ids[0], "ACGTACGT", "jaspar", 1e-4));
        store.saveMotifHits(ids[0], "ACGTACGT", "jaspar", 1e-4, hits);
        store.saveMotifHits(ids[0], "ACGTACGT", "/motifs/mine.meme", 1e-3, {hits[2]});
        store.saveMotifHits(ids[1], "GGGG", "jaspar", 1e-4, {});
        CHECK_THROWS_WITH(store.saveMotifHits(ids[1], "GGGG", "jaspar", 0, {}),
                          Catch::Contains(path) && Catch::Contains("p-value threshold"));
        CHECK_THROWS_WITH(store.saveMotifHits(ids[1], "GGGG", "jaspar", std::numeric_limits<double>::quiet_NaN(), {}),
                          Catch::Contains("p-value threshold"));
    }
    ProjectStore store = ProjectStore::open(path);
    const auto stored = store.motifHits(ids[0], "ACGTACGT", "jaspar", 1e-4);
    REQUIRE(stored);
    checkSameHits(*stored, hits);
    checkSameHits(*store.motifHits(ids[0], "ACGTACGT", "/motifs/mine.meme", 1e-3), {hits[2]});
    // A scan without hits is remembered too: the caller need not scan again.
    const auto none = store.motifHits(ids[1], "GGGG", "jaspar", 1e-4);
    REQUIRE(none);
    CHECK(none->empty());

    CHECK_FALSE(store.motifHits(ids[0], "ACGTACGT", "jaspar", 1e-3));
    CHECK_FALSE(store.motifHits(ids[0], "ACGTACGT", "jaspar", std::nextafter(1e-4, 1.0)));
    CHECK_FALSE(store.motifHits(ids[0], "ACGTACGA", "jaspar", 1e-4));
    CHECK_FALSE(store.motifHits(ids[0], "ACGTACGT", "other", 1e-4));
    CHECK_FALSE(store.motifHits(ids[1], "ACGTACGT", "jaspar", 1e-4));

    // A new scan of the same source replaces the old one, whatever its bases or threshold.
    store.saveMotifHits(ids[0], "ACGTACGA", "jaspar", 1e-3, {hits[0]});
    CHECK_FALSE(store.motifHits(ids[0], "ACGTACGT", "jaspar", 1e-4));
    checkSameHits(*store.motifHits(ids[0], "ACGTACGA", "jaspar", 1e-3), {hits[0]});
    checkSameHits(*store.motifHits(ids[0], "ACGTACGT", "/motifs/mine.meme", 1e-3), {hits[2]});

    // Removing the sequence removes its hits; late hits for it are dropped.
    store.removeSequences({ids[0]});
    CHECK_FALSE(store.motifHits(ids[0], "ACGTACGA", "jaspar", 1e-3));
    store.saveMotifHits(ids[0], "ACGTACGT", "jaspar", 1e-4, hits);
    CHECK_FALSE(store.motifHits(ids[0], "ACGTACGT", "jaspar", 1e-4));
    CHECK(store.integrityCheck() == "ok");
}

TEST_CASE("A format-1 project is upgraded to format 2 keeping all its content, and then takes maps")
{
    TemporaryDirectory folder;
    const std::string path = format1Fixture(folder);
    REQUIRE(rawPragma(path, "user_version") == "1");
    const MutagenesisMap map = syntheticMap("promoter A", "ACGTACGTAC", 140, 0, 1, 18);
    {
        ProjectStore store = ProjectStore::open(path);
        CHECK(store.integrityCheck() == "ok");
        const auto sequences = store.sequences();
        REQUIRE(sequences.size() == 2);
        CHECK(sequences[0].id == 1);
        CHECK(sequences[0].name == "promoter A");
        CHECK(sequences[0].bases == "ACGTACGTAC");
        CHECK(sequences[0].measured == 11.5);
        CHECK(sequences[0].fold == 2);
        CHECK(sequences[0].metadata
              == std::vector<std::pair<std::string, std::string>>{{"source", "plate 1"}, {"note", "first"}});
        CHECK(sequences[1].id == 2);
        CHECK(sequences[1].bases == "GGGCCCAAAA");
        CHECK(sequences[1].originalBases == "GGGCCCAAAT");
        REQUIRE(store.edits(2).size() == 1);
        CHECK(store.edits(2)[0].newBases == "GGGCCCAAAA");

        const auto models = store.models();
        REQUIRE(models.size() == 2);
        CHECK(models[0].path == "/models/legnet.plmodel");
        CHECK(models[0].contentHash == "sha256-one");
        CHECK(models[1].name == "Other");
        CHECK(store.activeModel() == 1);
        const auto predictions = store.predictions(1);
        REQUIRE(predictions.size() == 2);
        CHECK(predictions[0].expression == 7.25);
        CHECK(predictions[0].outputs == std::vector<float>{0.125f, 0.375f, 0.5f});
        CHECK(predictions[0].hasStrands);
        CHECK(predictions[0].expressionForward == 7.0);
        CHECK(predictions[0].expressionReverse == 7.5);
        CHECK(predictions[1].expression == -1.5);
        REQUIRE(store.predictions(2).size() == 1);
        CHECK(store.predictions(2)[0].expression == 3.0);

        const auto runs = store.trainingRuns();
        REQUIRE(runs.size() == 1);
        CHECK(runs[0].name == "compact");
        CHECK(runs[0].status == "finished");
        CHECK(runs[0].bundlePath == "/runs/compact.plmodel");
        const auto epochs = store.epochs(runs[0].id);
        REQUIRE(epochs.size() == 2);
        CHECK(epochs[0].samplesPerSecond == 1200);
        CHECK(std::isnan(epochs[1].validationLoss));
        CHECK(epochs[1].validationPearson == 0.6);
        CHECK(store.value("motif file") == "jaspar.meme");

        // The new tables work at once, and the removed sequence's id stays retired.
        CHECK(store.addSequences({record("new", "TTTT")})[0] == 4);
        CHECK(store.saveMutagenesisMap(1, 1, "ACGTACGTAC", map) > 0);
        store.saveVariantTable("t", "v.tsv", 1, {variantEffect("v", "AC", "AG", 1, 1, 2)});
        store.saveMotifHits(1, "ACGTACGTAC", "jaspar", 1e-4, {motifHit(0, "M", 1, false, 10, 1e-5)});
    }
    CHECK(rawPragma(path, "user_version") == "2");
    const ProjectStore store = ProjectStore::open(path);
    CHECK(store.integrityCheck() == "ok");
    CHECK(store.sequenceCount() == 3);
    checkSameMap(*store.mutagenesisMap(1, 1, "ACGTACGTAC", false), map);
    CHECK(store.variantTables().size() == 1);
    CHECK(store.motifHits(1, "ACGTACGTAC", "jaspar", 1e-4)->size() == 1);
}

TEST_CASE("A failed upgrade leaves the format-1 project as it was")
{
    TemporaryDirectory folder;
    const std::string path = format1Fixture(folder);
    // A table in the way of format 2's, as another tool might have added.
    runRawSql(path, "CREATE TABLE motif_hits (note TEXT);");
    CHECK_THAT(openFailure(path),
               Catch::Contains(path) && Catch::Contains("cannot upgrade the project from format 1 to format 2"));
    CHECK(rawPragma(path, "user_version") == "1");
    CHECK(rawQuery(path, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('mutagenesis_maps', 'variant_tables', "
                         "'variant_effects', 'motif_scans')")
          == "0");
}

TEST_CASE("Save As carries mutagenesis maps, variant tables and motif hits")
{
    TemporaryDirectory folder;
    ProjectStore store = ProjectStore::create(folder.file("p.plproj"));
    const auto ids = store.addSequences({record("a", "ACGT")});
    const std::int64_t model = store.rememberModel("m.plmodel", "h", "m");
    const MutagenesisMap map = syntheticMap("a", "ACGT", 0, 0, 1, 2);
    store.saveMutagenesisMap(ids[0], model, "ACGT", map);
    const std::int64_t table =
        store.saveVariantTable("t", "v.tsv", model, {variantEffect("v", "ACGT", "ACGA", 1, 1, 2)});
    const std::vector<MotifHit> hits = {motifHit(1, "M", 0, true, 8.5, 2e-5)};
    store.saveMotifHits(ids[0], "ACGT", "jaspar", 1e-4, hits);

    const std::string copyPath = folder.file("copy.plproj");
    store.saveCopyAs(copyPath);
    const ProjectStore copy = ProjectStore::open(copyPath);
    CHECK(copy.integrityCheck() == "ok");
    checkSameMap(*copy.mutagenesisMap(ids[0], model, "ACGT", false), map);
    REQUIRE(copy.variantEffects(table).size() == 1);
    CHECK(copy.variantEffects(table)[0].variant.alternative == "ACGA");
    checkSameHits(*copy.motifHits(ids[0], "ACGT", "jaspar", 1e-4), hits);
}

TEST_CASE("A read-only project is refused with what to do, and a format-1 one is not upgraded")
{
    TemporaryDirectory folder;
    const std::string format1 = format1Fixture(folder);
    CHECK_THAT(openFailureWithoutWriteAccess(format1),
               Catch::Contains(format1) && Catch::Contains("is read-only, and PromoterLab saves every change")
                   && Catch::Contains("Make the file writable"));
    CHECK(rawPragma(format1, "user_version") == "1");

    const std::string format2 = folder.file("format2.plproj");
    ProjectStore::create(format2).addSequences({record("a", "ACGT")});
    CHECK_THAT(openFailureWithoutWriteAccess(format2),
               Catch::Contains(format2) && Catch::Contains("is read-only, and PromoterLab saves every change"));
}

namespace {

// The crash writer on a project, its reports read through a pipe.
class CrashWriter {
public:
    CrashWriter(const std::string& project, const std::string& prefix)
    {
        int fds[2];
        REQUIRE(pipe(fds) == 0);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, fds[0]);
        posix_spawn_file_actions_addclose(&actions, fds[1]);
        std::string program = PROMOTERLAB_CRASH_WRITER;
        std::string projectArgument = project;
        std::string prefixArgument = prefix;
        char* argv[] = {program.data(), projectArgument.data(), prefixArgument.data(), nullptr};
        const int spawned = posix_spawn(&m_pid, program.c_str(), &actions, nullptr, argv, environ);
        posix_spawn_file_actions_destroy(&actions);
        close(fds[1]);
        m_reports = fds[0];
        if (spawned != 0)
            m_pid = 0;
        REQUIRE(spawned == 0);
    }
    ~CrashWriter()
    {
        if (m_pid > 0) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
        }
        close(m_reports);
    }

    // Blocks until the writer has reported at least `count` committed sequences (or has
    // died); returns the latest report.
    long long waitForReport(long long count)
    {
        while (m_reported < count && readReports()) {
        }
        return m_reported;
    }

    // Kills the writer mid-work; returns the last count it reported before dying.
    long long kill9()
    {
        REQUIRE(kill(m_pid, SIGKILL) == 0);
        int status = 0;
        REQUIRE(waitpid(m_pid, &status, 0) == m_pid);
        m_pid = 0;
        CHECK(WIFSIGNALED(status));
        CHECK(WTERMSIG(status) == SIGKILL);
        // Reports it wrote before the kill are commits too.
        while (readReports()) {
        }
        return m_reported;
    }

private:
    bool readReports()
    {
        char buffer[256];
        const ssize_t got = read(m_reports, buffer, sizeof buffer);
        if (got <= 0)
            return false;
        m_pending.append(buffer, static_cast<std::size_t>(got));
        for (std::size_t end; (end = m_pending.find('\n')) != std::string::npos;) {
            m_reported = std::stoll(m_pending.substr(0, end));
            m_pending.erase(0, end + 1);
        }
        return true;
    }

    pid_t m_pid = 0;
    int m_reports = -1;
    std::string m_pending;
    long long m_reported = 0;
};

}  // namespace

TEST_CASE("A writer killed with SIGKILL mid-work leaves an intact project with every commit it reported")
{
    TemporaryDirectory folder;
    const std::string path = folder.file("killed.plproj");
    ProjectStore::create(path);
    constexpr long long kBatch = 20;  // the writer's batch size
    // Each round reopens a file whose writer died with a write-ahead log in use.
    for (int round = 0; round < 3; ++round) {
        const std::string prefix = "round" + std::to_string(round);
        long long reported = 0;
        {
            CrashWriter writer(path, prefix);
            REQUIRE(writer.waitForReport(60 * kBatch) >= 60 * kBatch);
            reported = writer.kill9();
        }
        INFO("round " << round << ", reported " << reported);
        ProjectStore store = ProjectStore::open(path);
        REQUIRE(store.integrityCheck() == "ok");

        std::set<std::string> names;
        std::set<std::int64_t> ids;
        for (const ProjectSequence& sequence : store.sequences()) {
            if (sequence.name.rfind(prefix + "-", 0) == 0) {
                names.insert(sequence.name);
                ids.insert(sequence.id);
            }
        }
        for (long long k = 0; k < reported; ++k)
            REQUIRE(names.count(prefix + "-" + std::to_string(k)) == 1);
        // At most the batch in flight committed without being reported.
        CHECK(static_cast<long long>(names.size()) <= reported + kBatch);

        const std::int64_t model = store.rememberModel("crash-model.pt", "crash-hash", "crash model");
        std::set<double> predicted;
        for (const StoredPrediction& stored : store.predictions(model))
            if (ids.count(stored.sequenceId) == 1)
                predicted.insert(stored.expression);
        for (long long k = 0; k < reported; ++k)
            REQUIRE(predicted.count(static_cast<double>(k)) == 1);
    }
}
