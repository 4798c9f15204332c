#include <QTest>

#include "MoneyTestSupport.h"
#include "domain/money/CashRounding.h"

using tp::domain::CashRoundingRule;
using tp::domain::Money;
using tp::domain::roundForCash;

class TestCashRounding : public QObject {
    Q_OBJECT

private slots:
    // Swiss "Rappenrundung": cash is paid to 0.05 CHF (the 1 and 2 Rappen coins are gone);
    // .01/.02 round down, .03/.04 up to .05, .06/.07 down to .05, .08/.09 up.
    // Sweden pays cash in whole kronor since 2010 (öre coins withdrawn), Denmark to 0.50 DKK.
    void customaryRules_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("due");
        QTest::addColumn<qint64>("adjustment");
        QTest::newRow("CHF 12.31 → 12.30") << "CHF" << 1231LL << 1230LL << -1LL;
        QTest::newRow("CHF 12.32 → 12.30") << "CHF" << 1232LL << 1230LL << -2LL;
        QTest::newRow("CHF 12.33 → 12.35") << "CHF" << 1233LL << 1235LL << 2LL;
        QTest::newRow("CHF 12.34 → 12.35") << "CHF" << 1234LL << 1235LL << 1LL;
        QTest::newRow("CHF 12.35 stays") << "CHF" << 1235LL << 1235LL << 0LL;
        QTest::newRow("CHF 12.36 → 12.35") << "CHF" << 1236LL << 1235LL << -1LL;
        QTest::newRow("CHF 12.37 → 12.35") << "CHF" << 1237LL << 1235LL << -2LL;
        QTest::newRow("CHF 12.38 → 12.40") << "CHF" << 1238LL << 1240LL << 2LL;
        QTest::newRow("CHF refund -12.33 → -12.35") << "CHF" << -1233LL << -1235LL << -2LL;
        QTest::newRow("SEK 99.49 → 99.00") << "SEK" << 9949LL << 9900LL << -49LL;
        QTest::newRow("SEK 99.50 → 100.00") << "SEK" << 9950LL << 10000LL << 50LL;
        QTest::newRow("DKK 20.24 → 20.00") << "DKK" << 2024LL << 2000LL << -24LL;
        QTest::newRow("DKK 20.25 → 20.50") << "DKK" << 2025LL << 2050LL << 25LL;
        QTest::newRow("EUR is not cash-rounded") << "EUR" << 1233LL << 1233LL << 0LL;
        QTest::newRow("JPY is not cash-rounded") << "JPY" << 1233LL << 1233LL << 0LL;
    }

    void customaryRules() {
        QFETCH(QString, code);
        QFETCH(qint64, total);
        QFETCH(qint64, due);
        QFETCH(qint64, adjustment);
        const auto cur = currency(code.toLatin1().constData());
        auto rounded = roundForCash(Money(total, cur), CashRoundingRule::forCurrency(cur));
        TP_VERIFY_OK(rounded);
        QCOMPARE(rounded->due, Money(due, cur));
        QCOMPARE(rounded->adjustment, Money(adjustment, cur));
        // The separate rounding line reconciles the exact total with what is paid.
        QCOMPARE(rounded->due.minorUnits(), total + rounded->adjustment.minorUnits());
    }

    void halfEvenRuleForTies() {
        const CashRoundingRule rule{10, tp::domain::RoundingMode::HalfEven};
        QCOMPARE(roundForCash(Money(1015, currency("NZD")), rule)->due.minorUnits(), 1020LL);
        QCOMPARE(roundForCash(Money(1025, currency("NZD")), rule)->due.minorUnits(), 1020LL);
    }

    void invalidIncrementIsRefused() {
        TP_VERIFY_ERROR(roundForCash(Money(100, currency("CHF")), CashRoundingRule{0}), "invalid_cash_rounding");
    }
};

QTEST_GUILESS_MAIN(TestCashRounding)
#include "tst_cash_rounding.moc"
