#include <QTest>

#include "DomainTestSupport.h"
#include "domain/core/Rounding.h"

using tp::domain::divideRounded;
using tp::domain::RoundingMode;
using tp::domain::roundToIncrement;

Q_DECLARE_METATYPE(RoundingMode)

class TestRounding : public QObject {
    Q_OBJECT

private slots:
    void divide_data() {
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<RoundingMode>("mode");
        QTest::addColumn<qint64>("expected");

        QTest::newRow("exact quotient needs no rounding") << 100LL << 10LL << RoundingMode::HalfUp << 10LL;
        QTest::newRow("below half rounds down") << 14LL << 10LL << RoundingMode::HalfUp << 1LL;
        QTest::newRow("above half rounds up") << 16LL << 10LL << RoundingMode::HalfUp << 2LL;
        QTest::newRow("half-up: 2.5 goes to 3") << 25LL << 10LL << RoundingMode::HalfUp << 3LL;
        QTest::newRow("half-even: 2.5 goes to 2") << 25LL << 10LL << RoundingMode::HalfEven << 2LL;
        QTest::newRow("half-even: 3.5 goes to 4") << 35LL << 10LL << RoundingMode::HalfEven << 4LL;
        QTest::newRow("half-up is symmetric: -2.5 goes to -3") << -25LL << 10LL << RoundingMode::HalfUp << -3LL;
        QTest::newRow("half-even is symmetric: -2.5 goes to -2") << -25LL << 10LL << RoundingMode::HalfEven << -2LL;
        QTest::newRow("negative below half") << -14LL << 10LL << RoundingMode::HalfUp << -1LL;
        QTest::newRow("zero stays zero") << 0LL << 7LL << RoundingMode::HalfEven << 0LL;
        QTest::newRow("19 % VAT contained in 1.19 EUR") << 119LL * 1900 << 11900LL << RoundingMode::HalfUp << 19LL;
    }

    void divide() {
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(RoundingMode, mode);
        QFETCH(qint64, expected);
        QCOMPARE(divideRounded(numerator, denominator, mode), expected);
    }

    void divideBeyondInt64Intermediate() {
        // 9e15 minor units × 1900 bp overflows int64 before the division; 128 bits do not.
        const qint64 amount = 9'000'000'000'000'000LL;
        QCOMPARE(divideRounded(tp::domain::Int128{amount} * 1900, 10000, RoundingMode::HalfUp),
                 1'710'000'000'000'000LL);
    }

    void toIncrement_data() {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("increment");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("12.32 to 0.05 is 12.30") << 1232LL << 5LL << 1230LL;
        QTest::newRow("12.33 to 0.05 is 12.35") << 1233LL << 5LL << 1235LL;
        QTest::newRow("99.50 to 1.00 is 100.00") << 9950LL << 100LL << 10000LL;
        QTest::newRow("-12.33 to 0.05 is -12.35") << -1233LL << 5LL << -1235LL;
    }

    void toIncrement() {
        QFETCH(qint64, value);
        QFETCH(qint64, increment);
        QFETCH(qint64, expected);
        QCOMPARE(roundToIncrement(value, increment, RoundingMode::HalfUp), expected);
    }

    void modeNames() {
        QCOMPARE(qs(toString(RoundingMode::HalfUp)), QStringLiteral("half_up"));
        QCOMPARE(qs(toString(RoundingMode::HalfEven)), QStringLiteral("half_even"));
    }
};

QTEST_GUILESS_MAIN(TestRounding)
#include "tst_rounding.moc"
