#pragma once

#include <string>
#include <string_view>

#include "domain/core/Result.h"

namespace tp::server::auth {

// The SHA-256 of `bytes` as 64 lower-case hex digits (tokens' hashes, images' names).
tp::domain::Result<std::string> sha256Hex(std::string_view bytes);

} // namespace tp::server::auth
