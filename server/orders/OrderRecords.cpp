#include "orders/OrderRecords.h"

#include <Poco/JSON/Array.h>

#include "core/Validation.h"
#include "domain/core/Timestamp.h"
#include "protocol/JsonText.h"
#include "protocol/Rfc3339.h"
#include "sync/ChangeLog.h"

namespace tp::server::orders {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

constexpr const char* kColumns = "id, number, store_id, register_id, shift_id, channel, status, currency, customer_id, "
                                 "total_amount, refunded_amount, flags, data, created_at, received_at, updated_at";

std::string rfc3339(std::int64_t millis) {
    return protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(millis));
}

Poco::Dynamic::Var optionalVar(const std::optional<std::string>& value) {
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

OrderRow rowFromSql(const db::SqlRow& row) {
    OrderRow order;
    order.id = row.text("id");
    order.number = row.text("number");
    order.storeId = row.text("store_id");
    order.registerId = row.optionalText("register_id");
    order.shiftId = row.optionalText("shift_id");
    order.customerId = row.optionalText("customer_id");
    order.channel = row.text("channel");
    order.status = row.text("status");
    order.currency = row.text("currency");
    order.totalAmount = row.integer("total_amount");
    order.refundedAmount = row.integer("refunded_amount");
    auto flags = protocol::parseJsonArray(row.text("flags"));
    order.flags = flags ? flags.value() : Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    auto stored = protocol::parseJsonObject(row.text("data"));
    order.data = stored ? stored.value() : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    order.createdAt = row.integer("created_at");
    order.receivedAt = row.integer("received_at");
    order.updatedAt = row.integer("updated_at");
    return order;
}

// The order without its history: what was sent, with the server's columns over it. The sent
// object itself is left as it was (a copy of its top level takes the columns).
Poco::JSON::Object::Ptr orderJson(const OrderRow& row) {
    Poco::JSON::Object::Ptr order = row.data ? Poco::JSON::Object::Ptr(new Poco::JSON::Object(*row.data))
                                             : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    order->set("id", row.id);
    order->set("number", row.number);
    order->set("store_id", row.storeId);
    order->set("register_id", optionalVar(row.registerId));
    order->set("shift_id", optionalVar(row.shiftId));
    order->set("customer_id", optionalVar(row.customerId));
    order->set("channel", row.channel);
    order->set("status", row.status);
    order->set("currency", row.currency);
    order->set("refunded_amount", row.refundedAmount);
    order->set("flags", row.flags ? row.flags : Poco::JSON::Array::Ptr(new Poco::JSON::Array));
    order->set("created_at", rfc3339(row.createdAt));
    order->set("received_at", rfc3339(row.receivedAt));
    order->set("updated_at", rfc3339(row.updatedAt));
    return order;
}

Poco::JSON::Object::Ptr eventJson(const OrderEvent& event) {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", event.id);
    json->set("kind", event.kind);
    json->set("status", event.status.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(event.status));
    json->set("data", event.data ? event.data : Poco::JSON::Object::Ptr(new Poco::JSON::Object));
    json->set("actor", event.actor);
    json->set("at", rfc3339(event.occurredAt));
    return json;
}

Result<Poco::JSON::Object::Ptr> appendToFeed(db::Connection& connection, const std::string& tenantId,
                                             const Poco::JSON::Object::Ptr& order, const std::string& storeId,
                                             std::int64_t now) {
    auto appended = sync::ChangeLog::append(connection, tenantId, "order", order->getValue<std::string>("id"),
                                            sync::ChangeLog::Op::Upsert, order, now, storeId);
    if (!appended)
        return appended.error();
    return order;
}

} // namespace

Result<Poco::JSON::Object::Ptr> OrderRecords::load(db::Connection& connection, const std::string& tenantId,
                                                   const std::string& orderId) {
    if (!looksLikeId(orderId))
        return makeError("not_found", "no order with id " + orderId);
    auto rows = connection.execute(std::string("SELECT ") + kColumns + " FROM orders WHERE tenant_id = ? AND id = ?",
                                   {tenantId, orderId});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError("not_found", "no order with id " + orderId);
    const OrderRow row = rowFromSql(rows->first());
    Poco::JSON::Object::Ptr order = orderJson(row);
    auto events = connection.execute("SELECT id, kind, status, data, actor, occurred_at FROM order_events "
                                     "WHERE tenant_id = ? AND order_id = ? ORDER BY occurred_at, id",
                                     {tenantId, orderId});
    if (!events)
        return events.error();
    Poco::JSON::Array::Ptr history = new Poco::JSON::Array;
    for (const auto& event : events->rows()) {
        auto data = protocol::parseJsonObject(event.text(3));
        history->add(eventJson({event.text(0), orderId, event.text(1), event.optionalText(2).value_or(""),
                                data ? data.value() : Poco::JSON::Object::Ptr(new Poco::JSON::Object), event.text(4),
                                event.integer(5)}));
    }
    order->set("history", history);
    return order;
}

Result<void> OrderRecords::addEvent(db::Connection& connection, const std::string& tenantId, const OrderEvent& event,
                                    std::int64_t now) {
    auto inserted = connection.execute(
        "INSERT INTO order_events (tenant_id, id, order_id, kind, status, data, actor, occurred_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {tenantId, event.id, event.orderId, event.kind,
         event.status.empty() ? db::SqlValue() : db::SqlValue(event.status),
         event.data ? protocol::toJsonText(event.data) : std::string("{}"), event.actor, event.occurredAt, now});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<void> OrderRecords::insert(db::Connection& connection, const std::string& tenantId, const OrderRow& row) {
    auto inserted = connection.execute(
        "INSERT INTO orders (tenant_id, id, number, store_id, register_id, shift_id, channel, status, currency, "
        "customer_id, total_amount, refunded_amount, flags, data, created_at, received_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {tenantId, row.id, row.number, row.storeId, db::sqlText(row.registerId), db::sqlText(row.shiftId), row.channel,
         row.status, row.currency, db::sqlText(row.customerId), row.totalAmount, row.refundedAmount,
         row.flags ? protocol::toJsonText(row.flags) : std::string("[]"), row.dataText, row.createdAt, row.receivedAt,
         row.updatedAt});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<Poco::JSON::Object::Ptr> OrderRecords::publish(db::Connection& connection, const std::string& tenantId,
                                                      const std::string& orderId, std::int64_t now) {
    auto order = load(connection, tenantId, orderId);
    if (!order)
        return order.error();
    return appendToFeed(connection, tenantId, order.value(), order.value()->getValue<std::string>("store_id"), now);
}

Result<Poco::JSON::Object::Ptr> OrderRecords::publishCreated(db::Connection& connection, const std::string& tenantId,
                                                             const OrderRow& row, const OrderEvent& created,
                                                             std::int64_t now) {
    Poco::JSON::Object::Ptr order = orderJson(row);
    Poco::JSON::Array::Ptr history = new Poco::JSON::Array;
    history->add(eventJson(created));
    order->set("history", history);
    return appendToFeed(connection, tenantId, order, row.storeId, now);
}

Result<std::vector<ListedOrder>> OrderRecords::list(db::Connection& connection, const std::string& tenantId,
                                                    const OrderQuery& query) {
    std::string sql = std::string("SELECT ") + kColumns + " FROM orders WHERE tenant_id = ?";
    db::SqlParams params{tenantId};
    if (query.page.cursor) {
        const auto colon = query.page.cursor->find(':');
        if (colon == std::string::npos)
            return makeError("invalid_request", "cursor is not one this server handed out");
        std::int64_t at = 0;
        try {
            at = std::stoll(query.page.cursor->substr(0, colon));
        } catch (const std::exception&) {
            return makeError("invalid_request", "cursor is not one this server handed out");
        }
        sql += " AND (created_at < ? OR (created_at = ? AND id < ?))";
        params.insert(params.end(), {at, at, query.page.cursor->substr(colon + 1)});
    }
    for (const auto& [column, value] : {std::pair<const char*, const std::string*>{"channel", &query.channel},
                                        {"status", &query.status},
                                        {"store_id", &query.storeId}}) {
        if (value->empty())
            continue;
        sql += std::string(" AND ") + column + " = ?";
        params.emplace_back(*value);
    }
    if (!query.q.empty()) {
        sql += " AND number >= ? AND number < ?";
        params.insert(params.end(), {query.q, query.q + "\x7f"});
    }
    sql += " ORDER BY created_at DESC, id DESC LIMIT ?";
    params.emplace_back(std::int64_t{query.page.limit});
    auto rows = connection.execute(sql, params);
    if (!rows)
        return rows.error();
    std::vector<ListedOrder> orders;
    for (const auto& row : rows->rows())
        orders.push_back(
            {orderJson(rowFromSql(row)), std::to_string(row.integer("created_at")) + ":" + row.text("id")});
    return orders;
}

} // namespace tp::server::orders
