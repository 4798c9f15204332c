#pragma once

#include "http/Router.h"
#include "stores/Stores.h"

namespace tp::server::stores {

// Stores of the caller's tenant: list and read for all staff and devices, create and edit for
// owners (and managers for edits).
void addStoreRoutes(http::Router& router, Stores& stores);

} // namespace tp::server::stores
