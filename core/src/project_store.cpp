// SPDX-License-Identifier: GPL-3.0-or-later
// The project store over SQLite: schema, format checks, durable transactions and errors.
#include "promoterlab/project_store.h"

#include "promoterlab/errors.h"

#include <sqlite3.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <limits>
#include <system_error>
#include <type_traits>
#include <unordered_map>

namespace promoterlab {

namespace fs = std::filesystem;

namespace {

// "PLab": marks the file as a PromoterLab project for us and for tools such as file(1).
constexpr std::int32_t kApplicationId = 0x504C6162;
// How long a write waits for another connection (a second window on the same project).
constexpr int kBusyTimeoutMilliseconds = 5000;

// The tables of format 1, as PromoterLab wrote them first; never changed, since upgrades of
// format-1 files start from exactly these.
constexpr const char* kFormat1Tables = R"sql(
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

// What format 2 adds: mutagenesis maps, variant tables and motif hits.
constexpr const char* kFormat2Tables = R"sql(
CREATE TABLE mutagenesis_maps (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sequence_id INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
    model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    sequence_bases TEXT NOT NULL,
    estimated INTEGER NOT NULL,
    input_offset INTEGER NOT NULL,
    sequence_offset INTEGER NOT NULL,
    name TEXT NOT NULL,
    bases TEXT NOT NULL,
    reference_expression REAL,
    reference_outputs BLOB NOT NULL,
    reference_has_strands INTEGER NOT NULL,
    reference_expression_forward REAL,
    reference_expression_reverse REAL,
    deltas BLOB NOT NULL,
    output_count INTEGER NOT NULL,
    outputs BLOB NOT NULL,
    created TEXT NOT NULL,
    UNIQUE (sequence_id, model_id, sequence_bases, estimated, input_offset, sequence_offset)
);
CREATE TABLE variant_tables (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    source_path TEXT NOT NULL,
    model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    created TEXT NOT NULL
);
CREATE TABLE variant_effects (
    table_id INTEGER NOT NULL REFERENCES variant_tables(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    name TEXT NOT NULL,
    reference TEXT NOT NULL,
    alternative TEXT NOT NULL,
    measured_reference REAL,
    measured_alternative REAL,
    measured_delta REAL,
    substitutions INTEGER NOT NULL,
    file TEXT NOT NULL,
    line INTEGER NOT NULL,
    predicted_reference REAL,
    predicted_alternative REAL,
    PRIMARY KEY (table_id, ordinal)
) WITHOUT ROWID;
CREATE TABLE motif_scans (
    sequence_id INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
    motif_source TEXT NOT NULL,
    bases TEXT NOT NULL,
    p_value_threshold REAL NOT NULL,
    PRIMARY KEY (sequence_id, motif_source)
) WITHOUT ROWID;
CREATE TABLE motif_hits (
    sequence_id INTEGER NOT NULL,
    motif_source TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    motif_index INTEGER NOT NULL,
    motif_id TEXT NOT NULL,
    motif_name TEXT NOT NULL,
    start INTEGER NOT NULL,
    length INTEGER NOT NULL,
    reverse_strand INTEGER NOT NULL,
    score REAL,
    p_value REAL,
    PRIMARY KEY (sequence_id, motif_source, ordinal),
    FOREIGN KEY (sequence_id, motif_source) REFERENCES motif_scans(sequence_id, motif_source) ON DELETE CASCADE
) WITHOUT ROWID;
)sql";

// Entry v − 1 holds what format v adds to the one before: a new project runs them all, an
// older project those after its format.
constexpr const char* kTablesOfFormat[] = {kFormat1Tables, kFormat2Tables};
static_assert(std::size(kTablesOfFormat) == ProjectStore::kFormatVersion, "one set of tables per format");

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

// Floats and doubles as little-endian IEEE-754 values, so files move between machines unchanged.
template <typename Value>
void appendLittleEndian(std::string& bytes, const std::vector<Value>& values)
{
    static_assert(std::is_floating_point_v<Value> && (sizeof(Value) == 4 || sizeof(Value) == 8));
    using Bits = std::conditional_t<sizeof(Value) == 4, std::uint32_t, std::uint64_t>;
    const std::size_t start = bytes.size();
    bytes.resize(start + values.size() * sizeof(Value));
    for (std::size_t i = 0; i < values.size(); ++i) {
        Bits bits = 0;
        std::memcpy(&bits, &values[i], sizeof(Value));
        for (std::size_t b = 0; b < sizeof(Value); ++b)
            bytes[start + sizeof(Value) * i + b] = static_cast<char>((bits >> (8 * b)) & 0xffu);
    }
}

template <typename Value>
std::string encodeValues(const std::vector<Value>& values)
{
    std::string bytes;
    appendLittleEndian(bytes, values);
    return bytes;
}

// `what` names the blob in the message ("a stored prediction's outputs"); `fix` says how to
// replace it.
template <typename Value>
std::vector<Value> decodeValues(const std::string& bytes, const std::string& path, const std::string& what,
                                const std::string& fix)
{
    using Bits = std::conditional_t<sizeof(Value) == 4, std::uint32_t, std::uint64_t>;
    if (bytes.size() % sizeof(Value) != 0)
        throw StoreError(path + ": " + what + " has " + std::to_string(bytes.size()) + " bytes, not a whole number of "
                         + (sizeof(Value) == 4 ? "floats" : "doubles") + "; the project file is damaged. " + fix);
    std::vector<Value> values(bytes.size() / sizeof(Value));
    for (std::size_t i = 0; i < values.size(); ++i) {
        Bits bits = 0;
        for (std::size_t b = 0; b < sizeof(Value); ++b)
            bits |= Bits{static_cast<unsigned char>(bytes[sizeof(Value) * i + b])} << (8 * b);
        std::memcpy(&values[i], &bits, sizeof(Value));
    }
    return values;
}

// The engine leaves a map's cell of the reference base without outputs; a column whose base
// is not one of kMapBases (an N in the flank) has none.
bool isReferenceCell(const MutagenesisMap& map, std::size_t cell)
{
    return kMapBases[cell / map.bases.size()] == map.bases[cell % map.bases.size()];
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
        for (const char* tables : kTablesOfFormat)
            db.execute(tables, transaction.operation());
        // The header fields go in the same transaction: a file without them was never a project.
        const std::string header = "PRAGMA application_id = " + std::to_string(kApplicationId)
                                   + "; PRAGMA user_version = " + std::to_string(kFormatVersion) + ";";
        db.execute(header.c_str(), transaction.operation());
        transaction.commit();
    }

    // Brings a project of an older format up to this one; all or nothing, so a failure leaves
    // the file as the older PromoterLab wrote it.
    void upgrade() const
    {
        const std::string readVersion = "read the project format";
        std::int64_t version = singleInteger(db, "PRAGMA user_version", readVersion);
        if (version >= kFormatVersion)
            return;
        Transaction transaction(db, "upgrade the project from format " + std::to_string(version) + " to format "
                                        + std::to_string(kFormatVersion));
        // Read again under the write lock: another window may have upgraded it meanwhile.
        version = singleInteger(db, "PRAGMA user_version", readVersion);
        for (std::int64_t format = version + 1; format <= kFormatVersion; ++format)
            db.execute(kTablesOfFormat[format - 1], transaction.operation());
        const std::string header = "PRAGMA user_version = " + std::to_string(kFormatVersion);
        db.execute(header.c_str(), transaction.operation());
        transaction.commit();
    }

    // Checks that a map's cells match its columns before anything of it is written.
    void checkMap(const MutagenesisMap& map, const std::string& operation) const
    {
        const std::size_t cells = 4 * map.bases.size();
        const std::string fix = ". Compute the map again";
        if (map.deltas.size() != cells)
            throw StoreError(db.path() + ": cannot " + operation + ": map '" + map.name + "' has "
                             + std::to_string(map.deltas.size()) + " deltas for " + std::to_string(map.bases.size())
                             + " columns, not 4 per column" + fix);
        if (map.outputs.empty())
            return;
        if (map.outputs.size() != cells)
            throw StoreError(db.path() + ": cannot " + operation + ": map '" + map.name + "' keeps outputs for "
                             + std::to_string(map.outputs.size()) + " cells, not the " + std::to_string(cells)
                             + " of its columns" + fix);
        const std::size_t count = outputCount(map);
        for (std::size_t cell = 0; cell < cells; ++cell) {
            const std::size_t expected = isReferenceCell(map, cell) ? 0 : count;
            if (map.outputs[cell].size() != expected)
                throw StoreError(db.path() + ": cannot " + operation + ": map '" + map.name + "' keeps "
                                 + std::to_string(map.outputs[cell].size()) + " outputs in cell "
                                 + std::to_string(cell) + " where " + std::to_string(expected)
                                 + " were expected (none for a reference base, the same number for every mutant)"
                                 + fix);
        }
    }

    // The outputs kept per mutant cell: those of the first mutant, 0 when none are kept.
    static std::size_t outputCount(const MutagenesisMap& map)
    {
        for (std::size_t cell = 0; cell < map.outputs.size(); ++cell)
            if (!isReferenceCell(map, cell))
                return map.outputs[cell].size();
        return 0;
    }

    // Saves one map through insert (the statement of saveMutagenesisMaps' SQL, reused across a
    // batch); returns its id, or 0 when its sequence is gone.
    std::int64_t saveMap(Statement& insert, std::int64_t sequenceId, std::int64_t modelId,
                         const std::string& sequenceBases, const MutagenesisMap& map,
                         const std::string& operation) const
    {
        checkMap(map, operation);
        std::string outputs;
        for (const std::vector<float>& cell : map.outputs)
            appendLittleEndian(outputs, cell);
        insert.bind(1, sequenceId)
            .bind(2, modelId)
            .bind(3, sequenceBases)
            .bind(4, std::int64_t{map.estimated})
            .bind(5, std::int64_t{map.inputOffset})
            .bind(6, std::int64_t{map.sequenceOffset})
            .bind(7, map.name)
            .bind(8, map.bases)
            .bind(9, map.reference.expression)
            .bindBlob(10, encodeValues(map.reference.outputs))
            .bind(11, std::int64_t{map.reference.hasStrands})
            .bind(12, map.reference.expressionForward)
            .bind(13, map.reference.expressionReverse)
            .bindBlob(14, encodeValues(map.deltas))
            .bind(15, static_cast<std::int64_t>(outputCount(map)))
            .bindBlob(16, outputs)
            .run();
        return sqlite3_changes(db.handle()) == 0 ? 0 : sqlite3_last_insert_rowid(db.handle());
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
    impl->upgrade();
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
            .bindBlob(5, encodeValues(prediction.outputs))
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
        prediction.outputs = decodeValues<float>(rows.blob(3), db.path(), "a stored prediction's outputs",
                                                 "Predict again to replace it");
        prediction.hasStrands = rows.integer(4) != 0;
        prediction.expressionForward = rows.real(5);
        prediction.expressionReverse = rows.real(6);
        predictions.push_back(std::move(prediction));
    }
    return predictions;
}

namespace {

// The EXISTS guard drops maps of sequences removed while they were being computed; REPLACE
// gives the map a new id, so the latest map of a sequence has the highest.
constexpr const char* kInsertMap =
    "INSERT OR REPLACE INTO mutagenesis_maps (sequence_id, model_id, sequence_bases, estimated, input_offset, "
    "sequence_offset, name, bases, reference_expression, reference_outputs, reference_has_strands, "
    "reference_expression_forward, reference_expression_reverse, deltas, output_count, outputs, created) "
    "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
    "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE EXISTS (SELECT 1 FROM sequences WHERE id = ?1)";

}  // namespace

std::int64_t ProjectStore::saveMutagenesisMap(std::int64_t sequenceId, std::int64_t modelId,
                                              const std::string& sequenceBases, const MutagenesisMap& map)
{
    const Connection& db = m_impl->db;
    Transaction transaction(db, "save the mutagenesis map of sequence " + std::to_string(sequenceId));
    m_impl->requireModel(modelId, transaction.operation());
    Statement insert(db, kInsertMap, transaction.operation());
    const std::int64_t id = m_impl->saveMap(insert, sequenceId, modelId, sequenceBases, map, transaction.operation());
    transaction.commit();
    return id;
}

std::vector<std::int64_t> ProjectStore::saveMutagenesisMaps(std::int64_t modelId, const std::vector<SequenceMap>& maps)
{
    const Connection& db = m_impl->db;
    Transaction transaction(db, "save the mutagenesis maps of model " + std::to_string(modelId));
    m_impl->requireModel(modelId, transaction.operation());
    Statement insert(db, kInsertMap, transaction.operation());
    std::vector<std::int64_t> ids;
    ids.reserve(maps.size());
    for (const SequenceMap& map : maps)
        ids.push_back(
            m_impl->saveMap(insert, map.sequenceId, modelId, map.sequenceBases, map.map, transaction.operation()));
    transaction.commit();
    return ids;
}

std::optional<MutagenesisMap> ProjectStore::mutagenesisMap(std::int64_t sequenceId, std::int64_t modelId,
                                                           const std::string& sequenceBases, bool estimated) const
{
    const Connection& db = m_impl->db;
    Statement row(db,
                  "SELECT input_offset, sequence_offset, name, bases, reference_expression, reference_outputs, "
                  "reference_has_strands, reference_expression_forward, reference_expression_reverse, deltas, "
                  "output_count, outputs FROM mutagenesis_maps WHERE sequence_id = ? AND model_id = ? "
                  "AND sequence_bases = ? AND estimated = ? ORDER BY id DESC LIMIT 1",
                  "read the mutagenesis map of sequence " + std::to_string(sequenceId));
    row.bind(1, sequenceId).bind(2, modelId).bind(3, sequenceBases).bind(4, std::int64_t{estimated});
    if (!row.step())
        return std::nullopt;
    const std::string fix = "Compute the map again to replace it";
    MutagenesisMap map;
    map.inputOffset = static_cast<int>(row.integer(0));
    map.sequenceOffset = static_cast<int>(row.integer(1));
    map.name = row.text(2);
    map.bases = row.text(3);
    map.reference.expression = row.real(4);
    map.reference.outputs = decodeValues<float>(row.blob(5), db.path(), "a stored map's reference outputs", fix);
    map.reference.hasStrands = row.integer(6) != 0;
    map.reference.expressionForward = row.real(7);
    map.reference.expressionReverse = row.real(8);
    map.deltas = decodeValues<double>(row.blob(9), db.path(), "a stored map's deltas", fix);
    map.estimated = estimated;
    const std::size_t cells = 4 * map.bases.size();
    if (map.deltas.size() != cells)
        throw StoreError(db.path() + ": map '" + map.name + "' of sequence " + std::to_string(sequenceId) + " holds "
                         + std::to_string(map.deltas.size()) + " deltas for " + std::to_string(map.bases.size())
                         + " columns; the project file is damaged. " + fix);
    const auto count = static_cast<std::size_t>(row.integer(10));
    if (count == 0)
        return map;
    const std::vector<float> outputs = decodeValues<float>(row.blob(11), db.path(), "a stored map's outputs", fix);
    std::size_t mutants = 0;
    for (std::size_t cell = 0; cell < cells; ++cell)
        mutants += isReferenceCell(map, cell) ? 0 : 1;
    if (outputs.size() != mutants * count)
        throw StoreError(db.path() + ": map '" + map.name + "' of sequence " + std::to_string(sequenceId) + " holds "
                         + std::to_string(outputs.size()) + " outputs, not " + std::to_string(count)
                         + " for each of its " + std::to_string(mutants)
                         + " substitutions; the project file is damaged. " + fix);
    map.outputs.resize(cells);
    auto next = outputs.begin();
    for (std::size_t cell = 0; cell < cells; ++cell) {
        if (!isReferenceCell(map, cell)) {
            map.outputs[cell].assign(next, next + static_cast<std::ptrdiff_t>(count));
            next += static_cast<std::ptrdiff_t>(count);
        }
    }
    return map;
}

std::vector<StoredMapInfo> ProjectStore::mutagenesisMaps() const
{
    Statement rows(m_impl->db,
                   "SELECT id, sequence_id, model_id, length(bases), estimated, sequence_offset, created "
                   "FROM mutagenesis_maps ORDER BY id",
                   "read the list of mutagenesis maps");
    std::vector<StoredMapInfo> maps;
    while (rows.step()) {
        maps.push_back({rows.integer(0), rows.integer(1), rows.integer(2), static_cast<int>(rows.integer(3)),
                        rows.integer(4) != 0, static_cast<int>(rows.integer(5)), rows.text(6)});
    }
    return maps;
}

std::int64_t ProjectStore::saveVariantTable(const std::string& name, const std::string& sourcePath,
                                            std::int64_t modelId, const std::vector<VariantEffect>& effects)
{
    const Connection& db = m_impl->db;
    Transaction transaction(db, "save the variant table '" + name + "'");
    m_impl->requireModel(modelId, transaction.operation());
    Statement insertTable(db,
                          "INSERT INTO variant_tables (name, source_path, model_id, created) "
                          "VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                          transaction.operation());
    insertTable.bind(1, name).bind(2, sourcePath).bind(3, modelId).run();
    const std::int64_t id = sqlite3_last_insert_rowid(db.handle());
    Statement insert(db,
                     "INSERT INTO variant_effects (table_id, ordinal, name, reference, alternative, "
                     "measured_reference, measured_alternative, measured_delta, substitutions, file, line, "
                     "predicted_reference, predicted_alternative) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     transaction.operation());
    std::int64_t ordinal = 0;
    for (const VariantEffect& effect : effects) {
        const Variant& variant = effect.variant;
        insert.bind(1, id)
            .bind(2, ordinal++)
            .bind(3, variant.name)
            .bind(4, variant.reference)
            .bind(5, variant.alternative)
            .bind(6, variant.measuredReference)
            .bind(7, variant.measuredAlternative)
            .bind(8, variant.measuredDelta)
            .bind(9, std::int64_t{variant.substitutions})
            .bind(10, variant.file)
            .bind(11, static_cast<std::int64_t>(variant.line))
            .bind(12, effect.predictedReference)
            .bind(13, effect.predictedAlternative)
            .run();
    }
    transaction.commit();
    return id;
}

std::vector<StoredVariantTableInfo> ProjectStore::variantTables() const
{
    Statement rows(m_impl->db,
                   "SELECT id, name, source_path, model_id, "
                   "(SELECT COUNT(*) FROM variant_effects WHERE table_id = variant_tables.id), created "
                   "FROM variant_tables ORDER BY id",
                   "read the list of variant tables");
    std::vector<StoredVariantTableInfo> tables;
    while (rows.step()) {
        tables.push_back({rows.integer(0), rows.text(1), rows.text(2), rows.integer(3),
                          static_cast<std::size_t>(rows.integer(4)), rows.text(5)});
    }
    return tables;
}

std::vector<VariantEffect> ProjectStore::variantEffects(std::int64_t tableId) const
{
    Statement rows(m_impl->db,
                   "SELECT name, reference, alternative, measured_reference, measured_alternative, measured_delta, "
                   "substitutions, file, line, predicted_reference, predicted_alternative FROM variant_effects "
                   "WHERE table_id = ? ORDER BY ordinal",
                   "read variant table " + std::to_string(tableId));
    rows.bind(1, tableId);
    std::vector<VariantEffect> effects;
    while (rows.step()) {
        VariantEffect effect;
        Variant& variant = effect.variant;
        variant.name = rows.text(0);
        variant.reference = rows.text(1);
        variant.alternative = rows.text(2);
        variant.measuredReference = rows.optionalReal(3);
        variant.measuredAlternative = rows.optionalReal(4);
        variant.measuredDelta = rows.optionalReal(5);
        variant.substitutions = static_cast<int>(rows.integer(6));
        variant.file = rows.text(7);
        variant.line = static_cast<std::size_t>(rows.integer(8));
        effect.predictedReference = rows.real(9);
        effect.predictedAlternative = rows.real(10);
        effects.push_back(std::move(effect));
    }
    return effects;
}

void ProjectStore::removeVariantTable(std::int64_t tableId)
{
    const Connection& db = m_impl->db;
    Transaction transaction(db, "remove variant table " + std::to_string(tableId));
    Statement remove(db, "DELETE FROM variant_tables WHERE id = ?", transaction.operation());
    remove.bind(1, tableId).run();
    transaction.commit();
}

void ProjectStore::saveMotifHits(std::int64_t sequenceId, const std::string& sequenceBases,
                                 const std::string& motifSource, double pValueThreshold,
                                 const std::vector<MotifHit>& hits)
{
    const Connection& db = m_impl->db;
    const std::string operation = "save the motif hits of sequence " + std::to_string(sequenceId);
    if (!(pValueThreshold > 0 && pValueThreshold <= 1))
        throw StoreError(db.path() + ": cannot " + operation + ": the p-value threshold "
                         + std::to_string(pValueThreshold) + " is not in (0, 1]. Scan again with a valid threshold");
    Transaction transaction(db, operation);
    // Late hits of a removed sequence are dropped, as late predictions are.
    if (!rowExists(db, "SELECT 1 FROM sequences WHERE id = ?", sequenceId, operation))
        return;
    // The hits go with their scan (ON DELETE CASCADE).
    Statement remove(db, "DELETE FROM motif_scans WHERE sequence_id = ? AND motif_source = ?", operation);
    remove.bind(1, sequenceId).bind(2, motifSource).run();
    Statement insertScan(db,
                         "INSERT INTO motif_scans (sequence_id, motif_source, bases, p_value_threshold) "
                         "VALUES (?, ?, ?, ?)",
                         operation);
    insertScan.bind(1, sequenceId).bind(2, motifSource).bind(3, sequenceBases).bind(4, pValueThreshold).run();
    Statement insert(db,
                     "INSERT INTO motif_hits (sequence_id, motif_source, ordinal, motif_index, motif_id, motif_name, "
                     "start, length, reverse_strand, score, p_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     operation);
    std::int64_t ordinal = 0;
    for (const MotifHit& hit : hits) {
        insert.bind(1, sequenceId)
            .bind(2, motifSource)
            .bind(3, ordinal++)
            .bind(4, static_cast<std::int64_t>(hit.motifIndex))
            .bind(5, hit.motifId)
            .bind(6, hit.motifName)
            .bind(7, static_cast<std::int64_t>(hit.start))
            .bind(8, static_cast<std::int64_t>(hit.length))
            .bind(9, std::int64_t{hit.reverseStrand})
            .bind(10, hit.score)
            .bind(11, hit.pValue)
            .run();
    }
    transaction.commit();
}

std::optional<std::vector<MotifHit>> ProjectStore::motifHits(std::int64_t sequenceId, const std::string& sequenceBases,
                                                             const std::string& motifSource,
                                                             double pValueThreshold) const
{
    const Connection& db = m_impl->db;
    const std::string operation = "read the motif hits of sequence " + std::to_string(sequenceId);
    Statement scan(db,
                   "SELECT 1 FROM motif_scans WHERE sequence_id = ? AND motif_source = ? AND bases = ? "
                   "AND p_value_threshold = ?",
                   operation);
    scan.bind(1, sequenceId).bind(2, motifSource).bind(3, sequenceBases).bind(4, pValueThreshold);
    if (!scan.step())
        return std::nullopt;
    Statement rows(db,
                   "SELECT motif_index, motif_id, motif_name, start, length, reverse_strand, score, p_value "
                   "FROM motif_hits WHERE sequence_id = ? AND motif_source = ? ORDER BY ordinal",
                   operation);
    rows.bind(1, sequenceId).bind(2, motifSource);
    std::vector<MotifHit> hits;
    while (rows.step()) {
        MotifHit hit;
        hit.motifIndex = static_cast<std::size_t>(rows.integer(0));
        hit.motifId = rows.text(1);
        hit.motifName = rows.text(2);
        hit.start = static_cast<std::size_t>(rows.integer(3));
        hit.length = static_cast<std::size_t>(rows.integer(4));
        hit.reverseStrand = rows.integer(5) != 0;
        hit.score = rows.real(6);
        hit.pValue = rows.real(7);
        hits.push_back(std::move(hit));
    }
    return hits;
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
