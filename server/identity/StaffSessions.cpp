#include "identity/StaffSessions.h"

#include "auth/OpaqueTokens.h"
#include "identity/StaffAccounts.h"

namespace tp::server::identity {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

tp::domain::Error wrongCredentials() {
    return makeError("unauthorized", "the tenant, e-mail or password is wrong");
}

struct TenantRow {
    std::string id;
    std::string slug;
    std::string status;
};

Result<std::optional<TenantRow>> tenantBy(db::Connection& connection, const char* column, const std::string& value) {
    auto rows =
        connection.execute(std::string("SELECT id, slug, status FROM tenants WHERE ") + column + " = ?", {value});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<TenantRow>{};
    return std::optional<TenantRow>(TenantRow{rows->first().text(0), rows->first().text(1), rows->first().text(2)});
}

} // namespace

http::StaffRole staffRoleFromName(const std::string& role) {
    if (role == "owner")
        return http::StaffRole::Owner;
    if (role == "manager")
        return http::StaffRole::Manager;
    return http::StaffRole::Cashier;
}

Poco::JSON::Object::Ptr SessionTokens::toJson() const {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("access_token", accessToken);
    json->set("refresh_token", refreshToken);
    json->set("expires_in", expiresIn);
    json->set("token_type", "Bearer");
    json->set("user", user);
    return json;
}

Result<SessionTokens> StaffSessions::login(const std::string& tenantSlug, const std::string& email,
                                           const std::string& password, const std::string& remoteAddress,
                                           long long& retryAfterSeconds) {
    const auth::LoginAttempt attempt{remoteAddress, tenantSlug, email};
    if (auto allowed = m_rateLimiter.check(attempt); !allowed) {
        retryAfterSeconds = m_rateLimiter.retryAfterSeconds(attempt);
        return allowed.error();
    }

    // The tenant row is a control-plane table (no RLS); the user is read in the tenant's scope.
    auto tenant = m_context.database.transact<std::optional<TenantRow>>(
        db::Scope::none(), db::TransactionKind::Read,
        [&](db::Connection& connection) { return tenantBy(connection, "slug", tenantSlug); });
    if (!tenant)
        return tenant.error();
    std::optional<StaffMember> member;
    if (tenant.value()) {
        auto lookedUp = m_context.database.transact<std::optional<StaffMember>>(
            db::Scope::tenant(tenant.value()->id), db::TransactionKind::Read, [&](db::Connection& connection) {
                return StaffAccounts::findByEmail(connection, tenant.value()->id, email);
            });
        if (!lookedUp)
            return lookedUp.error();
        member = lookedUp.value();
    }
    if (!member || member->status != "active") {
        m_hasher.verifyDummy(password);
        m_rateLimiter.recordFailure(attempt);
        return wrongCredentials();
    }
    auto check = m_hasher.verify(password, member->passwordHash);
    if (!check || !check->matches) {
        m_rateLimiter.recordFailure(attempt);
        return wrongCredentials();
    }
    m_rateLimiter.recordSuccess(attempt);
    if (tenant.value()->status != "active")
        return makeError("tenant_suspended",
                         "this shop's account is " + tenant.value()->status + "; contact the platform operator");
    return issue(tenant.value()->id, tenant.value()->slug, member->id, member->email, member->role, m_context.newId(),
                 nullptr);
}

Result<SessionTokens> StaffSessions::refresh(const std::string& refreshToken) {
    if (!auth::OpaqueTokens::hasShape(refreshToken, auth::OpaqueTokens::kRefreshPrefix))
        return makeError("unauthorized", "the refresh token is not valid");
    auto hash = auth::OpaqueTokens::hashToken(refreshToken);
    if (!hash)
        return hash.error();

    // Looked up across tenants by hash (the token is the only thing the client presents);
    // the platform scope is needed for that one read and the family revocation.
    auto row = m_context.database.transact<std::optional<auth::RefreshTokenRow>>(
        db::Scope::platformAdmin(), db::TransactionKind::Read,
        [&](db::Connection& connection) -> Result<std::optional<auth::RefreshTokenRow>> {
            auto rows = connection.execute(
                "SELECT token_hash, family_id, tenant_id, user_id, created_at, expires_at, replaced_at, replaced_by, "
                "revoked_at FROM refresh_tokens WHERE token_hash = ?",
                {hash.value()});
            if (!rows)
                return rows.error();
            if (rows->empty())
                return std::optional<auth::RefreshTokenRow>{};
            const auto& r = rows->first();
            auth::RefreshTokenRow token;
            token.tokenHash = r.text("token_hash");
            token.familyId = r.text("family_id");
            token.tenantId = r.text("tenant_id");
            token.userId = r.text("user_id");
            token.issuedAt = tp::domain::timestampFromUnixMillis(r.integer("created_at"));
            token.expiresAt = tp::domain::timestampFromUnixMillis(r.integer("expires_at"));
            if (const auto at = r.optionalInteger("replaced_at"))
                token.replacedAt = tp::domain::timestampFromUnixMillis(*at);
            token.replacedByHash = r.optionalText("replaced_by");
            if (const auto at = r.optionalInteger("revoked_at"))
                token.revokedAt = tp::domain::timestampFromUnixMillis(*at);
            return std::optional<auth::RefreshTokenRow>(token);
        });
    if (!row)
        return row.error();
    if (!row.value())
        return makeError("unauthorized", "the refresh token is not valid");

    auto decision = m_refreshPolicy.use(*row.value());
    if (!decision)
        return decision.error();
    if (decision->revokeFamily()) {
        const std::int64_t now = m_context.nowMillis();
        auto revoked = m_context.database.transaction(
            db::Scope::platformAdmin(), db::TransactionKind::Write, [&](db::Connection& connection) -> Result<void> {
                auto written = connection.execute(
                    "UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL",
                    {now, row.value()->familyId});
                if (!written)
                    return written.error();
                return {};
            });
        if (!revoked)
            return revoked.error();
    }
    if (!decision->accepted())
        return makeError("unauthorized", "the refresh token has expired or was already used; log in again");

    const auth::RefreshTokenRow& presented = *row.value();
    auto context = m_context.database.transact<std::pair<std::optional<TenantRow>, std::optional<StaffMember>>>(
        db::Scope::tenant(presented.tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) -> Result<std::pair<std::optional<TenantRow>, std::optional<StaffMember>>> {
            auto tenant = tenantBy(connection, "id", presented.tenantId);
            if (!tenant)
                return tenant.error();
            auto member = StaffAccounts::findById(connection, presented.tenantId, presented.userId);
            if (!member)
                return member.error();
            return std::pair{tenant.value(), member.value()};
        });
    if (!context)
        return context.error();
    const auto& [tenant, member] = context.value();
    if (!tenant || !member || member->status != "active")
        return makeError("unauthorized", "the refresh token is not valid");
    if (tenant->status != "active")
        return makeError("tenant_suspended", "this shop's account is " + tenant->status);
    return issue(tenant->id, tenant->slug, member->id, member->email, member->role, presented.familyId,
                 &presented.tokenHash);
}

Result<SessionTokens> StaffSessions::issue(const std::string& tenantId, const std::string& tenantSlug,
                                           const std::string& userId, const std::string& email, const std::string& role,
                                           const std::string& familyId, const std::string* replacedHash) {
    http::Principal principal;
    principal.kind = http::Principal::Kind::Staff;
    principal.tenantId = tenantId;
    principal.tenantSlug = tenantSlug;
    principal.userId = userId;
    principal.role = staffRoleFromName(role);
    auto access = m_accessTokens.issue(principal);
    if (!access)
        return access.error();
    auto refresh = m_refreshPolicy.startFamily(familyId, tenantId, userId);
    if (!refresh)
        return refresh.error();
    const auth::RefreshTokenRow& fresh = refresh->row;
    const std::int64_t now = m_context.nowMillis();

    auto stored = m_context.database.transaction(
        db::Scope::tenant(tenantId), db::TransactionKind::Write, [&](db::Connection& connection) -> Result<void> {
            if (replacedHash) {
                // Only one of two racing refreshes with the same token may win.
                auto marked = connection.execute("UPDATE refresh_tokens SET replaced_at = ?, replaced_by = ? "
                                                 "WHERE token_hash = ? AND replaced_at IS NULL AND revoked_at IS NULL",
                                                 {now, fresh.tokenHash, *replacedHash});
                if (!marked)
                    return marked.error();
                if (marked->affectedRows() != 1)
                    return makeError("unauthorized", "the refresh token was already used; log in again");
            }
            auto inserted = connection.execute(
                "INSERT INTO refresh_tokens (tenant_id, id, user_id, token_hash, family_id, created_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                {tenantId, m_context.newId(), userId, fresh.tokenHash, fresh.familyId,
                 tp::domain::unixMillis(fresh.issuedAt), tp::domain::unixMillis(fresh.expiresAt)});
            if (!inserted)
                return inserted.error();
            return {};
        });
    if (!stored)
        return stored.error();

    SessionTokens tokens;
    tokens.accessToken = access->token;
    tokens.refreshToken = refresh->token;
    tokens.expiresIn = access->expiresInSeconds;
    tokens.user = new Poco::JSON::Object;
    tokens.user->set("id", userId);
    tokens.user->set("email", email);
    tokens.user->set("role", role);
    return tokens;
}

} // namespace tp::server::identity
