#include <QTest>

#include "client/TypedInput.h"

using namespace tp;
using namespace tp::client;

// What a cashier types before a function key, read exactly or refused in words.
class TestTypedInput : public QObject {
    Q_OBJECT

    const domain::Currency m_eur = *domain::Currency::fromCode("EUR");
    const domain::Currency m_jpy = *domain::Currency::fromCode("JPY");
    const QLocale m_german{QLocale::German, QLocale::Germany};
    const QLocale m_english{QLocale::English, QLocale::UnitedStates};

private slots:
    void moneyInMinorUnits() {
        QCOMPARE(*TypedInput::money("12.50", m_eur, m_english), 1250);
        QCOMPARE(*TypedInput::money("12,5", m_eur, m_german), 1250);
        QCOMPARE(*TypedInput::money("12.5", m_eur, m_german), 1250); // '.' always works
        QCOMPARE(*TypedInput::money(" 20 ", m_eur, m_english), 2000);
        QCOMPARE(*TypedInput::money(".99", m_eur, m_english), 99);
        QCOMPARE(*TypedInput::money("1500", m_jpy, m_english), 1500);
        for (const char* bad : {"", "abc", "12.505", "-5", "1,234.00", "12,50"}) {
            const auto refused = TypedInput::money(bad, m_eur, m_english);
            QVERIFY2(!refused.ok(), bad);
            QCOMPARE(QString::fromStdString(refused.error().code), QStringLiteral("invalid_amount"));
        }
        QVERIFY(!TypedInput::money("10.5", m_jpy, m_english).ok()); // yen have no cents
    }

    void quantitiesInThousandths() {
        QCOMPARE(*TypedInput::quantity("3", m_english), 3000);
        QCOMPARE(*TypedInput::quantity("1,235", m_german), 1235);
        QCOMPARE(*TypedInput::quantity("-1", m_english), -1000); // an item coming back
        QVERIFY(!TypedInput::quantity("0", m_english).ok());
        QVERIFY(!TypedInput::quantity("1.2345", m_english).ok());
        QVERIFY(!TypedInput::quantity("two", m_english).ok());
    }

    void discountsAsPercentOrAmount() {
        const auto percent = *TypedInput::discount("12.5%", m_eur, m_english);
        QVERIFY(percent.kind == domain::Discount::Kind::Percent);
        QCOMPARE(qint64(percent.value), 1250);
        const auto amount = *TypedInput::discount("2,00", m_eur, m_german);
        QVERIFY(amount.kind == domain::Discount::Kind::Amount);
        QCOMPARE(qint64(amount.value), 200);
        for (const char* bad : {"0%", "101%", "%", "-3", "ten"}) {
            const auto refused = TypedInput::discount(bad, m_eur, m_english);
            QVERIFY2(!refused.ok(), bad);
            QCOMPARE(QString::fromStdString(refused.error().code), QStringLiteral("invalid_discount"));
        }
    }
};

QTEST_GUILESS_MAIN(TestTypedInput)
#include "tst_typedinput.moc"
