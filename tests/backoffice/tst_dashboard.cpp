#include <QJsonArray>
#include <QTest>

#include "FeedSamples.h"
#include "OrderSamples.h"
#include "TempReplica.h"
#include "models/dashboard/DashboardFigures.h"

using tp::backoffice::DashboardFigures;
using tp::backoffice::testing::orderEntity;
using tp::backoffice::testing::putEntity;

namespace {

// Local noon of a day, as the server writes times.
QString noon(int day) {
    return QDateTime(QDate(2026, 11, day), QTime(12, 0)).toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject lines(const QString& sku, const QString& name, qint64 qtyMilli, qint64 total) {
    return QJsonObject{{"lines", QJsonArray{QJsonObject{{"sku", sku},
                                                        {"name", name},
                                                        {"qty_milli", qtyMilli},
                                                        {"unit_price", total * 1000 / qtyMilli},
                                                        {"discount", 0},
                                                        {"tax", 0},
                                                        {"total", total}}}}};
}

} // namespace

// The dashboard's figures from a replica with orders of several days, channels, stores and
// currencies, refunds, a cancelled order and low stock.
class TestDashboard : public QObject {
    Q_OBJECT

    tp::client::testing::TempReplica m_replica;

    bool order(qint64 seq, const QString& id, const QString& channel, const QString& status, const QString& store,
               int day, qint64 total, QJsonObject extra) {
        return putEntity(m_replica.db(), seq, "order",
                         orderEntity(id, id.toUpper(), channel, status, store, noon(day), total, extra));
    }

private slots:
    void initTestCase() {
        auto& db = m_replica.db();
        QVERIFY(putEntity(db, 1, "store", QJsonObject{{"id", "s-berlin"}, {"name", "Berlin"}, {"currency", "EUR"}}));
        QVERIFY(putEntity(db, 2, "store", QJsonObject{{"id", "s-web"}, {"name", "Web shop"}, {"currency", "EUR"}}));
        QVERIFY(order(10, "a", "pos", "completed", "s-berlin", 2, 2000, lines("MUG-1", "Mug", 2000, 2000)));
        QVERIFY(order(11, "b", "pos", "completed", "s-berlin", 2, 1000, lines("CUP-1", "Cup", 1000, 1000)));
        QVERIFY(order(12, "c", "online", "shipped", "s-web", 4, 5000, lines("TEE-1", "Tee", 2000, 5000)));
        QJsonObject refunded = lines("MUG-1", "Mug", 1000, 1000);
        refunded.insert("refunded_amount", 400);
        QVERIFY(order(13, "d", "pos", "partially_refunded", "s-berlin", 4, 1000, refunded));
        QVERIFY(order(14, "e", "online", "cancelled", "s-web", 4, 9900, lines("TEE-1", "Tee", 1000, 9900)));
        QJsonObject francs = lines("MUG-1", "Mug", 1000, 1500);
        francs.insert("currency", "CHF");
        QVERIFY(order(15, "f", "pos", "completed", "s-berlin", 3, 1500, francs));
        QVERIFY(order(16, "g", "pos", "completed", "s-berlin", 9, 700, lines("CUP-1", "Cup", 1000, 700))); // later
        QJsonObject low = tp::client::testing::stockLevelData("MUG-1", "v-mug", "s-berlin", 1000);
        low.insert("id", "lvl-1");
        QVERIFY(putEntity(db, 20, "stock_level", low));
        QJsonObject plenty = tp::client::testing::stockLevelData("CUP-1", "v-cup", "s-berlin", 50000);
        plenty.insert("id", "lvl-2");
        QVERIFY(putEntity(db, 21, "stock_level", plenty));
    }

    void aRangeOfDaysAddsUp() {
        auto figures =
            DashboardFigures::compute(m_replica.db(), QDate(2026, 11, 1), QDate(2026, 11, 5), QStringLiteral("EUR"));
        QVERIFY(figures.ok());
        QCOMPARE(figures->days.size(), 5); // every day, quiet ones too
        QCOMPARE(figures->days.at(0).orders, 0);
        QCOMPARE(figures->days.at(1).day, QDate(2026, 11, 2));
        QCOMPARE(figures->days.at(1).revenue, 3000);
        QCOMPARE(figures->days.at(1).orders, 2);
        QCOMPARE(figures->days.at(3).revenue, 5000 + 600); // the refund taken off, the cancelled left out
        QCOMPARE(figures->revenue, 8600);
        QCOMPARE(figures->orders, 4);
        QCOMPARE(figures->averageOrder, 2150);
        QCOMPARE(figures->otherCurrencyOrders, 1); // the francs

        QCOMPARE(figures->topProducts.size(), 3);
        QCOMPARE(figures->topProducts.at(0).key, QStringLiteral("TEE-1"));
        QCOMPARE(figures->topProducts.at(1).key, QStringLiteral("MUG-1"));
        QCOMPARE(figures->topProducts.at(1).revenue, 3000); // line totals, before refunds
        QCOMPARE(figures->topProducts.at(1).qtyMilli, 3000);
        QCOMPARE(figures->topProducts.at(1).orders, 2);

        QCOMPARE(figures->byChannel.size(), 2);
        QCOMPARE(figures->byChannel.at(0).key, QStringLiteral("online"));
        QCOMPARE(figures->byChannel.at(0).name, QStringLiteral("Online"));
        QCOMPARE(figures->byChannel.at(1).revenue, 3600);
        QCOMPARE(figures->byStore.at(0).name, QStringLiteral("Web shop"));
        QCOMPARE(figures->byStore.at(1).name, QStringLiteral("Berlin"));
        QCOMPARE(figures->byStore.at(1).orders, 3);

        QCOMPARE(figures->lowStock.size(), 1);
        QCOMPARE(figures->lowStock.first().sku, QStringLiteral("MUG-1"));
        QCOMPARE(figures->lowStock.first().store, QStringLiteral("Berlin"));
        QCOMPARE(figures->lowStock.first().availableMilli, 1000);
        QCOMPARE(figures->lowStock.first().thresholdMilli, 2000);
    }

    void aLaterRangeHasItsOwnOrders() {
        auto figures =
            DashboardFigures::compute(m_replica.db(), QDate(2026, 11, 6), QDate(2026, 11, 12), QStringLiteral("EUR"));
        QCOMPARE(figures->orders, 1);
        QCOMPARE(figures->revenue, 700);
        QCOMPARE(figures->topProducts.first().name, QStringLiteral("Cup"));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
