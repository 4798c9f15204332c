#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "auth/Clock.h"
#include "auth/VerifiedTokenCache.h"
#include "domain/core/Result.h"
#include "domain/core/Timestamp.h"
#include "http/Principal.h"

namespace tp::server::auth {

// A freshly signed access token and what the login answer reports about it.
struct IssuedAccessToken {
    std::string token;
    std::string tokenId; // the jti claim
    tp::domain::Timestamp issuedAt;
    tp::domain::Timestamp expiresAt;
    long long expiresInSeconds = 0; // "expires_in" of the login answer
};

// What a verified access token says: the caller (always Kind::Staff) plus the token's identity.
struct AccessTokenClaims {
    tp::server::http::Principal principal;
    std::string tokenId;
    tp::domain::Timestamp issuedAt;
    tp::domain::Timestamp expiresAt;
};

// Short-lived staff access tokens: JWTs signed with HS256 (Poco::JWT::Signer) carrying
//
//     header  {"alg":"HS256","typ":"JWT"}
//     payload {"sub":<user id>,"tid":<tenant id>,"tslug":<tenant slug>,
//              "role":"owner"|"manager"|"cashier","typ":"access",
//              "iat":<unix s>,"exp":<unix s>,"jti":<random id>}
//
// Verification parses the token itself rather than through Signer::verify: it accepts exactly
// HS256 (refusing "none", other HMAC sizes and every public-key algorithm, so a token can never
// choose how it is checked), and it compares the base64url signature in constant time, which
// Poco's HMAC verification does not. Then it checks typ, every claim's presence and type, and
// time: a token is accepted while now < exp + leeway, and refused when iat lies more than the
// leeway in the future. The leeway absorbs clock skew between server instances.
//
// Secret rotation: configure the new secret as `secret` and the old one as `previousSecret`
// for one access-token lifetime; tokens signed with either verify, new tokens use `secret`.
//
// Tokens that verified are remembered by their exact text (VerifiedTokenCache), so a repeat
// skips the parse and HMAC but never the time check. Safe to share between threads.
class AccessTokens {
public:
    static constexpr std::size_t kMinimumSecretBytes = 32;
    static constexpr std::chrono::seconds kDefaultLifetime = std::chrono::minutes{15};
    static constexpr std::chrono::seconds kDefaultLeeway = std::chrono::seconds{30};
    static constexpr std::string_view kAlgorithm = "HS256";
    static constexpr std::string_view kTokenType = "access";
    // Longer bearer strings are refused before any parsing.
    static constexpr std::size_t kMaximumTokenLength = 4096;

    struct Settings {
        std::string secret;         // at least kMinimumSecretBytes
        std::string previousSecret; // empty, or at least kMinimumSecretBytes; verification only
        std::chrono::seconds lifetime = kDefaultLifetime;
        std::chrono::seconds leeway = kDefaultLeeway;
    };

    // Error "invalid_config" for a short secret, a lifetime outside (0, 24 h] or a leeway
    // outside [0, 5 min].
    static tp::domain::Result<AccessTokens> create(Settings settings, Clock clock);

    // Signs a token for `staff` (Kind::Staff with tenant id, slug and user id). Errors
    // "invalid_principal", "crypto_failure".
    tp::domain::Result<IssuedAccessToken> issue(const tp::server::http::Principal& staff) const;

    // Checks `token` and returns its claims. Error "unauthorized" for every reason a token is
    // refused; the message names the reason for logs, never for the client.
    tp::domain::Result<AccessTokenClaims> verify(std::string_view token) const;

private:
    AccessTokens(Settings settings, Clock clock);

    // The time window check, on every verification, cached or not.
    tp::domain::Result<void> checkTime(const AccessTokenClaims& claims) const;

    Settings m_settings;
    Clock m_clock;
    std::shared_ptr<VerifiedTokenCache<AccessTokenClaims>> m_verified;
};

// The role's name in tokens and the API: "owner", "manager", "cashier".
std::string_view staffRoleName(tp::server::http::StaffRole role);

} // namespace tp::server::auth
