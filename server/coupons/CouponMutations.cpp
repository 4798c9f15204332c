#include "coupons/CouponMutations.h"

#include "coupons/CouponRecords.h"
#include "coupons/CouponRequest.h"
#include "protocol/JsonText.h"
#include "sync/ChangeLog.h"

namespace tp::server::coupons {

using protocol::invalidField;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

Result<Poco::JSON::Object::Ptr> upsertCoupon(sync::MutationScope& scope) {
    const http::Principal& pusher = scope.pusher;
    if (auto allowed = scope.requireOwnerOrManager("define coupons"); !allowed)
        return allowed.error();
    auto coupon = CouponRequest::read(protocol::JsonFields(scope.mutation.data, "data"));
    if (!coupon)
        return coupon.error();
    auto stored = CouponRecords::byId(scope.connection, pusher.tenantId, coupon->id);
    if (!stored)
        return stored.error();
    std::int64_t nextVersion = 1;
    std::int64_t createdAt = scope.now;
    if (!stored.value()) {
        if (coupon->version && *coupon->version != 0)
            return makeError("not_found", "data.id: no coupon " + coupon->id + " to edit at version " +
                                              std::to_string(*coupon->version));
    } else {
        const StoredCoupon& current = *stored.value();
        if (!coupon->version)
            return invalidField("data.version", "is required to edit an existing coupon");
        if (*coupon->version != current.version) {
            scope.current = couponWithCount(current);
            return makeError("version_conflict", "the coupon was changed by someone else (version " +
                                                     std::to_string(current.version) + ", you edited " +
                                                     std::to_string(*coupon->version) + ")");
        }
        nextVersion = current.version + 1;
        createdAt = current.createdAt;
    }
    auto taken = CouponRecords::byCode(scope.connection, pusher.tenantId, coupon->code);
    if (!taken)
        return taken.error();
    if (taken.value() && taken.value()->id != coupon->id)
        return makeError("code_taken", "data.code: another coupon has the code " + coupon->code);

    const Poco::JSON::Object::Ptr json = coupon->toJson(nextVersion, createdAt, scope.now);
    const std::string text = protocol::toJsonText(json);
    if (auto written = CouponRecords::write(scope.connection, pusher.tenantId, coupon->id, coupon->code, coupon->status,
                                            text, nextVersion, createdAt, scope.now);
        !written)
        return written.error();
    if (auto published =
            sync::ChangeLog::publishUpsert(scope.connection, pusher.tenantId, "coupon", coupon->id, text, scope.now);
        !published)
        return published.error();
    Poco::JSON::Object::Ptr result = new Poco::JSON::Object;
    result->set("coupon_id", coupon->id);
    result->set("code", coupon->code);
    result->set("version", nextVersion);
    return result;
}

} // namespace

void registerCouponMutations(sync::MutationRegistry& registry) {
    registry.add("coupon.upsert", upsertCoupon);
}

} // namespace tp::server::coupons
