#include "coupons/CouponRoutes.h"

#include <Poco/JSON/Array.h>

#include "core/Envelopes.h"
#include "core/Pagination.h"
#include "core/Validation.h"
#include "coupons/CouponRecords.h"
#include "coupons/CouponRequest.h"

namespace tp::server::coupons {

using http::Access;
using http::Request;
using http::Response;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

Result<Response> listCoupons(Request& request, ServerContext& context) {
    auto page = readPage(request);
    if (!page)
        return page.error();
    const std::string prefix = normaliseCouponCode(request.queryValue("q").value_or(""));
    if (prefix.size() > 32)
        return makeError("invalid_request", "q must be at most 32 characters long");
    const std::string& tenantId = request.principal->tenantId;
    auto coupons = context.database.transact<std::vector<StoredCoupon>>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) { return CouponRecords::list(connection, tenantId, prefix, page.value()); });
    if (!coupons)
        return coupons.error();
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const StoredCoupon& coupon : coupons.value())
        items->add(couponWithCount(coupon));
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("coupons", items);
    setNextCursor(body, page.value(), coupons->size(), coupons->empty() ? std::string() : coupons->back().code);
    return Response::json(200, body);
}

Result<Response> getCoupon(Request& request, ServerContext& context) {
    const std::string& tenantId = request.principal->tenantId;
    const std::string id = request.param("id");
    if (!looksLikeId(id))
        return makeError("not_found", "no coupon with id " + id);
    auto coupon = context.database.transact<std::optional<StoredCoupon>>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) { return CouponRecords::byId(connection, tenantId, id); });
    if (!coupon)
        return coupon.error();
    if (!coupon.value())
        return makeError("not_found", "no coupon with id " + id);
    return Response::json(200, wrap("coupon", couponWithCount(*coupon.value())));
}

} // namespace

void addCouponRoutes(http::Router& router, ServerContext& context) {
    router.add({"GET",
                "/api/v1/coupons",
                Access::Staff,
                {},
                {},
                [&context](Request& r) { return listCoupons(r, context); },
                "List coupons by code with how often each was redeemed: q (code prefix), cursor, limit",
                "",
                "CouponList"});
    router.add({"GET",
                "/api/v1/coupons/{id}",
                Access::Staff,
                {},
                {},
                [&context](Request& r) { return getCoupon(r, context); },
                "Read a coupon: its rules, status, version and how often it was redeemed",
                "",
                "CouponEnvelope",
                200,
                true});
}

} // namespace tp::server::coupons
