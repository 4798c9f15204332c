#include "register/AppliedCoupon.h"

#include <QJsonArray>

#include <limits>

namespace tp::pos {

namespace {

std::optional<domain::Timestamp> timeOf(const QJsonValue& value, bool& ok) {
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!at.isValid()) {
        ok = false;
        return std::nullopt;
    }
    return domain::timestampFromUnixMillis(at.toMSecsSinceEpoch());
}

QJsonValue timeJson(const std::optional<domain::Timestamp>& at) {
    if (!at)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(domain::unixMillis(*at), Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<std::int64_t> optionalInteger(const QJsonValue& value) {
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger();
}

std::vector<std::string> strings(const QJsonValue& value) {
    std::vector<std::string> items;
    for (const QJsonValue& item : value.toArray())
        items.push_back(item.toString().toStdString());
    return items;
}

QJsonArray stringArray(const std::vector<std::string>& items) {
    QJsonArray array;
    for (const std::string& item : items)
        array.append(QString::fromStdString(item));
    return array;
}

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

} // namespace

domain::Result<AppliedCoupon> AppliedCoupon::fromFeed(const QJsonObject& json) {
    AppliedCoupon coupon;
    coupon.id = json.value(QLatin1String("id")).toString();
    coupon.code = json.value(QLatin1String("code")).toString();
    coupon.name = json.value(QLatin1String("name")).toString(coupon.code);
    coupon.currency = json.value(QLatin1String("currency")).toString();
    coupon.status = json.value(QLatin1String("status")).toString(QStringLiteral("active"));
    const QString type = json.value(QLatin1String("type")).toString();
    const auto value = optionalInteger(json.value(QLatin1String("value")));
    bool ok = !coupon.id.isEmpty() && !coupon.code.isEmpty() && value &&
              (type == QLatin1String("percent") || type == QLatin1String("fixed"));
    coupon.rules.code = coupon.code.toStdString();
    coupon.rules.type = type == QLatin1String("fixed") ? domain::Coupon::Type::Fixed : domain::Coupon::Type::Percent;
    coupon.rules.value = value.value_or(0);
    coupon.rules.validFrom = timeOf(json.value(QLatin1String("valid_from")), ok);
    coupon.rules.validUntil = timeOf(json.value(QLatin1String("valid_until")), ok);
    coupon.rules.minimumOrder = json.value(QLatin1String("minimum_order")).toInteger(0);
    coupon.rules.maxRedemptions = optionalInteger(json.value(QLatin1String("max_redemptions")));
    coupon.rules.maxRedemptionsPerCustomer = optionalInteger(json.value(QLatin1String("max_redemptions_per_customer")));
    coupon.rules.skus = strings(json.value(QLatin1String("skus")));
    coupon.rules.categoryIds = strings(json.value(QLatin1String("category_ids")));
    if (!ok)
        return refusal("coupon_unreadable", tr("The coupon %1 could not be read; ask the office to check it.")
                                                .arg(coupon.code.isEmpty() ? QStringLiteral("?") : coupon.code));
    return coupon;
}

QJsonObject AppliedCoupon::toJson() const {
    QJsonObject json{{"id", id},
                     {"code", code},
                     {"name", name},
                     {"status", status},
                     {"type", rules.type == domain::Coupon::Type::Fixed ? "fixed" : "percent"},
                     {"value", qint64(rules.value)},
                     {"valid_from", timeJson(rules.validFrom)},
                     {"valid_until", timeJson(rules.validUntil)},
                     {"minimum_order", qint64(rules.minimumOrder)},
                     {"skus", stringArray(rules.skus)},
                     {"category_ids", stringArray(rules.categoryIds)},
                     {"redeemed", qint64(counts.total)},
                     {"redeemed_by_customer", qint64(counts.byThisCustomer)},
                     {"customer_known", counts.customerKnown},
                     {"applied_at", appliedAt.toUTC().toString(Qt::ISODateWithMs)}};
    if (!currency.isEmpty())
        json.insert(QStringLiteral("currency"), currency);
    if (rules.maxRedemptions)
        json.insert(QStringLiteral("max_redemptions"), qint64(*rules.maxRedemptions));
    if (rules.maxRedemptionsPerCustomer)
        json.insert(QStringLiteral("max_redemptions_per_customer"), qint64(*rules.maxRedemptionsPerCustomer));
    return json;
}

domain::Result<AppliedCoupon> AppliedCoupon::fromJson(const QJsonObject& json) {
    auto read = fromFeed(json);
    if (!read)
        return read;
    AppliedCoupon coupon = std::move(read).value();
    coupon.counts.total = json.value(QLatin1String("redeemed")).toInteger(0);
    coupon.counts.byThisCustomer = json.value(QLatin1String("redeemed_by_customer")).toInteger(0);
    coupon.counts.customerKnown = json.value(QLatin1String("customer_known")).toBool();
    coupon.appliedAt = QDateTime::fromString(json.value(QLatin1String("applied_at")).toString(), Qt::ISODateWithMs);
    if (!coupon.appliedAt.isValid())
        return refusal("coupon_unreadable", tr("The coupon %1 could not be read back.").arg(coupon.code));
    return coupon;
}

domain::Result<void> AppliedCoupon::checkUsable(const QString& storeCurrency) const {
    if (status != QLatin1String("active"))
        return refusal("coupon_archived", couponRefusalText("coupon_archived"));
    if (!currency.isEmpty() && currency != storeCurrency)
        return refusal("coupon_wrong_currency", couponRefusalText("coupon_wrong_currency"));
    // The minimum order is the pricing's to judge as lines come and go: not here.
    auto usable = domain::checkCouponRedeemable(rules, domain::timestampFromUnixMillis(appliedAt.toMSecsSinceEpoch()),
                                                std::numeric_limits<std::int64_t>::max(), counts);
    if (!usable)
        return refusal(usable.error().code.c_str(), couponRefusalText(usable.error().code));
    return {};
}

QString couponRefusalText(const std::string& code) {
    if (code == "coupon_unknown")
        return AppliedCoupon::tr("No coupon has this code.");
    if (code == "coupon_archived")
        return AppliedCoupon::tr("This coupon is no longer in use.");
    if (code == "coupon_wrong_currency")
        return AppliedCoupon::tr("This coupon is for another currency than this store's.");
    if (code == "coupon_not_yet_valid")
        return AppliedCoupon::tr("This coupon is not valid yet.");
    if (code == "coupon_expired")
        return AppliedCoupon::tr("This coupon has expired.");
    if (code == "coupon_exhausted")
        return AppliedCoupon::tr("This coupon has been used up.");
    if (code == "coupon_requires_customer")
        return AppliedCoupon::tr("This coupon is once per customer: attach the customer first (Ctrl+K).");
    if (code == "coupon_customer_limit")
        return AppliedCoupon::tr("This customer has already used this coupon.");
    if (code == "coupon_minimum_not_met")
        return AppliedCoupon::tr("The sale does not reach this coupon's minimum yet.");
    if (code == "coupon_not_applicable")
        return AppliedCoupon::tr("No item on the sale is one this coupon is for.");
    if (code == "coupon_already_applied")
        return AppliedCoupon::tr("The sale has a coupon already; remove it first.");
    return AppliedCoupon::tr("This coupon cannot be used.");
}

} // namespace tp::pos
