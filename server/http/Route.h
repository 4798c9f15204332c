#pragma once

#include <functional>
#include <string>
#include <vector>

#include "domain/core/Result.h"
#include "http/Principal.h"
#include "http/Request.h"
#include "http/Response.h"

namespace tp::server::http {

using Handler = std::function<tp::domain::Result<Response>(Request&)>;

// Who may call a route. The dispatcher enforces it before the handler runs.
enum class Access {
    Public,        // anyone; a tenant hint (Host/X-Tenant) may be required by the handler
    PlatformAdmin, // the platform admin token only
    Staff,         // a staff access token; `roles` limits which roles
    Device,        // a device token
    StaffOrDevice, // either (sync endpoints)
};

// One endpoint: method + path pattern ("/api/v1/products/{id}") + who may call it + handler,
// and what the OpenAPI document and the generated tests need to know about it.
struct Route {
    std::string method;
    std::string pattern;
    Access access = Access::Staff;
    std::vector<StaffRole> roles; // empty: every staff role
    std::string feature;          // non-empty: 403 feature_disabled unless the tenant has it on
    Handler handler;

    std::string summary;        // one line for openapi.json
    std::string requestSchema;  // name of the request body schema ("" if none)
    std::string responseSchema; // name of the success body schema
    int successStatus = 200;
    // True when the pattern's {id} names one object of the caller's tenant: the isolation tests
    // call such routes with another tenant's token and expect 404.
    bool tenantObject = false;
    // Runs on the edge's worker pool instead of its event loop: for handlers that burn CPU for
    // long (password hashing), which would otherwise hold up every connection of their loop.
    bool offload = false;
};

} // namespace tp::server::http
