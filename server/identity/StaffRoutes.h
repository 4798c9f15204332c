#pragma once

#include "auth/PasswordHasher.h"
#include "core/ServerContext.h"
#include "http/Router.h"

namespace tp::server::identity {

// The tenant's staff: owners add managers and cashiers (managers add cashiers), everyone with
// staff rights lists them. New staff count against the plan's staff limit, are audited, and
// reach registers through the change log (without their password hash).
void addStaffRoutes(http::Router& router, ServerContext& context, const auth::PasswordHasher& hasher);

} // namespace tp::server::identity
