#include "db/BackendConnection.h"

namespace tp::server::db {

using tp::domain::Error;
using tp::domain::Result;

namespace {

Error abortedBy(const Error& first) {
    return Error{first.code, "an earlier statement of this transaction failed: " + first.message};
}

} // namespace

Result<SqlResult> BackendConnection::execute(std::string_view sql, const SqlParams& params) {
    if (m_inTransaction && m_transactionError)
        return abortedBy(*m_transactionError);
    auto result = run(sql, params);
    if (!result)
        noteFailure(result.error());
    return result;
}

Result<void> BackendConnection::executeScript(std::string_view sql) {
    if (m_inTransaction && m_transactionError)
        return abortedBy(*m_transactionError);
    auto result = runScript(sql);
    if (!result)
        noteFailure(result.error());
    return result;
}

void BackendConnection::afterCommit(std::function<void()> hook) {
    if (!m_inTransaction) {
        hook();
        return;
    }
    m_commitHooks.push_back(std::move(hook));
}

void BackendConnection::noteFailure(const Error& error) {
    if (error.code == "database_unavailable")
        m_broken = true;
    if (m_inTransaction && !m_transactionError)
        m_transactionError = error;
}

Result<void> BackendConnection::begin(const Scope& scope, TransactionKind kind) {
    m_transactionError.reset();
    m_commitHooks.clear(); // a previous transaction's, had nobody taken them
    auto begun = beginTransaction(scope, kind);
    if (!begun) {
        noteFailure(begun.error());
        if (!m_broken && !rollbackTransaction())
            m_broken = true;
        return begun;
    }
    m_inTransaction = true;
    return {};
}

Result<void> BackendConnection::commit() {
    if (m_transactionError) {
        const Error first = *m_transactionError;
        rollback();
        return first;
    }
    auto committed = commitTransaction();
    if (!committed) {
        noteFailure(committed.error());
        rollback();
        return committed;
    }
    m_inTransaction = false;
    m_transactionError.reset();
    return {};
}

void BackendConnection::rollback() {
    if (!m_broken && !rollbackTransaction())
        m_broken = true;
    m_inTransaction = false;
    m_transactionError.reset();
    m_commitHooks.clear();
}

} // namespace tp::server::db
