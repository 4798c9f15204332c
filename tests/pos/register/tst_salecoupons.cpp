#include <QJsonArray>
#include <QTest>

#include "RegisterTestData.h"
#include "register/Sale.h"

using namespace tp;
using namespace tp::pos;

// A coupon on the ticket: checked when it goes on (status, currency, validity, limits), then
// priced by the domain's rules line by line as the sale stands — a coupon whose minimum the
// sale does not reach yet sits on it taking nothing off and never blocks the sale.
class TestSaleCoupons : public QObject {
    Q_OBJECT

private:
    static const inline QDateTime kMay = QDateTime(QDate(2026, 5, 10), QTime(12, 0), Qt::UTC);

    static SellableItem item(const QString& sku, qint64 price, const QStringList& categories = {}) {
        return SellableItem{sku + "-v", sku + "-p", sku, "Item " + sku, "standard", price, "EUR", categories, {}, 0};
    }

    // A coupon as the feed sends it, read as the till reads it.
    static AppliedCoupon coupon(const QJsonObject& extra, const domain::CouponRedemptions& counts = {}) {
        QJsonObject json{{"id", "cp-1"},  {"code", "SPRING10"}, {"name", "Spring 10 %"}, {"type", "percent"},
                         {"value", 1000}, {"status", "active"}, {"minimum_order", 0}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            json.insert(it.key(), it.value());
        auto read = AppliedCoupon::fromFeed(json);
        if (!read)
            qFatal("coupon: %s", read.error().message.c_str());
        AppliedCoupon applied = *read;
        applied.counts = counts;
        applied.appliedAt = kMay;
        return applied;
    }

    static qint64 total(const Sale& sale) {
        auto priced = sale.priced();
        return priced ? priced->totals.total : -1;
    }

    static QString refusalOf(const domain::Result<void>& result) {
        return result ? QStringLiteral("(accepted)") : QString::fromStdString(result.error().code);
    }

private slots:
    void aPercentCouponComesOffTheSale() {
        Sale sale(testing::berlinStore());
        QVERIFY(sale.add(item("TEE", 2000)).ok());
        QVERIFY(sale.add(item("MUG", 1000)).ok());
        QVERIFY(sale.setCoupon(coupon({})).ok());
        QCOMPARE(total(sale), 2700);
        QCOMPARE(sale.couponDiscount(), 300);
        QVERIFY(!sale.couponProblem());
    }

    void aCategoryCouponIsForItsItemsOnly() {
        Sale sale(testing::berlinStore());
        QVERIFY(sale.add(item("TEE", 2000, {"shirts", "summer"})).ok());
        QVERIFY(sale.add(item("MUG", 1000, {"kitchen"})).ok());
        QVERIFY(sale.setCoupon(coupon({{"category_ids", QJsonArray{"summer"}}})).ok());
        QCOMPARE(sale.couponDiscount(), 200); // 10 % of the shirt only
        QCOMPARE(total(sale), 2800);
    }

    void aCouponWaitsForTheMinimumAndNeverBlocksTheSale() {
        Sale sale(testing::berlinStore());
        QVERIFY(
            sale.setCoupon(coupon({{"type", "fixed"}, {"value", 500}, {"currency", "EUR"}, {"minimum_order", 3000}}))
                .ok()); // on an empty sale: a coupon handed over first
        QVERIFY(sale.add(item("TEE", 2000)).ok());
        QCOMPARE(total(sale), 2000);
        QCOMPARE(QString::fromStdString(sale.couponProblem()->code), QStringLiteral("coupon_minimum_not_met"));
        QVERIFY(sale.add(item("MUG", 1000)).ok());
        QVERIFY(!sale.couponProblem());
        QCOMPARE(total(sale), 2500);
        QVERIFY(sale.voidLine(1, "customer changed their mind").ok());
        QCOMPARE(total(sale), 2000); // below the minimum again: nothing off, still payable
        QVERIFY(sale.payCash(2000).ok());
        QVERIFY(sale.isSettled());
        auto order = sale.orderData("o1", "B-1", "r1", kMay);
        QVERIFY(order.ok());
        QVERIFY(!order->contains("coupon")); // it took nothing off: the server books no use
    }

    void refusedWhenItMayNotBeUsed_data() {
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<int>("used");
        QTest::addColumn<bool>("customer");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("expired") << QJsonObject{{"valid_until", "2026-05-01T00:00:00.000Z"}} << 0 << false
                                 << "coupon_expired";
        QTest::newRow("not yet") << QJsonObject{{"valid_from", "2026-06-01T00:00:00.000Z"}} << 0 << false
                                 << "coupon_not_yet_valid";
        QTest::newRow("used up") << QJsonObject{{"max_redemptions", 3}} << 3 << false << "coupon_exhausted";
        QTest::newRow("per customer, no customer")
            << QJsonObject{{"max_redemptions_per_customer", 1}} << 0 << false << "coupon_requires_customer";
        QTest::newRow("per customer, used")
            << QJsonObject{{"max_redemptions_per_customer", 1}} << 1 << true << "coupon_customer_limit";
        QTest::newRow("another currency") << QJsonObject{{"type", "fixed"}, {"value", 500}, {"currency", "CHF"}} << 0
                                          << false << "coupon_wrong_currency";
        QTest::newRow("archived") << QJsonObject{{"status", "archived"}} << 0 << false << "coupon_archived";
    }

    void refusedWhenItMayNotBeUsed() {
        QFETCH(QJsonObject, extra);
        QFETCH(int, used);
        QFETCH(bool, customer);
        QFETCH(QString, refusal);
        Sale sale(testing::berlinStore());
        QVERIFY(sale.add(item("TEE", 2000)).ok());
        const domain::CouponRedemptions counts{used, customer ? used : 0, customer};
        QCOMPARE(refusalOf(sale.setCoupon(coupon(extra, counts))), refusal);
        QVERIFY(!sale.coupon());
        QCOMPARE(total(sale), 2000);
    }

    void oneCouponPerSaleAndNoneOncePaymentStarted() {
        Sale sale(testing::berlinStore());
        QVERIFY(sale.add(item("TEE", 2000)).ok());
        QVERIFY(sale.setCoupon(coupon({})).ok());
        QCOMPARE(refusalOf(sale.setCoupon(coupon({}))), QStringLiteral("coupon_already_applied"));
        QVERIFY(sale.payCard(1000, "T-1").ok());
        QCOMPARE(refusalOf(sale.removeCoupon()), QStringLiteral("tender_in_progress"));
        sale.removeTenders();
        QVERIFY(sale.removeCoupon().ok());
        QCOMPARE(total(sale), 2000);
    }

    void theOrderNamesTheCouponAndWhatItTookOff() {
        Sale sale(testing::berlinStore());
        QVERIFY(sale.add(item("TEE", 1999)).ok());
        QVERIFY(sale.add(item("MUG", 999)).ok());
        QVERIFY(sale.setCoupon(coupon({{"value", 1500}})).ok());
        QVERIFY(sale.payCash(5000).ok());
        auto order = sale.orderData("o1", "B-1", "r1", kMay);
        QVERIFY(order.ok());
        const QJsonObject used = order->value("coupon").toObject();
        QCOMPARE(used.value("code").toString(), QStringLiteral("SPRING10"));
        QCOMPARE(used.value("discount").toInteger(), 450); // 15 % of 29.98, split over the lines
        qint64 lineDiscounts = 0;
        for (const QJsonValue& line : order->value("lines").toArray())
            lineDiscounts += line.toObject().value("discount").toInteger();
        QCOMPARE(lineDiscounts, 450);
        QCOMPARE(order->value("totals").toObject().value("total").toInteger(), 2998 - 450);
    }

    void aParkedOrKeptSaleKeepsItsCoupon() {
        Sale sale(testing::berlinStore());
        QVERIFY(sale.add(item("TEE", 2000, {"summer"})).ok());
        QVERIFY(sale.setCoupon(coupon({{"category_ids", QJsonArray{"summer"}}, {"max_redemptions", 10}}, {4, 0, false}))
                    .ok());
        auto back = Sale::fromJson(testing::berlinStore(), sale.toJson());
        QVERIFY(back.ok());
        QVERIFY(back->coupon());
        QCOMPARE(back->coupon()->code, QStringLiteral("SPRING10"));
        QCOMPARE(back->coupon()->counts.total, 4);
        QCOMPARE(back->coupon()->appliedAt, kMay);
        QCOMPARE(back->lines().first().item.categoryIds, QStringList{"summer"});
        QCOMPARE(total(back.value()), 1800);
    }
};

QTEST_GUILESS_MAIN(TestSaleCoupons)
#include "tst_salecoupons.moc"
