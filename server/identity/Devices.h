#pragma once

#include <cstdint>
#include <string>
#include <utility>

#include <Poco/JSON/Object.h>

#include "core/ServerContext.h"
#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::identity {

struct EnrolledDevice {
    std::string id;
    std::string storeId;
    std::string name;
    std::string token; // shown once; only its hash is stored

    Poco::JSON::Object::Ptr toJson() const; // {"device":{"id","store_id","name"},"device_token"}
};

// A one-time enrolment code as its maker sees it (the code is shown this once).
struct EnrolmentCode {
    std::string code; // "ABCDE-FGHJK": ten letters and digits without look-alikes
    std::string storeId;
    std::string name;
    std::int64_t expiresAt = 0;

    Poco::JSON::Object::Ptr toJson() const; // {"enrolment":{"code","store_id","name","expires_at"}}
};

// Register enrolment: an owner or manager enrols a till for one store and gets a device token
// for it, which may call the sync endpoints for that tenant and store only. Each device counts
// against the plan's register limit. Or they make a one-time code (valid 24 hours) that the
// new register exchanges for its token itself (enrolWithCode).
class Devices {
public:
    explicit Devices(ServerContext& context)
        : m_context(context) {}

    // 404 not_found when the store is not the tenant's.
    tp::domain::Result<EnrolledDevice> enrol(const std::string& tenantId, const std::string& storeId,
                                             const std::string& name, const std::string& actor);

    // 404 not_found when the store is not the tenant's.
    tp::domain::Result<EnrolmentCode> makeCode(const std::string& tenantId, const std::string& storeId,
                                               const std::string& name, const std::string& actor);
    // Exchanges a code for a device, once. Unknown, used and expired codes are one error, so
    // that a guess learns nothing: 404 "enrolment_code_invalid". Returns the tenant's slug too.
    tp::domain::Result<std::pair<EnrolledDevice, std::string>> enrolWithCode(const std::string& code);

    static constexpr std::int64_t kCodeLifetimeMillis = 24LL * 60 * 60 * 1000;
    // Upper case, without the dash and spaces a person may type.
    static std::string normalizeCode(const std::string& typed);

private:
    // Inserts the device and its audit row inside the caller's tenant transaction.
    tp::domain::Result<void> insertDevice(db::Connection& connection, const std::string& tenantId,
                                          const EnrolledDevice& device, const std::string& tokenHash,
                                          const std::string& actor, std::int64_t now);

    ServerContext& m_context;
};

} // namespace tp::server::identity
