#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "domain/core/Result.h"
#include "protocol/JsonFields.h"

namespace tp::server::orders {

struct OrderLine {
    std::string sku;
    std::int64_t qtyMilli = 0;  // negative for an item coming back in an exchange
    std::int64_t unitPrice = 0; // minor units per 1,000 qty_milli (per piece or per kg)
    std::int64_t discount = 0;
    std::int64_t tax = 0;
    std::int64_t total = 0;
};

struct OrderPayment {
    std::string method; // cash | card | gift_card | store_credit
    std::int64_t amount = 0;
    std::optional<std::string> reference; // the card terminal's, or a gift card's code
};

struct OrderTotals {
    std::int64_t subtotal = 0;
    std::int64_t discount = 0;
    std::int64_t tax = 0;
    std::int64_t total = 0;
};

// The coupon the register applied: its code as typed or scanned and what it took off in all
// (already inside the lines' discounts).
struct OrderCoupon {
    std::string code;
    std::int64_t discount = 0;
};

// An order as a register sends it in "order.create" (API.md): a finished sale, immutable.
struct PosOrder {
    std::string id;
    std::string number;
    std::string storeId;
    std::optional<std::string> registerId;
    std::optional<std::string> shiftId;
    std::optional<std::string> customerId;
    std::string channel = "pos";
    std::int64_t createdAt = 0; // unix ms, shop time
    std::string currency;
    std::vector<OrderLine> lines;
    std::vector<OrderPayment> payments;
    OrderTotals totals;
    std::optional<OrderCoupon> coupon; // "coupon": {"code","discount"}
};

// Reads the order's JSON; errors name the field ("data.lines[2].qty_milli").
tp::domain::Result<PosOrder> readPosOrder(const protocol::JsonFields& fields);

// Checks that the order adds up (API.md: an order whose totals do not add up is rejected):
// each line's total is its gross (qty × unit price, rounded either way to a minor unit) less
// its discount, plus its tax when the store's prices exclude tax; the totals are the sums of
// the lines; the payments sum to the total; a coupon took off no more than all the discounts. Messages name the first
// field that is off.
tp::domain::Result<void> checkOrderAddsUp(const PosOrder& order, bool pricesIncludeTax);

} // namespace tp::server::orders
