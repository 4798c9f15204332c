#pragma once

#include "core/ServerContext.h"
#include "http/Router.h"

namespace tp::server::storedvalue {

// Balances for the till's checks (staff and registers):
//   GET /api/v1/gift-cards/{code}              {"gift_card":{"code","currency","balance","status",…}}
//   GET /api/v1/customers/{id}/store-credit    {"store_credit":[{"currency","balance",…}]}
void addStoredValueRoutes(http::Router& router, ServerContext& context);

} // namespace tp::server::storedvalue
