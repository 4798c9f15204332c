#include "identity/TokenAuthenticator.h"

#include "auth/OpaqueTokens.h"

namespace tp::server::identity {

using tp::domain::makeError;
using tp::domain::Result;

Result<http::Principal> TokenAuthenticator::authenticate(const http::Request& request) {
    const std::string header = request.header("authorization");
    constexpr std::string_view kBearer = "Bearer ";
    if (header.size() <= kBearer.size() || header.compare(0, kBearer.size(), kBearer) != 0)
        return makeError("unauthorized", "this endpoint needs an Authorization: Bearer <token> header");
    const std::string token = header.substr(kBearer.size());

    if (m_adminToken.matches(token)) {
        http::Principal admin;
        admin.kind = http::Principal::Kind::PlatformAdmin;
        return admin;
    }
    if (token.rfind(auth::OpaqueTokens::kDevicePrefix, 0) == 0)
        return authenticateDevice(token);

    auto claims = m_accessTokens.verify(token);
    if (!claims)
        return makeError("unauthorized", "the access token is not valid: " + claims.error().message);
    http::Principal principal = claims->principal;
    if (auto active = checkTenantActive(principal); !active)
        return active.error();
    return principal;
}

Result<http::Principal> TokenAuthenticator::authenticateDevice(const std::string& token) {
    if (!auth::OpaqueTokens::hasShape(token, auth::OpaqueTokens::kDevicePrefix))
        return makeError("unauthorized", "the device token is not valid");
    auto hash = auth::OpaqueTokens::hashToken(token);
    if (!hash)
        return hash.error();
    // The hash is the only key a device presents, so this one lookup spans tenants.
    return m_database.transact<http::Principal>(
        db::Scope::platformAdmin(), db::TransactionKind::Read,
        [&](db::Connection& connection) -> Result<http::Principal> {
            auto rows = connection.execute(
                "SELECT d.tenant_id, d.id, d.store_id, d.revoked_at, t.slug, t.status FROM devices d "
                "JOIN tenants t ON t.id = d.tenant_id WHERE d.token_hash = ?",
                {hash.value()});
            if (!rows)
                return rows.error();
            if (rows->empty() || !rows->first().isNull("revoked_at"))
                return makeError("unauthorized", "the device token is not valid or was revoked");
            const auto& row = rows->first();
            if (row.text("status") != "active")
                return makeError("tenant_suspended", "this shop's account is " + row.text("status"));
            http::Principal device;
            device.kind = http::Principal::Kind::Device;
            device.tenantId = row.text("tenant_id");
            device.tenantSlug = row.text("slug");
            device.deviceId = row.text("id");
            device.storeId = row.text("store_id");
            return device;
        });
}

Result<void> TokenAuthenticator::checkTenantActive(http::Principal& principal) {
    std::optional<std::string> cached = m_tenantStatus.find(principal.tenantId);
    if (cached) {
        if (*cached != "active")
            return makeError("tenant_suspended", "this shop's account is " + *cached);
        return {};
    }
    const std::uint64_t generation = m_tenantStatus.generation();
    auto status = m_database.transact<std::string>(
        db::Scope::none(), db::TransactionKind::Read, [&](db::Connection& connection) -> Result<std::string> {
            auto rows = connection.execute("SELECT status FROM tenants WHERE id = ?", {principal.tenantId});
            if (!rows)
                return rows.error();
            if (rows->empty())
                return makeError("unauthorized", "the token's tenant does not exist");
            return rows->first().text(0);
        });
    if (!status)
        return status.error();
    m_tenantStatus.remember(principal.tenantId, status.value(), generation);
    if (status.value() != "active")
        return makeError("tenant_suspended", "this shop's account is " + status.value());
    return {};
}

} // namespace tp::server::identity
