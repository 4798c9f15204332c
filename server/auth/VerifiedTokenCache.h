#pragma once

#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tp::server::auth {

// Access tokens that passed full verification, keyed by their exact text (signature included,
// so a hit proves the same bytes were verified before). A client sends one token for minutes;
// verifying it again on every request — two JSON parses and an HMAC — cost a fifth of a
// product read. The cache only skips the signature and claim checks: the caller still checks
// the time window on every hit. Bounded: at `capacity` entries it starts over.
template <typename Claims>
class VerifiedTokenCache {
public:
    explicit VerifiedTokenCache(std::size_t capacity = 8192)
        : m_capacity(capacity) {}

    std::optional<Claims> find(std::string_view token) const {
        const std::lock_guard lock(m_mutex);
        const auto found = m_entries.find(std::string(token));
        if (found == m_entries.end())
            return std::nullopt;
        return found->second;
    }

    void remember(std::string_view token, const Claims& claims) {
        const std::lock_guard lock(m_mutex);
        if (m_entries.size() >= m_capacity)
            m_entries.clear();
        m_entries.insert_or_assign(std::string(token), claims);
    }

private:
    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::unordered_map<std::string, Claims> m_entries;
};

} // namespace tp::server::auth
