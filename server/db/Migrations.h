#pragma once

#include <optional>
#include <string>
#include <vector>

#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::db {

// A numbered schema change. The files live in server/db/migrations/ as
//   NNNN_what_it_does.sql             applied on both backends
//   NNNN_what_it_does.postgresql.sql  applied on PostgreSQL only (row-level security, roles)
//   NNNN_what_it_does.sqlite.sql      applied on SQLite only
// and are compiled into the binary by the build. A version may appear once per backend.
struct Migration {
    int version = 0;
    std::string name;
    std::string sql;
    std::optional<Backend> onlyOn;
};

// Every migration the build embedded, in version order.
const std::vector<Migration>& builtInMigrations();

// Applies the migrations of `connection`'s backend that schema_migrations does not list yet,
// each in its own transaction together with its schema_migrations row, in version order.
// On PostgreSQL an advisory lock keeps two servers starting at once from racing. Returns the
// number applied. Fails (and stops) at the first migration that fails, naming it.
tp::domain::Result<int> applyMigrations(Connection& connection, const std::vector<Migration>& migrations);

} // namespace tp::server::db
