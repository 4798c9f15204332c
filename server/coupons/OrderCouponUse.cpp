#include "coupons/OrderCouponUse.h"

#include "coupons/CouponRecords.h"
#include "coupons/CouponRequest.h"
#include "domain/pricing/Coupon.h"

namespace tp::server::coupons {

using tp::domain::Result;

namespace {

// Which rule, if any, the use broke, judged with the counts as they were before it.
Result<std::optional<std::string>> brokenRule(db::Connection& connection, const std::string& tenantId,
                                              const StoredCoupon& stored, const OrderCouponUse& use) {
    const std::string currency =
        stored.data->has("currency") ? stored.data->getValue<std::string>("currency") : std::string();
    if (!currency.empty() && currency != use.currency)
        return std::optional<std::string>("coupon_wrong_currency");
    if (stored.data->getValue<std::string>("status") != "active")
        return std::optional<std::string>("coupon_archived");
    auto coupon = domainCoupon(stored.data);
    if (!coupon)
        return coupon.error();
    tp::domain::CouponRedemptions counts;
    counts.total = stored.redeemed;
    counts.customerKnown = use.customerId.has_value();
    if (use.customerId) {
        auto byCustomer = CouponRecords::redeemedBy(connection, tenantId, stored.id, *use.customerId);
        if (!byCustomer)
            return byCustomer.error();
        counts.byThisCustomer = byCustomer.value();
    }
    auto redeemable = tp::domain::checkCouponRedeemable(coupon.value(), tp::domain::timestampFromUnixMillis(use.at),
                                                        use.orderAmount, counts);
    if (!redeemable)
        return std::optional<std::string>(redeemable.error().code);
    return std::optional<std::string>{};
}

} // namespace

Result<std::optional<std::string>> bookOrderCoupon(db::Connection& connection, const std::string& tenantId,
                                                   const OrderCouponUse& use, std::int64_t nowMillis) {
    auto stored = CouponRecords::byCode(connection, tenantId, normaliseCouponCode(use.code));
    if (!stored)
        return stored.error();
    if (!stored.value())
        return std::optional<std::string>("coupon_unknown");
    auto broken = brokenRule(connection, tenantId, *stored.value(), use);
    if (!broken)
        return broken.error();
    const Redemption redemption{use.orderId, stored.value()->id, use.customerId, use.discount, use.at};
    if (auto redeemed = CouponRecords::redeem(connection, tenantId, redemption, nowMillis); !redeemed)
        return redeemed.error();
    return broken;
}

} // namespace tp::server::coupons
