#include "models/CouponEdits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/NamedEntities.h"

namespace tp::backoffice {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

std::optional<QDateTime> timeOf(const QJsonValue& value) {
    if (!value.isString())
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? std::optional<QDateTime>(at) : std::nullopt;
}

std::optional<qint64> integerOf(const QJsonValue& value) {
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

CouponDraft fromJson(const QJsonObject& json) {
    CouponDraft coupon;
    coupon.id = json.value(QLatin1String("id")).toString();
    coupon.version = json.value(QLatin1String("version")).toInteger();
    coupon.code = json.value(QLatin1String("code")).toString();
    coupon.name = json.value(QLatin1String("name")).toString();
    coupon.type = json.value(QLatin1String("type")).toString();
    coupon.value = json.value(QLatin1String("value")).toInteger();
    coupon.currency = json.value(QLatin1String("currency")).toString();
    coupon.minimumOrder = json.value(QLatin1String("minimum_order")).toInteger();
    coupon.validFrom = timeOf(json.value(QLatin1String("valid_from")));
    coupon.validUntil = timeOf(json.value(QLatin1String("valid_until")));
    coupon.maxRedemptions = integerOf(json.value(QLatin1String("max_redemptions")));
    coupon.maxRedemptionsPerCustomer = integerOf(json.value(QLatin1String("max_redemptions_per_customer")));
    for (const QJsonValue& sku : json.value(QLatin1String("skus")).toArray())
        coupon.skus << sku.toString();
    for (const QJsonValue& category : json.value(QLatin1String("category_ids")).toArray())
        coupon.categoryIds << category.toString();
    coupon.status = json.value(QLatin1String("status")).toString();
    return coupon;
}

QJsonObject toJson(const CouponDraft& coupon) {
    QJsonObject json{{"id", coupon.id},
                     {"code", coupon.code},
                     {"name", coupon.name.isEmpty() ? coupon.code : coupon.name},
                     {"type", coupon.type},
                     {"value", coupon.value},
                     {"minimum_order", coupon.minimumOrder},
                     {"skus", QJsonArray::fromStringList(coupon.skus)},
                     {"category_ids", QJsonArray::fromStringList(coupon.categoryIds)},
                     {"status", coupon.status}};
    if (coupon.version > 0)
        json.insert(QStringLiteral("version"), coupon.version);
    if (!coupon.currency.isEmpty())
        json.insert(QStringLiteral("currency"), coupon.currency);
    if (coupon.validFrom)
        json.insert(QStringLiteral("valid_from"), coupon.validFrom->toUTC().toString(Qt::ISODateWithMs));
    if (coupon.validUntil)
        json.insert(QStringLiteral("valid_until"), coupon.validUntil->toUTC().toString(Qt::ISODateWithMs));
    if (coupon.maxRedemptions)
        json.insert(QStringLiteral("max_redemptions"), *coupon.maxRedemptions);
    if (coupon.maxRedemptionsPerCustomer)
        json.insert(QStringLiteral("max_redemptions_per_customer"), *coupon.maxRedemptionsPerCustomer);
    return json;
}

} // namespace

domain::Result<QList<CouponDraft>> CouponEdits::list() {
    auto rows = m_outbox.database().select(
        QStringLiteral("SELECT data FROM entities WHERE entity = 'coupon' ORDER BY json_extract(data, '$.code')"));
    if (!rows)
        return rows.error();
    QList<CouponDraft> coupons;
    for (const client::SqlRow& row : *rows)
        coupons << fromJson(QJsonDocument::fromJson(row.at(0).toString().toUtf8()).object());
    return coupons;
}

domain::Result<void> CouponEdits::check(const CouponDraft& coupon) {
    static const QRegularExpression kCode(QStringLiteral("^[A-Z0-9_-]{3,32}$"));
    if (!kCode.match(coupon.code).hasMatch())
        return refusal("invalid_code", tr("A code is 3 to 32 capital letters, digits, - or _."));
    if (coupon.type == QLatin1String("percent") ? coupon.value <= 0 || coupon.value > 10000
                                                : coupon.type != QLatin1String("fixed") || coupon.value <= 0)
        return refusal("invalid_value", tr("A coupon takes off more than nothing: up to 100 %, or an amount."));
    if (coupon.currency.isEmpty() && (coupon.type == QLatin1String("fixed") || coupon.minimumOrder > 0))
        return refusal("currency_required", tr("An amount off or a minimum order needs its currency."));
    if (coupon.validFrom && coupon.validUntil && *coupon.validUntil <= *coupon.validFrom)
        return refusal("invalid_validity", tr("The coupon must end after it starts."));
    if ((coupon.maxRedemptions && *coupon.maxRedemptions < 1) ||
        (coupon.maxRedemptionsPerCustomer && *coupon.maxRedemptionsPerCustomer < 1))
        return refusal("invalid_limit", tr("A limit is at least 1 (leave it empty for none)."));
    auto taken = m_outbox.database().select(QStringLiteral("SELECT 1 FROM entities WHERE entity = 'coupon' AND "
                                                           "json_extract(data, '$.code') = ? AND id IS NOT ?"),
                                            {coupon.code, coupon.id});
    if (!taken)
        return taken.error();
    if (!taken->isEmpty())
        return refusal("code_taken", tr("Another coupon has the code %1.").arg(coupon.code));
    return {};
}

domain::Result<QString> CouponEdits::save(const CouponDraft& edited) {
    CouponDraft coupon = edited;
    coupon.code = coupon.code.trimmed().toUpper();
    if (auto valid = check(coupon); !valid)
        return valid.error();
    if (coupon.id.isEmpty())
        coupon.id = QString::fromStdString(m_ids.next().toString());
    const QJsonObject data = toJson(coupon);
    auto written = m_outbox.write([&](client::LocalWrite& write) {
        // In the list at once; the server's copy (with its version) replaces it via the feed.
        write.exec(QStringLiteral("INSERT INTO entities(entity, id, data, seq) VALUES('coupon', ?, ?, 0) "
                                  "ON CONFLICT(entity, id) DO UPDATE SET data = excluded.data"),
                   {coupon.id, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))});
        write.enqueue(QStringLiteral("coupon.upsert"), data);
    });
    if (!written)
        return written.error();
    return coupon.id;
}

domain::Result<QList<std::pair<QString, QString>>> CouponEdits::categories() {
    return namedEntities(m_outbox.database(), QStringLiteral("category"));
}

} // namespace tp::backoffice
