#include <QJsonArray>
#include <QTest>

#include "FeedSamples.h"
#include "TempReplica.h"
#include "client/replica/ChangeApplier.h"

using namespace tp::client;
using namespace tp::client::testing;

// Feed changes land in the replica: every entity generically, products and stock levels
// also in the tables the apps read; re-applying is harmless; unknown entities are kept.
class TestChangeApplier : public QObject {
    Q_OBJECT

private:
    static void apply(ReplicaDatabase& db, const QJsonObject& json) {
        auto change = FeedChange::fromJson(json);
        QVERIFY2(change.ok(), change.ok() ? "" : change.error().message.c_str());
        auto applied = db.transaction([&] { return ChangeApplier(db).apply(*change); });
        QVERIFY2(applied.ok(), applied.ok() ? "" : applied.error().message.c_str());
    }

    static QVariant single(ReplicaDatabase& db, const QString& sql, const QVariantList& values = {}) {
        auto rows = db.select(sql, values);
        if (!rows || rows->isEmpty())
            return {};
        return rows->first().value(0);
    }

    static int count(ReplicaDatabase& db, const QString& table) {
        return single(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }

private slots:
    void productFillsProductsAndVariants() {
        TempReplica replica;
        QJsonObject product = productData("p1", "TS", "T-Shirt", 1999, {"4006381333931"});
        const QJsonObject red{
            {"id", "p1-red"},
            {"sku", "TS-RED-M"},
            {"barcodes", QJsonArray{"2000000000015"}},
            {"options", QJsonObject{{"size", "M"}, {"colour", "red"}}},
            {"price", money(2199)},
            {"store_prices", QJsonArray{QJsonObject{{"store_id", "zurich"}, {"price", money(2490, "CHF")}}}}};
        QJsonArray variants = product.value("variants").toArray();
        variants.append(red);
        product.insert("variants", variants);
        apply(replica.db(), upsert(1, "product", "p1", product));

        auto rows = replica.db().select("SELECT sku, name, price_amount, price_currency, status, version, barcodes "
                                        "FROM products WHERE id = 'p1'");
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first(), (SqlRow{"TS", "T-Shirt", 1999, "EUR", "active", 1, "4006381333931"}));
        QCOMPARE(count(replica.db(), "variants"), 2);
        QCOMPARE(single(replica.db(), "SELECT name FROM variants WHERE id = 'p1-red'").toString(),
                 QStringLiteral("T-Shirt (red, M)"));
        QCOMPARE(single(replica.db(), "SELECT price_amount FROM variants WHERE id = 'p1-red'").toLongLong(), 2199);
        QCOMPARE(single(replica.db(), "SELECT price_amount FROM variant_store_prices WHERE variant_id = 'p1-red' "
                                      "AND store_id = 'zurich'")
                     .toLongLong(),
                 2490);
        // The default variant answers to the product's barcode, the red one to its own.
        QCOMPARE(
            single(replica.db(), "SELECT variant_id FROM variant_barcodes WHERE barcode = '4006381333931'").toString(),
            QStringLiteral("p1-v"));
        QCOMPARE(
            single(replica.db(), "SELECT variant_id FROM variant_barcodes WHERE barcode = '2000000000015'").toString(),
            QStringLiteral("p1-red"));
        QCOMPARE(single(replica.db(), "SELECT seq FROM products WHERE id = 'p1'").toInt(), 1);
        QCOMPARE(count(replica.db(), "entities"), 0); // a product is kept in products alone
    }

    void upsertReplacesVariants() {
        TempReplica replica;
        QJsonObject product = productData("p1", "TS", "T-Shirt", 1999);
        QJsonArray variants = product.value("variants").toArray();
        variants.append(QJsonObject{{"id", "p1-old"}, {"sku", "TS-OLD"}, {"barcodes", QJsonArray{"111"}}});
        product.insert("variants", variants);
        apply(replica.db(), upsert(1, "product", "p1", product));
        QCOMPARE(count(replica.db(), "variants"), 2);

        apply(replica.db(), upsert(2, "product", "p1", productData("p1", "TS", "T-Shirt v2", 2099)));
        QCOMPARE(count(replica.db(), "variants"), 1);
        QCOMPARE(count(replica.db(), "variant_barcodes"), 0);
        QCOMPARE(single(replica.db(), "SELECT name FROM products WHERE id = 'p1'").toString(),
                 QStringLiteral("T-Shirt v2"));
        QCOMPARE(count(replica.db(), "catalog_search"), 1);
        // The product was updated in place: its index row is still the product's own row.
        QCOMPARE(single(replica.db(), "SELECT rowid FROM catalog_search WHERE catalog_search MATCH 'v2'"),
                 single(replica.db(), "SELECT rowid FROM products WHERE id = 'p1'"));
    }

    void olderChangeNeverOverwritesNewer() {
        TempReplica replica;
        apply(replica.db(), upsert(5, "product", "p1", productData("p1", "TS", "Newer", 100)));
        apply(replica.db(), upsert(3, "product", "p1", productData("p1", "TS", "Older", 100)));
        QCOMPARE(single(replica.db(), "SELECT name FROM products").toString(), QStringLiteral("Newer"));
        QCOMPARE(single(replica.db(), "SELECT seq FROM products").toInt(), 5);
    }

    void reapplyingTheSameChangeIsHarmless() {
        TempReplica replica;
        const QJsonObject change = upsert(1, "product", "p1", productData("p1", "TS", "Shirt", 100, {"123"}));
        apply(replica.db(), change);
        apply(replica.db(), change);
        QCOMPARE(count(replica.db(), "products"), 1);
        QCOMPARE(count(replica.db(), "variants"), 1);
        QCOMPARE(count(replica.db(), "catalog_search"), 1);
    }

    void deleteRemovesProductEverywhere() {
        TempReplica replica;
        apply(replica.db(), upsert(1, "product", "p1", productData("p1", "TS", "Shirt", 100, {"123"})));
        apply(replica.db(), remove(2, "product", "p1"));
        for (const char* table : {"entities", "products", "variants", "variant_barcodes", "catalog_search"})
            QVERIFY2(count(replica.db(), table) == 0, table);
    }

    // One page: the search index is written after the page's other changes, and it ends up
    // as the page's last word on each product.
    void pageIndexesItsProductsOnce() {
        TempReplica replica;
        QList<FeedChange> page;
        for (const QJsonObject& json :
             {upsert(1, "product", "p1", productData("p1", "TS", "Linen Shirt", 100, {"111"})),
              upsert(2, "product", "p2", productData("p2", "JK", "Wool Jacket", 200, {"222"})),
              upsert(3, "product", "p1", productData("p1", "TS", "Cotton Shirt", 100, {"111"})),
              upsert(4, "product", "p3", productData("p3", "HT", "Straw Hat", 300)), remove(5, "product", "p3")}) {
            auto change = FeedChange::fromJson(json);
            QVERIFY(change.ok());
            page << *change;
        }
        auto applied = replica.db().transaction([&] { return ChangeApplier(replica.db()).apply(page); });
        QVERIFY2(applied.ok(), applied.ok() ? "" : applied.error().message.c_str());
        QCOMPARE(count(replica.db(), "catalog_search"), 2);
        QCOMPARE(single(replica.db(), "SELECT p.id FROM catalog_search s JOIN products p ON p.rowid = s.rowid "
                                      "WHERE catalog_search MATCH 'cotton'")
                     .toString(),
                 QStringLiteral("p1"));
        QCOMPARE(single(replica.db(), "SELECT count(*) FROM catalog_search WHERE catalog_search MATCH 'linen'").toInt(),
                 0);
        QCOMPARE(single(replica.db(), "SELECT count(*) FROM catalog_search WHERE catalog_search MATCH 'hat'").toInt(),
                 0);
    }

    // Products a page creates skip clearing variants and index rows they cannot have yet; one
    // deleted and created again in the same page, or coming twice, is still replaced whole.
    void pageCreatingAndRecreatingProductsKeepsOneRowEach() {
        TempReplica replica;
        const auto applyPage = [&](const QList<QJsonObject>& jsons) {
            QList<FeedChange> page;
            for (const QJsonObject& json : jsons)
                page << *FeedChange::fromJson(json);
            return replica.db().transaction([&] { return ChangeApplier(replica.db()).apply(page); });
        };
        QVERIFY(applyPage({upsert(1, "product", "p1", productData("p1", "A", "Anchor Mug", 100, {"111"})),
                           upsert(2, "product", "p2", productData("p2", "B", "Birch Tray", 100, {"222"}))})
                    .ok());
        QVERIFY(applyPage({remove(3, "product", "p2"),
                           upsert(4, "product", "p3", productData("p3", "C", "Cedar Box", 100, {"333"})),
                           upsert(5, "product", "p2", productData("p2", "B", "Birch Board", 100, {"222"})),
                           upsert(6, "product", "p3", productData("p3", "C", "Cedar Crate", 100, {"333"}))})
                    .ok());
        QCOMPARE(count(replica.db(), "products"), 3);
        QCOMPARE(count(replica.db(), "variants"), 3);
        QCOMPARE(count(replica.db(), "variant_barcodes"), 3);
        QCOMPARE(count(replica.db(), "catalog_search"), 3);
        for (const char* gone : {"tray", "box"})
            QCOMPARE(single(replica.db(), "SELECT count(*) FROM catalog_search WHERE catalog_search MATCH ?", {gone})
                         .toInt(),
                     0);
        for (const char* found : {"anchor", "board", "crate"})
            QCOMPARE(single(replica.db(), "SELECT count(*) FROM catalog_search WHERE catalog_search MATCH ?", {found})
                         .toInt(),
                     1);
    }

    // The document stored is the server's text when the puller had it, not a re-serialization.
    void serverTextIsStoredAsWritten() {
        TempReplica replica;
        auto change = FeedChange::fromJson(upsert(1, "product", "p1", productData("p1", "TS", "Shirt", 100)));
        QVERIFY(change.ok());
        FeedChange withText = *change;
        withText.dataText = QStringLiteral("{ \"id\" : \"p1\", \"name\" : \"Shirt\" }");
        auto applied = replica.db().transaction([&] { return ChangeApplier(replica.db()).apply(withText); });
        QVERIFY(applied.ok());
        QCOMPARE(single(replica.db(), "SELECT data FROM products").toString(), withText.dataText);
        QCOMPARE(single(replica.db(), "SELECT name FROM products").toString(), QStringLiteral("Shirt"));
    }

    void staleDeleteKeepsNewerCopy() {
        TempReplica replica;
        apply(replica.db(), upsert(9, "product", "p1", productData("p1", "TS", "Shirt", 100)));
        apply(replica.db(), remove(4, "product", "p1"));
        QCOMPARE(count(replica.db(), "products"), 1);
        QCOMPARE(count(replica.db(), "variants"), 1);
        QCOMPARE(count(replica.db(), "catalog_search"), 1);
        apply(replica.db(), upsert(2, "stock_level", "lvl", stockLevelData("TS", "p1-v", "berlin", 1500)));
        apply(replica.db(), upsert(6, "stock_level", "lvl", stockLevelData("TS", "p1-v", "berlin", 2500)));
        apply(replica.db(), upsert(5, "stock_level", "lvl", stockLevelData("TS", "p1-v", "berlin", 9999)));
        apply(replica.db(), remove(3, "stock_level", "lvl"));
        QCOMPARE(single(replica.db(), "SELECT on_hand FROM stock_levels WHERE id = 'lvl'").toInt(), 2500);
    }

    void stockLevelIsProjected() {
        TempReplica replica;
        apply(replica.db(), upsert(1, "stock_level", "opaque-1", stockLevelData("TS", "p1-v", "berlin", 1500)));
        auto rows = replica.db().select("SELECT sku, variant_id, store_id, on_hand, available, low_stock, negative "
                                        "FROM stock_levels WHERE id = 'opaque-1'");
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first(), (SqlRow{"TS", "p1-v", "berlin", 1500, 1500, 1, 0}));

        apply(replica.db(), upsert(2, "stock_level", "opaque-1", stockLevelData("TS", "p1-v", "berlin", -1000)));
        QCOMPARE(single(replica.db(), "SELECT on_hand FROM stock_levels").toInt(), -1000);
        QCOMPARE(single(replica.db(), "SELECT negative FROM stock_levels").toInt(), 1);
        apply(replica.db(), remove(3, "stock_level", "opaque-1"));
        QCOMPARE(count(replica.db(), "stock_levels"), 0);
    }

    void otherEntitiesAreKeptGenerically_data() {
        QTest::addColumn<QString>("entity");
        QTest::newRow("a store") << "store";
        QTest::newRow("a category") << "category";
        QTest::newRow("an attribute set") << "attribute_set";
        QTest::newRow("staff") << "staff";
        QTest::newRow("an entity this version has never heard of") << "loyalty_scheme_v9";
    }

    void otherEntitiesAreKeptGenerically() {
        QFETCH(QString, entity);
        TempReplica replica;
        apply(replica.db(),
              upsert(1, entity, "e1", QJsonObject{{"name", "Berlin"}, {"nested", QJsonObject{{"a", 1}}}}));
        QCOMPARE(
            single(replica.db(), "SELECT json_extract(data, '$.nested.a') FROM entities WHERE entity = ?", {entity})
                .toInt(),
            1);
        apply(replica.db(), remove(2, entity, "e1"));
        QCOMPARE(count(replica.db(), "entities"), 0);
    }

    void malformedEnvelopeIsRefused_data() {
        QTest::addColumn<QJsonObject>("json");
        QJsonObject good = upsert(1, "store", "s1", QJsonObject{});
        QJsonObject noSeq = good;
        noSeq.remove("seq");
        QJsonObject noEntity = good;
        noEntity.remove("entity");
        QJsonObject noId = good;
        noId.insert("id", "");
        QJsonObject badOp = good;
        badOp.insert("op", "merge");
        QJsonObject upsertWithoutData = good;
        upsertWithoutData.insert("data", "not an object");
        QTest::newRow("no seq") << noSeq;
        QTest::newRow("no entity") << noEntity;
        QTest::newRow("empty id") << noId;
        QTest::newRow("unknown op") << badOp;
        QTest::newRow("upsert without data object") << upsertWithoutData;
    }

    void malformedEnvelopeIsRefused() {
        QFETCH(QJsonObject, json);
        auto change = FeedChange::fromJson(json);
        QVERIFY(!change.ok());
        QCOMPARE(change.error().code, std::string("malformed_response"));
    }
};

QTEST_GUILESS_MAIN(TestChangeApplier)
#include "tst_changeapplier.moc"
