#pragma once

// A clock the test moves by hand, shared with the object under test through the Clock it
// hands out. Atomic so rate-limiter threads may read it while the test thread holds it still.

#include <QByteArray>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include "auth/Clock.h"
#include "domain/core/Timestamp.h"

class ManualClock {
public:
    explicit ManualClock(tp::domain::Timestamp start)
        : m_millis(std::make_shared<std::atomic<long long>>(tp::domain::unixMillis(start))) {}

    tp::server::auth::Clock clock() const {
        return [millis = m_millis] {
            return tp::domain::timestampFromUnixMillis(millis->load());
        };
    }
    tp::domain::Timestamp now() const { return tp::domain::timestampFromUnixMillis(m_millis->load()); }
    void set(tp::domain::Timestamp t) { m_millis->store(tp::domain::unixMillis(t)); }
    void advance(std::chrono::milliseconds by) { m_millis->fetch_add(by.count()); }

private:
    std::shared_ptr<std::atomic<long long>> m_millis;
};

// 2025-03-01T09:00:00Z: a Saturday morning when the shop opens.
inline constexpr tp::domain::Timestamp kShopOpens = tp::domain::timestampFromUnixMillis(1740819600000);

inline std::string bytes(const QByteArray& array) {
    return std::string(array.constData(), static_cast<std::size_t>(array.size()));
}

inline QByteArray toByteArray(std::string_view text) {
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}
