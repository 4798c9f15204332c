#pragma once

#include "http/Router.h"
#include "identity/EnrolledDevices.h"

namespace tp::server::identity {

// The enrolled registers for the backoffice (owner or manager): GET /api/v1/devices with what
// each last reported, DELETE /api/v1/devices/{id} to revoke one.
void addDeviceRoutes(http::Router& router, EnrolledDevices& devices);

} // namespace tp::server::identity
