#include "client/sync/RetrySchedule.h"

#include <QRandomGenerator>
#include <algorithm>

#include "client/replica/ReplicaDatabase.h"

namespace tp::client {

std::chrono::milliseconds retryDelay(int attempt, const RetryPolicy& policy, quint64 random) {
    const qint64 initial = std::max<qint64>(1, policy.initialDelay.count());
    const qint64 cap = std::max<qint64>(initial, policy.maxDelay.count());
    qint64 ceiling = initial;
    // Doubling stops at the cap, so no attempt count can overflow.
    for (int i = 1; i < attempt && ceiling < cap; ++i)
        ceiling = std::min(cap, ceiling * 2);
    const qint64 fixed = ceiling / 2;
    const qint64 spread = ceiling - fixed;
    return std::chrono::milliseconds(fixed + qint64(random % quint64(spread + 1)));
}

RetrySchedule::RetrySchedule(ReplicaDatabase& db, QString name, RetryPolicy policy, Clock clock, RandomSource random)
    : m_db(db)
    , m_name(std::move(name))
    , m_policy(policy)
    , m_clock(std::move(clock))
    , m_random(std::move(random)) {}

RetrySchedule::Clock RetrySchedule::systemClock() {
    return [] {
        return QDateTime::currentDateTimeUtc();
    };
}

RetrySchedule::RandomSource RetrySchedule::systemRandom() {
    return [] {
        return QRandomGenerator::global()->generate64();
    };
}

domain::Result<int> RetrySchedule::attempts() {
    auto rows = m_db.select(QStringLiteral("SELECT attempts FROM retry_state WHERE name = ?"), {m_name});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? 0 : rows->first().value(0).toInt();
}

domain::Result<QDateTime> RetrySchedule::nextAttemptAt() {
    auto rows = m_db.select(QStringLiteral("SELECT next_attempt_at_ms FROM retry_state WHERE name = ?"), {m_name});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(rows->first().value(0).toLongLong(), Qt::UTC);
}

domain::Result<bool> RetrySchedule::isDue() {
    auto next = nextAttemptAt();
    if (!next)
        return next.error();
    return !next->isValid() || *next <= m_clock();
}

domain::Result<QDateTime> RetrySchedule::recordFailure() {
    auto previous = attempts();
    if (!previous)
        return previous.error();
    const int attempt = *previous + 1;
    const QDateTime next = m_clock().addMSecs(retryDelay(attempt, m_policy, m_random()).count());
    auto stored =
        m_db.exec(QStringLiteral("INSERT INTO retry_state(name, attempts, next_attempt_at_ms) VALUES(?, ?, ?) "
                                 "ON CONFLICT(name) DO UPDATE SET attempts = excluded.attempts, "
                                 "next_attempt_at_ms = excluded.next_attempt_at_ms"),
                  {m_name, attempt, next.toMSecsSinceEpoch()});
    if (!stored)
        return stored.error();
    return next;
}

domain::Result<void> RetrySchedule::recordSuccess() {
    auto cleared = m_db.exec(QStringLiteral("DELETE FROM retry_state WHERE name = ?"), {m_name});
    if (!cleared)
        return cleared.error();
    return {};
}

} // namespace tp::client
