#include "db/SqliteConnection.h"

#include <sqlite3.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

namespace tp::server::db {

using tp::domain::Error;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

// The cache holds every distinct SQL text a connection ran. Queries are written in code, so
// the set is small; this bound only guards against a caller building SQL with values in it.
constexpr std::size_t kMaxCachedStatements = 512;

// "UNIQUE constraint failed: users.tenant_id, users.email" -> "users(tenant_id, email)";
// the form PostgresConnection builds too, so callers compare one string on both backends.
std::string uniqueKeyOf(const std::string& message) {
    constexpr std::string_view prefix = "UNIQUE constraint failed: ";
    if (!message.starts_with(prefix) || message.find(" index ") != std::string::npos)
        return message;
    std::string table;
    std::string columns;
    std::string_view rest = std::string_view(message).substr(prefix.size());
    while (!rest.empty()) {
        const auto comma = rest.find(", ");
        const std::string_view qualified = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 2);
        const auto dot = qualified.find('.');
        if (dot == std::string_view::npos)
            return message;
        table = std::string(qualified.substr(0, dot));
        if (!columns.empty())
            columns += ", ";
        columns += qualified.substr(dot + 1);
    }
    return table + "(" + columns + ")";
}

// "NOT NULL constraint failed: users.email" -> "users.email", as PostgresConnection reports it.
std::string notNullColumnOf(const std::string& message) {
    constexpr std::string_view prefix = "NOT NULL constraint failed: ";
    return message.starts_with(prefix) ? message.substr(prefix.size()) : message;
}

bool blank(std::string_view text) {
    for (char c : text) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ';')
            return false;
    }
    return true;
}

SqlValue columnValue(sqlite3_stmt* statement, int column) {
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        return std::monostate{};
    case SQLITE_INTEGER:
        return static_cast<std::int64_t>(sqlite3_column_int64(statement, column));
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(statement, column));
        return bytes ? std::string(bytes, static_cast<std::size_t>(sqlite3_column_bytes(statement, column)))
                     : std::string{};
    }
    default: { // TEXT, and FLOAT as its text: the schema has no floating point
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        return text ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement, column)))
                    : std::string{};
    }
    }
}

} // namespace

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const std::string& path,
                                                                 std::chrono::milliseconds busyTimeout) {
    // Without the allocator's statistics (which nothing reads) SQLite takes no process-wide
    // lock on every allocation, which every pooled connection's thread contended for. It can
    // only be set before SQLite starts up; if something else started it first, it stays on.
    static const bool noAllocationStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    (void)noAllocationStatistics;
    sqlite3* handle = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int opened = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
    if (opened != SQLITE_OK) {
        std::string message = handle ? sqlite3_errmsg(handle) : sqlite3_errstr(opened);
        sqlite3_close_v2(handle);
        return makeError("database_unavailable", "cannot open SQLite database " + path + ": " + message);
    }
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection(handle));
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, static_cast<int>(busyTimeout.count()));
    // Reads go through a shared memory map of the file (one copy in the OS page cache for every
    // pooled connection) instead of each connection's private 2 MB page cache alone; with many
    // tenants' catalogs in one file the private caches otherwise keep evicting each other. The
    // map asks for more than SQLite allows (Debian's build caps it at 2 GiB): it gets the cap.
    // Pages beyond it go through each connection's own cache, 64 MiB.
    // The commit that finds the log past wal_autocheckpoint pages copies it into the file and
    // syncs both, inside a request: at SQLite's default (1,000 pages, 4 MiB) a backlog of
    // orders, ~40 pages each, did that every 25 orders, copying the same hot index pages
    // over and over. At 8,192 pages (32 MiB) it happens an eighth as often and copies each
    // page once per 200 orders; journal_size_limit cuts a log that grew past 64 MiB back.
    // Switching a new file to WAL needs it to itself for a moment; SQLite answers "locked" at
    // once, without its busy handler, when several servers (or pool threads) open the new file
    // together, so that switch is retried here within the same busy timeout.
    const auto deadline = std::chrono::steady_clock::now() + busyTimeout;
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA mmap_size = 68719476736", "PRAGMA cache_size = -65536",
                               "PRAGMA wal_autocheckpoint = 8192", "PRAGMA journal_size_limit = 67108864"}) {
        auto applied = connection->plain(pragma);
        while (!applied && applied.error().code == "serialization_failure" &&
               std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            applied = connection->plain(pragma);
        }
        if (!applied)
            return makeError("database_unavailable",
                             "cannot set up SQLite database " + path + ": " + applied.error().message);
    }
    return connection;
}

SqliteConnection::SqliteConnection(sqlite3* handle)
    : m_handle(handle) {}

SqliteConnection::~SqliteConnection() {
    for (auto& [sql, statement] : m_statements)
        sqlite3_finalize(statement);
    sqlite3_close_v2(m_handle);
}

Error SqliteConnection::lastError(int code) const {
    const std::string message = sqlite3_errmsg(m_handle);
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError("serialization_failure", message);
    case SQLITE_CONSTRAINT:
        switch (code) {
        case SQLITE_CONSTRAINT_UNIQUE:
        case SQLITE_CONSTRAINT_PRIMARYKEY:
            return makeError("unique_violation", uniqueKeyOf(message));
        case SQLITE_CONSTRAINT_FOREIGNKEY:
            return makeError("foreign_key_violation", message);
        case SQLITE_CONSTRAINT_NOTNULL:
            return makeError("not_null_violation", notNullColumnOf(message));
        case SQLITE_CONSTRAINT_CHECK:
            return makeError("check_violation", message);
        default:
            return makeError("database_error", message);
        }
    case SQLITE_CANTOPEN:
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_IOERR:
    case SQLITE_FULL:
        return makeError("database_unavailable", message);
    default:
        return makeError("database_error", message);
    }
}

Result<sqlite3_stmt*> SqliteConnection::statement(std::string_view sql) {
    const std::string key(sql);
    if (auto cached = m_statements.find(key); cached != m_statements.end())
        return cached->second;

    sqlite3_stmt* prepared = nullptr;
    const char* tail = nullptr;
    const int code = sqlite3_prepare_v3(m_handle, key.c_str(), static_cast<int>(key.size() + 1),
                                        SQLITE_PREPARE_PERSISTENT, &prepared, &tail);
    if (code != SQLITE_OK)
        return lastError(code);
    if (prepared == nullptr)
        return makeError("database_error", "the SQL holds no statement");
    if (tail && !blank(tail)) {
        sqlite3_finalize(prepared);
        return makeError("database_error", "execute() runs one statement; use executeScript() for several");
    }
    if (m_statements.size() >= kMaxCachedStatements) {
        for (auto& [text, old] : m_statements)
            sqlite3_finalize(old);
        m_statements.clear();
    }
    m_statements.emplace(key, prepared);
    return prepared;
}

Result<SqlResult> SqliteConnection::run(std::string_view sql, const SqlParams& params) {
    auto prepared = statement(sql);
    if (!prepared)
        return prepared.error();
    sqlite3_stmt* stmt = prepared.value();

    // Reset on every way out, so a cached statement never holds a read snapshot open.
    struct Reset {
        sqlite3_stmt* stmt;
        ~Reset() {
            sqlite3_reset(stmt);
            sqlite3_clear_bindings(stmt);
        }
    } reset{stmt};

    const int expected = sqlite3_bind_parameter_count(stmt);
    if (expected != static_cast<int>(params.size()))
        return makeError("database_error", "the statement has " + std::to_string(expected) + " placeholders but " +
                                               std::to_string(params.size()) + " parameters were given");
    for (int index = 0; index < expected; ++index) {
        const SqlValue& value = params[static_cast<std::size_t>(index)];
        int bound = SQLITE_OK;
        if (const auto* number = std::get_if<std::int64_t>(&value))
            bound = sqlite3_bind_int64(stmt, index + 1, *number);
        else if (const auto* text = std::get_if<std::string>(&value))
            bound = sqlite3_bind_text64(stmt, index + 1, text->data(), text->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
        else
            bound = sqlite3_bind_null(stmt, index + 1);
        if (bound != SQLITE_OK)
            return lastError(bound);
    }

    const sqlite3_int64 changesBefore = sqlite3_total_changes64(m_handle);
    std::vector<std::string> columns;
    const int columnCount = sqlite3_column_count(stmt);
    columns.reserve(static_cast<std::size_t>(columnCount));
    for (int column = 0; column < columnCount; ++column)
        columns.emplace_back(sqlite3_column_name(stmt, column));

    std::vector<std::vector<SqlValue>> rows;
    for (;;) {
        const int stepped = sqlite3_step(stmt);
        if (stepped == SQLITE_DONE)
            break;
        if (stepped != SQLITE_ROW)
            return lastError(stepped);
        std::vector<SqlValue> row;
        row.reserve(static_cast<std::size_t>(columnCount));
        for (int column = 0; column < columnCount; ++column)
            row.push_back(columnValue(stmt, column));
        rows.push_back(std::move(row));
    }
    // sqlite3_changes() keeps the count of the last INSERT/UPDATE/DELETE: it only belongs to
    // this statement when this statement changed something.
    const bool changed = !sqlite3_stmt_readonly(stmt) && sqlite3_total_changes64(m_handle) != changesBefore;
    const std::int64_t affected = changed ? sqlite3_changes64(m_handle) : 0;
    return SqlResult(std::move(columns), std::move(rows), affected);
}

Result<void> SqliteConnection::runScript(std::string_view sql) {
    char* message = nullptr;
    const std::string script(sql);
    const int code = sqlite3_exec(m_handle, script.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message); // sqlite3_errmsg() below carries the same text
    if (code != SQLITE_OK)
        return lastError(code);
    return {};
}

Result<void> SqliteConnection::plain(const char* sql) {
    // BEGIN, COMMIT and the PRAGMAs run on every transaction: prepared once, like any statement,
    // rather than parsed anew by sqlite3_exec each time.
    auto prepared = statement(sql);
    if (!prepared)
        return prepared.error();
    sqlite3_stmt* stmt = prepared.value();
    const int code = sqlite3_step(stmt);
    if (code != SQLITE_DONE && code != SQLITE_ROW) {
        tp::domain::Error failure = lastError(code); // before the reset, while the message is this one's
        sqlite3_reset(stmt);
        return failure;
    }
    sqlite3_reset(stmt);
    return {};
}

Result<void> SqliteConnection::beginTransaction(const Scope&, TransactionKind kind) {
    // query_only is a connection setting, not a transaction one: it is switched only when the
    // kind of transaction changes, since most requests are reads and each PRAGMA is parsed anew.
    if (kind == TransactionKind::Write) {
        if (m_queryOnly) {
            auto writable = plain("PRAGMA query_only = OFF");
            if (!writable)
                return writable;
            m_queryOnly = false;
        }
        return plain("BEGIN IMMEDIATE");
    }
    if (!m_queryOnly) {
        auto readOnly = plain("PRAGMA query_only = ON");
        if (!readOnly)
            return readOnly;
        m_queryOnly = true;
    }
    return plain("BEGIN");
}

Result<void> SqliteConnection::commitTransaction() {
    return plain("COMMIT");
}

Result<void> SqliteConnection::rollbackTransaction() {
    if (!sqlite3_get_autocommit(m_handle))
        return plain("ROLLBACK");
    return {};
}

bool SqliteConnection::idle() const {
    return sqlite3_get_autocommit(m_handle) != 0;
}

} // namespace tp::server::db
