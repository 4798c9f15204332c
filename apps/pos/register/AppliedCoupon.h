#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "domain/core/Result.h"
#include "domain/pricing/Coupon.h"

namespace tp::pos {

// A coupon on a ticket: the rules as the server's change feed sent them (entity "coupon",
// with the category scope widened to the subcategories), how often it had been used when the
// cashier applied it, and when that was (its validity is judged then).
struct AppliedCoupon {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::AppliedCoupon)

public:
    QString id;
    QString code;
    QString name;
    QString currency; // of a fixed value or a minimum order; empty: any
    QString status;   // active | archived
    domain::Coupon rules;
    domain::CouponRedemptions counts;
    QDateTime appliedAt;

    // Reads the feed's coupon JSON (the server's wire form); counts and time are left for the
    // caller. "coupon_unreadable" for anything the server would not have written.
    static domain::Result<AppliedCoupon> fromFeed(const QJsonObject& json);
    // The coupon as a parked or crash-kept sale stores it, and back.
    QJsonObject toJson() const;
    static domain::Result<AppliedCoupon> fromJson(const QJsonObject& json);

    // Whether the coupon may go on a ticket in `storeCurrency` now: its status, currency,
    // validity and limits (the minimum order and the scope are the pricing's, line by line).
    // Refusals are the domain's "coupon_*" codes with a sentence for the cashier.
    domain::Result<void> checkUsable(const QString& storeCurrency) const;
};

// The cashier's sentence for a coupon refusal code ("coupon_expired" → "This coupon has expired.").
QString couponRefusalText(const std::string& code);

} // namespace tp::pos
