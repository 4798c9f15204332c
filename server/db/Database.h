#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "db/Connection.h"
#include "db/Migrations.h"
#include "domain/core/Result.h"

namespace tp::server::db {

// Whose rows a transaction may see. On PostgreSQL this becomes
//   set_config('tillpoint.tenant_id', <id>, true) and set_config('tillpoint.platform', 'on'|'off', true)
// at the start of the transaction, and the row-level-security policies on every tenant table
// admit only rows whose tenant_id matches (or every row for the platform scope). SQLite has no
// RLS: there the scope is informational, and the queries' own WHERE tenant_id = ? does the work.
struct Scope {
    std::string tenantId; // empty: no tenant (only control-plane tables are visible)
    bool platform = false;

    static Scope tenant(std::string id) { return Scope{std::move(id), false}; }
    static Scope platformAdmin() { return Scope{{}, true}; }
    static Scope none() { return Scope{}; }
};

// Write transactions of one tenant run one at a time on both backends (SQLite by its single
// writer, PostgreSQL by a per-tenant advisory lock taken first, under READ COMMITTED), so code
// proven on one is right on the other: a writer always sees what the previous one committed.
// Different tenants write in parallel on PostgreSQL. Busy/deadlock failures come back as
// serialization_failure, which transaction() retries. Read transactions see one snapshot.
enum class TransactionKind {
    Read,  // may run concurrently with others; reads only (a write fails on both backends).
           // SQLite: BEGIN + query_only; PostgreSQL: REPEATABLE READ READ ONLY (one snapshot)
    Write, // SQLite: BEGIN IMMEDIATE, so two writers never deadlock upgrading their locks;
           // PostgreSQL: READ COMMITTED + pg_advisory_xact_lock per tenant (one lock for the platform scope)
};

struct DatabaseOptions {
    // "sqlite:///var/lib/tillpoint/tillpoint.db", "sqlite::memory:" (tests),
    // or "postgresql://user:password@host:port/dbname" (libpq URI).
    // An in-memory SQLite database is served by one connection whatever poolSize says: each
    // connection to ":memory:" would be a database of its own.
    std::string url;
    int poolSize = 8;
    std::chrono::milliseconds acquireTimeout{10000};
    int maxRetries = 5; // serialization failures retried with a short backoff
    // PostgreSQL only: the role serving connections switch to (SET ROLE) after migrations ran
    // as the connecting (owner) role, so row-level security applies to the server's queries.
    // Migration 0002 creates "tillpoint_app" (when the connecting role may create roles) and
    // grants it; a role of another name must be created and granted the same by the DBA.
    // Empty: serve as the connecting role (row-level security then still applies through
    // FORCE ROW LEVEL SECURITY, unless that role is a superuser or has BYPASSRLS).
    std::string postgresAppRole = "tillpoint_app";
    // SQLite only: how long a statement waits for another connection's lock before failing
    // with serialization_failure (which transaction() then retries).
    std::chrono::milliseconds sqliteBusyTimeout{5000};
    // The migrations open() applies; empty means builtInMigrations(). Tests pass their own.
    std::optional<std::vector<Migration>> migrations;
};

// The server's storage: a pool of connections to SQLite or PostgreSQL, migrations, and
// transactions with a tenant scope.
class Database {
public:
    virtual ~Database() = default;

    // Opens the pool and applies pending migrations (see Migrations.h). Fails with
    // "invalid_database_url", "database_unavailable" or "migration_failed". On PostgreSQL it
    // also refuses a schema where a table with a tenant_id column lacks row-level security.
    static tp::domain::Result<std::unique_ptr<Database>> open(const DatabaseOptions& options);

    virtual Backend backend() const = 0;

    // Runs `work` in one transaction under `scope`: commits when it returns success, rolls back
    // when it returns an error (which is passed on). A serialization failure anywhere in it
    // (including the commit) reruns `work` from the start, up to maxRetries times — so `work`
    // must not have side effects outside the database (register those with
    // Connection::afterCommit: they run once, after the commit). Waiting longer than
    // acquireTimeout for a free connection fails with database_unavailable (so does a nested
    // transaction() on a thread that already holds every connection).
    virtual tp::domain::Result<void> transaction(const Scope& scope, TransactionKind kind,
                                                 const std::function<tp::domain::Result<void>(Connection&)>& work) = 0;

    // Makes every transaction committed so far survive a power loss, before the caller
    // acknowledges them to a client that will then forget its copy (the sync push). A no-op
    // on PostgreSQL (commits are durable) and for an in-memory SQLite database; one log sync
    // on an SQLite file (see WalSync.h).
    virtual tp::domain::Result<void> makeCommittedDurable() = 0;

    // Convenience for work producing a value.
    template <typename T>
    tp::domain::Result<T> transact(const Scope& scope, TransactionKind kind,
                                   const std::function<tp::domain::Result<T>(Connection&)>& work) {
        std::optional<T> produced;
        auto outcome = transaction(scope, kind, [&](Connection& connection) -> tp::domain::Result<void> {
            auto result = work(connection);
            if (!result)
                return result.error();
            produced = std::move(result).value();
            return {};
        });
        if (!outcome)
            return outcome.error();
        return std::move(*produced);
    }
};

} // namespace tp::server::db
