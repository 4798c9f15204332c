#pragma once

#include "db/Database.h"
#include "http/Metrics.h"
#include "http/Router.h"

namespace tp::server::app {

// Operations endpoints: GET /healthz (200 when the database answers, else 503),
// GET /metrics (Prometheus text) and GET /api/v1/openapi.json, generated from the router's own
// route table so it describes every endpoint the server really has. Call last, after every
// other module added its routes.
void addOpsRoutes(http::Router& router, db::Database& database, http::Metrics& metrics);

} // namespace tp::server::app
