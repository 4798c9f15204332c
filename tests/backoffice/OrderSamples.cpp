#include "OrderSamples.h"

#include <QJsonArray>

#include "FeedSamples.h"
#include "client/replica/ChangeApplier.h"
#include "client/replica/FeedChange.h"

namespace tp::backoffice::testing {

QJsonObject orderEntity(const QString& id, const QString& number, const QString& channel, const QString& status,
                        const QString& storeId, const QString& createdAt, qint64 total, const QJsonObject& extra) {
    QJsonObject data{
        {"id", id},
        {"number", number},
        {"channel", channel},
        {"status", status},
        {"store_id", storeId},
        {"currency", "EUR"},
        {"created_at", createdAt},
        {"refunded_amount", 0},
        {"lines", QJsonArray{QJsonObject{{"sku", "MUG-1"},
                                         {"name", "Mug"},
                                         {"qty_milli", 2000},
                                         {"unit_price", total / 2},
                                         {"discount", 0},
                                         {"tax", 0},
                                         {"total", total}}}},
        {"payments", QJsonArray{QJsonObject{{"method", "card"}, {"amount", total}}}},
        {"totals", QJsonObject{{"subtotal", total}, {"discount", 0}, {"tax", 0}, {"total", total}}},
        {"history",
         QJsonArray{QJsonObject{{"kind", "created"}, {"status", status}, {"at", createdAt}, {"actor", "till 1"}}}}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        data.insert(it.key(), it.value());
    return data;
}

bool putEntity(client::ReplicaDatabase& db, qint64 seq, const QString& entity, const QJsonObject& data) {
    auto change = client::FeedChange::fromJson(
        client::testing::upsert(seq, entity, data.value(QLatin1String("id")).toString(), data));
    return change.ok() && client::ChangeApplier(db).apply(*change).ok();
}

bool putSampleOrders(client::ReplicaDatabase& db) {
    return putEntity(db, 1, "store", QJsonObject{{"id", "s-berlin"}, {"name", "Berlin"}, {"currency", "EUR"}}) &&
           putEntity(db, 2, "store", QJsonObject{{"id", "s-web"}, {"name", "Web shop"}, {"currency", "EUR"}}) &&
           putEntity(db, 3, "customer",
                     QJsonObject{{"id", "c-ada"},
                                 {"name", "Ada Lovelace"},
                                 {"email", "ada@example.com"},
                                 {"phone", "+49 30 1234567"}}) &&
           putEntity(db, 4, "order",
                     orderEntity("o-1", "B1-000101", "pos", "completed", "s-berlin", "2026-11-02T09:15:00.000Z", 2580,
                                 {{"customer_id", "c-ada"}})) &&
           putEntity(db, 5, "order",
                     orderEntity("o-2", "W-000007", "online", "paid", "s-web", "2026-11-10T18:40:00.000Z", 4990,
                                 {{"email", "grace@example.org"}})) &&
           putEntity(db, 6, "order",
                     orderEntity("o-3", "B1-000102", "pos", "completed", "s-berlin", "2026-11-20T12:00:00.000Z", 990));
}

} // namespace tp::backoffice::testing
