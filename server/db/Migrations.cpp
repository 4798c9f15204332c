#include "db/Migrations.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>

namespace tp::server::db {

using tp::domain::Error;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

// Every tillpoint-server sharing one PostgreSQL database takes this transaction-level advisory
// lock around each migration step, so servers starting together apply each migration once.
constexpr std::int64_t kMigrationLockKey = 0x7470'6d69'6772; // "tpmigr"

constexpr const char* kVersionTable = "CREATE TABLE IF NOT EXISTS schema_migrations ("
                                      "version INTEGER NOT NULL PRIMARY KEY, "
                                      "name TEXT NOT NULL, "
                                      "applied_at BIGINT NOT NULL)";

std::string label(const Migration& migration) {
    char number[16];
    std::snprintf(number, sizeof number, "%04d", migration.version);
    return std::string(number) + "_" + migration.name;
}

std::int64_t nowMillis() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

void rollBack(Connection& connection) {
    static_cast<void>(connection.execute("ROLLBACK"));
}

// Opens a migration transaction: SQLite takes the write lock at once; PostgreSQL takes the
// advisory lock and the platform scope, so a migration may touch rows of every tenant through
// the row-level-security policies (the migrating role owns the tables, and FORCE ROW LEVEL
// SECURITY applies the policies to owners too).
Result<void> beginLocked(Connection& connection) {
    if (connection.backend() == Backend::Sqlite) {
        auto begun = connection.execute("BEGIN IMMEDIATE");
        return begun ? Result<void>{} : Result<void>{begun.error()};
    }
    auto begun = connection.execute("BEGIN");
    if (!begun)
        return begun.error();
    auto locked = connection.execute("SELECT pg_advisory_xact_lock(?), set_config('tillpoint.platform', 'on', true)",
                                     {kMigrationLockKey});
    if (!locked) {
        rollBack(connection);
        return locked.error();
    }
    return {};
}

Result<void> commit(Connection& connection) {
    auto committed = connection.execute("COMMIT");
    if (!committed) {
        rollBack(connection);
        return committed.error();
    }
    return {};
}

Result<std::set<int>> appliedVersions(Connection& connection) {
    auto rows = connection.execute("SELECT version FROM schema_migrations");
    if (!rows)
        return rows.error();
    std::set<int> versions;
    for (const auto& row : rows->rows())
        versions.insert(static_cast<int>(row.integer(0)));
    return versions;
}

Result<void> ensureVersionTable(Connection& connection) {
    auto begun = beginLocked(connection);
    if (!begun)
        return begun;
    auto created = connection.executeScript(kVersionTable);
    if (!created) {
        rollBack(connection);
        return created;
    }
    return commit(connection);
}

// Applies one migration with its schema_migrations row, unless another server did it first.
// Returns whether this call applied it.
Result<bool> applyOne(Connection& connection, const Migration& migration) {
    auto begun = beginLocked(connection);
    if (!begun)
        return begun.error();
    auto already =
        connection.execute("SELECT 1 FROM schema_migrations WHERE version = ?", {std::int64_t{migration.version}});
    if (!already) {
        rollBack(connection);
        return already.error();
    }
    if (!already->empty()) {
        rollBack(connection);
        return false;
    }
    auto changed = connection.executeScript(migration.sql);
    if (!changed) {
        rollBack(connection);
        return changed.error();
    }
    auto recorded = connection.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                                       {std::int64_t{migration.version}, migration.name, nowMillis()});
    if (!recorded) {
        rollBack(connection);
        return recorded.error();
    }
    auto committed = commit(connection);
    if (!committed)
        return committed.error();
    return true;
}

} // namespace

Result<int> applyMigrations(Connection& connection, const std::vector<Migration>& migrations) {
    std::vector<const Migration*> pending;
    for (const auto& migration : migrations) {
        if (!migration.onlyOn || *migration.onlyOn == connection.backend())
            pending.push_back(&migration);
    }
    std::stable_sort(pending.begin(), pending.end(),
                     [](const Migration* a, const Migration* b) { return a->version < b->version; });
    for (std::size_t index = 1; index < pending.size(); ++index) {
        if (pending[index]->version == pending[index - 1]->version)
            return makeError("migration_failed", "migrations " + label(*pending[index - 1]) + " and " +
                                                     label(*pending[index]) + " share a version");
    }

    auto table = ensureVersionTable(connection);
    if (!table)
        return makeError("migration_failed",
                         "cannot create schema_migrations: " + table.error().code + ": " + table.error().message);
    auto done = appliedVersions(connection);
    if (!done)
        return makeError("migration_failed",
                         "cannot read schema_migrations: " + done.error().code + ": " + done.error().message);

    int applied = 0;
    for (const Migration* migration : pending) {
        if (done->contains(migration->version))
            continue;
        auto outcome = applyOne(connection, *migration);
        if (!outcome)
            return makeError("migration_failed", "migration " + label(*migration) + " failed and was rolled back: " +
                                                     outcome.error().code + ": " + outcome.error().message);
        if (outcome.value())
            ++applied;
    }
    return applied;
}

} // namespace tp::server::db
