#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

namespace tp::server {

// Tenant statuses ("active", "suspended", "deleted") as authentication last read them, so a
// request does not spend a database transaction on the status of a tenant it checked a moment
// ago. Exact within this server: the control plane calls forget() after every status change
// commits, and a read that began before a change cannot store its stale answer afterwards
// (the generation check in remember()). Servers sharing one PostgreSQL database see another
// server's change within `ttl`.
class TenantStatusCache {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds kDefaultTtl{1000};

    explicit TenantStatusCache(std::chrono::milliseconds ttl = kDefaultTtl, std::size_t capacity = 65536)
        : m_ttl(ttl)
        , m_capacity(capacity) {}

    // The cached status, when read within the last ttl.
    std::optional<std::string> find(const std::string& tenantId) const {
        const std::lock_guard lock(m_mutex);
        const auto found = m_entries.find(tenantId);
        if (found == m_entries.end() || Clock::now() - found->second.readAt >= m_ttl)
            return std::nullopt;
        return found->second.status;
    }

    // Taken before reading the status from the database, and handed to remember().
    std::uint64_t generation() const {
        const std::lock_guard lock(m_mutex);
        return m_generation;
    }

    // Stores a status read from the database, unless a forget() happened since `generation`.
    void remember(const std::string& tenantId, const std::string& status, std::uint64_t generation) {
        const std::lock_guard lock(m_mutex);
        if (generation != m_generation)
            return;
        if (m_entries.size() >= m_capacity)
            m_entries.clear();
        m_entries.insert_or_assign(tenantId, Entry{status, Clock::now()});
    }

    // After a tenant's status changed: the next request reads it from the database.
    void forget(const std::string& tenantId) {
        const std::lock_guard lock(m_mutex);
        m_entries.erase(tenantId);
        ++m_generation;
    }

    // forget() when leaving the scope, whichever way: wraps a status-changing transaction.
    class ForgetOnExit {
    public:
        ForgetOnExit(TenantStatusCache& cache, std::string tenantId)
            : m_cache(cache)
            , m_tenantId(std::move(tenantId)) {}
        ~ForgetOnExit() { m_cache.forget(m_tenantId); }
        ForgetOnExit(const ForgetOnExit&) = delete;
        ForgetOnExit& operator=(const ForgetOnExit&) = delete;

    private:
        TenantStatusCache& m_cache;
        std::string m_tenantId;
    };

private:
    struct Entry {
        std::string status;
        Clock::time_point readAt;
    };

    const std::chrono::milliseconds m_ttl;
    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::unordered_map<std::string, Entry> m_entries;
    std::uint64_t m_generation = 0;
};

} // namespace tp::server
