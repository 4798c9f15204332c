#include "client/replica/StockLevelProjection.h"

#include "client/replica/ReplicaDatabase.h"

namespace tp::client {

namespace {

QVariant integerOrNull(const QJsonObject& object, const char* key) {
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? QVariant(value.toInteger()) : QVariant();
}

} // namespace

domain::Result<void> StockLevelProjection::upsert(const QString& levelId, const QJsonObject& level,
                                                  const QString& json) {
    auto stored = m_db.exec(
        QStringLiteral("INSERT OR REPLACE INTO stock_levels(id, sku, variant_id, product_id, store_id, on_hand, "
                       "reserved, available, low_stock_threshold, low_stock, negative, updated_at, data) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {levelId, level.value(QLatin1String("sku")).toString(), level.value(QLatin1String("variant_id")).toString(),
         level.value(QLatin1String("product_id")).toString(), level.value(QLatin1String("store_id")).toString(),
         level.value(QLatin1String("on_hand")).toInteger(), level.value(QLatin1String("reserved")).toInteger(),
         level.value(QLatin1String("available")).toInteger(), integerOrNull(level, "low_stock_threshold"),
         level.value(QLatin1String("low_stock")).toBool() ? 1 : 0,
         level.value(QLatin1String("negative")).toBool() ? 1 : 0, level.value(QLatin1String("updated_at")).toString(),
         json});
    if (!stored)
        return stored.error();
    return {};
}

domain::Result<void> StockLevelProjection::remove(const QString& levelId) {
    auto removed = m_db.exec(QStringLiteral("DELETE FROM stock_levels WHERE id = ?"), {levelId});
    if (!removed)
        return removed.error();
    return {};
}

} // namespace tp::client
