#pragma once

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
//   "foreign_key_violation", "check_violation", "not_null_violation"
//   "serialization_failure" (PostgreSQL 40001/40P01, SQLite BUSY/LOCKED): the transaction may be retried
//   "database_unavailable"  connection lost or refused
//   "database_error"        anything else, with the backend's message
class Connection {
public:
    virtual ~Connection() = default;

    virtual Backend backend() const = 0;

    // One statement with parameters bound to its `?` placeholders in order.
    virtual tp::domain::Result<SqlResult> execute(std::string_view sql, const SqlParams& params = {}) = 0;

    // Several statements separated by ';' and no parameters (migrations).
    virtual tp::domain::Result<void> executeScript(std::string_view sql) = 0;
};

} // namespace tp::server::db
