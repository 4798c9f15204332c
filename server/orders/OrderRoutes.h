#pragma once

#include "http/Router.h"
#include "orders/Orders.h"

namespace tp::server::orders {

// GET /api/v1/orders (channel, status, store_id, q = number prefix, cursor, limit; newest
// first) and GET /api/v1/orders/{id} with the status history.
void addOrderRoutes(http::Router& router, Orders& orders);

} // namespace tp::server::orders
