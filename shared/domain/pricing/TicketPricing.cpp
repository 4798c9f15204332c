#include "domain/pricing/TicketPricing.h"

#include <algorithm>
#include <limits>

#include "domain/core/Int128.h"
#include "domain/money/Allocation.h"
#include "domain/money/Money.h"

namespace tp::domain {

namespace {

// Amounts above this are refused so that no sum of lines can overflow int64.
constexpr std::int64_t kMaxLineAmount = std::numeric_limits<std::int64_t>::max() / (1 << 20);

Result<void> checkDiscount(const Discount& discount, const std::string& what) {
    if (discount.value < 0)
        return makeError("invalid_discount", "the " + what + " discount must not be negative");
    if (discount.kind == Discount::Kind::Percent && discount.value > 10000)
        return makeError("invalid_discount", "the " + what + " discount cannot exceed 100 %");
    return {};
}

// The discount on `base` (a magnitude ≥ 0 for percentages of sold goods).
std::int64_t percentOf(std::int64_t base, std::int64_t basisPoints, RoundingMode mode) {
    return divideRounded(static_cast<Int128>(base) * basisPoints, 10000, mode);
}

Result<std::int64_t> lineAmount(const TicketLine& line, std::size_t index, RoundingMode mode) {
    const std::string where = "line " + std::to_string(index + 1) + " (" + line.sku + ")";
    if (line.qtyMilli == 0)
        return makeError("invalid_quantity", where + " has a quantity of zero");
    if (line.unitPrice < 0)
        return makeError("invalid_price", where + " has a negative unit price");
    const Int128 exact = static_cast<Int128>(line.unitPrice) * line.qtyMilli;
    const Int128 magnitude = exact < 0 ? -exact : exact;
    if (magnitude / 1000 > kMaxLineAmount)
        return amountOverflowError();
    return divideRounded(exact, 1000, mode);
}

// The line's own discount, with the sign of the line (a returned line's discount is negative,
// returning exactly the reduction the sale gave).
Result<std::int64_t> lineDiscount(const TicketLine& line, std::int64_t amount, std::size_t index, RoundingMode mode) {
    if (auto valid = checkDiscount(line.discount, "line " + std::to_string(index + 1)); !valid)
        return valid.error();
    const std::int64_t magnitude = amount < 0 ? -amount : amount;
    std::int64_t discount = 0;
    switch (line.discount.kind) {
    case Discount::Kind::None:
        return std::int64_t{0};
    case Discount::Kind::Percent:
        discount = percentOf(magnitude, line.discount.value, mode);
        break;
    case Discount::Kind::Amount:
        if (line.discount.value > magnitude) {
            return makeError("discount_exceeds_line", "the discount on line " + std::to_string(index + 1) + " (" +
                                                          line.sku + ") is larger than the line itself");
        }
        discount = line.discount.value;
        break;
    }
    return amount < 0 ? -discount : discount;
}

// Splits `discount` over the lines whose weight is positive; errors if there are none.
Result<void> spread(std::int64_t discount, const std::vector<std::int64_t>& weights, std::vector<std::int64_t>& shares,
                    const std::string& what) {
    if (discount == 0)
        return {};
    auto allocated = allocateLargestRemainder(discount, weights);
    if (!allocated)
        return makeError("discount_exceeds_total", "there is nothing on the ticket to apply the " + what + " to");
    for (std::size_t i = 0; i < shares.size(); ++i)
        shares[i] += allocated.value()[i];
    return {};
}

} // namespace

Result<PricedTicket> priceTicket(const Ticket& ticket, const TaxTable& taxes, const TaxPolicy& policy) {
    const std::size_t count = ticket.lines.size();
    PricedTicket priced{ticket.currency, std::vector<PricedLine>(count), {}, {}};

    // 1–2: line amounts and line discounts.
    std::vector<std::int64_t> remaining(count);
    for (std::size_t i = 0; i < count; ++i) {
        auto amount = lineAmount(ticket.lines[i], i, policy.rounding);
        if (!amount)
            return amount.error();
        auto discount = lineDiscount(ticket.lines[i], amount.value(), i, policy.rounding);
        if (!discount)
            return discount.error();
        priced.lines[i].amount = amount.value();
        priced.lines[i].lineDiscount = discount.value();
        remaining[i] = amount.value() - discount.value();
    }

    // 3: the ticket discount over sold lines.
    if (auto valid = checkDiscount(ticket.ticketDiscount, "ticket"); !valid)
        return valid.error();
    std::vector<std::int64_t> soldWeights(count);
    std::int64_t soldTotal = 0;
    for (std::size_t i = 0; i < count; ++i) {
        soldWeights[i] = std::max<std::int64_t>(remaining[i], 0);
        soldTotal += soldWeights[i];
    }
    std::int64_t ticketDiscount = 0;
    if (ticket.ticketDiscount.kind == Discount::Kind::Percent)
        ticketDiscount = percentOf(soldTotal, ticket.ticketDiscount.value, policy.rounding);
    else if (ticket.ticketDiscount.kind == Discount::Kind::Amount)
        ticketDiscount = ticket.ticketDiscount.value;
    if (ticketDiscount > soldTotal)
        return makeError("discount_exceeds_total", "the ticket discount is larger than the goods sold on the ticket");
    std::vector<std::int64_t> ticketShares(count);
    if (auto spreadOk = spread(ticketDiscount, soldWeights, ticketShares, "ticket discount"); !spreadOk)
        return spreadOk.error();
    for (std::size_t i = 0; i < count; ++i) {
        priced.lines[i].ticketDiscount = ticketShares[i];
        remaining[i] -= ticketShares[i];
    }

    // 4: the coupon over the sold lines in its scope.
    if (ticket.coupon) {
        const Coupon& coupon = *ticket.coupon;
        std::int64_t orderAmount = 0;
        std::vector<std::int64_t> eligible(count);
        std::int64_t eligibleTotal = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const std::int64_t sold = std::max<std::int64_t>(remaining[i], 0);
            orderAmount += sold;
            if (coupon.appliesTo(ticket.lines[i].sku, ticket.lines[i].categoryIds)) {
                eligible[i] = sold;
                eligibleTotal += sold;
            }
        }
        if (auto redeemable = checkCouponRedeemable(coupon, ticket.pricedAt, orderAmount, ticket.couponRedemptions);
            !redeemable)
            return redeemable.error();
        if (eligibleTotal == 0)
            return makeError("coupon_not_applicable",
                             "coupon \"" + coupon.code + "\" applies to nothing on this ticket");
        const std::int64_t couponDiscount = coupon.type == Coupon::Type::Percent
                                                ? percentOf(eligibleTotal, coupon.value, policy.rounding)
                                                : std::min(coupon.value, eligibleTotal);
        std::vector<std::int64_t> couponShares(count);
        if (auto spreadOk = spread(couponDiscount, eligible, couponShares, "coupon"); !spreadOk)
            return spreadOk.error();
        for (std::size_t i = 0; i < count; ++i) {
            priced.lines[i].couponDiscount = couponShares[i];
            remaining[i] -= couponShares[i];
        }
    }

    // 5: tax and totals.
    std::vector<TaxableAmount> taxable(count);
    for (std::size_t i = 0; i < count; ++i)
        taxable[i] = {remaining[i], ticket.lines[i].taxClass};
    auto tax = computeTax(taxable, taxes, policy);
    if (!tax)
        return tax.error();
    for (std::size_t i = 0; i < count; ++i) {
        PricedLine& line = priced.lines[i];
        const TaxAmounts& lineTax = tax->lines[i];
        line.taxBasisPoints = lineTax.basisPoints;
        line.net = lineTax.net;
        line.tax = lineTax.tax;
        line.total = lineTax.gross;
        priced.totals.subtotal += line.amount;
        priced.totals.discount += line.discount();
    }
    priced.totals.tax = tax->tax;
    priced.totals.total = tax->gross;
    priced.vat = tax->rates;
    return priced;
}

} // namespace tp::domain
