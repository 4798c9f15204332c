#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "auth/Clock.h"
#include "domain/core/Result.h"
#include "domain/core/Timestamp.h"

namespace tp::server::auth {

// Who is trying to sign in: the two keys failures are counted under.
struct LoginAttempt {
    std::string_view remoteAddress;
    std::string_view tenantSlug;
    std::string_view email;
};

// Slows password guessing at POST /api/v1/auth/login. Failures are counted under two keys:
// the account (tenant slug + email, case-insensitive), which stops guessing one password from
// many addresses, and the remote address, which stops one address trying many accounts.
//
// Window: fixed, opened by a key's first failure and lasting `window` (15 min). Once a key has
// reached its limit inside its window, check() refuses with "rate_limited" until the window
// ends — however the attempt would have turned out — and Retry-After is the rest of the
// window. A fixed window was chosen over a sliding one for its O(1) state per key and a
// Retry-After that is exact. A success clears the account key (the person knows the password)
// but not the address key, so one valid account cannot launder an address's guesses.
//
// The address limit defaults higher than the account limit because a shop's registers and
// back office usually share one public address.
//
// Memory is bounded: keys whose window ended are dropped as time passes, and when
// `maxTrackedKeys` are still live the key with the oldest window is evicted — under such a
// flood the limiter forgets the oldest key's count rather than grow without bound.
//
// Thread-safe: one mutex guards all state.
class LoginRateLimiter {
public:
    struct Settings {
        int maxFailuresPerAccount = 5;
        int maxFailuresPerAddress = 20;
        std::chrono::seconds window = std::chrono::minutes{15};
        std::size_t maxTrackedKeys = 100'000;
    };

    explicit LoginRateLimiter(Clock clock);
    LoginRateLimiter(Clock clock, Settings settings);
    LoginRateLimiter(const LoginRateLimiter&) = delete;
    LoginRateLimiter& operator=(const LoginRateLimiter&) = delete;

    // Call before checking the password. Error "rate_limited" (HTTP 429) whose message says how
    // many seconds to wait; retryAfterSeconds() gives the number for the Retry-After header.
    tp::domain::Result<void> check(const LoginAttempt& attempt);

    // Seconds until `attempt` may be tried again (rounded up); 0 when it is not limited.
    long long retryAfterSeconds(const LoginAttempt& attempt) const;

    void recordFailure(const LoginAttempt& attempt);
    void recordSuccess(const LoginAttempt& attempt);

    // Failures counted in the current window, for tests and metrics.
    int accountFailures(std::string_view tenantSlug, std::string_view email) const;
    int addressFailures(std::string_view remoteAddress) const;
    std::size_t trackedKeys() const;

private:
    struct Entry {
        tp::domain::Timestamp windowStart;
        int failures = 0;
    };

    static std::string accountKey(std::string_view tenantSlug, std::string_view email);
    static std::string addressKey(std::string_view remoteAddress);

    void dropEndedWindowsLocked(tp::domain::Timestamp now);
    void addFailureLocked(const std::string& key, tp::domain::Timestamp now);
    void eraseLocked(const std::string& key);
    int failuresLocked(const std::string& key, tp::domain::Timestamp now) const;
    std::chrono::milliseconds remainingLocked(const std::string& key, int limit, tp::domain::Timestamp now) const;
    long long retryAfterLocked(const LoginAttempt& attempt, tp::domain::Timestamp now) const;

    Clock m_clock;
    Settings m_settings;
    mutable std::mutex m_mutex;
    std::unordered_map<std::string, Entry> m_entries;
    // The same keys ordered by window start: the front is the next to end or to be evicted.
    std::set<std::pair<tp::domain::Timestamp, std::string>> m_byWindowStart;
};

} // namespace tp::server::auth
