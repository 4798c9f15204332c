#pragma once

#include <string>
#include <string_view>

#include "domain/core/Result.h"
#include "http/Request.h"

namespace tp::server::http {

// The tenant a request names before any token is looked at: the Host subdomain
// (`<slug>.<baseDomain>`, port ignored, case-insensitive) and the X-Tenant header.
//
// The Host wins when both name a tenant: it is what the browser shows and what the TLS
// certificate vouches for, while X-Tenant exists for clients that call the bare API host
// (localhost, api.<domain>), which names no tenant. A Host whose label is not slug-shaped (or
// has more labels) names no tenant; an X-Tenant that is not slug-shaped is a client bug and is
// answered 400. For authenticated requests the two are checked separately: either one naming
// another tenant than the token's answers 404.
struct TenantHint {
    std::string fromHost;
    std::string fromHeader;

    const std::string& resolved() const { return fromHost.empty() ? fromHeader : fromHost; }
    bool contradicts(std::string_view tenantSlug) const {
        return (!fromHost.empty() && fromHost != tenantSlug) || (!fromHeader.empty() && fromHeader != tenantSlug);
    }

    // Errors: "invalid_request" for a malformed X-Tenant.
    static tp::domain::Result<TenantHint> read(const Request& request, std::string_view baseDomain);
    // [a-z0-9-]{3,40}, as the control plane creates them.
    static bool isSlug(std::string_view text);
};

} // namespace tp::server::http
