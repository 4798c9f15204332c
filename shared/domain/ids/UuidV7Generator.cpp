#include "domain/ids/UuidV7Generator.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <random>
#include <utility>

namespace tp::domain {

namespace {

constexpr std::uint16_t kMaxCounter = 0xFFF;
// Seeds keep the counter's top bit clear so a millisecond always has room for 2048 ids.
constexpr std::uint64_t kSeedMask = 0x7FF;
// The largest value the 48-bit timestamp field can hold (the year 10889).
constexpr std::uint64_t kMaxMillis = (std::uint64_t{1} << 48) - 1;

std::uint64_t clampToField(Timestamp now) {
    // Times before 1970 cannot be expressed; such a clock is broken, and pinning to zero
    // still keeps ids increasing through the counter and the field advance.
    const long long millis = unixMillis(now);
    if (millis < 0)
        return 0;
    return std::min(static_cast<std::uint64_t>(millis), kMaxMillis);
}

} // namespace

UuidV7Generator::UuidV7Generator(Clock clock, RandomSource random)
    : m_clock(std::move(clock))
    , m_random(std::move(random)) {}

UuidV7Generator::Clock UuidV7Generator::systemClock() {
    return [] {
        return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
    };
}

UuidV7Generator::RandomSource UuidV7Generator::systemRandomSource() {
    std::random_device device;
    std::seed_seq seed{device(), device(), device(), device(), device(), device(), device(), device()};
    // Shared so the std::function stays copyable without copying (and repeating) the stream.
    auto engine = std::make_shared<std::mt19937_64>(seed);
    return [engine] {
        return (*engine)();
    };
}

void UuidV7Generator::startMillisecond(std::uint64_t unixMillis) {
    m_lastMillis = unixMillis;
    m_counter = static_cast<std::uint16_t>(m_random() & kSeedMask);
}

Uuid UuidV7Generator::next() {
    const std::lock_guard lock(m_mutex);
    const std::uint64_t now = clampToField(m_clock());
    if (!m_started || now > m_lastMillis) {
        m_started = true;
        startMillisecond(now);
    } else if (m_counter < kMaxCounter) {
        ++m_counter;
    } else {
        startMillisecond(m_lastMillis + 1);
    }
    return Uuid::fromV7Fields(m_lastMillis, m_counter, m_random());
}

} // namespace tp::domain
