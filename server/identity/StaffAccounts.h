#pragma once

#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::identity {

struct NewStaff {
    std::string id;
    std::string email; // stored lower-cased: e-mail addresses are compared without case
    std::string passwordHash;
    std::string role; // owner | manager | cashier
};

struct StaffMember {
    std::string id;
    std::string email;
    std::string role;
    std::string status;
    std::string passwordHash;

    // Without the hash: what the API shows.
    Poco::JSON::Object::Ptr toJson() const;
};

// The tenant's staff users. Adding one counts against the plan's staff limit.
class StaffAccounts {
public:
    // 409 conflict "email_taken" when the address is already a user of this tenant.
    static tp::domain::Result<void> insert(db::Connection& connection, const std::string& tenantId,
                                           const NewStaff& staff, std::int64_t now);
    static tp::domain::Result<std::optional<StaffMember>>
    findByEmail(db::Connection& connection, const std::string& tenantId, const std::string& email);
    static tp::domain::Result<std::optional<StaffMember>> findById(db::Connection& connection,
                                                                   const std::string& tenantId, const std::string& id);
};

} // namespace tp::server::identity
