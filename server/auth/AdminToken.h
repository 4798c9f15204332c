#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "domain/core/Result.h"

namespace tp::server::auth {

// The platform admin token from the server's configuration: the one credential that may call
// the control plane (/api/v1/admin/...). It is compared in constant time; configured tokens
// shorter than 32 characters are refused so a guessable value never reaches production.
// generate() makes a fresh one ("tpa_" + 43 base64url characters) for `tillpoint-server
// --generate-admin-token` or first-run setup.
class AdminToken {
public:
    static constexpr std::size_t kMinimumLength = 32;

    // Error "invalid_config" when `configured` is shorter than kMinimumLength.
    static tp::domain::Result<AdminToken> fromConfiguration(std::string configured);

    // A new random admin token. Error "crypto_failure" without randomness.
    static tp::domain::Result<std::string> generate();

    // Whether a client presented exactly the configured token.
    bool matches(std::string_view presented) const;

private:
    explicit AdminToken(std::string token);

    std::string m_token;
};

} // namespace tp::server::auth
