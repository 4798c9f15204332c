#pragma once

#include <functional>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "db/Connection.h"
#include "db/Database.h"
#include "domain/core/Result.h"

namespace tp::server::db {

// A Connection as the pool and the transaction runner see it: one that can begin, commit and
// roll back a transaction under a Scope, and tell whether it may be handed out again.
//
// It also makes the two backends fail alike inside a transaction. PostgreSQL aborts a
// transaction at its first failing statement; SQLite would carry on. Here, on both, every
// statement after a failure fails with that first error and commit() rolls back and returns
// it. So code that works on SQLite cannot rely on continuing past an error that PostgreSQL
// would not forgive (use ON CONFLICT instead of catching unique_violation).
class BackendConnection : public Connection {
public:
    tp::domain::Result<SqlResult> execute(std::string_view sql, const SqlParams& params = {}) final;
    tp::domain::Result<void> executeScript(std::string_view sql) final;
    void afterCommit(std::function<void()> hook) final;

    tp::domain::Result<void> begin(const Scope& scope, TransactionKind kind);
    tp::domain::Result<void> commit();
    // Best effort; a connection that cannot even roll back is marked broken. Drops the
    // transaction's afterCommit hooks.
    void rollback();

    // The afterCommit hooks of the transaction that commit() just committed, handed over once
    // (the transaction runner runs them after giving the connection back to the pool).
    std::vector<std::function<void()>> takeCommitHooks() { return std::exchange(m_commitHooks, {}); }

    // The first error of the transaction in progress, if a statement failed.
    const std::optional<tp::domain::Error>& transactionError() const { return m_transactionError; }

    // Open, usable and outside any transaction: the pool may hand it out again.
    bool reusable() const { return !m_broken && !m_inTransaction && idle(); }

    // Readies a connection for serving requests once migrations ran (PostgreSQL: SET ROLE to
    // the application role, and learn the names of the unique keys for error messages).
    virtual tp::domain::Result<void> prepareForServing(const DatabaseOptions& options) = 0;

protected:
    virtual tp::domain::Result<SqlResult> run(std::string_view sql, const SqlParams& params) = 0;
    virtual tp::domain::Result<void> runScript(std::string_view sql) = 0;
    virtual tp::domain::Result<void> beginTransaction(const Scope& scope, TransactionKind kind) = 0;
    virtual tp::domain::Result<void> commitTransaction() = 0;
    virtual tp::domain::Result<void> rollbackTransaction() = 0;
    // The backend's own view: connected, and no transaction open.
    virtual bool idle() const = 0;

private:
    void noteFailure(const tp::domain::Error& error);

    bool m_inTransaction = false;
    bool m_broken = false;
    std::optional<tp::domain::Error> m_transactionError;
    std::vector<std::function<void()>> m_commitHooks;
};

} // namespace tp::server::db
