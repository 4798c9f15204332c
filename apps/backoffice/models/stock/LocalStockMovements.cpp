#include "models/stock/LocalStockMovements.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include "client/replica/ReplicaDatabase.h"

namespace tp::backoffice {

domain::Result<QList<StockMovementView>> LocalStockMovements::read(client::ReplicaDatabase& db, const QString& storeId,
                                                                   const QString& sku, int limit) {
    QList<StockMovementView> movements;
    // Every order line of the item in the store: a sale takes the quantity out, a return (a
    // negative quantity) puts it back.
    auto lines =
        db.select(QStringLiteral("SELECT json_extract(e.data, '$.created_at'), json_extract(e.data, "
                                 "'$.number'), json_extract(j.value, '$.qty_milli') FROM entities e, "
                                 "json_each(e.data, '$.lines') j WHERE e.entity = 'order' AND "
                                 "json_extract(e.data, '$.store_id') = ? AND json_extract(j.value, '$.sku') = ?"),
                  {storeId, sku});
    if (!lines)
        return lines.error();
    for (const client::SqlRow& row : *lines) {
        const qint64 qty = row.at(2).toLongLong();
        StockMovementView movement;
        movement.occurredAt = row.at(0).toString();
        movement.reason = qty >= 0 ? QStringLiteral("sale") : QStringLiteral("refund");
        movement.deltaMilli = -qty;
        movement.actor = tr("Order %1").arg(row.at(1).toString());
        movements << movement;
    }
    // This office's bookings not sent yet.
    auto queued = db.select(QStringLiteral("SELECT type, data, created_at FROM outbox WHERE type IN ('stock.move', "
                                           "'stock.count') AND json_extract(data, '$.store_id') = ? AND "
                                           "json_extract(data, '$.sku') = ?"),
                            {storeId, sku});
    if (!queued)
        return queued.error();
    for (const client::SqlRow& row : *queued) {
        const QJsonObject data = QJsonDocument::fromJson(row.at(1).toString().toUtf8()).object();
        StockMovementView movement;
        movement.actor = tr("This office, not sent yet");
        if (row.at(0).toString() == QLatin1String("stock.count")) {
            movement.reason = QStringLiteral("count");
            movement.countedMilli = data.value(QLatin1String("counted_milli")).toInteger();
            movement.occurredAt = data.value(QLatin1String("counted_at")).toString(row.at(2).toString());
        } else {
            movement.reason = data.value(QLatin1String("reason")).toString();
            movement.deltaMilli = data.value(QLatin1String("delta_milli")).toInteger();
            movement.occurredAt = data.value(QLatin1String("occurred_at")).toString(row.at(2).toString());
        }
        movements << movement;
    }
    const auto at = [](const StockMovementView& movement) {
        return QDateTime::fromString(movement.occurredAt, Qt::ISODateWithMs);
    };
    std::stable_sort(movements.begin(), movements.end(),
                     [&](const StockMovementView& a, const StockMovementView& b) { return at(a) > at(b); });
    if (movements.size() > limit)
        movements.resize(limit);
    return movements;
}

} // namespace tp::backoffice
