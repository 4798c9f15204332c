#pragma once

#include <optional>
#include <string>

#include <Poco/JSON/Object.h>

#include "core/ServerContext.h"
#include "domain/core/Result.h"
#include "http/Principal.h"

namespace tp::server::identity {

// A staff member's role and access changed from the backoffice (PATCH /api/v1/staff/{id}).
// The owner changes managers and cashiers, a manager may only disable or enable cashiers, and
// nobody changes the owner or themselves (no shop locks itself out by a slip). Disabling takes
// effect everywhere: logins and refreshes are refused, the member's refresh tokens are revoked,
// and the registers learn it from the feed (register_staff) and refuse their PIN, offline
// too. A disabled member leaves the plan's staff count; enabling one takes a place again.
class StaffChanges {
public:
    explicit StaffChanges(ServerContext& context)
        : m_context(context) {}

    struct Change {
        std::optional<std::string> role;   // "manager" | "cashier"
        std::optional<std::string> status; // "active" | "disabled"
    };

    // The member as it is afterwards. 404 not_found, 403 forbidden (who may change whom),
    // 400 invalid_request (role, status), 403 plan_limit when enabling goes over the plan.
    tp::domain::Result<Poco::JSON::Object::Ptr> update(const http::Principal& caller, const std::string& staffId,
                                                       const Change& change);

private:
    ServerContext& m_context;
};

} // namespace tp::server::identity
