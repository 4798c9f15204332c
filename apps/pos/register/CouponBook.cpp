#include "register/CouponBook.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "client/outbox/LocalWrite.h"
#include "client/replica/ReplicaDatabase.h"

namespace tp::pos {

domain::Result<AppliedCoupon> CouponBook::find(const QString& typedCode, const QString& customerId,
                                               const QDateTime& at) {
    const QString code = typedCode.trimmed().toUpper();
    // Coupons are few (hundreds); the entity range of "coupon" is read without an index.
    auto rows = m_db.select(QStringLiteral("SELECT data FROM entities WHERE entity = 'coupon' "
                                           "AND json_extract(data, '$.code') = ? LIMIT 1"),
                            {code});
    if (!rows)
        return rows.error();
    if (rows->isEmpty() || code.isEmpty())
        return domain::makeError("coupon_unknown", couponRefusalText("coupon_unknown").toStdString());
    const QJsonObject json = QJsonDocument::fromJson(rows->first().at(0).toByteArray()).object();
    auto read = AppliedCoupon::fromFeed(json);
    if (!read)
        return read;
    AppliedCoupon coupon = std::move(read).value();
    auto scope = withSubcategories(coupon.rules.categoryIds);
    if (!scope)
        return scope.error();
    coupon.rules.categoryIds = std::move(scope).value();
    auto counts = countUses(coupon.id, customerId);
    if (!counts)
        return counts.error();
    coupon.counts = counts.value();
    coupon.appliedAt = at;
    return coupon;
}

domain::Result<domain::CouponRedemptions> CouponBook::countUses(const QString& couponId, const QString& customerId) {
    // UNION (not UNION ALL): a sale of this till the server has confirmed is in both.
    const QString uses =
        QStringLiteral("SELECT count(*) FROM (SELECT id FROM entities WHERE entity = 'coupon_redemption' "
                       "AND json_extract(data, '$.coupon_id') = ?1 %1 UNION SELECT order_id FROM coupon_uses "
                       "WHERE coupon_id = ?1 %2)");
    auto total = m_db.select(uses.arg(QString(), QString()), {couponId});
    if (!total)
        return total.error();
    domain::CouponRedemptions counts;
    counts.total = total->first().at(0).toLongLong();
    counts.customerKnown = !customerId.isEmpty();
    if (counts.customerKnown) {
        auto byCustomer = m_db.select(uses.arg(QStringLiteral("AND json_extract(data, '$.customer_id') = ?2"),
                                               QStringLiteral("AND customer_id = ?2")),
                                      {couponId, customerId});
        if (!byCustomer)
            return byCustomer.error();
        counts.byThisCustomer = byCustomer->first().at(0).toLongLong();
    }
    return counts;
}

void CouponBook::recordUse(client::LocalWrite& write, const QString& orderId, const QString& couponId,
                           const QString& customerId) {
    write.exec(QStringLiteral("INSERT INTO coupon_uses(order_id, coupon_id, customer_id) VALUES(?, ?, ?)"),
               {orderId, couponId, customerId.isEmpty() ? QVariant() : QVariant(customerId)});
}

domain::Result<std::vector<std::string>> CouponBook::withSubcategories(const std::vector<std::string>& categoryIds) {
    if (categoryIds.empty())
        return categoryIds;
    QJsonArray roots;
    for (const std::string& id : categoryIds)
        roots.append(QString::fromStdString(id));
    // A coupon for "Clothing" is for "Shirts" under it too (the feed's categories name their parent).
    auto rows = m_db.select(
        QStringLiteral("WITH RECURSIVE scope(id) AS (SELECT value FROM json_each(?) UNION "
                       "SELECT e.id FROM entities e JOIN scope s ON json_extract(e.data, '$.parent_id') = s.id "
                       "WHERE e.entity = 'category') SELECT id FROM scope"),
        {QString::fromUtf8(QJsonDocument(roots).toJson(QJsonDocument::Compact))});
    if (!rows)
        return rows.error();
    std::vector<std::string> scope;
    scope.reserve(std::size_t(rows->size()));
    for (const client::SqlRow& row : *rows)
        scope.push_back(row.at(0).toString().toStdString());
    return scope;
}

} // namespace tp::pos
