#include <QTest>

#include "MoneyTestSupport.h"

using tp::domain::Currency;

class TestCurrency : public QObject {
    Q_OBJECT

private slots:
    // Exponents as published in the ISO 4217 list (minor unit column).
    void iso4217Exponents_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<qint64>("minorPerMajor");
        QTest::newRow("EUR has cents") << "EUR" << 2 << 100LL;
        QTest::newRow("USD has cents") << "USD" << 2 << 100LL;
        QTest::newRow("CHF has Rappen") << "CHF" << 2 << 100LL;
        QTest::newRow("JPY has no minor unit") << "JPY" << 0 << 1LL;
        QTest::newRow("KRW has no minor unit") << "KRW" << 0 << 1LL;
        QTest::newRow("ISK has no minor unit") << "ISK" << 0 << 1LL;
        QTest::newRow("KWD has fils, three decimals") << "KWD" << 3 << 1000LL;
        QTest::newRow("BHD has three decimals") << "BHD" << 3 << 1000LL;
        QTest::newRow("TND has three decimals") << "TND" << 3 << 1000LL;
    }

    void iso4217Exponents() {
        QFETCH(QString, code);
        QFETCH(int, exponent);
        QFETCH(qint64, minorPerMajor);
        auto found = Currency::fromCode(code.toStdString());
        TP_VERIFY_OK(found);
        QCOMPARE(qs(found->code()), code);
        QCOMPARE(found->exponent(), exponent);
        QCOMPARE(found->minorPerMajor(), minorPerMajor);
    }

    void unknownCodesAreRefused_data() {
        QTest::addColumn<QString>("code");
        QTest::newRow("made-up code") << "XYZ";
        QTest::newRow("lower case") << "eur";
        QTest::newRow("too short") << "EU";
        QTest::newRow("too long") << "EURO";
        QTest::newRow("empty") << "";
    }

    void unknownCodesAreRefused() {
        QFETCH(QString, code);
        TP_VERIFY_ERROR(Currency::fromCode(code.toStdString()), "unknown_currency");
    }

    void equalityComparesCodes() {
        QVERIFY(currency("EUR") == currency("EUR"));
        QVERIFY(!(currency("EUR") == currency("USD")));
    }
};

QTEST_GUILESS_MAIN(TestCurrency)
#include "tst_currency.moc"
