// SPDX-License-Identifier: GPL-3.0-or-later
// The project store over SQLite: schema, format checks, durable transactions and errors.
#include "promoterlab/project_store.h"

#include "promoterlab/errors.h"

#include <sqlite3.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <limits>
#include <system_error>
#include <unordered_map>

namespace promoterlab {

namespace fs = std::filesystem;

namespace {

// "PLab": marks the file as a PromoterLab project for us and for tools such as file(1).
constexpr std::int32_t kApplicationId = 0x504C6162;
// How long a write waits for another connection (a second window on the same project).
constexpr int kBusyTimeoutMilliseconds = 5000;

constexpr const char* kSchema = R"sql(
CREATE TABLE sequences (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    bases TEXT NOT NULL,
    original_bases TEXT NOT NULL,
    measured REAL,
    fold INTEGER
);
CREATE INDEX sequences_by_position ON sequences(position);
CREATE TABLE sequence_metadata (
    sequence_id INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (sequence_id, ordinal)
) WITHOUT ROWID;
CREATE TABLE sequence_edits (
    id INTEGER PRIMARY KEY,
    sequence_id INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
    time TEXT NOT NULL,
    old_bases TEXT NOT NULL,
    new_bases TEXT NOT NULL
);
CREATE INDEX sequence_edits_by_sequence ON sequence_edits(sequence_id);
CREATE TABLE models (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (path, content_hash)
);
CREATE TABLE active_model (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE
);
CREATE TABLE predictions (
    sequence_id INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
    model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    bases TEXT NOT NULL,
    expression REAL,
    outputs BLOB NOT NULL,
    has_strands INTEGER NOT NULL,
    expression_forward REAL,
    expression_reverse REAL,
    PRIMARY KEY (sequence_id, model_id)
) WITHOUT ROWID;
CREATE INDEX predictions_by_model ON predictions(model_id);
CREATE TABLE training_runs (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    config_json TEXT NOT NULL,
    data_description TEXT NOT NULL,
    device TEXT NOT NULL,
    started TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'cancelled', 'failed')),
    bundle_path TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT ''
);
CREATE TABLE training_epochs (
    run_id INTEGER NOT NULL REFERENCES training_runs(id) ON DELETE CASCADE,
    epoch INTEGER NOT NULL,
    train_loss REAL,
    validation_loss REAL,
    validation_pearson REAL,
    validation_spearman REAL,
    seconds REAL,
    samples_per_second REAL,
    PRIMARY KEY (run_id, epoch)
) WITHOUT ROWID;
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// What went wrong, in the user's words, with what to do about it.
std::string failureMessage(const std::string& path, const std::string& operation, int code, const char* detail)
{
    std::string message = path + ": cannot " + operation + ": ";
    const std::string sqlite = std::string(" (") + detail + ")";
    switch (code & 0xff) {
    case SQLITE_FULL:
        return message + "the disk is full. Free some space and try again; this change was not saved";
    case SQLITE_READONLY:
        return message + "the project is read-only" + sqlite
               + ". Make the file and its folder writable, or save a copy in another folder";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return message + "another program is writing to the project" + sqlite + ". Close it and try again";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return message + "the project file is damaged" + sqlite + ". Open a backup or an earlier copy";
    case SQLITE_IOERR:
        return message + "the disk could not be read or written" + sqlite + ". Check the drive and try again";
    case SQLITE_CANTOPEN:
        return message + "the file cannot be opened" + sqlite
               + ". Check that its folder exists and that you may write there";
    default:
        return message + detail;
    }
}

// Removes the journal files SQLite keeps beside a database, so that a stale write-ahead log
// of an old file can never be replayed onto a new one of the same name.
void removeJournalFiles(const std::string& path, const std::string& what)
{
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        std::error_code error;
        fs::remove(path + suffix, error);
        if (error)
            throw StoreError(path + suffix + ": cannot replace " + what + ": " + error.message()
                             + ". Choose another name or check the folder's permissions");
    }
}

void removeDatabaseFiles(const std::string& path, const std::string& what)
{
    std::error_code error;
    fs::remove(path, error);
    if (error)
        throw StoreError(path + ": cannot replace " + what + ": " + error.message()
                         + ". Choose another name or check the folder's permissions");
    removeJournalFiles(path, what);
}

// One open SQLite connection; every failure through it becomes a StoreError naming the file.
class Connection {
public:
    Connection(std::string path, int flags)
        : m_path(std::move(path))
    {
        const int code = sqlite3_open_v2(m_path.c_str(), &m_db, flags, nullptr);
        if (code != SQLITE_OK) {
            const std::string message =
                failureMessage(m_path, "open the project", code, m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code));
            sqlite3_close(m_db);
            throw StoreError(message);
        }
        sqlite3_extended_result_codes(m_db, 1);
        sqlite3_busy_timeout(m_db, kBusyTimeoutMilliseconds);
    }
    ~Connection() { sqlite3_close(m_db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* handle() const { return m_db; }
    const std::string& path() const { return m_path; }

    [[noreturn]] void fail(const std::string& operation, int code) const
    {
        throw StoreError(failureMessage(m_path, operation, code, sqlite3_errmsg(m_db)));
    }

    void execute(const char* sql, const std::string& operation) const
    {
        const int code = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
        if (code != SQLITE_OK)
            fail(operation, code);
    }

private:
    std::string m_path;
    sqlite3* m_db = nullptr;
};

// A prepared statement; reset() lets one preparation serve many rows.
class Statement {
public:
    Statement(const Connection& db, const char* sql, std::string operation)
        : m_db(db)
        , m_operation(std::move(operation))
    {
        const int code = sqlite3_prepare_v2(db.handle(), sql, -1, &m_statement, nullptr);
        if (code != SQLITE_OK)
            db.fail(m_operation, code);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value) { return check(sqlite3_bind_int64(m_statement, index, value)); }
    Statement& bind(int index, const std::string& text)
    {
        return check(sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT));
    }
    // NaN has no place in SQL; it is stored as NULL and read back as NaN.
    Statement& bind(int index, double value)
    {
        return check(std::isnan(value) ? sqlite3_bind_null(m_statement, index)
                                       : sqlite3_bind_double(m_statement, index, value));
    }
    Statement& bind(int index, const std::optional<double>& value)
    {
        return value ? bind(index, *value) : check(sqlite3_bind_null(m_statement, index));
    }
    Statement& bind(int index, const std::optional<int>& value)
    {
        return value ? bind(index, std::int64_t{*value}) : check(sqlite3_bind_null(m_statement, index));
    }
    Statement& bindBlob(int index, const std::string& bytes)
    {
        // A zero-length blob rather than NULL, which bind_blob makes of an empty buffer.
        return check(bytes.empty() ? sqlite3_bind_zeroblob(m_statement, index, 0)
                                   : sqlite3_bind_blob(m_statement, index, bytes.data(),
                                                       static_cast<int>(bytes.size()), SQLITE_TRANSIENT));
    }

    // True while a result row is ready.
    bool step()
    {
        const int code = sqlite3_step(m_statement);
        if (code == SQLITE_ROW)
            return true;
        if (code != SQLITE_DONE)
            m_db.fail(m_operation, code);
        return false;
    }
    // Runs a statement that returns no rows and readies it for the next.
    void run()
    {
        step();
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }

    std::int64_t integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const
    {
        return isNull(column) ? std::numeric_limits<double>::quiet_NaN() : sqlite3_column_double(m_statement, column);
    }
    std::optional<double> optionalReal(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional(sqlite3_column_double(m_statement, column));
    }
    std::optional<int> optionalInteger(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional(sqlite3_column_int(m_statement, column));
    }
    std::string text(int column) const
    {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return text ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)))
                    : std::string();
    }
    std::string blob(int column) const
    {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        return bytes ? std::string(bytes, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)))
                     : std::string();
    }

private:
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    Statement& check(int code)
    {
        if (code != SQLITE_OK)
            m_db.fail(m_operation, code);
        return *this;
    }

    const Connection& m_db;
    std::string m_operation;
    sqlite3_stmt* m_statement = nullptr;
};

// One write transaction; rolled back unless committed, so a failed call leaves no trace.
class Transaction {
public:
    Transaction(const Connection& db, std::string operation)
        : m_db(db)
        , m_operation(std::move(operation))
    {
        // IMMEDIATE takes the write lock now, so a busy file fails before any work is done.
        m_db.execute("BEGIN IMMEDIATE", m_operation);
    }
    ~Transaction()
    {
        if (!m_committed)
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const std::string& operation() const { return m_operation; }
    void commit()
    {
        m_db.execute("COMMIT", m_operation);
        m_committed = true;
    }

private:
    const Connection& m_db;
    std::string m_operation;
    bool m_committed = false;
};

std::int64_t singleInteger(const Connection& db, const char* sql, const std::string& operation)
{
    Statement statement(db, sql, operation);
    return statement.step() ? statement.integer(0) : 0;
}

bool rowExists(const Connection& db, const char* sql, std::int64_t id, const std::string& operation)
{
    Statement statement(db, sql, operation);
    statement.bind(1, id);
    return statement.step();
}

// Float outputs as little-endian IEEE-754 singles, so files move between machines unchanged.
std::string encodeFloats(const std::vector<float>& values)
{
    std::string bytes(values.size() * 4, '\0');
    for (std::size_t i = 0; i < values.size(); ++i) {
        std::uint32_t bits = 0;
        std::memcpy(&bits, &values[i], 4);
        for (std::size_t b = 0; b < 4; ++b)
            bytes[4 * i + b] = static_cast<char>((bits >> (8 * b)) & 0xffu);
    }
    return bytes;
}

std::vector<float> decodeFloats(const std::string& bytes, const std::string& path)
{
    if (bytes.size() % 4 != 0)
        throw StoreError(path + ": a stored prediction has " + std::to_string(bytes.size())
                         + " output bytes, not a whole number of floats; the project file is damaged. "
                           "Predict again to replace it");
    std::vector<float> values(bytes.size() / 4);
    for (std::size_t i = 0; i < values.size(); ++i) {
        std::uint32_t bits = 0;
        for (std::size_t b = 0; b < 4; ++b)
            bits |= std::uint32_t{static_cast<unsigned char>(bytes[4 * i + b])} << (8 * b);
        std::memcpy(&values[i], &bits, 4);
    }
    return values;
}

}  // namespace

class ProjectStore::Impl {
public:
    Impl(const std::string& path, int flags)
        : db(path, flags)
    {
    }

    // Refuses files that are not projects, or projects of a newer format, before touching them.
    void checkFormat() const
    {
        const std::string& path = db.path();
        sqlite3_stmt* statement = nullptr;
        int code = sqlite3_prepare_v2(db.handle(), "PRAGMA application_id", -1, &statement, nullptr);
        if (code == SQLITE_OK)
            code = sqlite3_step(statement);
        const std::int64_t applicationId = code == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
        sqlite3_finalize(statement);
        if ((code & 0xff) == SQLITE_NOTADB)
            throw StoreError(path + ": is not a PromoterLab project (it is not an SQLite database, or its header "
                                    "is damaged). Choose a project file saved by PromoterLab");
        if (code != SQLITE_ROW)
            db.fail("read the project header", code);
        if (applicationId != kApplicationId)
            throw StoreError(path + ": is an SQLite database of another program, not a PromoterLab project. "
                                    "Choose a project file saved by PromoterLab");
        const std::int64_t version = singleInteger(db, "PRAGMA user_version", "read the project format");
        if (version > kFormatVersion)
            throw StoreError(path + ": was written by a newer PromoterLab (project format " + std::to_string(version)
                             + "; this version reads up to " + std::to_string(kFormatVersion)
                             + "): update PromoterLab to open it");
        if (version < 1)
            throw StoreError(path + ": carries PromoterLab's mark but no project format, so it is damaged. "
                                    "Open a backup or an earlier copy");
        if (sqlite3_db_readonly(db.handle(), "main") == 1)
            throw StoreError(path + ": is read-only, and PromoterLab saves every change into the project as you "
                                    "work. Make the file writable, or copy it to a folder of yours and open the copy");
    }

    void configure() const
    {
        // The write-ahead log makes a commit one append: a kill mid-write leaves an
        // incomplete tail that the next open ignores, never a half-written database.
        {
            Statement journal(db, "PRAGMA journal_mode = WAL", "turn on write-ahead logging");
            if (!journal.step() || journal.text(0) != "wal")
                throw StoreError(db.path() + ": cannot turn on write-ahead logging, which keeps the project safe "
                                             "from crashes. Keep the project on a local disk, not a network share");
        }
        // FULL syncs the log at every commit, so committed work survives a power cut too, not
        // only a crash of the program (which NORMAL already covers). Commits here are one per
        // user action or import, so the extra sync is not felt.
        db.execute("PRAGMA synchronous = FULL", "set the project's durability");
        db.execute("PRAGMA foreign_keys = ON", "turn on the project's consistency checks");
    }

    void createSchema() const
    {
        Transaction transaction(db, "write the new project's tables");
        db.execute(kSchema, transaction.operation());
        // The header fields go in the same transaction: a file without them was never a project.
        const std::string header = "PRAGMA application_id = " + std::to_string(kApplicationId)
                                   + "; PRAGMA user_version = " + std::to_string(kFormatVersion) + ";";
        db.execute(header.c_str(), transaction.operation());
        transaction.commit();
    }

    [[noreturn]] void noSuchSequence(std::int64_t id, const std::string& operation) const
    {
        throw StoreError(db.path() + ": cannot " + operation + ": the project has no sequence with id "
                         + std::to_string(id) + " (it may have been removed)");
    }
    void requireModel(std::int64_t id, const std::string& operation) const
    {
        if (!rowExists(db, "SELECT 1 FROM models WHERE id = ?", id, operation))
            throw StoreError(db.path() + ": cannot " + operation + ": the project has no model with id "
                             + std::to_string(id) + "; remember the model first");
    }
    void requireRun(std::int64_t id, const std::string& operation) const
    {
        if (!rowExists(db, "SELECT 1 FROM training_runs WHERE id = ?", id, operation))
            noSuchRun(id, operation);
    }
    [[noreturn]] void noSuchRun(std::int64_t id, const std::string& operation) const
    {
        throw StoreError(db.path() + ": cannot " + operation + ": the project has no training run with id "
                         + std::to_string(id));
    }

    Connection db;
};

ProjectStore::ProjectStore(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
ProjectStore::~ProjectStore() = default;
ProjectStore::ProjectStore(ProjectStore&&) noexcept = default;
ProjectStore& ProjectStore::operator=(ProjectStore&&) noexcept = default;

ProjectStore ProjectStore::create(const std::string& path)
{
    std::error_code error;
    if (fs::is_directory(path, error))
        throw StoreError(path + ": is a folder. Choose a file name for the new project");
    removeDatabaseFiles(path, "the file there with a new project");
    auto impl = std::make_unique<Impl>(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    impl->configure();
    impl->createSchema();
    return ProjectStore(std::move(impl));
}

ProjectStore ProjectStore::open(const std::string& path)
{
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status))
        throw StoreError(path + ": no such file. Check the name and the folder, or create a new project");
    if (fs::is_directory(status))
        throw StoreError(path + ": is a folder, not a project file. Choose a project file saved by PromoterLab");
    if (fs::file_size(path, error) == 0 && !error)
        throw StoreError(path + ": the file is empty (0 bytes), so it holds no project; it may have been cut short "
                                "while copying or saving. Open a backup or create a new project");
    auto impl = std::make_unique<Impl>(path, SQLITE_OPEN_READWRITE);
    impl->checkFormat();
    impl->configure();
    return ProjectStore(std::move(impl));
}

const std::string& ProjectStore::path() const
{
    return m_impl->db.path();
}

std::string ProjectStore::integrityCheck() const
{
    Statement check(m_impl->db, "PRAGMA integrity_check", "check the project file");
    std::string report;
    while (check.step())
        report += (report.empty() ? "" : "\n") + check.text(0);
    return report;
}

std::vector<std::int64_t> ProjectStore::addSequences(const std::vector<SequenceRecord>& records)
{
    const Connection& db = m_impl->db;
    Transaction transaction(db, "add sequences");
    std::int64_t position =
        singleInteger(db, "SELECT COALESCE(MAX(position), 0) FROM sequences", transaction.operation());
    Statement insert(db,
                     "INSERT INTO sequences (position, name, bases, original_bases, measured, fold) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     transaction.operation());
    Statement insertMetadata(db, "INSERT INTO sequence_metadata (sequence_id, ordinal, key, value) VALUES (?, ?, ?, ?)",
                             transaction.operation());
    std::vector<std::int64_t> ids;
    ids.reserve(records.size());
    for (const SequenceRecord& record : records) {
        insert.bind(1, ++position)
            .bind(2, record.name)
            .bind(3, record.bases)
            .bind(4, record.bases)
            .bind(5, record.measured)
            .bind(6, record.fold)
            .run();
        const std::int64_t id = sqlite3_last_insert_rowid(db.handle());
        std::int64_t ordinal = 0;
        for (const auto& [key, value] : record.metadata)
            insertMetadata.bind(1, id).bind(2, ordinal++).bind(3, key).bind(4, value).run();
        ids.push_back(id);
    }
    transaction.commit();
    return ids;
}

std::vector<ProjectSequence> ProjectStore::sequences() const
{
    const Connection& db = m_impl->db;
    const std::string operation = "read the sequences";
    std::vector<ProjectSequence> sequences;
    std::unordered_map<std::int64_t, std::size_t> indexOfId;
    Statement rows(db, "SELECT id, name, bases, original_bases, measured, fold FROM sequences ORDER BY position, id",
                   operation);
    while (rows.step()) {
        ProjectSequence sequence;
        sequence.id = rows.integer(0);
        sequence.name = rows.text(1);
        sequence.bases = rows.text(2);
        sequence.originalBases = rows.text(3);
        sequence.measured = rows.optionalReal(4);
        sequence.fold = rows.optionalInteger(5);
        indexOfId.emplace(sequence.id, sequences.size());
        sequences.push_back(std::move(sequence));
    }
    Statement metadata(db, "SELECT sequence_id, key, value FROM sequence_metadata ORDER BY sequence_id, ordinal",
                       operation);
    while (metadata.step())
        sequences[indexOfId.at(metadata.integer(0))].metadata.emplace_back(metadata.text(1), metadata.text(2));
    return sequences;
}

std::size_t ProjectStore::sequenceCount() const
{
    return static_cast<std::size_t>(singleInteger(m_impl->db, "SELECT COUNT(*) FROM sequences", "count the sequences"));
}

void ProjectStore::setBases(std::int64_t id, const std::string& bases)
{
    const Connection& db = m_impl->db;
    Transaction transaction(db, "edit sequence " + std::to_string(id));
    Statement current(db, "SELECT bases FROM sequences WHERE id = ?", transaction.operation());
    current.bind(1, id);
    if (!current.step())
        m_impl->noSuchSequence(id, transaction.operation());
    const std::string oldBases = current.text(0);
    if (oldBases == bases)
        return;
    Statement update(db, "UPDATE sequences SET bases = ? WHERE id = ?", transaction.operation());
    update.bind(1, bases).bind(2, id).run();
    Statement log(db,
                  "INSERT INTO sequence_edits (sequence_id, time, old_bases, new_bases) "
                  "VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?, ?)",
                  transaction.operation());
    log.bind(1, id).bind(2, oldBases).bind(3, bases).run();
    transaction.commit();
}

std::vector<SequenceEdit> ProjectStore::edits(std::int64_t id) const
{
    Statement rows(m_impl->db, "SELECT time, old_bases, new_bases FROM sequence_edits WHERE sequence_id = ? ORDER BY id",
                   "read the edit log");
    rows.bind(1, id);
    std::vector<SequenceEdit> edits;
    while (rows.step())
        edits.push_back({rows.text(0), rows.text(1), rows.text(2)});
    return edits;
}

void ProjectStore::renameSequence(std::int64_t id, const std::string& name)
{
    const Connection& db = m_impl->db;
    Transaction transaction(db, "rename sequence " + std::to_string(id));
    Statement update(db, "UPDATE sequences SET name = ? WHERE id = ?", transaction.operation());
    update.bind(1, name).bind(2, id).run();
    if (sqlite3_changes(db.handle()) == 0)
        m_impl->noSuchSequence(id, transaction.operation());
    transaction.commit();
}

void ProjectStore::removeSequences(const std::vector<std::int64_t>& ids)
{
    const Connection& db = m_impl->db;
    Transaction transaction(db, "remove sequences");
    Statement remove(db, "DELETE FROM sequences WHERE id = ?", transaction.operation());
    for (const std::int64_t id : ids)
        remove.bind(1, id).run();
    transaction.commit();
}

std::int64_t ProjectStore::rememberModel(const std::string& path, const std::string& contentHash,
                                         const std::string& name)
{
    const Connection& db = m_impl->db;
    Transaction transaction(db, "remember model " + path);
    Statement upsert(db,
                     "INSERT INTO models (path, content_hash, name) VALUES (?, ?, ?) "
                     "ON CONFLICT (path, content_hash) DO UPDATE SET name = excluded.name",
                     transaction.operation());
    upsert.bind(1, path).bind(2, contentHash).bind(3, name).run();
    Statement find(db, "SELECT id FROM models WHERE path = ? AND content_hash = ?", transaction.operation());
    find.bind(1, path).bind(2, contentHash).step();
    const std::int64_t id = find.integer(0);
    transaction.commit();
    return id;
}

std::vector<ProjectModel> ProjectStore::models() const
{
    Statement rows(m_impl->db, "SELECT id, path, content_hash, name FROM models ORDER BY id", "read the models");
    std::vector<ProjectModel> models;
    while (rows.step())
        models.push_back({rows.integer(0), rows.text(1), rows.text(2), rows.text(3)});
    return models;
}

void ProjectStore::setActiveModel(std::int64_t modelId)
{
    const Connection& db = m_impl->db;
    Transaction transaction(db, "make model " + std::to_string(modelId) + " the active one");
    m_impl->requireModel(modelId, transaction.operation());
    Statement update(db, "INSERT OR REPLACE INTO active_model (singleton, model_id) VALUES (1, ?)",
                     transaction.operation());
    update.bind(1, modelId).run();
    transaction.commit();
}

std::optional<std::int64_t> ProjectStore::activeModel() const
{
    Statement row(m_impl->db, "SELECT model_id FROM active_model", "read the active model");
    return row.step() ? std::optional(row.integer(0)) : std::nullopt;
}

void ProjectStore::savePredictions(std::int64_t modelId, const std::vector<StoredPrediction>& predictions)
{
    const Connection& db = m_impl->db;
    Transaction transaction(db, "save the predictions of model " + std::to_string(modelId));
    m_impl->requireModel(modelId, transaction.operation());
    // The EXISTS guard drops answers for sequences removed while they were being predicted.
    Statement insert(db,
                     "INSERT OR REPLACE INTO predictions (sequence_id, model_id, bases, expression, outputs, "
                     "has_strands, expression_forward, expression_reverse) "
                     "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8 WHERE EXISTS (SELECT 1 FROM sequences WHERE id = ?1)",
                     transaction.operation());
    for (const StoredPrediction& prediction : predictions) {
        insert.bind(1, prediction.sequenceId)
            .bind(2, modelId)
            .bind(3, prediction.bases)
            .bind(4, prediction.expression)
            .bindBlob(5, encodeFloats(prediction.outputs))
            .bind(6, std::int64_t{prediction.hasStrands})
            .bind(7, prediction.expressionForward)
            .bind(8, prediction.expressionReverse)
            .run();
    }
    transaction.commit();
}

std::vector<StoredPrediction> ProjectStore::predictions(std::int64_t modelId) const
{
    const Connection& db = m_impl->db;
    Statement rows(db,
                   "SELECT p.sequence_id, p.bases, p.expression, p.outputs, p.has_strands, p.expression_forward, "
                   "p.expression_reverse FROM predictions p JOIN sequences s ON s.id = p.sequence_id "
                   "WHERE p.model_id = ? AND p.bases = s.bases ORDER BY s.position, s.id",
                   "read the predictions of model " + std::to_string(modelId));
    rows.bind(1, modelId);
    std::vector<StoredPrediction> predictions;
    while (rows.step()) {
        StoredPrediction prediction;
        prediction.sequenceId = rows.integer(0);
        prediction.bases = rows.text(1);
        prediction.expression = rows.real(2);
        prediction.outputs = decodeFloats(rows.blob(3), db.path());
        prediction.hasStrands = rows.integer(4) != 0;
        prediction.expressionForward = rows.real(5);
        prediction.expressionReverse = rows.real(6);
        predictions.push_back(std::move(prediction));
    }
    return predictions;
}

std::int64_t ProjectStore::startTrainingRun(const TrainingRunRecord& run)
{
    const Connection& db = m_impl->db;
    Transaction transaction(db, "record the start of training run '" + run.name + "'");
    Statement insert(db,
                     "INSERT INTO training_runs (name, config_json, data_description, device, started, status) "
                     "VALUES (?, ?, ?, ?, ?, 'running')",
                     transaction.operation());
    insert.bind(1, run.name).bind(2, run.configJson).bind(3, run.dataDescription).bind(4, run.device);
    insert.bind(5, run.started).run();
    const std::int64_t id = sqlite3_last_insert_rowid(db.handle());
    transaction.commit();
    return id;
}

void ProjectStore::addEpoch(std::int64_t runId, const EpochRecord& epoch)
{
    const Connection& db = m_impl->db;
    Transaction transaction(db, "record epoch " + std::to_string(epoch.epoch) + " of training run "
                                    + std::to_string(runId));
    m_impl->requireRun(runId, transaction.operation());
    Statement insert(db,
                     "INSERT OR REPLACE INTO training_epochs (run_id, epoch, train_loss, validation_loss, "
                     "validation_pearson, validation_spearman, seconds, samples_per_second) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     transaction.operation());
    insert.bind(1, runId)
        .bind(2, std::int64_t{epoch.epoch})
        .bind(3, epoch.trainLoss)
        .bind(4, epoch.validationLoss)
        .bind(5, epoch.validationPearson)
        .bind(6, epoch.validationSpearman)
        .bind(7, epoch.seconds)
        .bind(8, epoch.samplesPerSecond)
        .run();
    transaction.commit();
}

void ProjectStore::finishTrainingRun(std::int64_t runId, const std::string& status, const std::string& bundlePath,
                                     const std::string& message)
{
    const Connection& db = m_impl->db;
    const std::string operation = "record the end of training run " + std::to_string(runId);
    if (status != "finished" && status != "cancelled" && status != "failed")
        throw StoreError(db.path() + ": cannot " + operation + ": '" + status
                         + "' is not an end status (finished, cancelled or failed)");
    Transaction transaction(db, operation);
    Statement update(db, "UPDATE training_runs SET status = ?, bundle_path = ?, message = ? WHERE id = ?", operation);
    update.bind(1, status).bind(2, bundlePath).bind(3, message).bind(4, runId).run();
    if (sqlite3_changes(db.handle()) == 0)
        m_impl->noSuchRun(runId, operation);
    transaction.commit();
}

std::vector<TrainingRunRecord> ProjectStore::trainingRuns() const
{
    Statement rows(m_impl->db,
                   "SELECT id, name, config_json, data_description, device, started, status, bundle_path, message "
                   "FROM training_runs ORDER BY id",
                   "read the training runs");
    std::vector<TrainingRunRecord> runs;
    while (rows.step()) {
        runs.push_back({rows.integer(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5),
                        rows.text(6), rows.text(7), rows.text(8)});
    }
    return runs;
}

std::vector<EpochRecord> ProjectStore::epochs(std::int64_t runId) const
{
    Statement rows(m_impl->db,
                   "SELECT epoch, train_loss, validation_loss, validation_pearson, validation_spearman, seconds, "
                   "samples_per_second FROM training_epochs WHERE run_id = ? ORDER BY epoch",
                   "read the epochs of training run " + std::to_string(runId));
    rows.bind(1, runId);
    std::vector<EpochRecord> epochs;
    while (rows.step()) {
        epochs.push_back({static_cast<int>(rows.integer(0)), rows.real(1), rows.real(2), rows.real(3), rows.real(4),
                          rows.real(5), rows.real(6)});
    }
    return epochs;
}

void ProjectStore::setValue(const std::string& key, const std::string& value)
{
    const Connection& db = m_impl->db;
    Transaction transaction(db, "save the setting '" + key + "'");
    Statement upsert(db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", transaction.operation());
    upsert.bind(1, key).bind(2, value).run();
    transaction.commit();
}

std::optional<std::string> ProjectStore::value(const std::string& key) const
{
    Statement row(m_impl->db, "SELECT value FROM settings WHERE key = ?", "read the setting '" + key + "'");
    row.bind(1, key);
    return row.step() ? std::optional(row.text(0)) : std::nullopt;
}

void ProjectStore::saveCopyAs(const std::string& path) const
{
    const Connection& source = m_impl->db;
    std::error_code error;
    const bool sameFile = fs::equivalent(path, source.path(), error)
                          || fs::absolute(path).lexically_normal() == fs::absolute(source.path()).lexically_normal();
    if (sameFile)
        throw StoreError(path + ": is this project's own file; choose another name for the copy");
    // The copy is written beside its destination and renamed into place, so a failure or a
    // crash halfway leaves any file already at path as it was.
    const std::string partial = path + ".partial";
    removeDatabaseFiles(partial, "an unfinished copy");
    {
        const Connection copy(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        sqlite3_backup* backup = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
        if (!backup)
            copy.fail("write a copy of " + source.path(), sqlite3_errcode(copy.handle()));
        const int stepped = sqlite3_backup_step(backup, -1);
        const int finished = sqlite3_backup_finish(backup);
        if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
            const std::string message = failureMessage(path, "write a copy of " + source.path(),
                                                       stepped != SQLITE_DONE ? stepped : finished,
                                                       sqlite3_errmsg(copy.handle()));
            removeDatabaseFiles(partial, "an unfinished copy");
            throw StoreError(message);
        }
    }
    removeJournalFiles(path, "the file there with the copy");
    fs::rename(partial, path, error);
    if (error)
        throw StoreError(path + ": cannot put the copy in place: " + error.message() + " (it is complete in "
                         + partial + "). Rename that file, or choose another folder");
}

}  // namespace promoterlab
