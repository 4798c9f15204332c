#pragma once

#include "http/Router.h"
#include "inventory/Inventory.h"

namespace tp::server::inventory {

// Stock of the caller's tenant: levels and history for all staff and devices; movements and
// counts for all staff; transfers and low-stock thresholds for owners and managers.
void addInventoryRoutes(http::Router& router, Inventory& inventory);

} // namespace tp::server::inventory
