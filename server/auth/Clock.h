#pragma once

#include <functional>

#include "domain/core/Timestamp.h"

namespace tp::server::auth {

// The time source every expiry and rate-limit decision in this module reads. Injected so tests
// can step time by hand; production passes systemClock().
using Clock = std::function<tp::domain::Timestamp()>;

// The UTC wall clock at millisecond resolution.
Clock systemClock();

} // namespace tp::server::auth
