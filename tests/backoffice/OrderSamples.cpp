#include "OrderSamples.h"

#include <QDateTime>
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

bool putSampleMonth(client::ReplicaDatabase& db, const QDate& lastDay) {
    struct Item {
        const char* sku;
        const char* name;
        qint64 price;
    };
    const Item items[] = {{"TEE-1", "Organic tee", 1990},
                          {"MUG-1", "Mug", 1250},
                          {"CUP-2", "Espresso cup", 890},
                          {"BAG-1", "Tote bag", 1400},
                          {"NB-5", "Notebook A5", 650}};
    bool ok = putEntity(db, 1, "store", QJsonObject{{"id", "s-berlin"}, {"name", "Berlin"}, {"currency", "EUR"}}) &&
              putEntity(db, 2, "store", QJsonObject{{"id", "s-web"}, {"name", "Web shop"}, {"currency", "EUR"}});
    qint64 seq = 10;
    for (int back = 29; back >= 0 && ok; --back) {
        const QDate day = lastDay.addDays(-back);
        const int count = 2 + (day.day() * 7) % 3 + (day.dayOfWeek() >= 6 ? 2 : 0);
        for (int n = 0; n < count && ok; ++n) {
            const Item& item = items[(day.day() + n * 3) % 5];
            const qint64 qty = 1 + (n + day.day()) % 3;
            const bool online = n % 3 == 2;
            const QString at = QDateTime(day, QTime(11 + n, 5 * n)).toUTC().toString(Qt::ISODateWithMs);
            const QString id = QStringLiteral("m-%1-%2").arg(day.toString(Qt::ISODate)).arg(n);
            QJsonObject extra{{"lines", QJsonArray{QJsonObject{{"sku", item.sku},
                                                               {"name", item.name},
                                                               {"qty_milli", qty * 1000},
                                                               {"unit_price", item.price},
                                                               {"discount", 0},
                                                               {"tax", 0},
                                                               {"total", qty * item.price}}}}};
            QString status = online ? QStringLiteral("shipped") : QStringLiteral("completed");
            if (back == 3 && n == 0)
                status = QStringLiteral("cancelled");
            if (back == 10 && n == 1)
                extra.insert("refunded_amount", item.price);
            const QString number = QStringLiteral("%1-%2").arg(online ? "W" : "B1").arg(seq, 6, 10, QLatin1Char('0'));
            ok = putEntity(db, seq, "order",
                           orderEntity(id, number, online ? "online" : "pos", status, online ? "s-web" : "s-berlin", at,
                                       qty * item.price, extra));
            ++seq;
        }
    }
    const struct {
        const char* sku;
        qint64 onHand;
    } low[] = {{"MUG-1", 1000}, {"CUP-2", 0}, {"NB-5", 2000}};
    for (const auto& level : low) {
        QJsonObject data =
            client::testing::stockLevelData(QString::fromLatin1(level.sku), QString(), "s-berlin", level.onHand);
        data.insert("id", QStringLiteral("lvl-%1").arg(QString::fromLatin1(level.sku)));
        ok = ok && putEntity(db, seq++, "stock_level", data);
    }
    return ok;
}

} // namespace tp::backoffice::testing
