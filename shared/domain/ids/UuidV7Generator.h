#pragma once

#include <cstdint>
#include <functional>
#include <mutex>

#include "domain/core/Timestamp.h"
#include "domain/ids/Uuid.h"

namespace tp::domain {

// Makes UUIDv7 ids (RFC 9562 §5.7) that strictly increase for the lifetime of the generator,
// so ids made on one register sort in the order they were made, even within a millisecond
// and even when the wall clock is stepped back (NTP, a user fixing the time).
//
// Algorithm (RFC 9562 §6.2 method 1, "fixed bit-length dedicated counter" in rand_a):
//  - Each id carries (timestamp field, 12-bit counter in rand_a, 62 random bits in rand_b).
//  - When the clock shows a millisecond later than the last id's timestamp field, that
//    millisecond becomes the field and the counter is seeded randomly with its top bit clear
//    (the RFC's rollover guard), leaving at least 2048 ids before the counter can overflow.
//  - Otherwise (same millisecond, or the clock went backwards) the counter is incremented
//    under the last timestamp field; the field never goes back with the clock.
//  - When the counter overflows 0xFFF, the timestamp field is advanced by one millisecond and
//    the counter reseeded. The field may thus run a little ahead of the real clock under a
//    burst or after a backwards step; it falls back in line as soon as the clock passes it.
//    We chose this over blocking until the next millisecond: the domain never sleeps.
//
// Thread-safe: one mutex guards the state and the calls into the clock and random source,
// so neither injected function needs to be thread-safe itself.
class UuidV7Generator {
public:
    using Clock = std::function<Timestamp()>;
    // Returns 64 uniformly random bits per call.
    using RandomSource = std::function<std::uint64_t()>;

    UuidV7Generator(Clock clock, RandomSource random);
    UuidV7Generator(const UuidV7Generator&) = delete;
    UuidV7Generator& operator=(const UuidV7Generator&) = delete;

    // Convenience for production wiring: the system clock and a std::mt19937_64 seeded from
    // std::random_device. Tests inject their own clock and randomness instead.
    static Clock systemClock();
    static RandomSource systemRandomSource();

    Uuid next();

private:
    void startMillisecond(std::uint64_t unixMillis);

    std::mutex m_mutex;
    Clock m_clock;
    RandomSource m_random;
    bool m_started = false;
    std::uint64_t m_lastMillis = 0;
    std::uint16_t m_counter = 0;
};

} // namespace tp::domain
