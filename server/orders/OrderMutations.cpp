#include "orders/OrderMutations.h"

#include <Poco/JSON/Array.h>

#include "core/Validation.h"
#include "coupons/OrderCouponUse.h"
#include "domain/money/Currency.h"
#include "domain/orders/OrderLifecycle.h"
#include "domain/pricing/LoyaltyPoints.h"
#include "inventory/Inventory.h"
#include "loyalty/LoyaltyPoints.h"
#include "orders/OrderRecords.h"
#include "orders/PosOrder.h"
#include "protocol/JsonText.h"
#include "protocol/Rfc3339.h"
#include "storedvalue/OrderStoredValue.h"

namespace tp::server::orders {

using protocol::invalidField;
using protocol::JsonFields;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

using JsonResult = Result<Poco::JSON::Object::Ptr>;

struct StoreFacts {
    std::string currency;
    bool pricesIncludeTax = true;
    std::int64_t loyaltyPointsPerUnit = 0;
};

Result<StoreFacts> storeFacts(db::Connection& connection, const std::string& tenantId, const std::string& storeId) {
    if (!looksLikeId(storeId))
        return makeError("not_found", "data.store_id: no store with id " + storeId);
    auto rows = connection.execute(
        "SELECT currency, prices_include_tax, loyalty_points_per_unit FROM stores WHERE tenant_id = ? AND id = ?",
        {tenantId, storeId});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError("not_found", "data.store_id: no store with id " + storeId);
    return StoreFacts{rows->first().text(0), rows->first().integer(1) != 0, rows->first().integer(2)};
}

// Points for money paid or given back at a store, booked on the customer (none without one or
// at a store without loyalty). Answers the points moved.
Result<std::int64_t> bookLoyalty(sync::MutationScope& scope, const std::optional<std::string>& customerId,
                                 const StoreFacts& store, std::int64_t amount, const std::string& reason,
                                 const std::string& orderId, std::int64_t at) {
    if (!customerId || store.loyaltyPointsPerUnit <= 0)
        return std::int64_t{0};
    auto currency = tp::domain::Currency::fromCode(store.currency);
    if (!currency)
        return currency.error();
    const std::int64_t points =
        tp::domain::loyaltyPointsFor(amount, store.loyaltyPointsPerUnit, currency->minorPerMajor());
    if (points == 0)
        return std::int64_t{0};
    auto booked = loyalty::LoyaltyPoints::book(
        scope.connection, scope.pusher.tenantId, *customerId, points, reason, orderId, at,
        [&scope] { return scope.newId(); }, scope.now);
    if (!booked)
        return booked.error();
    return points;
}

Result<std::int64_t> optionalTimeOr(const JsonFields& fields, const std::string& name, std::int64_t fallback) {
    auto at = protocol::optionalTime(fields, name);
    if (!at)
        return at.error();
    return at.value().value_or(fallback);
}

// Moves stock for an order's line through the ledger. The order's mutation is claimed
// already (sync_mutations), so the line needs no idempotency answer of its own.
Result<void> moveStock(sync::MutationScope& scope, const std::string& movementId, const std::string& storeId,
                       const inventory::Item& item, std::int64_t deltaMilli, const std::string& reason,
                       std::int64_t occurredAt) {
    const inventory::MovementRequest movement{movementId, storeId, item.sku, deltaMilli, reason, occurredAt};
    auto moved = inventory::Inventory::applyClaimedMovement(
        scope.connection, scope.pusher.tenantId, scope.actor, movement, item, [&scope] { return scope.newId(); },
        scope.now);
    if (!moved)
        return moved.error();
    return {};
}

// Attaches an order to its shift: creates the shift's row when this is its first news, and
// counts the order as late when the shift was closed already. True when late.
Result<bool> attachToShift(sync::MutationScope& scope, const PosOrder& order) {
    const std::string& tenantId = scope.pusher.tenantId;
    auto rows = scope.connection.execute("SELECT status, store_id FROM shifts WHERE tenant_id = ? AND id = ?",
                                         {tenantId, *order.shiftId});
    if (!rows)
        return rows.error();
    if (rows->empty()) {
        auto created = scope.connection.execute(
            "INSERT INTO shifts (tenant_id, id, store_id, register_id, status, opened_at, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, 'open', NULL, ?, ?)",
            {tenantId, *order.shiftId, order.storeId, db::sqlText(order.registerId), scope.now, scope.now});
        if (!created)
            return created.error();
        return false;
    }
    if (rows->first().text(1) != order.storeId)
        return invalidField("data.shift_id", "names a shift of another store");
    if (rows->first().text(0) != "closed")
        return false;
    auto counted = scope.connection.execute(
        "UPDATE shifts SET late_orders = late_orders + 1, updated_at = ? WHERE tenant_id = ? AND id = ?",
        {scope.now, tenantId, *order.shiftId});
    if (!counted)
        return counted.error();
    return true;
}

JsonResult createOrder(sync::MutationScope& scope) {
    const std::string& tenantId = scope.pusher.tenantId;
    const JsonFields fields(scope.mutation.data, "data");
    auto order = readPosOrder(fields);
    if (!order)
        return order.error();
    if (auto allowed = scope.checkStoreAllowed(order->storeId, "data.store_id"); !allowed)
        return allowed.error();
    auto store = storeFacts(scope.connection, tenantId, order->storeId);
    if (!store)
        return store.error();
    if (order->currency != store->currency)
        return invalidField("data.currency", "is " + order->currency + " but the store sells in " + store->currency);
    if (auto addsUp = checkOrderAddsUp(order.value(), store->pricesIncludeTax); !addsUp)
        return addsUp.error();
    auto existing =
        scope.connection.execute("SELECT number FROM orders WHERE tenant_id = ? AND id = ?", {tenantId, order->id});
    if (!existing)
        return existing.error();
    if (!existing->empty())
        return makeError("conflict", "data.id: order " + order->id + " exists already (sent with another mutation_id)");

    Poco::JSON::Array::Ptr flags = new Poco::JSON::Array;
    Poco::JSON::Array::Ptr unknownSkus = new Poco::JSON::Array;
    for (std::size_t i = 0; i < order->lines.size(); ++i) {
        const OrderLine& line = order->lines[i];
        auto item = inventory::Inventory::lookupSku(scope.connection, tenantId, line.sku);
        if (!item)
            return item.error();
        if (!item.value()) {
            unknownSkus->add(line.sku);
            continue;
        }
        // Sold items leave (-qty); items coming back in an exchange return (+qty).
        const std::string reason = line.qtyMilli > 0 ? "sale" : "refund";
        if (auto moved = moveStock(scope, "o:" + order->id + ":" + std::to_string(i), order->storeId, *item.value(),
                                   -line.qtyMilli, reason, order->createdAt);
            !moved)
            return moved.error();
    }
    if (unknownSkus->size() > 0)
        flags->add("unknown_sku");
    if (order->coupon) {
        const coupons::OrderCouponUse use{order->id,
                                          order->customerId,
                                          order->coupon->code,
                                          order->coupon->discount,
                                          order->totals.subtotal - (order->totals.discount - order->coupon->discount),
                                          order->currency,
                                          order->createdAt};
        auto flag = coupons::bookOrderCoupon(scope.connection, tenantId, use, scope.now);
        if (!flag)
            return flag.error();
        if (flag.value())
            flags->add(*flag.value());
    }
    std::vector<storedvalue::StoredValuePayment> storedValue;
    for (std::size_t i = 0; i < order->payments.size(); ++i) {
        const OrderPayment& payment = order->payments[i];
        if (payment.method == "gift_card" || payment.method == "store_credit")
            storedValue.push_back({payment.method, payment.amount, payment.reference,
                                   "data.payments[" + std::to_string(i) + "].reference"});
    }
    if (!storedValue.empty()) {
        const storedvalue::StoredValueOrder owner{order->id, order->customerId, order->currency, order->createdAt};
        auto booked = storedvalue::bookStoredValuePayments(
            scope.connection, tenantId, owner, storedValue, -1, [&scope] { return scope.newId(); }, scope.now);
        if (!booked)
            return booked.error();
        for (const std::string& name : booked.value())
            flags->add(name);
    }
    auto points = bookLoyalty(scope, order->customerId, store.value(), order->totals.total,
                              order->totals.total >= 0 ? "earned" : "returned", order->id, order->createdAt);
    if (!points)
        return points.error();
    if (order->shiftId) {
        auto late = attachToShift(scope, order.value());
        if (!late)
            return late.error();
        if (late.value())
            flags->add("late_for_closed_shift");
    }

    const std::string status = "completed"; // paid at the counter and the goods went with the customer
    OrderRow row;
    row.id = order->id;
    row.number = order->number;
    row.storeId = order->storeId;
    row.registerId = order->registerId;
    row.shiftId = order->shiftId;
    row.customerId = order->customerId;
    row.channel = "pos";
    row.status = status;
    row.currency = order->currency;
    row.totalAmount = order->totals.total;
    row.flags = flags;
    row.data = scope.mutation.data;
    row.dataText = scope.dataText;
    row.createdAt = order->createdAt;
    row.receivedAt = scope.now;
    row.updatedAt = scope.now;
    if (auto inserted = OrderRecords::insert(scope.connection, tenantId, row); !inserted) {
        if (inserted.error().code == "unique_violation")
            return makeError("conflict", "data.number: the store already has an order numbered " + order->number);
        return inserted.error();
    }
    Poco::JSON::Object::Ptr createdData = new Poco::JSON::Object;
    if (unknownSkus->size() > 0)
        createdData->set("unknown_skus", unknownSkus);
    const OrderEvent created{scope.newId(), order->id, "created", status, createdData, scope.actor, order->createdAt};
    if (auto event = OrderRecords::addEvent(scope.connection, tenantId, created, scope.now); !event)
        return event.error();
    if (auto published = OrderRecords::publishCreated(scope.connection, tenantId, row, created, scope.now); !published)
        return published.error();

    Poco::JSON::Object::Ptr result = new Poco::JSON::Object;
    result->set("order_id", order->id);
    result->set("number", order->number);
    result->set("status", status);
    result->set("flags", flags);
    if (unknownSkus->size() > 0)
        result->set("unknown_skus", unknownSkus);
    if (points.value() != 0)
        result->set("loyalty_points", points.value());
    return result;
}

struct StoredOrder {
    std::string storeId;
    std::string channel;
    std::string status;
    std::int64_t total = 0;
    std::int64_t refunded = 0;
    std::optional<std::string> customerId;
    std::string currency;
};

Result<StoredOrder> storedOrder(sync::MutationScope& scope, const std::string& orderId) {
    if (!looksLikeId(orderId))
        return makeError("not_found", "data.order_id: no order with id " + orderId);
    auto rows = scope.connection.execute(
        "SELECT store_id, channel, status, total_amount, refunded_amount, customer_id, currency FROM orders "
        "WHERE tenant_id = ? AND id = ?",
        {scope.pusher.tenantId, orderId});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError("not_found", "data.order_id: no order with id " + orderId);
    const auto& row = rows->first();
    StoredOrder order{row.text(0),    row.text(1),    row.text(2),
                      row.integer(3), row.integer(4), row.isNull(5) ? std::nullopt : std::optional(row.text(5)),
                      row.text(6)};
    if (auto allowed = scope.checkStoreAllowed(order.storeId, "data.order_id"); !allowed)
        return allowed.error();
    return order;
}

Result<tp::domain::OrderStatus> nextStatus(const StoredOrder& order, const std::string& wanted) {
    auto from = tp::domain::orderStatusFromString(order.status);
    auto to = tp::domain::orderStatusFromString(wanted);
    auto channel = tp::domain::orderChannelFromString(order.channel);
    if (!from || !channel)
        return makeError("database_error", "the order's stored status or channel is unknown");
    if (!to)
        return invalidField("data.status", "\"" + wanted + "\" is not an order status");
    auto moved = tp::domain::OrderLifecycle::transition(channel.value(), from.value(), to.value());
    if (!moved)
        return makeError("illegal_transition", moved.error().message);
    return moved;
}

Result<void> setStatus(sync::MutationScope& scope, const std::string& orderId, const std::string& status,
                       std::int64_t refundedAmount) {
    auto updated = scope.connection.execute(
        "UPDATE orders SET status = ?, refunded_amount = ?, updated_at = ? WHERE tenant_id = ? AND id = ?",
        {status, refundedAmount, scope.now, scope.pusher.tenantId, orderId});
    if (!updated)
        return updated.error();
    return {};
}

JsonResult refundOrder(sync::MutationScope& scope) {
    const std::string& tenantId = scope.pusher.tenantId;
    const JsonFields fields(scope.mutation.data, "data");
    auto orderId = fields.requiredString("order_id", 64);
    if (!orderId)
        return orderId.error();
    auto order = storedOrder(scope, orderId.value());
    if (!order)
        return order.error();
    auto restock = fields.optionalBool("restock");
    if (!restock)
        return restock.error();
    auto reason = fields.optionalString("reason", 500);
    if (!reason)
        return reason.error();
    auto at = optionalTimeOr(fields, "created_at", scope.now);
    if (!at)
        return at.error();
    std::int64_t paidBack = 0;
    std::vector<storedvalue::StoredValuePayment> storedValue;
    auto paymentCount = fields.forEachObject("payments", [&](const JsonFields& payment) -> Result<void> {
        auto method = payment.requiredString("method", 32);
        if (!method)
            return method.error();
        auto amount = payment.requiredInteger("amount");
        if (!amount)
            return amount.error();
        if (amount.value() <= 0)
            return invalidField(payment.pathOf("amount"), "must be positive (the money given back)");
        auto reference = payment.optionalString("reference", 64);
        if (!reference)
            return reference.error();
        if (method.value() == "gift_card" || method.value() == "store_credit")
            storedValue.push_back({method.value(), amount.value(), reference.value(), payment.pathOf("reference")});
        paidBack += amount.value();
        return {};
    });
    if (!paymentCount)
        return paymentCount.error();
    if (paymentCount.value() == 0)
        return invalidField("data.payments", "must say how the money went back");
    if (paidBack > order->total - order->refunded)
        return invalidField("data.payments", "give back " + std::to_string(paidBack) + " but only " +
                                                 std::to_string(order->total - order->refunded) +
                                                 " of the order is left to refund");
    std::int64_t linesAmount = 0;
    const std::string refundId = scope.newId();
    std::size_t lineIndex = 0;
    auto lineCount = fields.forEachObject("lines", [&](const JsonFields& line) -> Result<void> {
        const std::size_t i = lineIndex++;
        auto sku = line.requiredString("sku", 64);
        if (!sku)
            return sku.error();
        auto qty = line.requiredInteger("qty_milli");
        if (!qty)
            return qty.error();
        if (qty.value() <= 0)
            return invalidField(line.pathOf("qty_milli"), "must be positive (the quantity coming back)");
        auto amount = line.requiredInteger("amount");
        if (!amount)
            return amount.error();
        linesAmount += amount.value();
        if (!restock.value().value_or(true))
            return {};
        auto item = inventory::Inventory::lookupSku(scope.connection, tenantId, sku.value());
        if (!item)
            return item.error();
        if (!item.value()) // an item the catalog does not know cannot go back on its shelf
            return {};
        return moveStock(scope, "r:" + refundId + ":" + std::to_string(i), order->storeId, *item.value(), qty.value(),
                         "refund", at.value());
    });
    if (!lineCount)
        return lineCount.error();
    if (lineCount.value() > 0 && linesAmount != paidBack)
        return invalidField("data.lines", "add up to " + std::to_string(linesAmount) + " but the payments give back " +
                                              std::to_string(paidBack));
    // Money back onto a gift card or the customer's store credit is booked on its account.
    if (!storedValue.empty()) {
        const storedvalue::StoredValueOrder owner{orderId.value(), order->customerId, order->currency, at.value()};
        auto booked = storedvalue::bookStoredValuePayments(
            scope.connection, tenantId, owner, storedValue, +1, [&scope] { return scope.newId(); }, scope.now);
        if (!booked)
            return booked.error();
    }
    // The points the money earned go back with it.
    if (order->customerId) {
        auto store = storeFacts(scope.connection, tenantId, order->storeId);
        if (!store)
            return store.error();
        if (auto points = bookLoyalty(scope, order->customerId, store.value(), -paidBack, "refunded", orderId.value(),
                                      at.value());
            !points)
            return points.error();
    }
    const std::int64_t refunded = order->refunded + paidBack;
    auto status = nextStatus(order.value(), refunded == order->total ? "refunded" : "partially_refunded");
    if (!status)
        return status.error();
    const std::string statusName(tp::domain::toString(status.value()));
    if (auto set = setStatus(scope, orderId.value(), statusName, refunded); !set)
        return set.error();
    if (auto event = OrderRecords::addEvent(
            scope.connection, tenantId,
            {refundId, orderId.value(), "refund", statusName, scope.mutation.data, scope.actor, at.value()}, scope.now);
        !event)
        return event.error();
    if (auto published = OrderRecords::publish(scope.connection, tenantId, orderId.value(), scope.now); !published)
        return published.error();
    Poco::JSON::Object::Ptr result = new Poco::JSON::Object;
    result->set("order_id", orderId.value());
    result->set("refund_id", refundId);
    result->set("status", statusName);
    result->set("refunded_amount", refunded);
    return result;
}

JsonResult changeStatus(sync::MutationScope& scope) {
    const JsonFields fields(scope.mutation.data, "data");
    auto orderId = fields.requiredString("order_id", 64);
    if (!orderId)
        return orderId.error();
    auto wanted = fields.requiredString("status", 32);
    if (!wanted)
        return wanted.error();
    auto tracking = fields.optionalString("tracking", 200);
    if (!tracking)
        return tracking.error();
    auto order = storedOrder(scope, orderId.value());
    if (!order)
        return order.error();
    if (wanted.value() == "refunded" || wanted.value() == "partially_refunded")
        return invalidField("data.status", "refunds are order.refund mutations, with the money they give back");
    auto status = nextStatus(order.value(), wanted.value());
    if (!status)
        return status.error();
    if (auto set = setStatus(scope, orderId.value(), wanted.value(), order->refunded); !set)
        return set.error();
    if (auto event = OrderRecords::addEvent(
            scope.connection, scope.pusher.tenantId,
            {scope.newId(), orderId.value(), "status", wanted.value(), scope.mutation.data, scope.actor, scope.now},
            scope.now);
        !event)
        return event.error();
    if (auto published = OrderRecords::publish(scope.connection, scope.pusher.tenantId, orderId.value(), scope.now);
        !published)
        return published.error();
    Poco::JSON::Object::Ptr result = new Poco::JSON::Object;
    result->set("order_id", orderId.value());
    result->set("status", wanted.value());
    return result;
}

JsonResult addNote(sync::MutationScope& scope) {
    const JsonFields fields(scope.mutation.data, "data");
    auto orderId = fields.requiredString("order_id", 64);
    if (!orderId)
        return orderId.error();
    auto text = fields.requiredString("text", 4000);
    if (!text)
        return text.error();
    if (text.value().empty())
        return invalidField("data.text", "must not be empty");
    auto order = storedOrder(scope, orderId.value());
    if (!order)
        return order.error();
    const std::string noteId = scope.newId();
    if (auto event = OrderRecords::addEvent(
            scope.connection, scope.pusher.tenantId,
            {noteId, orderId.value(), "note", "", scope.mutation.data, scope.actor, scope.now}, scope.now);
        !event)
        return event.error();
    if (auto published = OrderRecords::publish(scope.connection, scope.pusher.tenantId, orderId.value(), scope.now);
        !published)
        return published.error();
    Poco::JSON::Object::Ptr result = new Poco::JSON::Object;
    result->set("order_id", orderId.value());
    result->set("note_id", noteId);
    return result;
}

JsonResult closeShift(sync::MutationScope& scope) {
    const std::string& tenantId = scope.pusher.tenantId;
    const JsonFields fields(scope.mutation.data, "data");
    auto shiftId = fields.requiredString("shift_id", 64);
    if (!shiftId)
        return shiftId.error();
    if (!looksLikeId(shiftId.value()))
        return invalidField("data.shift_id", "must be an id (UUID text) made by the register");
    auto storeId = fields.requiredString("store_id", 64);
    if (!storeId)
        return storeId.error();
    if (auto allowed = scope.checkStoreAllowed(storeId.value(), "data.store_id"); !allowed)
        return allowed.error();
    if (auto store = storeFacts(scope.connection, tenantId, storeId.value()); !store)
        return store.error();
    auto registerId = fields.optionalString("register_id", 64);
    if (!registerId)
        return registerId.error();
    auto openedAt = optionalTimeOr(fields, "opened_at", 0);
    if (!openedAt)
        return openedAt.error();
    auto closedAt = optionalTimeOr(fields, "closed_at", scope.now);
    if (!closedAt)
        return closedAt.error();
    auto report = fields.requiredObject("z_report");
    if (!report)
        return report.error();

    auto rows = scope.connection.execute("SELECT status, store_id FROM shifts WHERE tenant_id = ? AND id = ?",
                                         {tenantId, shiftId.value()});
    if (!rows)
        return rows.error();
    const std::string reportText = protocol::toJsonText(report.value());
    const db::SqlValue opened = openedAt.value() > 0 ? db::SqlValue(openedAt.value()) : db::SqlValue();
    if (rows->empty()) {
        auto created = scope.connection.execute(
            "INSERT INTO shifts (tenant_id, id, store_id, register_id, status, opened_at, closed_at, z_report, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, 'closed', ?, ?, ?, ?, ?)",
            {tenantId, shiftId.value(), storeId.value(), db::sqlText(registerId.value()), opened, closedAt.value(),
             reportText, scope.now, scope.now});
        if (!created)
            return created.error();
    } else {
        if (rows->first().text(1) != storeId.value())
            return invalidField("data.store_id", "is not the store of shift " + shiftId.value());
        if (rows->first().text(0) == "closed")
            return makeError("conflict", "data.shift_id: shift " + shiftId.value() + " is closed already");
        auto closed = scope.connection.execute(
            "UPDATE shifts SET status = 'closed', opened_at = COALESCE(?, opened_at), closed_at = ?, z_report = ?, "
            "register_id = COALESCE(register_id, ?), updated_at = ? WHERE tenant_id = ? AND id = ?",
            {opened, closedAt.value(), reportText, db::sqlText(registerId.value()), scope.now, tenantId,
             shiftId.value()});
        if (!closed)
            return closed.error();
    }
    auto orders = scope.connection.execute("SELECT COUNT(*) FROM orders WHERE tenant_id = ? AND shift_id = ?",
                                           {tenantId, shiftId.value()});
    if (!orders)
        return orders.error();
    Poco::JSON::Object::Ptr result = new Poco::JSON::Object;
    result->set("shift_id", shiftId.value());
    result->set("status", "closed");
    result->set("orders_received", orders->first().integer(0));
    return result;
}

} // namespace

void registerOrderMutations(sync::MutationRegistry& registry) {
    registry.add("order.create", createOrder);
    registry.add("order.refund", refundOrder);
    registry.add("order.status", changeStatus);
    registry.add("note.add", addNote);
    registry.add("shift.close", closeShift);
}

} // namespace tp::server::orders
