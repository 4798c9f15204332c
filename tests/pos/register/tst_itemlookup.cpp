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

// Scans and sku entries find the variant with this store's price (or a running campaign's) and
// its tax class, from a replica filled through the real change applier.
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

    void aRunningCampaignsPriceWins() {
        const auto campaign = [](const QString& id, const QString& from, const QString& until, qint64 amount,
                                 const QJsonArray& stores, const QString& status = QStringLiteral("active")) {
            return QJsonObject{
                {"id", id},
                {"name", "Sale"},
                {"starts_at", from},
                {"ends_at", until},
                {"store_ids", stores},
                {"status", status},
                {"prices",
                 QJsonArray{QJsonObject{{"sku", "TS-M"}, {"price", money(amount)}},
                            QJsonObject{{"sku", "BK"}, {"price", QJsonObject{{"amount", 1}, {"currency", "CHF"}}}}}}};
        };
        // Summer in Berlin only; a deeper cut for everyone in August; one archived.
        apply(upsert(
            10, "campaign", "c-summer",
            campaign("c-summer", "2026-07-01T00:00:00.000Z", "2026-09-01T00:00:00.000Z", 1499, QJsonArray{"berlin"})));
        apply(upsert(11, "campaign", "c-august",
                     campaign("c-august", "2026-08-01T00:00:00Z", "2026-08-08T00:00:00Z", 999, QJsonArray{})));
        apply(upsert(12, "campaign", "c-gone",
                     campaign("c-gone", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", 1, QJsonArray{}, "archived")));
        const auto at = [this](const char* when, const char* store) {
            const QDateTime moment = QDateTime::fromString(QString::fromLatin1(when), Qt::ISODate);
            return ItemLookup(m_replica->db(), QString::fromLatin1(store), [moment] { return moment; }).bySku("TS-M");
        };
        auto june = at("2026-06-30T23:59:59Z", "berlin");
        QCOMPARE((*june)->unitPrice, 1799); // not yet: the store's price
        QVERIFY((*june)->campaignId.isEmpty());
        auto july = at("2026-07-01T00:00:00Z", "berlin");
        QCOMPARE((*july)->unitPrice, 1499);
        QCOMPARE((*july)->campaignId, QStringLiteral("c-summer"));
        QCOMPARE((*july)->regularPrice, 1799);
        QCOMPARE((*at("2026-07-15T12:00:00Z", "paris"))->unitPrice, 1999);      // Berlin's campaign only
        QCOMPARE((*at("2026-08-03T09:00:00+02:00", "berlin"))->unitPrice, 999); // the lowest of two
        QCOMPARE((*at("2026-08-03T09:00:00Z", "paris"))->unitPrice, 999);
        QCOMPARE((*at("2026-09-01T00:00:00Z", "berlin"))->unitPrice, 1799); // ended (exclusive)
        // Another currency's campaign price is not this store's.
        const QDateTime august = QDateTime::fromString(QStringLiteral("2026-08-03T09:00:00Z"), Qt::ISODate);
        QCOMPARE((*ItemLookup(m_replica->db(), "berlin", [august] { return august; }).bySku("BK"))->unitPrice, 1200);
        // The variant grid shows campaign prices too.
        auto grid = ItemLookup(m_replica->db(), "berlin", [august] { return august; }).variantsOf("p1");
        QVERIFY(std::any_of(grid->begin(), grid->end(),
                            [](const SellableItem& item) { return item.sku == "TS-M" && item.unitPrice == 999; }));

        // Withdrawn: archived by the office, the price is gone at once; deleted likewise.
        apply(upsert(
            13, "campaign", "c-august",
            campaign("c-august", "2026-08-01T00:00:00Z", "2026-08-08T00:00:00Z", 999, QJsonArray{}, "archived")));
        QCOMPARE((*at("2026-08-03T09:00:00Z", "berlin"))->unitPrice, 1499);
        apply(QJsonObject{{"seq", 14}, {"entity", "campaign"}, {"id", "c-summer"}, {"op", "delete"}});
        QCOMPARE((*at("2026-08-03T09:00:00Z", "berlin"))->unitPrice, 1799);
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
