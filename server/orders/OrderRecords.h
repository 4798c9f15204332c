#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "core/Pagination.h"
#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::orders {

// One thing that happened to an order after it was made (ARCHITECTURE.md, Sync rule 5).
struct OrderEvent {
    std::string id;
    std::string orderId;
    std::string kind;   // created | status | refund | note
    std::string status; // the status it led to ("" for notes)
    Poco::JSON::Object::Ptr data;
    std::string actor;
    std::int64_t occurredAt = 0;
};

// A listed order and the key the next page's cursor continues from.
struct ListedOrder {
    Poco::JSON::Object::Ptr order;
    std::string cursorKey; // "<created_at ms>:<id>"
};

struct OrderQuery {
    std::string channel;
    std::string status;
    std::string storeId;
    std::string q; // order number prefix
    PageRequest page;
};

// Orders in SQL: the row (what the register sent, plus the columns lists filter on) and its
// events. Everything runs inside the caller's transaction.
class OrderRecords {
public:
    // The order as the API shows it: the stored order, its current status, refunded amount,
    // flags and the history of events. not_found when there is none.
    static tp::domain::Result<Poco::JSON::Object::Ptr> load(db::Connection& connection, const std::string& tenantId,
                                                            const std::string& orderId);
    static tp::domain::Result<void> addEvent(db::Connection& connection, const std::string& tenantId,
                                             const OrderEvent& event, std::int64_t now);
    // Sends the order's current form to the change log (entity "order", its store's).
    static tp::domain::Result<Poco::JSON::Object::Ptr> publish(db::Connection& connection, const std::string& tenantId,
                                                               const std::string& orderId, std::int64_t now);
    // Newest first (without history).
    static tp::domain::Result<std::vector<ListedOrder>> list(db::Connection& connection, const std::string& tenantId,
                                                             const OrderQuery& query);
};

} // namespace tp::server::orders
