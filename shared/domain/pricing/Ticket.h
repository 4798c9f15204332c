#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/core/Timestamp.h"
#include "domain/money/Currency.h"
#include "domain/pricing/Coupon.h"
#include "domain/pricing/Discount.h"

namespace tp::domain {

// One line of a ticket as the cashier rang it. A negative quantity is a returned item
// (an exchange rings returns and new goods on one ticket).
struct TicketLine {
    std::string sku;
    std::vector<std::string> categoryIds; // every category the item is in
    std::string taxClass;
    std::int64_t unitPrice = 0; // minor units, tax-inclusive or not as the store prices
    std::int64_t qtyMilli = 0;  // 1000 = one piece; 1235 = 1.235 kg
    Discount discount;
};

// Everything needed to price a sale: the lines, the discounts, the coupon, and when.
struct Ticket {
    Currency currency;
    std::vector<TicketLine> lines;
    Discount ticketDiscount;
    std::optional<Coupon> coupon;
    CouponRedemptions couponRedemptions;
    Timestamp pricedAt{};
};

} // namespace tp::domain
