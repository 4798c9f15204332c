#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "core/Pagination.h"
#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::coupons {

// A coupon as stored: its JSON (CouponRequest::toJson) and how often it was redeemed.
struct StoredCoupon {
    std::string id;
    std::string code;
    std::int64_t version = 0;
    std::int64_t createdAt = 0;
    std::int64_t redeemed = 0;
    Poco::JSON::Object::Ptr data;
};

// What an order redeemed: written by order.create in the order's own transaction.
struct Redemption {
    std::string orderId;
    std::string couponId;
    std::optional<std::string> customerId;
    std::int64_t discount = 0;
    std::int64_t redeemedAt = 0; // the order's time
};

// Coupons and their redemptions in SQL, inside the caller's transaction.
class CouponRecords {
public:
    static tp::domain::Result<std::optional<StoredCoupon>> byId(db::Connection& connection, const std::string& tenantId,
                                                                const std::string& id);
    static tp::domain::Result<std::optional<StoredCoupon>>
    byCode(db::Connection& connection, const std::string& tenantId, const std::string& normalisedCode);
    // Inserts or replaces the coupon's row; a code another coupon has → "code_taken".
    static tp::domain::Result<void> write(db::Connection& connection, const std::string& tenantId,
                                          const std::string& id, const std::string& code, const std::string& status,
                                          const std::string& dataText, std::int64_t version, std::int64_t createdAt,
                                          std::int64_t updatedAt);
    // How often this customer redeemed the coupon.
    static tp::domain::Result<std::int64_t> redeemedBy(db::Connection& connection, const std::string& tenantId,
                                                       const std::string& couponId, const std::string& customerId);
    // Records the redemption, counts it on the coupon, and publishes it to the change feed as
    // entity "coupon_redemption" (id: the order's) so offline registers count every store's
    // uses of a limited coupon.
    static tp::domain::Result<void> redeem(db::Connection& connection, const std::string& tenantId,
                                           const Redemption& redemption, std::int64_t nowMillis);
    // Coupons by code, a page at a time; `codePrefix` narrows to codes starting with it.
    static tp::domain::Result<std::vector<StoredCoupon>> list(db::Connection& connection, const std::string& tenantId,
                                                              const std::string& codePrefix, const PageRequest& page);
};

// The coupon as staff read it: its JSON with "redeemed" (set on the data it shares with `coupon`).
Poco::JSON::Object::Ptr couponWithCount(StoredCoupon coupon);

} // namespace tp::server::coupons
