#pragma once

#include <string>

#include <Poco/JSON/Object.h>

#include "core/Pagination.h"
#include "core/ServerContext.h"
#include "domain/core/Result.h"

namespace tp::server::identity {

// The tenant's enrolled registers as the backoffice lists them, and revoking one (a till that
// was stolen, broken or replaced): its token stops working at once and it no longer counts
// against the plan's register limit. Each device reads as {"id","store_id","name","status":
// "active"|"revoked","enrolled_at","last_seen_at","app_version","pending_uploads","revoked_at"}
// (times RFC 3339; what the register never reported is null; see DevicePresence).
class EnrolledDevices {
public:
    explicit EnrolledDevices(ServerContext& context)
        : m_context(context) {}

    // {"devices":[…],"next_cursor"} in enrolment order.
    tp::domain::Result<Poco::JSON::Object::Ptr> list(const std::string& tenantId, const PageRequest& page);
    // {"device":{…}}; 404 not_found for an id the tenant does not have. Revoking a revoked
    // device again changes nothing and answers the same.
    tp::domain::Result<Poco::JSON::Object::Ptr> revoke(const std::string& tenantId, const std::string& deviceId,
                                                       const std::string& actor);

private:
    ServerContext& m_context;
};

} // namespace tp::server::identity
