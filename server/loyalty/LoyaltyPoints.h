#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::loyalty {

// A customer's points (earned by domain::loyaltyPointsFor) in SQL, inside the caller's transaction.
class LoyaltyPoints {
public:
    using NewId = std::function<std::string()>;

    // Adds `delta` to the customer's points with its ledger row and publishes the balance to
    // the change feed as entity "loyalty" (id: the customer's) {"customer_id","points"}, so
    // registers show it offline. Answers the new balance.
    static tp::domain::Result<std::int64_t> book(db::Connection& connection, const std::string& tenantId,
                                                 const std::string& customerId, std::int64_t delta,
                                                 const std::string& reason, const std::optional<std::string>& orderId,
                                                 std::int64_t at, const NewId& newId, std::int64_t nowMillis);
};

} // namespace tp::server::loyalty
