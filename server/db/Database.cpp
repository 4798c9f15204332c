#include "db/Database.h"

#include "db/DatabaseUrl.h"
#include "db/Migrations.h"
#include "db/PooledDatabase.h"
#include "db/PostgresConnection.h"
#include "db/SqliteConnection.h"

namespace tp::server::db {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

// Row-level security is only a wall if every tenant table has it. A table of the search path
// with a tenant_id column but without enabled + forced RLS and a policy stops the server here,
// so a migration that forgot its .postgresql.sql companion fails in CI, not in production.
Result<void> verifyTenantTablesHaveRowSecurity(Connection& connection) {
    auto unprotected =
        connection.execute("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (current_schemas(false)) "
                           "AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid "
                           "AND a.attname = 'tenant_id' AND NOT a.attisdropped) "
                           "AND NOT (c.relrowsecurity AND c.relforcerowsecurity "
                           "AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid)) "
                           "ORDER BY c.relname");
    if (!unprotected)
        return unprotected.error();
    if (unprotected->empty())
        return {};
    std::string tables;
    for (const auto& row : unprotected->rows())
        tables += (tables.empty() ? "" : ", ") + row.text(0);
    return makeError("migration_failed",
                     "tenant tables without row-level security: " + tables +
                         "; add a PostgreSQL-only migration calling SELECT tillpoint_enable_tenant_rls('<table>')");
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const DatabaseOptions& options) {
    auto url = DatabaseUrl::parse(options.url);
    if (!url)
        return url.error();
    if (options.poolSize < 1)
        return makeError("invalid_database_url", "the database pool needs at least one connection");

    // Every pooled connection to ":memory:" would be a database of its own, so an in-memory
    // database is served by exactly one connection.
    const int poolSize = url->inMemory ? 1 : options.poolSize;
    const DatabaseUrl where = url.value();
    const auto busyTimeout = options.sqliteBusyTimeout;
    auto connect = [where, busyTimeout]() -> Result<std::unique_ptr<BackendConnection>> {
        if (where.backend == Backend::Sqlite) {
            auto opened = SqliteConnection::open(where.target, busyTimeout);
            if (!opened)
                return opened.error();
            return std::unique_ptr<BackendConnection>(std::move(opened).value());
        }
        auto opened = PostgresConnection::open(where.target);
        if (!opened)
            return opened.error();
        return std::unique_ptr<BackendConnection>(std::move(opened).value());
    };

    auto first = connect();
    if (!first)
        return first.error();
    BackendConnection& owner = *first.value();
    auto applied = applyMigrations(owner, options.migrations ? *options.migrations : builtInMigrations());
    if (!applied)
        return applied.error();
    if (where.backend == Backend::Postgres) {
        auto protectedTables = verifyTenantTablesHaveRowSecurity(owner);
        if (!protectedTables)
            return protectedTables.error();
    }
    auto serving = owner.prepareForServing(options);
    if (!serving)
        return serving.error();

    auto connectServing = [connect, options]() -> Result<std::unique_ptr<BackendConnection>> {
        auto opened = connect();
        if (!opened)
            return opened;
        auto ready = opened.value()->prepareForServing(options);
        if (!ready)
            return ready.error();
        return opened;
    };
    auto pool = std::make_unique<ConnectionPool>(poolSize, options.acquireTimeout, std::move(connectServing));
    pool->adopt(std::move(first).value());
    const std::string sqliteFile = where.backend == Backend::Sqlite && !where.inMemory ? where.target : std::string();
    return std::unique_ptr<Database>(
        new PooledDatabase(where.backend, std::move(pool), options.maxRetries, sqliteFile));
}

} // namespace tp::server::db
