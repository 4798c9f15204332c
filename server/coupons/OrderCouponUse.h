#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::coupons {

// A coupon an order arriving from a register used.
struct OrderCouponUse {
    std::string orderId;
    std::optional<std::string> customerId;
    std::string code;
    std::int64_t discount = 0;    // what it took off in all
    std::int64_t orderAmount = 0; // what the order came to before the coupon (its minimum is checked on it)
    std::string currency;
    std::int64_t at = 0; // the order's time, unix ms
};

// Books the use. A register may have redeemed offline what the server would refuse now
// (the limit reached at another till, expired while it was offline): the sale happened, so
// the use is recorded and counted anyway, and the answer is the flag the order gets, the
// rule's own code ("coupon_exhausted", "coupon_expired", "coupon_wrong_currency", …;
// "coupon_unknown" for a code the tenant has no coupon for, which records nothing). No flag:
// the use kept every rule.
tp::domain::Result<std::optional<std::string>> bookOrderCoupon(db::Connection& connection, const std::string& tenantId,
                                                               const OrderCouponUse& use, std::int64_t nowMillis);

} // namespace tp::server::coupons
