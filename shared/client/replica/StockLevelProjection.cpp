#include "client/replica/StockLevelProjection.h"

#include "client/replica/ReplicaDatabase.h"

namespace tp::client {

namespace {

QVariant integerOrNull(const QJsonObject& object, const char* key) {
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? QVariant(value.toInteger()) : QVariant();
}

} // namespace

QVariantList StockLevelProjection::rows(const QString& levelId, qint64 seq, const QJsonObject& level,
                                        const QString& json) {
    return {levelId,
            level.value(QLatin1String("sku")).toString(),
            level.value(QLatin1String("variant_id")).toString(),
            level.value(QLatin1String("product_id")).toString(),
            level.value(QLatin1String("store_id")).toString(),
            level.value(QLatin1String("on_hand")).toInteger(),
            level.value(QLatin1String("reserved")).toInteger(),
            level.value(QLatin1String("available")).toInteger(),
            integerOrNull(level, "low_stock_threshold"),
            level.value(QLatin1String("low_stock")).toBool() ? 1 : 0,
            level.value(QLatin1String("negative")).toBool() ? 1 : 0,
            level.value(QLatin1String("updated_at")).toString(),
            json,
            seq};
}

domain::Result<void> StockLevelProjection::upsert(const QVariantList& rows) {
    auto stored = m_db.exec(
        QStringLiteral("INSERT INTO stock_levels(id, sku, variant_id, product_id, store_id, on_hand, reserved, "
                       "available, low_stock_threshold, low_stock, negative, updated_at, data, seq) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                       "sku = excluded.sku, variant_id = excluded.variant_id, product_id = excluded.product_id, "
                       "store_id = excluded.store_id, on_hand = excluded.on_hand, reserved = excluded.reserved, "
                       "available = excluded.available, low_stock_threshold = excluded.low_stock_threshold, "
                       "low_stock = excluded.low_stock, negative = excluded.negative, "
                       "updated_at = excluded.updated_at, data = excluded.data, seq = excluded.seq "
                       "WHERE excluded.seq >= stock_levels.seq"),
        rows);
    if (!stored)
        return stored.error();
    return {};
}

domain::Result<void> StockLevelProjection::remove(const QString& levelId, qint64 seq) {
    auto removed = m_db.exec(QStringLiteral("DELETE FROM stock_levels WHERE id = ? AND seq <= ?"), {levelId, seq});
    if (!removed)
        return removed.error();
    return {};
}

} // namespace tp::client
