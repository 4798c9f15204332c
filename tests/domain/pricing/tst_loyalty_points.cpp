#include <QTest>

#include "domain/pricing/LoyaltyPoints.h"

using tp::domain::loyaltyPointsFor;

// Loyalty points per whole unit of money, whole points only, money back taking back what it
// earned; exact for any amount.
class TestLoyaltyPoints : public QObject {
    Q_OBJECT

private slots:
    void pointsPerWholeUnit_data() {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("rate");
        QTest::addColumn<qint64>("minorPerMajor");
        QTest::addColumn<qint64>("points");
        QTest::newRow("12.90 EUR at 1 per euro") << 1290LL << 1LL << 100LL << 12LL;
        QTest::newRow("25.80 EUR at 2 per euro") << 2580LL << 2LL << 100LL << 51LL;
        QTest::newRow("0.99 EUR earns nothing") << 99LL << 1LL << 100LL << 0LL;
        QTest::newRow("a return takes back the same") << -1290LL << 2LL << 100LL << -25LL;
        QTest::newRow("yen have no minor unit") << 1500LL << 1LL << 1LL << 1500LL;
        QTest::newRow("no loyalty at this store") << 100000LL << 0LL << 100LL << 0LL;
        QTest::newRow("a negative rate is none") << 100000LL << -5LL << 100LL << 0LL;
        // 9e15 × 1000 does not fit in 64 bits; the result (9e16) does.
        QTest::newRow("no overflow on the way")
            << 9'000'000'000'000'000LL << 1000LL << 100LL << 90'000'000'000'000'000LL;
    }

    void pointsPerWholeUnit() {
        QFETCH(qint64, amount);
        QFETCH(qint64, rate);
        QFETCH(qint64, minorPerMajor);
        QFETCH(qint64, points);
        QCOMPARE(qint64(loyaltyPointsFor(amount, rate, minorPerMajor)), points);
    }
};

QTEST_GUILESS_MAIN(TestLoyaltyPoints)
#include "tst_loyalty_points.moc"
