#pragma once

#include <QDateTime>
#include <QString>
#include <chrono>
#include <functional>

#include "domain/core/Result.h"

namespace tp::client {

class ReplicaDatabase;

struct RetryPolicy {
    std::chrono::milliseconds initialDelay{std::chrono::seconds(2)};
    std::chrono::milliseconds maxDelay{std::chrono::minutes(5)};
};

// The wait before retry number `attempt` (1 = after the first failure): exponential, capped,
// with "equal jitter" — half of the ceiling min(max, initial × 2^(attempt−1)) is fixed and the
// other half random. The fixed half keeps the wait growing; the random half spreads registers
// that lost the network together so they do not all come back in the same second.
// `random` is any 64-bit random number.
std::chrono::milliseconds retryDelay(int attempt, const RetryPolicy& policy, quint64 random);

// A retry schedule that outlives the process: consecutive failures and the earliest time of
// the next attempt are stored in the replica (retry_state), so a register restarted in the
// middle of an outage keeps backing off instead of hammering the server from attempt one.
class RetrySchedule {
public:
    using Clock = std::function<QDateTime()>;
    using RandomSource = std::function<quint64()>;

    RetrySchedule(ReplicaDatabase& db, QString name, RetryPolicy policy = {}, Clock clock = systemClock(),
                  RandomSource random = systemRandom());

    static Clock systemClock();
    static RandomSource systemRandom();

    domain::Result<int> attempts();
    // Invalid when there is nothing to wait for.
    domain::Result<QDateTime> nextAttemptAt();
    domain::Result<bool> isDue();

    // Answers when the next attempt may start.
    domain::Result<QDateTime> recordFailure();
    domain::Result<void> recordSuccess();

    const RetryPolicy& policy() const { return m_policy; }

private:
    ReplicaDatabase& m_db;
    QString m_name;
    RetryPolicy m_policy;
    Clock m_clock;
    RandomSource m_random;
};

} // namespace tp::client
