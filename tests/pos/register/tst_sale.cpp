#include <QJsonArray>
#include <QTest>

#include "register/Sale.h"

using namespace tp;
using namespace tp::pos;

// A sale as a cashier rings it: lines, quantities, voids with reasons, discounts, tenders,
// and the order it becomes — priced by the domain's rules with the store's tax table.
class TestSale : public QObject {
    Q_OBJECT

private:
    static StoreProfile store(bool pricesIncludeTax = true) {
        auto profile = StoreProfile::fromJson(
            "berlin", QJsonObject{{"name", "Berlin"},
                                  {"currency", "EUR"},
                                  {"prices_include_tax", pricesIncludeTax},
                                  {"tax_rates", QJsonObject{{"standard", 1900}, {"reduced", 700}}}});
        if (!profile)
            qFatal("store profile: %s", profile.error().message.c_str());
        return *profile;
    }

    static SellableItem item(const QString& sku, qint64 price, const QString& taxClass = "standard") {
        return SellableItem{sku + "-v", sku + "-p", sku, "Item " + sku, taxClass, price, "EUR", {}, {}, 0};
    }

    static qint64 total(const Sale& sale) {
        auto priced = sale.priced();
        return priced ? priced->totals.total : -1;
    }

private slots:
    void scanningTheSameItemAgainCountsItOnItsLine() {
        Sale sale(store());
        QVERIFY(sale.add(item("MILK", 119)).ok());
        QVERIFY(sale.add(item("MILK", 119)).ok());
        QVERIFY(sale.add(item("BREAD", 250)).ok());
        QVERIFY(sale.add(item("MILK", 119)).ok()); // not the last line: a line of its own
        QCOMPARE(sale.lines().size(), 3);
        QCOMPARE(sale.lines().at(0).qtyMilli, 2000);
        QCOMPARE(total(sale), 119 * 3 + 250);
    }

    void weighedQuantityIsPricedExactly() {
        Sale sale(store());
        QVERIFY(sale.add(item("APPLES", 299), 1235).ok()); // 1.235 kg at 2.99/kg
        QCOMPARE(total(sale), 369);                        // 369.265 rounded half up
    }

    void zeroQuantityIsRefusedAndVoidNeedsAReason() {
        Sale sale(store());
        QVERIFY(sale.add(item("MILK", 119)).ok());
        auto zero = sale.setQuantity(0, 0);
        QVERIFY(!zero.ok());
        QCOMPARE(zero.error().code, std::string("invalid_quantity"));
        QVERIFY(!sale.voidLine(0, "  ").ok());
        QCOMPARE(sale.lines().size(), 1);
        QVERIFY(sale.voidLine(0, "customer changed their mind").ok());
        QVERIFY(sale.isEmpty());
        QCOMPARE(sale.voidedLines().size(), 1);
        QCOMPARE(sale.voidedLines().first().reason, QStringLiteral("customer changed their mind"));
        QCOMPARE(sale.voidedLines().first().line.item.sku, QStringLiteral("MILK"));
        QCOMPARE(sale.setQuantity(3, 1000).error().code, std::string("no_such_line"));
    }

    void discountsReduceTheTotal() {
        Sale sale(store());
        QVERIFY(sale.add(item("SHIRT", 2000)).ok());
        QVERIFY(sale.add(item("SOCKS", 500)).ok());
        QVERIFY(sale.setLineDiscount(0, domain::Discount::percent(1000)).ok()); // 10 % off the shirt
        QCOMPARE(total(sale), 1800 + 500);
        QVERIFY(sale.setTicketDiscount(domain::Discount::amount(300)).ok());
        QCOMPARE(total(sale), 2000);
        // More off a line than it is worth is refused, and the line keeps its discount.
        QVERIFY(!sale.setLineDiscount(1, domain::Discount::amount(600)).ok());
        QCOMPARE(sale.lines().at(1).discount, domain::Discount::none());
        QCOMPARE(total(sale), 2000);
    }

    void taxIsAddedWhenPricesExcludeIt() {
        Sale inclusive(store(true));
        QVERIFY(inclusive.add(item("BOOK", 1070, "reduced")).ok());
        QCOMPARE(inclusive.priced()->totals.tax, 70);
        QCOMPARE(total(inclusive), 1070);
        Sale exclusive(store(false));
        QVERIFY(exclusive.add(item("BOOK", 1000, "reduced")).ok());
        QCOMPARE(exclusive.priced()->totals.tax, 70);
        QCOMPARE(total(exclusive), 1070);
    }

    void unknownTaxClassIsRefusedAtTheScan() {
        Sale sale(store());
        QVERIFY(sale.add(item("MILK", 119)).ok());
        const auto refused = sale.add(item("GIFT", 500, "luxury"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, std::string("unknown_tax_class"));
        QCOMPARE(sale.lines().size(), 1); // the sale goes on without it
        QCOMPARE(sale.priced()->totals.total, 119);
    }

    void cashGivesChange() {
        Sale sale(store());
        QVERIFY(sale.add(item("MILK", 119)).ok());
        QVERIFY(!sale.isSettled());
        auto change = sale.payCash(500);
        QVERIFY(change.ok());
        QCOMPARE(*change, 381);
        QCOMPARE(sale.change(), 381);
        QVERIFY(sale.isSettled());
        QCOMPARE(sale.tenders().first().amount, 119);
        QCOMPARE(sale.payCash(100).error().code, std::string("nothing_due"));
        QCOMPARE(sale.payCard(100, "T-9").error().code, std::string("nothing_due"));
    }

    void splitTenderCardThenCash() {
        Sale sale(store());
        QVERIFY(sale.add(item("COAT", 12999)).ok());
        QCOMPARE(sale.payCard(13000, "T-1").error().code, std::string("overpayment"));
        QCOMPARE(sale.payCard(10000, " ").error().code, std::string("reference_required"));
        QVERIFY(sale.payCard(10000, "T-88421").ok());
        QCOMPARE(*sale.due(), 2999);
        QVERIFY(!sale.isSettled());
        QCOMPARE(*sale.payCash(3000), 1);
        QVERIFY(sale.isSettled());
        // Lines are fixed while payments stand.
        QCOMPARE(sale.add(item("HAT", 100)).error().code, std::string("tender_in_progress"));
        QCOMPARE(sale.setQuantity(0, 2000).error().code, std::string("tender_in_progress"));
        sale.removeTenders();
        QVERIFY(sale.setQuantity(0, 2000).ok());
        QCOMPARE(*sale.due(), 25998);
    }

    void nothingToPayOnAnEmptySale() {
        Sale sale(store());
        QCOMPARE(sale.payCash(100).error().code, std::string("sale_empty"));
        QVERIFY(!sale.isSettled());
    }

    void anItemInAnotherCurrencyIsRefused() {
        Sale sale(store());
        SellableItem franc = item("CHOC", 350);
        franc.currency = "CHF";
        QCOMPARE(sale.add(franc).error().code, std::string("currency_mismatch"));
    }

    void savedSaleReadsBackOrIsRefused() {
        Sale sale(store());
        QVERIFY(sale.add(item("SHIRT", 2000), 3000).ok());
        QVERIFY(sale.setLineDiscount(0, domain::Discount::amount(150)).ok());
        const QJsonObject saved = sale.toJson();
        auto back = Sale::fromJson(store(), saved);
        QVERIFY(back.ok());
        QCOMPARE(back->lines().first().item, sale.lines().first().item);
        QCOMPARE(back->lines().first().discount, domain::Discount::amount(150));
        QCOMPARE(total(*back), total(sale));

        QJsonObject noSku = saved;
        QJsonArray lines = noSku.value("lines").toArray();
        QJsonObject line = lines.first().toObject();
        line.remove("sku");
        lines.replace(0, line);
        noSku.insert("lines", lines);
        QCOMPARE(Sale::fromJson(store(), noSku).error().code, std::string("sale_unreadable"));
        QJsonObject oddDiscount = saved;
        oddDiscount.insert("ticket_discount", QJsonObject{{"kind", "bogus"}, {"value", 5}});
        QCOMPARE(Sale::fromJson(store(), oddDiscount).error().code, std::string("sale_unreadable"));
    }

    // The order.create data of API.md: the lines' totals are qty x price - discount (+ tax
    // when prices exclude it), the totals are their sums, the payments pay the total.
    void aCustomersSaleEarnsPointsAtTheStoresRate() {
        StoreProfile loyal = store();
        loyal.loyaltyPointsPerUnit = 2;
        Sale sale(loyal);
        QVERIFY(sale.add(item("MUG", 1290), 2000).ok());
        QCOMPARE(sale.loyaltyPoints(), 0); // nobody to earn them
        sale.setCustomer("c1", "Anna");
        QCOMPARE(sale.loyaltyPoints(), 51); // 25.80 at 2 per euro, whole points
        QVERIFY(sale.add(item("MUG", 1290), -3000).ok());
        QCOMPARE(sale.loyaltyPoints(), -25); // the sale gives 12.90 back: its points go too
        Sale noLoyalty(store());
        noLoyalty.setCustomer("c1", "Anna");
        QVERIFY(noLoyalty.add(item("MUG", 1290)).ok());
        QCOMPARE(noLoyalty.loyaltyPoints(), 0);
    }

    void orderDataAddsUp() {
        Sale sale(store(false));
        QVERIFY(sale.add(item("SHIRT", 2000)).ok());
        QVERIFY(sale.add(item("BOOK", 999, "reduced"), 2000).ok());
        QVERIFY(sale.setLineDiscount(0, domain::Discount::percent(1500)).ok());
        QVERIFY(sale.add(item("RETURN", 500), -1000).ok()); // an item coming back
        QVERIFY(!sale.orderData("o1", "R1-000001", "reg-1", QDateTime::currentDateTimeUtc()).ok());
        const qint64 due = *sale.due();
        QVERIFY(sale.payCard(due - 1000, "T-1").ok());
        QVERIFY(sale.payCash(2000).ok());
        auto order = sale.orderData("o1", "R1-000001", "reg-1", QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC));
        QVERIFY2(order.ok(), order.ok() ? "" : order.error().message.c_str());
        QCOMPARE(order->value("created_at").toString(), QStringLiteral("2026-11-22T09:30:00.000Z"));
        QCOMPARE(order->value("register_id").toString(), QStringLiteral("reg-1"));
        QCOMPARE(order->value("currency").toString(), QStringLiteral("EUR"));
        qint64 subtotal = 0, discount = 0, tax = 0, total = 0;
        for (const QJsonValue& value : order->value("lines").toArray()) {
            const QJsonObject line = value.toObject();
            const qint64 gross = line.value("qty_milli").toInteger() * line.value("unit_price").toInteger() / 1000;
            QCOMPARE(line.value("total").toInteger(),
                     gross - line.value("discount").toInteger() + line.value("tax").toInteger());
            subtotal += gross;
            discount += line.value("discount").toInteger();
            tax += line.value("tax").toInteger();
            total += line.value("total").toInteger();
        }
        const QJsonObject totals = order->value("totals").toObject();
        QCOMPARE(totals.value("subtotal").toInteger(), subtotal);
        QCOMPARE(totals.value("discount").toInteger(), discount);
        QCOMPARE(totals.value("tax").toInteger(), tax);
        QCOMPARE(totals.value("total").toInteger(), total);
        QCOMPARE(total, due);
        qint64 paid = 0;
        for (const QJsonValue& payment : order->value("payments").toArray())
            paid += payment.toObject().value("amount").toInteger();
        QCOMPARE(paid, total);
        QCOMPARE(order->value("payments").toArray().at(0).toObject().value("reference").toString(),
                 QStringLiteral("T-1"));
    }
};

QTEST_GUILESS_MAIN(TestSale)
#include "tst_sale.moc"
