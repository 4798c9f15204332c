#include <QTest>

#include "DomainTestSupport.h"
#include "domain/pricing/Coupon.h"

using namespace tp::domain;
using std::chrono::days;

namespace {

const Timestamp kNow = timestampFromUnixMillis(1'763'683'200'000); // 2025-11-21T00:00:00Z

Coupon autumnSale() {
    Coupon coupon;
    coupon.code = "AUTUMN15";
    coupon.type = Coupon::Type::Percent;
    coupon.value = 1500;
    coupon.validFrom = kNow - days(10);
    coupon.validUntil = kNow + days(10);
    coupon.minimumOrder = 2000;
    coupon.maxRedemptions = 100;
    coupon.maxRedemptionsPerCustomer = 1;
    return coupon;
}

} // namespace

class TestCoupon : public QObject {
    Q_OBJECT

private slots:
    void redeemableWhenEveryRuleHolds() {
        TP_VERIFY_OK(checkCouponRedeemable(autumnSale(), kNow, 2000, {99, 0, true}));
    }

    void refusals_data() {
        QTest::addColumn<qint64>("atOffsetDays");
        QTest::addColumn<qint64>("orderAmount");
        QTest::addColumn<qint64>("totalRedemptions");
        QTest::addColumn<qint64>("customerRedemptions");
        QTest::addColumn<bool>("customerKnown");
        QTest::addColumn<QString>("code");
        QTest::newRow("before the validity window") << -11LL << 5000LL << 0LL << 0LL << true << "coupon_not_yet_valid";
        QTest::newRow("at the end of the window (exclusive)")
            << 10LL << 5000LL << 0LL << 0LL << true << "coupon_expired";
        QTest::newRow("after the window") << 30LL << 5000LL << 0LL << 0LL << true << "coupon_expired";
        QTest::newRow("total redemptions used up") << 0LL << 5000LL << 100LL << 0LL << true << "coupon_exhausted";
        QTest::newRow("customer already used it") << 0LL << 5000LL << 5LL << 1LL << true << "coupon_customer_limit";
        QTest::newRow("per-customer coupon without a customer")
            << 0LL << 5000LL << 5LL << 0LL << false << "coupon_requires_customer";
        QTest::newRow("order one cent under the minimum")
            << 0LL << 1999LL << 0LL << 0LL << true << "coupon_minimum_not_met";
    }

    void refusals() {
        QFETCH(qint64, atOffsetDays);
        QFETCH(qint64, orderAmount);
        QFETCH(qint64, totalRedemptions);
        QFETCH(qint64, customerRedemptions);
        QFETCH(bool, customerKnown);
        QFETCH(QString, code);
        auto result = checkCouponRedeemable(autumnSale(), kNow + days(atOffsetDays), orderAmount,
                                            {totalRedemptions, customerRedemptions, customerKnown});
        QVERIFY(!result.ok());
        QCOMPARE(qs(result.error().code), code);
        QVERIFY2(result.error().message.find("AUTUMN15") != std::string::npos, "the message names the coupon");
    }

    void openEndedCouponHasNoLimits() {
        Coupon coupon;
        coupon.code = "WELCOME";
        coupon.type = Coupon::Type::Fixed;
        coupon.value = 500;
        TP_VERIFY_OK(checkCouponRedeemable(coupon, kNow + days(3650), 1, {1'000'000, 50, false}));
    }

    void misconfiguredValues_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<qint64>("value");
        QTest::newRow("zero value") << int(Coupon::Type::Fixed) << 0LL;
        QTest::newRow("negative value") << int(Coupon::Type::Fixed) << -100LL;
        QTest::newRow("percentage above 100") << int(Coupon::Type::Percent) << 10001LL;
    }

    void misconfiguredValues() {
        QFETCH(int, type);
        QFETCH(qint64, value);
        Coupon coupon;
        coupon.code = "BROKEN";
        coupon.type = static_cast<Coupon::Type>(type);
        coupon.value = value;
        TP_VERIFY_ERROR(checkCouponRedeemable(coupon, kNow, 1000, {}), "coupon_misconfigured");
    }

    void scope_data() {
        QTest::addColumn<QStringList>("skus");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QStringList>("lineCategories");
        QTest::addColumn<bool>("applies");
        QTest::newRow("no scope applies to everything")
            << QStringList{} << QStringList{} << "TEE-M" << QStringList{"shirts"} << true;
        QTest::newRow("listed sku") << QStringList{"TEE-M"} << QStringList{} << "TEE-M" << QStringList{"shirts"}
                                    << true;
        QTest::newRow("unlisted sku") << QStringList{"TEE-M"} << QStringList{} << "TEE-L" << QStringList{"shirts"}
                                      << false;
        QTest::newRow("listed category") << QStringList{} << QStringList{"shirts"} << "TEE-L" << QStringList{"shirts"}
                                         << true;
        QTest::newRow("other category") << QStringList{} << QStringList{"shirts"} << "MUG" << QStringList{"kitchen"}
                                        << false;
        QTest::newRow("line without category, category scope")
            << QStringList{} << QStringList{"shirts"} << "MUG" << QStringList{} << false;
        QTest::newRow("one of the line's categories")
            << QStringList{} << QStringList{"sale"} << "TEE-L" << QStringList{"shirts", "sale"} << true;
        QTest::newRow("sku or category either suffices")
            << QStringList{"MUG"} << QStringList{"shirts"} << "MUG" << QStringList{"kitchen"} << true;
    }

    void scope() {
        QFETCH(QStringList, skus);
        QFETCH(QStringList, categories);
        QFETCH(QString, sku);
        QFETCH(QStringList, lineCategories);
        QFETCH(bool, applies);
        Coupon coupon = autumnSale();
        for (const QString& s : skus)
            coupon.skus.push_back(s.toStdString());
        for (const QString& c : categories)
            coupon.categoryIds.push_back(c.toStdString());
        std::vector<std::string> lineCategoryIds;
        for (const QString& c : lineCategories)
            lineCategoryIds.push_back(c.toStdString());
        QCOMPARE(coupon.appliesTo(sku.toStdString(), lineCategoryIds), applies);
    }
};

QTEST_GUILESS_MAIN(TestCoupon)
#include "tst_coupon.moc"
