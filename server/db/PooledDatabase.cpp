#include "db/PooledDatabase.h"

#include <algorithm>
#include <random>
#include <thread>

#include "db/WalSync.h"

namespace tp::server::db {

using tp::domain::Error;
using tp::domain::Result;

namespace {

void backOff(int attempt) {
    thread_local std::mt19937 random{std::random_device{}()};
    const int ceilingMicros = 2000 << std::min(attempt, 6); // 2 ms, 4 ms, … 128 ms
    std::uniform_int_distribution<int> pause(ceilingMicros / 2, ceilingMicros);
    std::this_thread::sleep_for(std::chrono::microseconds(pause(random)));
}

bool retryable(const Error& error) {
    return error.code == "serialization_failure";
}

} // namespace

PooledDatabase::PooledDatabase(Backend backend, std::unique_ptr<ConnectionPool> pool, int maxRetries,
                               std::string sqliteFile)
    : m_backend(backend)
    , m_pool(std::move(pool))
    , m_maxRetries(std::max(0, maxRetries))
    , m_sqliteFile(std::move(sqliteFile)) {}

Result<void> PooledDatabase::makeCommittedDurable() {
    if (m_sqliteFile.empty())
        return {};
    return syncSqliteWal(m_sqliteFile);
}

PooledDatabase::Attempt PooledDatabase::attempt(const Scope& scope, TransactionKind kind,
                                                const std::function<Result<void>(Connection&)>& work) {
    auto lease = m_pool->acquire();
    if (!lease)
        return {lease.error(), false, {}};
    BackendConnection& connection = *lease.value();

    auto begun = connection.begin(scope, kind);
    if (!begun)
        return {begun, true, {}};

    auto worked = work(connection);
    if (!worked) {
        // Work that swallowed a serialization failure and then failed otherwise still lost a
        // race: report the failure that makes the transaction rerun.
        const std::optional<Error> first = connection.transactionError();
        connection.rollback();
        if (first && retryable(*first) && !retryable(worked.error()))
            return {*first, false, {}};
        return {worked, false, {}};
    }
    auto committed = connection.commit();
    if (!committed)
        return {committed, false, {}};
    return {{}, false, connection.takeCommitHooks()};
}

Result<void> PooledDatabase::transaction(const Scope& scope, TransactionKind kind,
                                         const std::function<Result<void>(Connection&)>& work) {
    bool reconnected = false;
    int retries = 0;
    for (;;) {
        Attempt outcome = attempt(scope, kind, work); // the connection is back in the pool here
        if (outcome.result) {
            for (const auto& hook : outcome.commitHooks)
                hook();
            return {};
        }
        const Error& error = outcome.result.error();
        if (outcome.failedAtBegin && error.code == "database_unavailable" && !reconnected) {
            reconnected = true; // it died while idle; the pool has closed it, the next one is fresh
            continue;
        }
        if (!retryable(error) || retries >= m_maxRetries)
            return outcome.result;
        backOff(retries++);
    }
}

} // namespace tp::server::db
