#pragma once

#include "auth/AccessTokens.h"
#include "auth/AdminToken.h"
#include "core/TenantStatusCache.h"
#include "db/Database.h"
#include "http/Authenticator.h"

namespace tp::server::identity {

// The server's http::Authenticator: reads "Authorization: Bearer <token>" and recognises the
// platform admin token, a device token ("tpd_…", looked up by hash) or a staff JWT. For tenant
// principals it then checks the tenant's status, through TenantStatusCache for staff tokens
// (the control plane clears it on every change, so suspending or deleting a tenant stops its
// existing tokens at once with 403 tenant_suspended) and in the device lookup itself.
class TokenAuthenticator : public http::Authenticator {
public:
    TokenAuthenticator(db::Database& database, const auth::AdminToken& adminToken,
                       const auth::AccessTokens& accessTokens, TenantStatusCache& tenantStatus)
        : m_database(database)
        , m_adminToken(adminToken)
        , m_accessTokens(accessTokens)
        , m_tenantStatus(tenantStatus) {}

    tp::domain::Result<http::Principal> authenticate(const http::Request& request) override;

private:
    tp::domain::Result<http::Principal> authenticateDevice(const std::string& token);
    tp::domain::Result<void> checkTenantActive(http::Principal& principal);

    db::Database& m_database;
    const auth::AdminToken& m_adminToken;
    const auth::AccessTokens& m_accessTokens;
    TenantStatusCache& m_tenantStatus;
};

} // namespace tp::server::identity
