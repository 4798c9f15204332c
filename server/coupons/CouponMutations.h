#pragma once

#include "sync/Mutation.h"

namespace tp::server::coupons {

// Push mutation "coupon.upsert" (owners and managers; CouponRequest has the fields): a new
// coupon (no version) or an edit of a stored one, which must carry the version it started
// from (a stale one is rejected version_conflict with "current", ARCHITECTURE.md rule 4). A
// code another coupon has is rejected code_taken. Archiving is an edit to status "archived";
// coupons are never deleted, so old orders keep naming theirs. The coupon goes to the change
// log as entity "coupon".
void registerCouponMutations(sync::MutationRegistry& registry);

} // namespace tp::server::coupons
