#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "domain/core/Result.h"
#include "domain/pricing/Coupon.h"
#include "protocol/JsonFields.h"

namespace tp::server::coupons {

// A coupon as the owner or a manager defines it (mutation "coupon.upsert"), checked field by
// field. On the wire and in the change feed it is
//   {"id","code","name","type":"percent"|"fixed","value","currency"?,"valid_from"?,
//    "valid_until"?,"minimum_order","max_redemptions"?,"max_redemptions_per_customer"?,
//    "skus":[…],"category_ids":[…],"status":"active"|"archived","version","created_at",
//    "updated_at"}
// value: basis points for percent (1500 = 15 %), minor units of `currency` for fixed.
// minimum_order is in minor units of `currency` too, so either needs the currency named.
struct CouponRequest {
    std::string id;
    std::string code; // trimmed and upper case: cashiers and shoppers type it in any case
    std::string name;
    std::string type;
    std::int64_t value = 0;
    std::optional<std::string> currency;
    std::optional<std::int64_t> validFrom;  // unix ms, inclusive
    std::optional<std::int64_t> validUntil; // unix ms, exclusive
    std::int64_t minimumOrder = 0;
    std::optional<std::int64_t> maxRedemptions;
    std::optional<std::int64_t> maxRedemptionsPerCustomer;
    std::vector<std::string> skus;
    std::vector<std::string> categoryIds;
    std::string status = "active";
    std::optional<std::int64_t> version; // the version an edit started from

    static tp::domain::Result<CouponRequest> read(const protocol::JsonFields& fields);
    Poco::JSON::Object::Ptr toJson(std::int64_t storedVersion, std::int64_t createdAt, std::int64_t updatedAt) const;
};

// The upper-case form a code is stored and looked up in.
std::string normaliseCouponCode(std::string_view typed);

// A stored coupon's JSON as the domain's pricing rules take it.
tp::domain::Result<tp::domain::Coupon> domainCoupon(const Poco::JSON::Object::Ptr& stored);

} // namespace tp::server::coupons
