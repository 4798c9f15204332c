#include "auth/LoginRateLimiter.h"

#include <algorithm>
#include <climits>
#include <string>

namespace tp::server::auth {

using tp::domain::makeError;
using tp::domain::Result;
using tp::domain::Timestamp;

namespace {

std::string lowerAscii(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

} // namespace

LoginRateLimiter::LoginRateLimiter(Clock clock)
    : LoginRateLimiter(std::move(clock), Settings{}) {}

LoginRateLimiter::LoginRateLimiter(Clock clock, Settings settings)
    : m_clock(std::move(clock))
    , m_settings(settings) {
    m_settings.maxFailuresPerAccount = std::max(1, m_settings.maxFailuresPerAccount);
    m_settings.maxFailuresPerAddress = std::max(1, m_settings.maxFailuresPerAddress);
    m_settings.window = std::max(m_settings.window, std::chrono::seconds{1});
    m_settings.maxTrackedKeys = std::max<std::size_t>(m_settings.maxTrackedKeys, 2);
}

// The separator cannot occur in a slug ([a-z0-9-]) and is harmless in an email.
std::string LoginRateLimiter::accountKey(std::string_view tenantSlug, std::string_view email) {
    return "account\x1f" + lowerAscii(tenantSlug) + '\x1f' + lowerAscii(email);
}

std::string LoginRateLimiter::addressKey(std::string_view remoteAddress) {
    return "address\x1f" + std::string(remoteAddress);
}

void LoginRateLimiter::dropEndedWindowsLocked(Timestamp now) {
    while (!m_byWindowStart.empty() && m_byWindowStart.begin()->first + m_settings.window <= now) {
        m_entries.erase(m_byWindowStart.begin()->second);
        m_byWindowStart.erase(m_byWindowStart.begin());
    }
}

void LoginRateLimiter::eraseLocked(const std::string& key) {
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    m_byWindowStart.erase({it->second.windowStart, key});
    m_entries.erase(it);
}

void LoginRateLimiter::addFailureLocked(const std::string& key, Timestamp now) {
    const auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        if (it->second.failures < INT_MAX)
            ++it->second.failures;
        return;
    }
    while (m_entries.size() >= m_settings.maxTrackedKeys && !m_byWindowStart.empty()) {
        m_entries.erase(m_byWindowStart.begin()->second);
        m_byWindowStart.erase(m_byWindowStart.begin());
    }
    m_entries.emplace(key, Entry{now, 1});
    m_byWindowStart.emplace(now, key);
}

int LoginRateLimiter::failuresLocked(const std::string& key, Timestamp now) const {
    const auto it = m_entries.find(key);
    if (it == m_entries.end() || it->second.windowStart + m_settings.window <= now)
        return 0;
    return it->second.failures;
}

std::chrono::milliseconds LoginRateLimiter::remainingLocked(const std::string& key, int limit, Timestamp now) const {
    const auto it = m_entries.find(key);
    if (it == m_entries.end() || it->second.failures < limit)
        return std::chrono::milliseconds{0};
    return std::max(std::chrono::milliseconds{0}, it->second.windowStart + m_settings.window - now);
}

long long LoginRateLimiter::retryAfterLocked(const LoginAttempt& attempt, Timestamp now) const {
    const std::chrono::milliseconds remaining =
        std::max(remainingLocked(accountKey(attempt.tenantSlug, attempt.email), m_settings.maxFailuresPerAccount, now),
                 remainingLocked(addressKey(attempt.remoteAddress), m_settings.maxFailuresPerAddress, now));
    return std::chrono::ceil<std::chrono::seconds>(remaining).count();
}

Result<void> LoginRateLimiter::check(const LoginAttempt& attempt) {
    const std::lock_guard lock(m_mutex);
    const Timestamp now = m_clock();
    dropEndedWindowsLocked(now);
    const long long seconds = retryAfterLocked(attempt, now);
    if (seconds > 0)
        return makeError("rate_limited",
                         "too many failed sign-in attempts; try again in " + std::to_string(seconds) + " seconds");
    return {};
}

long long LoginRateLimiter::retryAfterSeconds(const LoginAttempt& attempt) const {
    const std::lock_guard lock(m_mutex);
    return retryAfterLocked(attempt, m_clock());
}

void LoginRateLimiter::recordFailure(const LoginAttempt& attempt) {
    const std::lock_guard lock(m_mutex);
    const Timestamp now = m_clock();
    dropEndedWindowsLocked(now);
    addFailureLocked(accountKey(attempt.tenantSlug, attempt.email), now);
    addFailureLocked(addressKey(attempt.remoteAddress), now);
}

void LoginRateLimiter::recordSuccess(const LoginAttempt& attempt) {
    const std::lock_guard lock(m_mutex);
    dropEndedWindowsLocked(m_clock());
    eraseLocked(accountKey(attempt.tenantSlug, attempt.email));
}

int LoginRateLimiter::accountFailures(std::string_view tenantSlug, std::string_view email) const {
    const std::lock_guard lock(m_mutex);
    return failuresLocked(accountKey(tenantSlug, email), m_clock());
}

int LoginRateLimiter::addressFailures(std::string_view remoteAddress) const {
    const std::lock_guard lock(m_mutex);
    return failuresLocked(addressKey(remoteAddress), m_clock());
}

std::size_t LoginRateLimiter::trackedKeys() const {
    const std::lock_guard lock(m_mutex);
    return m_entries.size();
}

} // namespace tp::server::auth
