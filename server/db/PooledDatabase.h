#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "db/ConnectionPool.h"
#include "db/Database.h"

namespace tp::server::db {

// The Database behind Database::open: transactions on connections from a ConnectionPool.
//
// transaction(): acquire a connection, begin under the scope, run the work, commit; roll back
// when the work fails. A serialization_failure anywhere (begin, work, commit) reruns the whole
// attempt after a short randomized backoff (1–2 ms doubling per attempt, capped near 100 ms,
// so colliding writers spread out instead of colliding again), at most maxRetries times.
// A connection that died while idle in the pool shows up as database_unavailable at begin,
// before any work ran: the attempt is repeated on a fresh connection, once.
// afterCommit hooks: only the committed attempt's run, after its connection is back in the pool
// (a failed attempt's are dropped with its rollback).
class PooledDatabase final : public Database {
public:
    // `sqliteFile`: the SQLite database file, whose log makeCommittedDurable() syncs; empty
    // for PostgreSQL and an in-memory database.
    PooledDatabase(Backend backend, std::unique_ptr<ConnectionPool> pool, int maxRetries, std::string sqliteFile);

    Backend backend() const override { return m_backend; }
    tp::domain::Result<void> transaction(const Scope& scope, TransactionKind kind,
                                         const std::function<tp::domain::Result<void>(Connection&)>& work) override;
    tp::domain::Result<void> makeCommittedDurable() override;

private:
    struct Attempt {
        tp::domain::Result<void> result;
        bool failedAtBegin = false;
        std::vector<std::function<void()>> commitHooks; // when it committed
    };
    Attempt attempt(const Scope& scope, TransactionKind kind,
                    const std::function<tp::domain::Result<void>(Connection&)>& work);

    const Backend m_backend;
    const std::unique_ptr<ConnectionPool> m_pool;
    const int m_maxRetries;
    const std::string m_sqliteFile;
};

} // namespace tp::server::db
