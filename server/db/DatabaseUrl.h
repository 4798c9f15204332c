#pragma once

#include <string>
#include <string_view>

#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::db {

// Where a database lives, parsed from DatabaseOptions::url:
//   sqlite:///abs/path.db     a file (created when missing); the path must be absolute
//   sqlite::memory:           a private in-memory database (tests, demos)
//   postgresql://… postgres://…   handed to libpq unchanged (its URI syntax, query parameters
//                             included)
// A malformed URL is the error "invalid_database_url"; the message never repeats the URL,
// which may hold a password.
struct DatabaseUrl {
    Backend backend = Backend::Sqlite;
    std::string target; // SQLite: file path or ":memory:"; PostgreSQL: the libpq URI
    bool inMemory = false;

    static tp::domain::Result<DatabaseUrl> parse(std::string_view url);
};

} // namespace tp::server::db
