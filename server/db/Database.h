#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "db/Connection.h"
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

enum class TransactionKind {
    Read,  // may run concurrently with others
    Write, // SQLite: BEGIN IMMEDIATE, so two writers never deadlock upgrading their locks
};

struct DatabaseOptions {
    // "sqlite:///var/lib/tillpoint/tillpoint.db", "sqlite::memory:" (tests),
    // or "postgresql://user:password@host:port/dbname" (libpq URI).
    std::string url;
    int poolSize = 8;
    std::chrono::milliseconds acquireTimeout{10000};
    int maxRetries = 5; // serialization failures retried with a short backoff
    // PostgreSQL only: the role serving connections switch to (SET ROLE) after migrations ran
    // as the connecting (owner) role, so row-level security applies to the server's queries.
    std::string postgresAppRole = "tillpoint_app";
};

// The server's storage: a pool of connections to SQLite or PostgreSQL, migrations, and
// transactions with a tenant scope.
class Database {
public:
    virtual ~Database() = default;

    // Opens the pool and applies pending migrations (see Migrations.h).
    static tp::domain::Result<std::unique_ptr<Database>> open(const DatabaseOptions& options);

    virtual Backend backend() const = 0;

    // Runs `work` in one transaction under `scope`: commits when it returns success, rolls back
    // when it returns an error (which is passed on). A serialization failure anywhere in it
    // (including the commit) reruns `work` from the start, up to maxRetries times — so `work`
    // must not have side effects outside the database.
    virtual tp::domain::Result<void> transaction(const Scope& scope, TransactionKind kind,
                                                 const std::function<tp::domain::Result<void>(Connection&)>& work) = 0;

    // Convenience for work producing a value.
    template <typename T>
    tp::domain::Result<T> transact(const Scope& scope, TransactionKind kind,
                                   const std::function<tp::domain::Result<T>(Connection&)>& work)
    {
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
