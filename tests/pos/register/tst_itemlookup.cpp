#include <QJsonArray>
#include <QTest>

#include "FeedSamples.h"
#include "TempReplica.h"
#include "client/replica/ChangeApplier.h"
#include "register/ItemLookup.h"

using namespace tp;
using namespace tp::pos;
using namespace tp::client;
using namespace tp::client::testing;

// Scans and sku entries find the variant with this store's price and its tax class, from a
// replica filled through the real change applier.
class TestItemLookup : public QObject {
    Q_OBJECT

private:
    TempReplica* m_replica = nullptr;

    void apply(const QJsonObject& json) {
        auto change = FeedChange::fromJson(json);
        QVERIFY(change.ok());
        auto applied = m_replica->db().transaction([&] { return ChangeApplier(m_replica->db()).apply(*change); });
        QVERIFY2(applied.ok(), applied.ok() ? "" : applied.error().message.c_str());
    }

private slots:
    void init() {
        m_replica = new TempReplica;
        QJsonObject shirt = productData("p1", "TS", "T-Shirt", 1999, {"4006381333931"});
        shirt.insert("tax_class", "standard");
        shirt.insert("category_ids", QJsonArray{"c-shirts", "c-summer"});
        QJsonArray variants = shirt.value("variants").toArray();
        variants.append(
            QJsonObject{{"id", "p1-m"},
                        {"sku", "TS-M"},
                        {"barcodes", QJsonArray{"2000000000015"}},
                        {"options", QJsonObject{{"size", "M"}}},
                        {"store_prices", QJsonArray{QJsonObject{{"store_id", "berlin"}, {"price", money(1799)}}}}});
        shirt.insert("variants", variants);
        apply(upsert(1, "product", "p1", shirt));
        QJsonObject book = productData("p2", "BK", "Book", 1200, {"9780306406157"});
        book.insert("tax_class", "reduced");
        apply(upsert(2, "product", "p2", book));
        QJsonObject old = productData("p3", "OLD", "Old stock", 500, {"111"});
        old.insert("status", "archived");
        apply(upsert(3, "product", "p3", old));
        QJsonObject unpriced = productData("p4", "FREE", "Unpriced", 0, {"222"});
        unpriced.remove("price");
        QJsonArray unpricedVariants{QJsonObject{{"id", "p4-v"}, {"sku", "FREE"}, {"barcodes", QJsonArray{"222"}}}};
        unpriced.insert("variants", unpricedVariants);
        apply(upsert(4, "product", "p4", unpriced));
    }

    void cleanup() {
        delete m_replica;
        m_replica = nullptr;
    }

    void barcodeFindsTheVariantWithItsTaxClass() {
        ItemLookup lookup(m_replica->db(), "berlin");
        auto found = lookup.byBarcode("9780306406157");
        QVERIFY(found.ok());
        QVERIFY(found->has_value());
        const SellableItem& book = **found;
        QCOMPARE(book.variantId, QStringLiteral("p2-v"));
        QCOMPARE(book.productId, QStringLiteral("p2"));
        QCOMPARE(book.sku, QStringLiteral("BK"));
        QCOMPARE(book.taxClass, QStringLiteral("reduced"));
        QCOMPARE(book.unitPrice, 1200);
        QCOMPARE(book.currency, QStringLiteral("EUR"));
        QCOMPARE(book.categoryIds, QStringList{}); // in no category
    }

    void anItemKnowsItsProductsCategories() {
        // What a coupon for a category needs to know of each line.
        ItemLookup lookup(m_replica->db(), "berlin");
        auto found = lookup.byBarcode("2000000000015");
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->categoryIds, (QStringList{"c-shirts", "c-summer"}));
        auto variants = lookup.variantsOf("p1");
        QVERIFY(variants.ok());
        for (const SellableItem& variant : *variants)
            QCOMPARE(variant.categoryIds, (QStringList{"c-shirts", "c-summer"}));
    }

    void theStoresOwnPriceWins() {
        auto inBerlin = ItemLookup(m_replica->db(), "berlin").byBarcode("2000000000015");
        QVERIFY(inBerlin.ok() && inBerlin->has_value());
        QCOMPARE((*inBerlin)->unitPrice, 1799);
        QCOMPARE((*inBerlin)->name, QStringLiteral("T-Shirt (M)"));
        auto inParis = ItemLookup(m_replica->db(), "paris").bySku("TS-M");
        QVERIFY(inParis.ok() && inParis->has_value());
        QCOMPARE((*inParis)->unitPrice, 1999); // the product's price: the variant has none of its own
    }

    void unknownCodeFindsNothing() {
        ItemLookup lookup(m_replica->db(), "berlin");
        auto found = lookup.byBarcode("0000000000000");
        QVERIFY(found.ok());
        QVERIFY(!found->has_value());
        QVERIFY(!lookup.bySku("NOPE")->has_value());
    }

    void archivedOrUnpricedIsNotForSaleInWords() {
        ItemLookup lookup(m_replica->db(), "berlin");
        auto archived = lookup.byBarcode("111");
        QVERIFY(!archived.ok());
        QCOMPARE(archived.error().code, std::string("item_not_for_sale"));
        QVERIFY(QString::fromStdString(archived.error().message).contains("archived"));
        auto unpriced = lookup.byBarcode("222");
        QVERIFY(!unpriced.ok());
        QVERIFY(QString::fromStdString(unpriced.error().message).contains("no price"));
    }
};

QTEST_GUILESS_MAIN(TestItemLookup)
#include "tst_itemlookup.moc"
