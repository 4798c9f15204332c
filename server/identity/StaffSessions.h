#pragma once

#include <string>

#include <Poco/JSON/Object.h>

#include "auth/AccessTokens.h"
#include "auth/LoginRateLimiter.h"
#include "auth/PasswordHasher.h"
#include "auth/RefreshTokenPolicy.h"
#include "core/ServerContext.h"
#include "domain/core/Result.h"

namespace tp::server::identity {

// What a successful login or refresh answers (API.md "Staff").
struct SessionTokens {
    std::string accessToken;
    std::string refreshToken;
    long long expiresIn = 0;
    Poco::JSON::Object::Ptr user;

    Poco::JSON::Object::Ptr toJson() const;
};

// Staff login and refresh-token rotation.
//
// Login: rate limit first (429 before any work), then tenant by slug, user by e-mail and the
// password — every wrong combination answers the same 401 after the same KDF work, so neither
// tenants nor e-mails can be enumerated by message or timing. Only after the password is right
// does a suspended tenant learn it is suspended (403 tenant_suspended).
// Refresh: the presented token is looked up by its hash; RefreshTokenPolicy decides; a reused or
// revoked token revokes its whole family (someone copied it).
class StaffSessions {
public:
    StaffSessions(ServerContext& context, const auth::PasswordHasher& hasher, const auth::AccessTokens& accessTokens,
                  const auth::RefreshTokenPolicy& refreshPolicy, auth::LoginRateLimiter& rateLimiter)
        : m_context(context)
        , m_hasher(hasher)
        , m_accessTokens(accessTokens)
        , m_refreshPolicy(refreshPolicy)
        , m_rateLimiter(rateLimiter) {}

    // On "rate_limited", retryAfterSeconds is set for the Retry-After header.
    tp::domain::Result<SessionTokens> login(const std::string& tenantSlug, const std::string& email,
                                            const std::string& password, const std::string& remoteAddress,
                                            long long& retryAfterSeconds);
    tp::domain::Result<SessionTokens> refresh(const std::string& refreshToken);

private:
    tp::domain::Result<SessionTokens> issue(const std::string& tenantId, const std::string& tenantSlug,
                                            const std::string& userId, const std::string& email,
                                            const std::string& role, const std::string& familyId,
                                            const std::string* replacedHash);

    ServerContext& m_context;
    const auth::PasswordHasher& m_hasher;
    const auth::AccessTokens& m_accessTokens;
    const auth::RefreshTokenPolicy& m_refreshPolicy;
    auth::LoginRateLimiter& m_rateLimiter;
};

http::StaffRole staffRoleFromName(const std::string& role);

} // namespace tp::server::identity
