#pragma once

#include "auth/PasswordHasher.h"
#include "control/Tenants.h"
#include "core/ServerContext.h"
#include "http/Router.h"

namespace tp::server::control {

// The control-plane API for the platform admin (API.md "Control plane"): tenants, their
// plans, features and usage, the plans, and the audit log.
void addControlRoutes(http::Router& router, ServerContext& context, Tenants& tenants,
                      const auth::PasswordHasher& hasher);

} // namespace tp::server::control
