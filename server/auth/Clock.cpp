#include "auth/Clock.h"

#include <chrono>

namespace tp::server::auth {

Clock systemClock() {
    return [] {
        return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
    };
}

} // namespace tp::server::auth
