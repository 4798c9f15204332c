#pragma once

#include <string>

#include "http/Authenticator.h"
#include "http/Request.h"
#include "http/Response.h"
#include "http/Router.h"

namespace tp::server::http {

// The policy half of the request pipeline, free of sockets: route match (404 / 405 + Allow; HEAD
// is served by the GET route, and a plain OPTIONS gets 204 + Allow) →
// authentication unless the route is Public (401 + WWW-Authenticate, 403 tenant_suspended) →
// access kind and role (403 forbidden) → tenant hint (400 for a malformed X-Tenant, 404 when
// it names another tenant than the token's) → feature flag (403 feature_disabled) → handler.
//
// Access kinds: PlatformAdmin needs the platform admin token, Staff a staff token holding one
// of the route's roles (any role when none are listed), Device a device token, StaffOrDevice
// either (the role list, if any, applies to staff). Feature flags are checked for tenant
// principals only: on Public routes the edge knows the tenant's slug, not its id, so
// storefront handlers check their flags after resolving the tenant.
//
// Every failure is a Response built with Response::error; an exception thrown by the
// authenticator, the feature gate or the handler becomes a 500 whose internalError names it.
// HttpServer adds what needs the connection: request id, body limit, CORS, logs, metrics.
class Dispatcher {
public:
    Dispatcher(const Router& router, Authenticator& authenticator, FeatureGate& features, std::string baseDomain);

    struct Outcome {
        Response response;
        const Route* route = nullptr; // the matched route, for logs and metrics
    };
    Outcome dispatch(Request& request) const;

private:
    Response run(const Route& route, Request& request) const;

    const Router& m_router;
    Authenticator& m_authenticator;
    FeatureGate& m_features;
    std::string m_baseDomain;
};

} // namespace tp::server::http
