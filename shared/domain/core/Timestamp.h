#pragma once

#include <chrono>

namespace tp::domain {

// A point in UTC time with millisecond resolution: what registers stamp on sales, counts and
// ids. The domain never reads a clock itself; callers pass the time in.
using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;

constexpr Timestamp timestampFromUnixMillis(long long millis) {
    return Timestamp{std::chrono::milliseconds{millis}};
}
constexpr long long unixMillis(Timestamp t) {
    return t.time_since_epoch().count();
}

} // namespace tp::domain
