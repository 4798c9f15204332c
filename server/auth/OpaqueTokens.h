#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "domain/core/Result.h"

namespace tp::server::auth {

// Long-lived bearer secrets that carry no meaning of their own (refresh tokens, device tokens,
// the platform admin token): a readable prefix plus 32 random bytes in unpadded base64url,
//
//     tpr_3q2-7wEjRmX...   (4 + 43 characters)
//
// The prefix makes a leaked token recognisable (secret scanners, log review) and lets the
// authenticator tell token kinds apart before any lookup. The database stores only
// hashToken(token), the hex SHA-256: 256 random bits need no salt or slow KDF, and a database
// leak then yields nothing a client could present.
class OpaqueTokens {
public:
    static constexpr std::string_view kRefreshPrefix = "tpr_";
    static constexpr std::string_view kDevicePrefix = "tpd_";
    static constexpr std::string_view kAdminPrefix = "tpa_";
    static constexpr std::size_t kRandomBytes = 32;
    // Unpadded base64url length of kRandomBytes.
    static constexpr std::size_t kEncodedLength = 43;

    // prefix + base64url(32 random bytes). Error "crypto_failure" without randomness.
    static tp::domain::Result<std::string> generate(std::string_view prefix);
    static tp::domain::Result<std::string> generateRefreshToken() { return generate(kRefreshPrefix); }
    static tp::domain::Result<std::string> generateDeviceToken() { return generate(kDevicePrefix); }

    // Whether `token` has the shape generate(prefix) produces: the prefix, then exactly 43
    // base64url characters. A cheap filter before hashing and looking up.
    static bool hasShape(std::string_view token, std::string_view prefix);

    // Lower-case hex SHA-256 of the whole token (prefix included): what the database keeps.
    // Error "crypto_failure" only if OpenSSL's digest fails.
    static tp::domain::Result<std::string> hashToken(std::string_view token);

    // Whether `presented` hashes to `storedHash`, compared in constant time.
    static bool matchesHash(std::string_view presented, std::string_view storedHash);
};

} // namespace tp::server::auth
