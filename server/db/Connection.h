#pragma once

#include <functional>
#include <string_view>

#include "db/SqlResult.h"
#include "db/SqlValue.h"
#include "domain/core/Result.h"

namespace tp::server::db {

enum class Backend { Sqlite, Postgres };

// One open database connection, used by one thread at a time (the pool hands it out).
//
// SQL is written once with `?` placeholders; the PostgreSQL backend rewrites them to $1, $2, …
// Statements are prepared once per connection and cached by their SQL text.
//
// Failures come back as tp::domain::Error with these codes:
//   "unique_violation"      message: "<table>(<col>, <col>)" — the unique key that was hit,
//                           normalised so callers compare one string on both backends
//   "foreign_key_violation", "check_violation" with the backend's message
//   "not_null_violation"    message: "<table>.<column>" on both backends
//   "serialization_failure" (PostgreSQL 40001/40P01, SQLite BUSY/LOCKED): the transaction may be retried
//   "permission_denied"     PostgreSQL 42501, e.g. a row that the tenant scope's row-level-security
//                           policy does not admit (inserting another tenant's row)
//   "database_unavailable"  connection lost or refused
//   "database_error"        anything else, with the backend's message
//
// Inside a transaction the first failing statement dooms it on both backends (PostgreSQL's rule,
// enforced on SQLite too): later statements fail with the same error and the transaction rolls
// back. Use INSERT … ON CONFLICT rather than catching unique_violation and carrying on.
//
// Portable SQL: TEXT, INTEGER/BIGINT only (no floating point, no BOOLEAN — 0/1), `?` params.
// On PostgreSQL parameters are sent untyped and the server infers their type from context, so
// a bare `SELECT ?` comes back as text; jsonb's `?` operators cannot be written (use
// jsonb_exists()). Results: integer columns read as integers, bool as 1/0, everything else as
// text; SqlRow converts either way on request.
class Connection {
public:
    virtual ~Connection() = default;

    virtual Backend backend() const = 0;

    // One statement with parameters bound to its `?` placeholders in order.
    virtual tp::domain::Result<SqlResult> execute(std::string_view sql, const SqlParams& params = {}) = 0;

    // Several statements separated by ';' and no parameters (migrations).
    virtual tp::domain::Result<void> executeScript(std::string_view sql) = 0;

    // Runs `hook` once the transaction in progress has committed, and never if it rolls back:
    // for effects outside the database that must follow a write only when it is durable and
    // visible to every later transaction (forgetting a cached copy). When Database::transaction
    // reruns the work after a serialization failure, the failed attempt's hooks are dropped and
    // the rerun registers its own. Hooks run in registration order on the thread that called
    // transaction(), after the connection went back to the pool (so a hook may start a
    // transaction of its own), and before transaction() returns; they must not throw.
    // Outside a transaction a statement commits by itself: the hook runs at once.
    virtual void afterCommit(std::function<void()> hook) = 0;
};

} // namespace tp::server::db
