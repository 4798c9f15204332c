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

Poco::Dynamic::Var optionalText(const db::SqlRow& row, const char* column) {
    const auto value = row.optionalText(column);
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

// The order without its history, from its row.
Poco::JSON::Object::Ptr orderFromRow(const db::SqlRow& row) {
    auto stored = protocol::parseJsonObject(row.text("data"));
    Poco::JSON::Object::Ptr order = stored ? stored.value() : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    order->set("id", row.text("id"));
    order->set("number", row.text("number"));
    order->set("store_id", row.text("store_id"));
    order->set("register_id", optionalText(row, "register_id"));
    order->set("shift_id", optionalText(row, "shift_id"));
    order->set("customer_id", optionalText(row, "customer_id"));
    order->set("channel", row.text("channel"));
    order->set("status", row.text("status"));
    order->set("currency", row.text("currency"));
    order->set("refunded_amount", row.integer("refunded_amount"));
    auto flags = protocol::parseJsonArray(row.text("flags"));
    order->set("flags", flags ? flags.value() : Poco::JSON::Array::Ptr(new Poco::JSON::Array));
    order->set("created_at", rfc3339(row.integer("created_at")));
    order->set("received_at", rfc3339(row.integer("received_at")));
    order->set("updated_at", rfc3339(row.integer("updated_at")));
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
    Poco::JSON::Object::Ptr order = orderFromRow(rows->first());
    auto events = connection.execute("SELECT id, kind, status, data, actor, occurred_at FROM order_events "
                                     "WHERE tenant_id = ? AND order_id = ? ORDER BY occurred_at, id",
                                     {tenantId, orderId});
    if (!events)
        return events.error();
    Poco::JSON::Array::Ptr history = new Poco::JSON::Array;
    for (const auto& row : events->rows()) {
        Poco::JSON::Object::Ptr event = new Poco::JSON::Object;
        event->set("id", row.text(0));
        event->set("kind", row.text(1));
        event->set("status", row.isNull(2) ? Poco::Dynamic::Var() : Poco::Dynamic::Var(row.text(2)));
        auto data = protocol::parseJsonObject(row.text(3));
        event->set("data", data ? data.value() : Poco::JSON::Object::Ptr(new Poco::JSON::Object));
        event->set("actor", row.text(4));
        event->set("at", rfc3339(row.integer(5)));
        history->add(event);
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

Result<Poco::JSON::Object::Ptr> OrderRecords::publish(db::Connection& connection, const std::string& tenantId,
                                                      const std::string& orderId, std::int64_t now) {
    auto order = load(connection, tenantId, orderId);
    if (!order)
        return order.error();
    auto appended = sync::ChangeLog::append(connection, tenantId, "order", orderId, sync::ChangeLog::Op::Upsert,
                                            order.value(), now, order.value()->getValue<std::string>("store_id"));
    if (!appended)
        return appended.error();
    return order;
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
        orders.push_back({orderFromRow(row), std::to_string(row.integer("created_at")) + ":" + row.text("id")});
    return orders;
}

} // namespace tp::server::orders
