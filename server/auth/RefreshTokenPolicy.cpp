#include "auth/RefreshTokenPolicy.h"

#include <utility>

#include "auth/OpaqueTokens.h"

namespace tp::server::auth {

using tp::domain::Result;
using tp::domain::Timestamp;

RefreshTokenPolicy::RefreshTokenPolicy(Clock clock, std::chrono::seconds lifetime)
    : m_clock(std::move(clock))
    , m_lifetime(lifetime) {}

Result<IssuedRefreshToken> RefreshTokenPolicy::issue(std::string familyId, std::string tenantId, std::string userId,
                                                     Timestamp now) const {
    Result<std::string> token = OpaqueTokens::generateRefreshToken();
    if (!token)
        return token.error();
    Result<std::string> hash = OpaqueTokens::hashToken(*token);
    if (!hash)
        return hash.error();
    IssuedRefreshToken issued;
    issued.token = std::move(token).value();
    issued.row.tokenHash = std::move(hash).value();
    issued.row.familyId = std::move(familyId);
    issued.row.tenantId = std::move(tenantId);
    issued.row.userId = std::move(userId);
    issued.row.issuedAt = now;
    issued.row.expiresAt = now + m_lifetime;
    return issued;
}

Result<IssuedRefreshToken> RefreshTokenPolicy::startFamily(std::string familyId, std::string tenantId,
                                                           std::string userId) const {
    return issue(std::move(familyId), std::move(tenantId), std::move(userId), m_clock());
}

Result<RefreshDecision> RefreshTokenPolicy::use(const RefreshTokenRow& presented) const {
    RefreshDecision decision;
    decision.decidedAt = m_clock();
    if (presented.revokedAt) {
        decision.outcome = RefreshOutcome::Revoked;
        return decision;
    }
    if (presented.replacedAt || presented.replacedByHash) {
        decision.outcome = RefreshOutcome::ReuseDetected;
        return decision;
    }
    if (decision.decidedAt >= presented.expiresAt) {
        decision.outcome = RefreshOutcome::Expired;
        return decision;
    }
    Result<IssuedRefreshToken> issued =
        issue(presented.familyId, presented.tenantId, presented.userId, decision.decidedAt);
    if (!issued)
        return issued.error();
    decision.outcome = RefreshOutcome::Rotated;
    decision.issued = std::move(issued).value();
    return decision;
}

} // namespace tp::server::auth
