#include <QTest>

#include "DemoReceipt.h"

using tp::demo::DemoReceipt;
using tp::demo::DemoStore;

// The demo receipt is the README's main job today: it must keep ringing the basket through
// the domain core correctly, and tell the cashier about every scan it could not use.
class TestDemoReceipt : public QObject {
    Q_OBJECT

private:
    static QString render(const QString& storeName, const QStringList& scans, const QString& coupon = {}) {
        const auto store = DemoStore::named(storeName);
        if (!store)
            qFatal("demo store %s missing", qPrintable(storeName));
        return DemoReceipt(*store, QLocale::c()).render(scans, coupon, QStringLiteral("RECEIPT-ID"));
    }

    static QString lineWith(const QString& receipt, const QString& label) {
        for (const QString& line : receipt.split(QLatin1Char('\n'))) {
            if (line.startsWith(label))
                return line.simplified();
        }
        return {};
    }

private slots:
    void demoBasketInBerlin() {
        const QString receipt = render(QStringLiteral("berlin"), DemoReceipt::demoBasket(), QStringLiteral("autumn10"));
        QVERIFY(receipt.contains(QStringLiteral("Receipt RECEIPT-ID")));
        // The highlighter scanned twice is one line of two.
        QCOMPARE(lineWith(receipt, QStringLiteral("   2 × ")), QStringLiteral("2 × 1.29 2.58 A"));
        QCOMPARE(lineWith(receipt, QStringLiteral("   0.750 kg")), QStringLiteral("0.750 kg × 19.90/kg 14.93 B"));
        QCOMPARE(lineWith(receipt, QStringLiteral("   Coupon AUTUMN10")), QStringLiteral("Coupon AUTUMN10 -0.60"));
        QCOMPARE(lineWith(receipt, QStringLiteral("Subtotal")), QStringLiteral("Subtotal 30.48"));
        QCOMPARE(lineWith(receipt, QStringLiteral("TOTAL EUR")), QStringLiteral("TOTAL EUR 29.88"));
        QCOMPARE(lineWith(receipt, QStringLiteral("A ")), QStringLiteral("A 19 % 6.70 1.27 7.97"));
        QCOMPARE(lineWith(receipt, QStringLiteral("B ")), QStringLiteral("B 7 % 20.47 1.44 21.91"));
        QVERIFY2(!receipt.contains(QStringLiteral("Cash rounding")), "euros are paid to the cent");
        QVERIFY(receipt.contains(QStringLiteral("4006381333932: not a usable barcode")));
        QVERIFY(receipt.contains(QStringLiteral("8712345000011: no product with this barcode")));
    }

    void zurichRoundsCashToFiveRappen() {
        const QString receipt = render(QStringLiteral("zurich"), DemoReceipt::demoBasket(), QStringLiteral("AUTUMN10"));
        QCOMPARE(lineWith(receipt, QStringLiteral("TOTAL CHF")), QStringLiteral("TOTAL CHF 29.88"));
        QCOMPARE(lineWith(receipt, QStringLiteral("Cash rounding")), QStringLiteral("Cash rounding 0.02"));
        QCOMPARE(lineWith(receipt, QStringLiteral("To pay in cash")), QStringLiteral("To pay in cash 29.90"));
        QCOMPARE(lineWith(receipt, QStringLiteral("A ")), QStringLiteral("A 8.1 % 7.38 0.59 7.97"));
    }

    void unknownCouponIsReportedAndTheSaleGoesOn() {
        const QString receipt =
            render(QStringLiteral("berlin"), {QStringLiteral("5901234123457")}, QStringLiteral("NOPE"));
        QCOMPARE(lineWith(receipt, QStringLiteral("TOTAL EUR")), QStringLiteral("TOTAL EUR 5.99"));
        QVERIFY(receipt.contains(QStringLiteral("Coupon NOPE does not exist")));
    }

    void couponWithoutItsGoodsIsReportedAndTheSaleGoesOn() {
        const QString receipt =
            render(QStringLiteral("berlin"), {QStringLiteral("4008400402222")}, QStringLiteral("AUTUMN10"));
        QCOMPARE(lineWith(receipt, QStringLiteral("TOTAL EUR")), QStringLiteral("TOTAL EUR 3.49"));
        QVERIFY(receipt.contains(QStringLiteral("Coupon AUTUMN10 not applied")));
    }

    void unknownStoreIsRefused() { QVERIFY(!DemoStore::named(QStringLiteral("paris"))); }
};

QTEST_GUILESS_MAIN(TestDemoReceipt)
#include "tst_demo_receipt.moc"
