#include "coupons/CouponRecords.h"

#include "protocol/JsonText.h"
#include "protocol/Rfc3339.h"
#include "sync/ChangeLog.h"

namespace tp::server::coupons {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

constexpr const char* kColumns = "id, code, version, created_at, redeemed, data";

Result<StoredCoupon> fromRow(const db::SqlRow& row) {
    auto data = protocol::parseJsonObject(row.text(5));
    if (!data)
        return makeError("internal_error", "coupon " + row.text(0) + " has unreadable stored JSON");
    return StoredCoupon{row.text(0), row.text(1), row.integer(2), row.integer(3), row.integer(4), data.value()};
}

Result<std::optional<StoredCoupon>> one(db::Connection& connection, const std::string& where,
                                        const std::vector<db::SqlValue>& params) {
    auto rows = connection.execute(std::string("SELECT ") + kColumns + " FROM coupons WHERE " + where, params);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<StoredCoupon>{};
    auto coupon = fromRow(rows->first());
    if (!coupon)
        return coupon.error();
    return std::optional<StoredCoupon>(std::move(coupon).value());
}

} // namespace

Result<std::optional<StoredCoupon>> CouponRecords::byId(db::Connection& connection, const std::string& tenantId,
                                                        const std::string& id) {
    return one(connection, "tenant_id = ? AND id = ?", {tenantId, id});
}

Result<std::optional<StoredCoupon>> CouponRecords::byCode(db::Connection& connection, const std::string& tenantId,
                                                          const std::string& normalisedCode) {
    return one(connection, "tenant_id = ? AND code = ?", {tenantId, normalisedCode});
}

Result<void> CouponRecords::write(db::Connection& connection, const std::string& tenantId, const std::string& id,
                                  const std::string& code, const std::string& status, const std::string& dataText,
                                  std::int64_t version, std::int64_t createdAt, std::int64_t updatedAt) {
    auto written = connection.execute(
        "INSERT INTO coupons (tenant_id, id, code, status, data, version, redeemed, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?) ON CONFLICT (tenant_id, id) DO UPDATE SET code = excluded.code, "
        "status = excluded.status, data = excluded.data, version = excluded.version, "
        "updated_at = excluded.updated_at",
        {tenantId, id, code, status, dataText, version, createdAt, updatedAt});
    if (!written) {
        if (written.error().code == "unique_violation")
            return makeError("code_taken", "data.code: another coupon has the code " + code);
        return written.error();
    }
    return {};
}

Result<std::int64_t> CouponRecords::redeemedBy(db::Connection& connection, const std::string& tenantId,
                                               const std::string& couponId, const std::string& customerId) {
    auto rows = connection.execute(
        "SELECT count(*) FROM coupon_redemptions WHERE tenant_id = ? AND coupon_id = ? AND customer_id = ?",
        {tenantId, couponId, customerId});
    if (!rows)
        return rows.error();
    return rows->first().integer(0);
}

Result<void> CouponRecords::redeem(db::Connection& connection, const std::string& tenantId,
                                   const Redemption& redemption, std::int64_t nowMillis) {
    auto inserted =
        connection.execute("INSERT INTO coupon_redemptions (tenant_id, order_id, coupon_id, customer_id, "
                           "discount, redeemed_at) VALUES (?, ?, ?, ?, ?, ?)",
                           {tenantId, redemption.orderId, redemption.couponId, db::sqlText(redemption.customerId),
                            redemption.discount, redemption.redeemedAt});
    if (!inserted)
        return inserted.error();
    auto counted = connection.execute("UPDATE coupons SET redeemed = redeemed + 1 WHERE tenant_id = ? AND id = ?",
                                      {tenantId, redemption.couponId});
    if (!counted)
        return counted.error();
    Poco::JSON::Object::Ptr published = new Poco::JSON::Object;
    published->set("order_id", redemption.orderId);
    published->set("coupon_id", redemption.couponId);
    if (redemption.customerId)
        published->set("customer_id", *redemption.customerId);
    published->set("discount", redemption.discount);
    published->set("redeemed_at", protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(redemption.redeemedAt)));
    return sync::ChangeLog::publishUpsert(connection, tenantId, "coupon_redemption", redemption.orderId, published,
                                          nowMillis);
}

Result<std::vector<StoredCoupon>> CouponRecords::list(db::Connection& connection, const std::string& tenantId,
                                                      const std::string& codePrefix, const PageRequest& page) {
    std::string sql = std::string("SELECT ") + kColumns + " FROM coupons WHERE tenant_id = ?";
    std::vector<db::SqlValue> params{tenantId};
    if (!codePrefix.empty()) {
        // Codes are [A-Z0-9_-]: every code starting with the prefix sorts below prefix + "\x7f".
        sql += " AND code >= ? AND code < ?";
        params.emplace_back(codePrefix);
        params.emplace_back(codePrefix + "\x7f");
    }
    if (page.cursor) {
        sql += " AND code > ?";
        params.push_back(*page.cursor);
    }
    sql += " ORDER BY code LIMIT ?";
    params.emplace_back(std::int64_t{page.limit});
    auto rows = connection.execute(sql, params);
    if (!rows)
        return rows.error();
    std::vector<StoredCoupon> coupons;
    coupons.reserve(rows->rows().size());
    for (const db::SqlRow& row : rows->rows()) {
        auto coupon = fromRow(row);
        if (!coupon)
            return coupon.error();
        coupons.push_back(std::move(coupon).value());
    }
    return coupons;
}

Poco::JSON::Object::Ptr couponWithCount(StoredCoupon coupon) {
    // The data was parsed for this read alone, so it may carry the count itself.
    coupon.data->set("redeemed", coupon.redeemed);
    return coupon.data;
}

} // namespace tp::server::coupons
