#pragma once

#include <string>

#include "domain/core/Result.h"
#include "http/Principal.h"
#include "http/Request.h"

namespace tp::server::http {

// Turns a request's bearer token into a Principal. Implemented by the auth module (JWT access
// tokens, device tokens, the platform admin token) and injected into the dispatcher, so the
// HTTP edge knows nothing about token formats.
// Errors: "unauthorized" (missing, malformed, expired, revoked), "tenant_suspended".
class Authenticator {
public:
    virtual ~Authenticator() = default;
    virtual tp::domain::Result<Principal> authenticate(const Request& request) = 0;
};

// Answers whether a tenant has a feature flag on (plan default, overridden per tenant).
// Implemented by the control plane.
class FeatureGate {
public:
    virtual ~FeatureGate() = default;
    virtual bool isEnabled(const std::string& tenantId, const std::string& feature) = 0;
};

} // namespace tp::server::http
