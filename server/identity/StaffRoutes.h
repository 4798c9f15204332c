#pragma once

#include "auth/PasswordHasher.h"
#include "core/ServerContext.h"
#include "http/Router.h"
#include "identity/RegisterPins.h"

namespace tp::server::identity {

// The tenant's staff: owners add managers and cashiers (managers add cashiers), everyone with
// staff rights lists them. New staff count against the plan's staff limit, are audited, and
// reach registers through the change log (without their password hash). PUT …/pin sets the
// PIN for logging in at registers (RegisterPins).
void addStaffRoutes(http::Router& router, ServerContext& context, const auth::PasswordHasher& hasher,
                    RegisterPins& pins);

} // namespace tp::server::identity
