#pragma once

#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "core/Pagination.h"
#include "db/Connection.h"
#include "db/Database.h"
#include "domain/core/Result.h"

namespace tp::server::control {

// One audited action: who did what to which object, with the object before and after.
struct AuditEvent {
    std::optional<std::string> tenantId; // none for platform-wide actions (a plan change of no tenant)
    std::string actor;                   // "platform_admin", "user:<id>", "device:<id>"
    std::string action;                  // dotted verb: "tenant.create", "tenant.suspend", "product.price_change"
    std::string target;                  // "tenant:<id>", "product:<id>", …
    Poco::JSON::Object::Ptr before;
    Poco::JSON::Object::Ptr after;
};

// The audit log of every control-plane action and every sensitive tenant action
// (ARCHITECTURE.md, Security). Written inside the action's own transaction, so an action and
// its audit entry commit or fail together. Read by the platform admin per tenant and period.
class AuditLog {
public:
    static tp::domain::Result<void> record(db::Connection& connection, const std::string& id, std::int64_t atMillis,
                                           const AuditEvent& event);

    struct Query {
        std::optional<std::string> tenantId;
        std::optional<std::int64_t> fromMillis; // inclusive
        std::optional<std::int64_t> toMillis;   // exclusive
        PageRequest page;
    };
    // Newest first; each event as {"id","at","tenant_id","actor","action","target","before","after"}.
    static tp::domain::Result<std::vector<Poco::JSON::Object::Ptr>> query(db::Database& database, const Query& query);
};

} // namespace tp::server::control
