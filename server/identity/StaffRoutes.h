#pragma once

#include "auth/PasswordHasher.h"
#include "core/ServerContext.h"
#include "http/Router.h"
#include "identity/RegisterPins.h"
#include "identity/StaffChanges.h"

namespace tp::server::identity {

// The tenant's staff: owners add managers and cashiers (managers add cashiers), everyone with
// staff rights lists them. New staff count against the plan's staff limit, are audited, and
// reach registers through the change log (without their password hash). PUT …/pin sets the
// PIN for logging in at registers (RegisterPins); PATCH changes a role or disables someone
// (StaffChanges).
void addStaffRoutes(http::Router& router, ServerContext& context, const auth::PasswordHasher& hasher,
                    RegisterPins& pins, StaffChanges& changes);

} // namespace tp::server::identity
