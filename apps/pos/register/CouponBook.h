#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "domain/core/Result.h"
#include "register/AppliedCoupon.h"

namespace tp::client {
class LocalWrite;
class ReplicaDatabase;
} // namespace tp::client

namespace tp::pos {

// The shop's coupons as the register has them (feed entity "coupon") and how often each was
// used: every use the server told of (entity "coupon_redemption", from any till) together
// with this register's own sales not yet there (coupon_uses, written with the sale). The two
// are joined by order id, so a sale the server has counted already is not counted twice.
class CouponBook {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::CouponBook)

public:
    explicit CouponBook(client::ReplicaDatabase& db)
        : m_db(db) {}

    // The coupon with this code (any case, spaces around ignored), its category scope widened
    // to every subcategory, its uses counted for `customerId` ("" for a walk-in) and applied
    // at `at`. "coupon_unknown" when the shop has no such code. Whether it may be used is
    // AppliedCoupon::checkUsable's to say.
    domain::Result<AppliedCoupon> find(const QString& typedCode, const QString& customerId, const QDateTime& at);
    // How often the coupon was used, and by the customer ("" none).
    domain::Result<domain::CouponRedemptions> countUses(const QString& couponId, const QString& customerId);

    // Records this register's use of the coupon inside the sale's own transaction.
    static void recordUse(client::LocalWrite& write, const QString& orderId, const QString& couponId,
                          const QString& customerId);

private:
    domain::Result<std::vector<std::string>> withSubcategories(const std::vector<std::string>& categoryIds);

    client::ReplicaDatabase& m_db;
};

} // namespace tp::pos
