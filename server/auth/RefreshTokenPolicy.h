#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "auth/Clock.h"
#include "domain/core/Result.h"
#include "domain/core/Timestamp.h"

namespace tp::server::auth {

// One stored refresh token: what the database keeps per token (never the token itself).
struct RefreshTokenRow {
    std::string tokenHash; // OpaqueTokens::hashToken of the token; the lookup key
    std::string familyId;  // shared by every token descended from one login
    std::string tenantId;
    std::string userId;
    tp::domain::Timestamp issuedAt;
    tp::domain::Timestamp expiresAt;
    std::optional<tp::domain::Timestamp> replacedAt; // set when this token was used (rotated)
    std::optional<std::string> replacedByHash;       // the token that replaced it
    std::optional<tp::domain::Timestamp> revokedAt;  // set on logout or family revocation
};

// A new refresh token: the plaintext goes to the client once, the row into the database.
struct IssuedRefreshToken {
    std::string token;
    RefreshTokenRow row;
};

enum class RefreshOutcome {
    Rotated,       // valid: insert `issued.row`, mark the presented row replaced, answer 200
    Expired,       // past expiresAt: answer 401, change nothing
    Revoked,       // revoked before: theft or a logged-out session — revoke the family, 401
    ReuseDetected, // already replaced: the token was copied — revoke the family, 401
};

// What the caller must apply, in one transaction, after RefreshTokenPolicy::use().
struct RefreshDecision {
    RefreshOutcome outcome = RefreshOutcome::Expired;
    tp::domain::Timestamp decidedAt;
    // Rotated only: the replacement.
    std::optional<IssuedRefreshToken> issued;

    bool accepted() const { return outcome == RefreshOutcome::Rotated; }
    // Revoke every row of the presented token's family (set revokedAt = decidedAt where unset).
    bool revokeFamily() const { return outcome == RefreshOutcome::Revoked || outcome == RefreshOutcome::ReuseDetected; }
};

// Refresh-token rotation with reuse detection (OAuth 2.0 Security BCP, "refresh token
// rotation"), as pure decisions over rows the caller loads and stores:
//
//  - Login starts a family: startFamily() returns a token whose row the caller inserts.
//  - Each use of a live token returns a replacement in the same family; the caller marks the
//    presented row replaced (replacedAt, replacedByHash) and inserts the new one. Expiry slides:
//    each new token lives `lifetime` (default 30 days) from its own issue.
//  - Presenting a token that was already replaced or revoked means two parties hold the same
//    family (the legitimate client always holds only the newest token), so the whole family
//    is revoked and both must log in again.
//
// Checks run in that order — revoked, replaced, expired — so theft is detected even on old
// tokens. Two concurrent uses of one token race: the caller must mark the row replaced with a
// conditional update (`... WHERE token_hash = ? AND replaced_at IS NULL AND revoked_at IS
// NULL`) and, when it touched no row, treat the request as ReuseDetected.
class RefreshTokenPolicy {
public:
    static constexpr std::chrono::seconds kDefaultLifetime = std::chrono::days{30};

    explicit RefreshTokenPolicy(Clock clock, std::chrono::seconds lifetime = kDefaultLifetime);

    std::chrono::seconds lifetime() const { return m_lifetime; }

    // The first token of a new family (at login). `familyId` is the caller's id for the family
    // (a UUIDv7 from the database layer). Error "crypto_failure" without randomness.
    tp::domain::Result<IssuedRefreshToken> startFamily(std::string familyId, std::string tenantId,
                                                       std::string userId) const;

    // Decides what presenting the token stored as `presented` means. Error "crypto_failure"
    // only when a replacement could not be generated.
    tp::domain::Result<RefreshDecision> use(const RefreshTokenRow& presented) const;

private:
    tp::domain::Result<IssuedRefreshToken> issue(std::string familyId, std::string tenantId, std::string userId,
                                                 tp::domain::Timestamp now) const;

    Clock m_clock;
    std::chrono::seconds m_lifetime;
};

} // namespace tp::server::auth
