#pragma once

#include <string>
#include <string_view>

#include "domain/core/Result.h"
#include "domain/core/Timestamp.h"

namespace tp::protocol {

// Times on the wire are RFC 3339 in UTC with milliseconds: "2026-11-21T23:07:05.123Z".
std::string formatRfc3339(tp::domain::Timestamp at);

// Accepts RFC 3339 with 'Z' or a numeric offset and 0–9 fraction digits (kept to the
// millisecond). Anything else → "invalid_request" naming `field`.
tp::domain::Result<tp::domain::Timestamp> parseRfc3339(std::string_view text, const std::string& field);

} // namespace tp::protocol
