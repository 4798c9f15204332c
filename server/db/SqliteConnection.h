#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <unordered_map>

#include "db/BackendConnection.h"

struct sqlite3;
struct sqlite3_stmt;

namespace tp::server::db {

// A connection to a SQLite database file (or a private in-memory database).
//
// Opened in WAL mode with synchronous=NORMAL (durable across application crashes; a power cut
// may lose the last commits but never corrupts), foreign keys enforced, and a busy timeout so
// a writer waits for another instead of failing at once. Write transactions are BEGIN
// IMMEDIATE: they take the write lock up front, so two writers never deadlock upgrading a read
// lock. Read transactions are BEGIN (deferred) with query_only on, mirroring PostgreSQL's READ
// ONLY. SQLITE_BUSY / SQLITE_LOCKED are reported as serialization_failure, which the
// transaction runner retries.
//
// Statements are prepared once and cached by their SQL text for the connection's lifetime.
class SqliteConnection final : public BackendConnection {
public:
    static tp::domain::Result<std::unique_ptr<SqliteConnection>> open(const std::string& path,
                                                                      std::chrono::milliseconds busyTimeout);
    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    Backend backend() const override { return Backend::Sqlite; }
    tp::domain::Result<void> prepareForServing(const DatabaseOptions&) override { return {}; }

protected:
    tp::domain::Result<SqlResult> run(std::string_view sql, const SqlParams& params) override;
    tp::domain::Result<void> runScript(std::string_view sql) override;
    tp::domain::Result<void> beginTransaction(const Scope& scope, TransactionKind kind) override;
    tp::domain::Result<void> commitTransaction() override;
    tp::domain::Result<void> rollbackTransaction() override;
    bool idle() const override;

private:
    explicit SqliteConnection(sqlite3* handle);

    tp::domain::Result<sqlite3_stmt*> statement(std::string_view sql);
    tp::domain::Result<void> plain(const char* sql);
    tp::domain::Error lastError(int code) const;

    sqlite3* m_handle = nullptr;
    std::unordered_map<std::string, sqlite3_stmt*> m_statements;
    bool m_queryOnly = false;
};

} // namespace tp::server::db
