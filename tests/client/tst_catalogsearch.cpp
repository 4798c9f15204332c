#include <QElapsedTimer>
#include <QTest>

#include "FeedSamples.h"
#include "TempReplica.h"
#include "client/replica/CatalogSearch.h"
#include "client/replica/ChangeApplier.h"

using namespace tp::client;
using namespace tp::client::testing;

// Search as you type over a catalog of thousands of products: name words, skus and barcodes
// by prefix, diacritics folded, user input never read as FTS syntax.
class TestCatalogSearch : public QObject {
    Q_OBJECT

private:
    TempReplica* m_replica = nullptr;
    static constexpr int kProducts = 5000;

    static QStringList skus(const QList<CatalogHit>& hits) {
        QStringList list;
        for (const CatalogHit& hit : hits)
            list << hit.sku;
        return list;
    }

    QList<CatalogHit> search(const QString& typed, int limit = 50) {
        auto hits = CatalogSearch(m_replica->db()).search(typed, limit);
        if (!hits.ok())
            qFatal("search failed: %s", hits.error().message.c_str());
        return *hits;
    }

private slots:
    void initTestCase() {
        m_replica = new TempReplica;
        ReplicaDatabase& db = m_replica->db();
        auto filled = db.transaction([&]() -> tp::domain::Result<void> {
            ChangeApplier applier(db);
            const QStringList colours{"Red", "Blue", "Green", "Black", "White"};
            for (int i = 0; i < kProducts; ++i) {
                const QString id = QStringLiteral("p%1").arg(i);
                const QString sku = QStringLiteral("SKU-%1").arg(i, 5, 10, QLatin1Char('0'));
                const QString name = QStringLiteral("%1 Cotton Shirt %2").arg(colours.at(i % 5)).arg(i);
                const QString barcode = QStringLiteral("40%1").arg(i, 11, 10, QLatin1Char('0'));
                auto change =
                    FeedChange::fromJson(upsert(i + 1, "product", id, productData(id, sku, name, 1000 + i, {barcode})));
                if (auto applied = applier.apply(*change); !applied)
                    return applied;
            }
            auto crème = FeedChange::fromJson(
                upsert(kProducts + 1, "product", "creme", productData("creme", "CR-1", "Crème brûlée", 450)));
            if (auto applied = applier.apply(*crème); !applied)
                return applied;
            auto quoted = FeedChange::fromJson(
                upsert(kProducts + 2, "product", "quoted", productData("quoted", "Q-1", "The \"Big\" Mug", 900)));
            if (auto applied = applier.apply(*quoted); !applied)
                return applied;
            auto blanket = FeedChange::fromJson(
                upsert(kProducts + 3, "product", "blanket", productData("blanket", "WB-1", "Woolen Blanket", 4900)));
            return applier.apply(*blanket);
        });
        QVERIFY2(filled.ok(), filled.ok() ? "" : filled.error().message.c_str());
    }

    void cleanupTestCase() { delete m_replica; }

    void prefixOfANameWordFindsTheProduct() {
        const QList<CatalogHit> hits = search("Cotton Shi", kProducts + 10);
        QCOMPARE(hits.size(), kProducts);
    }

    void wordsNarrowTheResult() {
        const QList<CatalogHit> hits = search("gree shirt", kProducts);
        QCOMPARE(hits.size(), kProducts / 5);
        for (const CatalogHit& hit : hits)
            QVERIFY2(hit.name.startsWith("Green"), qPrintable(hit.name));
    }

    void skuPrefixFindsTheProduct() {
        QCOMPARE(skus(search("SKU-0123")),
                 (QStringList{"SKU-01230", "SKU-01231", "SKU-01232", "SKU-01233", "SKU-01234", "SKU-01235", "SKU-01236",
                              "SKU-01237", "SKU-01238", "SKU-01239"}));
        QCOMPARE(skus(search("sku-04321")), QStringList{"SKU-04321"});
    }

    void barcodeFindsTheProduct() {
        const QList<CatalogHit> hits = search("4000000004321");
        QCOMPARE(skus(hits), QStringList{"SKU-04321"});
        QCOMPARE(hits.first().priceAmount.value(), 1000 + 4321);
        QCOMPARE(hits.first().currency, QStringLiteral("EUR"));
        QCOMPARE(search("400000000432").size(), 10); // a prefix while the scanner's digits arrive
    }

    void diacriticsAreFolded() {
        QCOMPARE(skus(search("creme bru")), QStringList{"CR-1"});
        QCOMPARE(skus(search("Crème")), QStringList{"CR-1"});
    }

    void userSyntaxIsText_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("expected");
        QTest::newRow("a lone quote") << "\"" << 0;
        QTest::newRow("quotes inside a word") << "\"big\"" << 1;
        QTest::newRow("an FTS operator word") << "NOT" << 0;
        QTest::newRow("a column filter") << "name:shirt" << 0;
        QTest::newRow("stars and brackets") << "(*) -" << 0;
        QTest::newRow("only spaces") << "   " << 0;
    }

    void userSyntaxIsText() {
        QFETCH(QString, typed);
        QFETCH(int, expected);
        auto hits = CatalogSearch(m_replica->db()).search(typed);
        QVERIFY2(hits.ok(), hits.ok() ? "" : hits.error().message.c_str());
        QCOMPARE(hits->size(), expected);
    }

    void limitIsHonoured() { QCOMPARE(search("shirt", 7).size(), 7); }

    void namesStartingWithTheTextComeFirst() {
        // "Black …" starts with "bla"; a product with "bla" only in a later word comes after
        // all of those, however the full-text index would score them.
        const QList<CatalogHit> hits = search("bla", kProducts);
        QCOMPARE(hits.size(), kProducts / 5 + 1);
        QCOMPARE(hits.last().name, QStringLiteral("Woolen Blanket"));
        bool laterWord = false;
        for (const CatalogHit& hit : hits) {
            const bool starts = hit.name.startsWith("Bla", Qt::CaseInsensitive);
            QVERIFY2(!(starts && laterWord), qPrintable(hit.name + " came after a later-word match"));
            laterWord = laterWord || !starts;
        }
    }

    void scannedBarcodeFindsItsVariant() {
        auto found = CatalogSearch(m_replica->db()).findByBarcode("4000000004321");
        QVERIFY(found.ok());
        QVERIFY(found->has_value());
        QCOMPARE((*found)->variantId, QStringLiteral("p4321-v"));
        QCOMPARE((*found)->productId, QStringLiteral("p4321"));
        QCOMPARE((*found)->priceAmount.value(), 5321);
        auto missing = CatalogSearch(m_replica->db()).findByBarcode("999");
        QVERIFY(missing.ok());
        QVERIFY(!missing->has_value());
    }
};

QTEST_GUILESS_MAIN(TestCatalogSearch)
#include "tst_catalogsearch.moc"
