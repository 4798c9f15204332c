#pragma once

#include "core/ServerContext.h"
#include "http/Router.h"
#include "identity/Devices.h"
#include "identity/StaffSessions.h"

namespace tp::server::identity {

// Staff login and refresh (public), and register enrolment (owner or manager).
void addIdentityRoutes(http::Router& router, StaffSessions& sessions, Devices& devices);

} // namespace tp::server::identity
