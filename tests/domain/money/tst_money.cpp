#include <QTest>

#include <limits>
#include <vector>

#include "MoneyTestSupport.h"

using tp::domain::Money;

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void parse_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("EUR with cents") << "EUR"
                                        << "12.34" << 1234LL;
        QTest::newRow("EUR with one decimal") << "EUR"
                                              << "12.3" << 1230LL;
        QTest::newRow("EUR whole") << "EUR"
                                   << "12" << 1200LL;
        QTest::newRow("EUR negative refund") << "EUR"
                                             << "-0.05" << -5LL;
        QTest::newRow("JPY has no decimals") << "JPY"
                                             << "1234" << 1234LL;
        QTest::newRow("KWD three decimals") << "KWD"
                                            << "1.234" << 1234LL;
        QTest::newRow("KWD one decimal") << "KWD"
                                         << "0.5" << 500LL;
    }

    void parse() {
        QFETCH(QString, code);
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        auto parsed = Money::parse(text.toStdString(), currency(code.toLatin1().constData()));
        TP_VERIFY_OK(parsed);
        QCOMPARE(parsed->minorUnits(), minor);
    }

    void parseRefusesBadInput_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("JPY with decimals") << "JPY"
                                           << "12.5"
                                           << "invalid_amount";
        QTest::newRow("EUR with three decimals") << "EUR"
                                                 << "1.234"
                                                 << "invalid_amount";
        QTest::newRow("thousands separator") << "EUR"
                                             << "1,234.00"
                                             << "invalid_amount";
        QTest::newRow("float exponent") << "EUR"
                                        << "1e3"
                                        << "invalid_amount";
        QTest::newRow("empty") << "EUR"
                               << ""
                               << "invalid_amount";
        QTest::newRow("lone minus") << "EUR"
                                    << "-"
                                    << "invalid_amount";
        QTest::newRow("trailing dot") << "EUR"
                                      << "12."
                                      << "invalid_amount";
        QTest::newRow("leading dot") << "EUR"
                                     << ".5"
                                     << "invalid_amount";
        QTest::newRow("plus sign") << "EUR"
                                   << "+5"
                                   << "invalid_amount";
        QTest::newRow("beyond int64") << "EUR"
                                      << "99999999999999999999"
                                      << "amount_overflow";
    }

    void parseRefusesBadInput() {
        QFETCH(QString, code);
        QFETCH(QString, text);
        QFETCH(QString, errorCode);
        auto parsed = Money::parse(text.toStdString(), currency(code.toLatin1().constData()));
        QVERIFY(!parsed.ok());
        QCOMPARE(qs(parsed.error().code), errorCode);
    }

    void format_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("text");
        QTest::newRow("EUR cents") << "EUR" << 1234LL << "12.34 EUR";
        QTest::newRow("EUR leading zero cents") << "EUR" << 5LL << "0.05 EUR";
        QTest::newRow("EUR negative") << "EUR" << -1205LL << "-12.05 EUR";
        QTest::newRow("JPY without decimals") << "JPY" << 1234LL << "1234 JPY";
        QTest::newRow("KWD three decimals") << "KWD" << 1005LL << "1.005 KWD";
        QTest::newRow("most negative int64")
            << "EUR" << std::numeric_limits<qint64>::min() << "-92233720368547758.08 EUR";
    }

    void format() {
        QFETCH(QString, code);
        QFETCH(qint64, minor);
        QFETCH(QString, text);
        QCOMPARE(qs(Money(minor, currency(code.toLatin1().constData())).toString()), text);
    }

    void formatThenParseRoundTrips() {
        for (const char* code : {"EUR", "JPY", "KWD"}) {
            for (qint64 minor : {0LL, 1LL, -1LL, 999LL, 1000LL, 123456789LL, -987654321LL}) {
                const Money money(minor, currency(code));
                auto again = Money::parse(money.toDecimalString(), money.currency());
                TP_VERIFY_OK(again);
                QCOMPARE(again.value(), money);
            }
        }
    }

    void arithmeticInOneCurrency() {
        const Money a(1050, currency("EUR"));
        const Money b(-75, currency("EUR"));
        QCOMPARE(a.plus(b).value(), Money(975, currency("EUR")));
        QCOMPARE(a.minus(b).value(), Money(1125, currency("EUR")));
        QCOMPARE(a.times(3).value(), Money(3150, currency("EUR")));
        QCOMPARE(a.negated(), Money(-1050, currency("EUR")));
        QCOMPARE(a.compare(b).value(), 1);
        QCOMPARE(b.compare(a).value(), -1);
        QCOMPARE(a.compare(a).value(), 0);
    }

    void mixedCurrenciesAreRefused() {
        const Money euros(100, currency("EUR"));
        const Money dollars(100, currency("USD"));
        TP_VERIFY_ERROR(euros.plus(dollars), "currency_mismatch");
        TP_VERIFY_ERROR(euros.minus(dollars), "currency_mismatch");
        TP_VERIFY_ERROR(euros.compare(dollars), "currency_mismatch");
        QVERIFY(!(euros == dollars));
        const std::vector<Money> mixed{euros, dollars};
        TP_VERIFY_ERROR(tp::domain::sumMoney(mixed, currency("EUR")), "currency_mismatch");
    }

    void overflowIsReported() {
        const Money big(std::numeric_limits<qint64>::max(), currency("EUR"));
        TP_VERIFY_ERROR(big.plus(Money(1, currency("EUR"))), "amount_overflow");
        TP_VERIFY_ERROR(big.times(2), "amount_overflow");
        TP_VERIFY_ERROR(big.negated().minus(Money(2, currency("EUR"))), "amount_overflow");
    }

    void sumOfList() {
        const std::vector<Money> amounts{Money(199, currency("EUR")), Money(1, currency("EUR")),
                                         Money(-50, currency("EUR"))};
        QCOMPARE(tp::domain::sumMoney(amounts, currency("EUR")).value(), Money(150, currency("EUR")));
        QCOMPARE(tp::domain::sumMoney({}, currency("JPY")).value(), Money::zero(currency("JPY")));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
