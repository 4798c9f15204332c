#include "orders/PosOrder.h"

#include <Poco/JSON/Array.h>

#include "core/Validation.h"
#include "domain/core/Int128.h"
#include "protocol/Rfc3339.h"

namespace tp::server::orders {

using protocol::invalidField;
using protocol::JsonFields;
using tp::domain::Result;

namespace {

// Far beyond any till (10^13 minor units, 10^12 thousandths) and far below where the sums and
// the qty × price product (< 2^127 via __int128) could overflow.
constexpr std::int64_t kMaxAmount = 10'000'000'000'000;
constexpr std::int64_t kMaxQuantityMilli = 1'000'000'000'000;

Result<std::int64_t> amount(const JsonFields& fields, const std::string& name) {
    auto value = fields.requiredInteger(name);
    if (!value)
        return value.error();
    if (value.value() > kMaxAmount || value.value() < -kMaxAmount)
        return invalidField(fields.pathOf(name), "is beyond ±" + std::to_string(kMaxAmount) + " minor units");
    return value;
}

Result<std::optional<std::string>> optionalId(const JsonFields& fields, const std::string& name) {
    auto text = fields.optionalString(name, 64);
    if (!text)
        return text.error();
    if (text.value() && !looksLikeId(*text.value()))
        return invalidField(fields.pathOf(name), "must be an id (UUID text)");
    return text;
}

Result<OrderLine> readLine(const JsonFields& fields) {
    OrderLine line;
    auto sku = fields.requiredString("sku", 64);
    if (!sku)
        return sku.error();
    line.sku = sku.value();
    auto qty = fields.requiredInteger("qty_milli");
    if (!qty)
        return qty.error();
    if (qty.value() == 0 || qty.value() > kMaxQuantityMilli || qty.value() < -kMaxQuantityMilli)
        return invalidField(fields.pathOf("qty_milli"),
                            "must be non-zero and within ±" + std::to_string(kMaxQuantityMilli) + " thousandths");
    line.qtyMilli = qty.value();
    for (auto [name, target] : {std::pair<const char*, std::int64_t*>{"unit_price", &line.unitPrice},
                                {"discount", &line.discount},
                                {"tax", &line.tax},
                                {"total", &line.total}}) {
        auto value = amount(fields, name);
        if (!value)
            return value.error();
        *target = value.value();
    }
    if (line.unitPrice < 0)
        return invalidField(fields.pathOf("unit_price"), "must not be negative");
    return line;
}

} // namespace

Result<PosOrder> readPosOrder(const JsonFields& fields) {
    PosOrder order;
    auto id = fields.requiredString("id", 64);
    if (!id)
        return id.error();
    if (!looksLikeId(id.value()))
        return invalidField(fields.pathOf("id"), "must be an id (UUID text) made by the register");
    order.id = id.value();
    auto number = fields.requiredString("number", 64);
    if (!number)
        return number.error();
    if (number.value().empty())
        return invalidField(fields.pathOf("number"), "must not be empty");
    order.number = number.value();
    auto storeId = fields.requiredString("store_id", 64);
    if (!storeId)
        return storeId.error();
    order.storeId = storeId.value();
    for (auto [name, target] : {std::pair<const char*, std::optional<std::string>*>{"register_id", &order.registerId},
                                {"shift_id", &order.shiftId},
                                {"customer_id", &order.customerId}}) {
        auto value = optionalId(fields, name);
        if (!value)
            return value.error();
        *target = value.value();
    }
    auto channel = fields.optionalString("channel", 16);
    if (!channel)
        return channel.error();
    if (channel.value() && *channel.value() != "pos")
        return invalidField(fields.pathOf("channel"), "must be \"pos\" for orders pushed by a register");
    auto createdText = fields.requiredString("created_at", 64);
    if (!createdText)
        return createdText.error();
    auto created = protocol::parseRfc3339(createdText.value(), fields.pathOf("created_at"));
    if (!created)
        return created.error();
    order.createdAt = tp::domain::unixMillis(created.value());
    auto currency = fields.requiredString("currency", 3);
    if (!currency)
        return currency.error();
    order.currency = currency.value();

    auto lineCount = fields.forEachObject("lines", [&](const JsonFields& item) -> Result<void> {
        auto line = readLine(item);
        if (!line)
            return line.error();
        order.lines.push_back(line.value());
        return {};
    });
    if (!lineCount)
        return lineCount.error();
    if (lineCount.value() == 0)
        return invalidField(fields.pathOf("lines"), "must hold at least one line");

    auto paymentCount = fields.forEachObject("payments", [&](const JsonFields& payment) -> Result<void> {
        auto method = payment.requiredString("method", 32);
        if (!method)
            return method.error();
        if (method.value() != "cash" && method.value() != "card" && method.value() != "gift_card" &&
            method.value() != "store_credit")
            return invalidField(payment.pathOf("method"), "must be cash, card, gift_card or store_credit");
        auto paid = amount(payment, "amount");
        if (!paid)
            return paid.error();
        auto reference = payment.optionalString("reference", 64);
        if (!reference)
            return reference.error();
        order.payments.push_back({method.value(), paid.value(), reference.value()});
        return {};
    });
    if (!paymentCount)
        return paymentCount.error();

    auto totals = fields.requiredObject("totals");
    if (!totals)
        return totals.error();
    const JsonFields sums = fields.nested(totals.value(), "totals");
    for (auto [name, target] : {std::pair<const char*, std::int64_t*>{"subtotal", &order.totals.subtotal},
                                {"discount", &order.totals.discount},
                                {"tax", &order.totals.tax},
                                {"total", &order.totals.total}}) {
        auto value = amount(sums, name);
        if (!value)
            return value.error();
        *target = value.value();
    }

    auto coupon = fields.optionalObject("coupon");
    if (!coupon)
        return coupon.error();
    if (coupon.value()) {
        const JsonFields used = fields.nested(coupon.value(), "coupon");
        auto code = used.requiredString("code", 64);
        if (!code)
            return code.error();
        if (code.value().empty())
            return invalidField(used.pathOf("code"), "must not be empty");
        auto discount = amount(used, "discount");
        if (!discount)
            return discount.error();
        if (discount.value() < 0)
            return invalidField(used.pathOf("discount"), "must not be negative");
        order.coupon = OrderCoupon{code.value(), discount.value()};
    }
    return order;
}

Result<void> checkOrderAddsUp(const PosOrder& order, bool pricesIncludeTax) {
    OrderTotals sums;
    for (std::size_t i = 0; i < order.lines.size(); ++i) {
        const OrderLine& line = order.lines[i];
        const std::string path = "data.lines[" + std::to_string(i) + "]";
        // qty × price in thousandths of a minor unit; the gross may be rounded either way.
        const tp::domain::Int128 exact = static_cast<tp::domain::Int128>(line.qtyMilli) * line.unitPrice;
        const auto gross = static_cast<std::int64_t>(exact / 1000);
        const bool exactDivision = exact % 1000 == 0;
        const std::int64_t taxPart = pricesIncludeTax ? 0 : line.tax;
        const std::int64_t expectedTotal = gross - line.discount + taxPart;
        const std::int64_t otherRounding = exact >= 0 ? expectedTotal + 1 : expectedTotal - 1;
        if (line.total != expectedTotal && (exactDivision || line.total != otherRounding))
            return invalidField(path + ".total",
                                "is " + std::to_string(line.total) + " but qty × unit_price − discount" +
                                    (pricesIncludeTax ? "" : " + tax") + " is " + std::to_string(expectedTotal));
        sums.subtotal += line.total + line.discount - taxPart;
        sums.discount += line.discount;
        sums.tax += line.tax;
        sums.total += line.total;
    }
    const std::pair<const char*, std::pair<std::int64_t, std::int64_t>> checks[] = {
        {"subtotal", {order.totals.subtotal, sums.subtotal}},
        {"discount", {order.totals.discount, sums.discount}},
        {"tax", {order.totals.tax, sums.tax}},
        {"total", {order.totals.total, sums.total}},
    };
    for (const auto& [name, values] : checks) {
        if (values.first != values.second)
            return invalidField(std::string("data.totals.") + name, "is " + std::to_string(values.first) +
                                                                        " but the lines add up to " +
                                                                        std::to_string(values.second));
    }
    if (order.coupon && order.coupon->discount > order.totals.discount)
        return invalidField("data.coupon.discount", "is " + std::to_string(order.coupon->discount) +
                                                        " but the lines' discounts add up to only " +
                                                        std::to_string(order.totals.discount));
    std::int64_t paid = 0;
    for (const OrderPayment& payment : order.payments)
        paid += payment.amount;
    if (paid != order.totals.total)
        return invalidField("data.payments", "add up to " + std::to_string(paid) + " but the order's total is " +
                                                 std::to_string(order.totals.total));
    return {};
}

} // namespace tp::server::orders
