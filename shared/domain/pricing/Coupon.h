#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/core/Result.h"
#include "domain/core/Timestamp.h"

namespace tp::domain {

// A coupon code and the rules that decide whether it may be redeemed and on what.
struct Coupon {
    enum class Type { Percent, Fixed };

    std::string code;
    Type type = Type::Percent;
    std::int64_t value = 0; // Percent: basis points (1500 = 15 %); Fixed: minor units of the ticket's currency

    std::optional<Timestamp> validFrom;         // inclusive
    std::optional<Timestamp> validUntil;        // exclusive
    std::int64_t minimumOrder = 0;              // minor units the ticket must reach (after line and ticket discounts)
    std::optional<std::int64_t> maxRedemptions; // over all customers
    std::optional<std::int64_t> maxRedemptionsPerCustomer; // needs a customer on the ticket

    // Scope: a line qualifies if its sku or one of its categories is listed. Both empty: every
    // line. A category stands for itself only; whoever fills this in for a category tree lists
    // the subcategories too.
    std::vector<std::string> skus;
    std::vector<std::string> categoryIds;

    bool appliesTo(const std::string& sku, const std::vector<std::string>& lineCategoryIds) const;
};

// How often a coupon has been redeemed so far, as the caller knows it (the server exactly;
// an offline register from its last sync).
struct CouponRedemptions {
    std::int64_t total = 0;
    std::int64_t byThisCustomer = 0;
    bool customerKnown = false; // whether a customer is attached to the ticket
};

// Checks validity window, limits and minimum order. Each refusal has its own code, all
// starting "coupon_", so the server can answer 422 coupon_invalid with the precise message.
Result<void> checkCouponRedeemable(const Coupon& coupon, Timestamp at, std::int64_t orderAmount,
                                   const CouponRedemptions& redemptions);

} // namespace tp::domain
