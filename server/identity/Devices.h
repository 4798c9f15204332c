#pragma once

#include <string>

#include <Poco/JSON/Object.h>

#include "core/ServerContext.h"
#include "domain/core/Result.h"

namespace tp::server::identity {

struct EnrolledDevice {
    std::string id;
    std::string storeId;
    std::string name;
    std::string token; // shown once; only its hash is stored

    Poco::JSON::Object::Ptr toJson() const; // {"device":{"id","store_id","name"},"device_token"}
};

// Register enrolment: an owner or manager enrols a till for one store and gets a device token
// for it, which may call the sync endpoints for that tenant and store only. Each device counts
// against the plan's register limit.
class Devices {
public:
    explicit Devices(ServerContext& context)
        : m_context(context) {}

    // 404 not_found when the store is not the tenant's.
    tp::domain::Result<EnrolledDevice> enrol(const std::string& tenantId, const std::string& storeId,
                                             const std::string& name, const std::string& actor);

private:
    ServerContext& m_context;
};

} // namespace tp::server::identity
