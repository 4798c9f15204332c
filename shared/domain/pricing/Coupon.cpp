#include "domain/pricing/Coupon.h"

#include <algorithm>

namespace tp::domain {

bool Coupon::appliesTo(const std::string& sku, const std::vector<std::string>& lineCategoryIds) const {
    if (skus.empty() && categoryIds.empty())
        return true;
    if (std::find(skus.begin(), skus.end(), sku) != skus.end())
        return true;
    return std::any_of(lineCategoryIds.begin(), lineCategoryIds.end(), [this](const std::string& category) {
        return std::find(categoryIds.begin(), categoryIds.end(), category) != categoryIds.end();
    });
}

Result<void> checkCouponRedeemable(const Coupon& coupon, Timestamp at, std::int64_t orderAmount,
                                   const CouponRedemptions& redemptions) {
    const std::string name = "coupon \"" + coupon.code + "\"";
    if (coupon.value <= 0 || (coupon.type == Coupon::Type::Percent && coupon.value > 10000))
        return makeError("coupon_misconfigured", name + " has no valid discount value");
    if (coupon.validFrom && at < *coupon.validFrom)
        return makeError("coupon_not_yet_valid", name + " is not valid yet");
    if (coupon.validUntil && at >= *coupon.validUntil)
        return makeError("coupon_expired", name + " has expired");
    if (coupon.maxRedemptions && redemptions.total >= *coupon.maxRedemptions)
        return makeError("coupon_exhausted", name + " has been redeemed the maximum number of times");
    if (coupon.maxRedemptionsPerCustomer) {
        if (!redemptions.customerKnown)
            return makeError("coupon_requires_customer", name + " is limited per customer: attach a customer first");
        if (redemptions.byThisCustomer >= *coupon.maxRedemptionsPerCustomer)
            return makeError("coupon_customer_limit",
                             "this customer has already used " + name + " the maximum number of times");
    }
    if (orderAmount < coupon.minimumOrder)
        return makeError("coupon_minimum_not_met",
                         name + " needs a minimum order amount that this ticket does not reach");
    return {};
}

} // namespace tp::domain
