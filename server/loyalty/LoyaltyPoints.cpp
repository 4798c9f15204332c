#include "loyalty/LoyaltyPoints.h"

#include <Poco/JSON/Object.h>

#include "sync/ChangeLog.h"

namespace tp::server::loyalty {

using tp::domain::Result;

Result<std::int64_t> LoyaltyPoints::book(db::Connection& connection, const std::string& tenantId,
                                         const std::string& customerId, std::int64_t delta, const std::string& reason,
                                         const std::optional<std::string>& orderId, std::int64_t at, const NewId& newId,
                                         std::int64_t nowMillis) {
    auto moved = connection.execute("INSERT INTO loyalty_movements (tenant_id, id, customer_id, delta, reason, "
                                    "order_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                    {tenantId, newId(), customerId, delta, reason, db::sqlText(orderId), at});
    if (!moved)
        return moved.error();
    auto balance = connection.execute(
        "INSERT INTO loyalty_accounts (tenant_id, customer_id, points, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (tenant_id, customer_id) DO UPDATE SET points = loyalty_accounts.points + excluded.points, "
        "updated_at = excluded.updated_at RETURNING points",
        {tenantId, customerId, delta, nowMillis});
    if (!balance)
        return balance.error();
    const std::int64_t points = balance->first().integer(0);
    Poco::JSON::Object::Ptr published = new Poco::JSON::Object;
    published->set("customer_id", customerId);
    published->set("points", points);
    if (auto logged = sync::ChangeLog::publishUpsert(connection, tenantId, "loyalty", customerId, published, nowMillis);
        !logged)
        return logged.error();
    return points;
}

} // namespace tp::server::loyalty
