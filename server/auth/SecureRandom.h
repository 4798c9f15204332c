#pragma once

#include <cstddef>
#include <string>

#include "domain/core/Result.h"

namespace tp::server::auth {

// Bytes from OpenSSL's CSPRNG (RAND_bytes), the only randomness this module uses for salts,
// tokens and token ids. Fails with "crypto_failure" when OpenSSL cannot seed itself: callers
// must refuse to hand out a token then rather than fall back to a weaker source.
tp::domain::Result<std::string> secureRandomBytes(std::size_t count);

} // namespace tp::server::auth
