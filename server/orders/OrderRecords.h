#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Array.h>
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

// An order's row: what the register sent (data, and dataText, the same as stored) and the
// columns lists filter on.
struct OrderRow {
    std::string id;
    std::string number;
    std::string storeId;
    std::optional<std::string> registerId;
    std::optional<std::string> shiftId;
    std::optional<std::string> customerId;
    std::string channel;
    std::string status;
    std::string currency;
    std::int64_t totalAmount = 0;
    std::int64_t refundedAmount = 0;
    Poco::JSON::Array::Ptr flags;
    Poco::JSON::Object::Ptr data;
    std::string dataText;
    std::int64_t createdAt = 0;
    std::int64_t receivedAt = 0;
    std::int64_t updatedAt = 0;
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
    // Inserts a new order's row; a number the store used already is a unique_violation.
    static tp::domain::Result<void> insert(db::Connection& connection, const std::string& tenantId,
                                           const OrderRow& row);
    static tp::domain::Result<void> addEvent(db::Connection& connection, const std::string& tenantId,
                                             const OrderEvent& event, std::int64_t now);
    // Sends the order's current form to the change log (entity "order", its store's).
    static tp::domain::Result<Poco::JSON::Object::Ptr> publish(db::Connection& connection, const std::string& tenantId,
                                                               const std::string& orderId, std::int64_t now);
    // The same for an order just inserted with its one "created" event, built from what was
    // written rather than read back: what the feed shows is what load() would answer.
    static tp::domain::Result<Poco::JSON::Object::Ptr> publishCreated(db::Connection& connection,
                                                                      const std::string& tenantId, const OrderRow& row,
                                                                      const OrderEvent& created, std::int64_t now);
    // Newest first (without history).
    static tp::domain::Result<std::vector<ListedOrder>> list(db::Connection& connection, const std::string& tenantId,
                                                             const OrderQuery& query);
};

} // namespace tp::server::orders
