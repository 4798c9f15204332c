#pragma once

#include "core/ServerContext.h"
#include "http/Router.h"

namespace tp::server::coupons {

// Staff reading coupons (they are written by the "coupon.upsert" mutation):
//   GET /api/v1/coupons?q=<code prefix>&cursor=&limit=  by code
//   GET /api/v1/coupons/{id}                             one, with how often it was redeemed
void addCouponRoutes(http::Router& router, ServerContext& context);

} // namespace tp::server::coupons
