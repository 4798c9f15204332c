#include <QTest>

#include <string>

#include "catalog/ProductDocumentCache.h"
#include "catalog/ProductDocuments.h"

using tp::server::catalog::ProductDocumentCache;
using tp::server::catalog::ProductDocuments;

namespace {

void readThrough(ProductDocumentCache& cache, const std::string& tenant, const std::string& product) {
    const auto lookup = cache.find(tenant, product);
    cache.remember(tenant, product, std::make_shared<const std::string>(tenant + "/" + product), lookup.generation);
}

} // namespace

// What a server does with a notification of another server's product write (the payload
// ProductDocuments::refresh sends on PostgreSQL): it forgets that one product of that one
// tenant; a payload it cannot read empties the cache rather than leave a copy that may be stale.
class TestProductDocumentNotifications : public QObject {
    Q_OBJECT

private slots:
    void payloadForgetsTheProductItNames() {
        ProductDocumentCache cache(ProductDocumentCache::kDefaultBudgetBytes, 4);
        readThrough(cache, "t1", "p1");
        readThrough(cache, "t1", "p2");
        readThrough(cache, "t2", "p1");
        ProductDocuments::forgetNotified(cache, "t1 p1");
        QVERIFY(!cache.find("t1", "p1").document);
        QVERIFY(cache.find("t1", "p2").document);
        QVERIFY(cache.find("t2", "p1").document);
    }

    void unreadablePayloadEmptiesTheCache_data() {
        QTest::addColumn<QString>("payload");
        QTest::newRow("empty") << "";
        QTest::newRow("a tenant alone") << "t1";
        QTest::newRow("no product after the space") << "t1 ";
        QTest::newRow("no tenant before the space") << " p1";
    }

    void unreadablePayloadEmptiesTheCache() {
        QFETCH(QString, payload);
        ProductDocumentCache cache(ProductDocumentCache::kDefaultBudgetBytes, 4);
        readThrough(cache, "t1", "p1");
        readThrough(cache, "t2", "p2");
        ProductDocuments::forgetNotified(cache, payload.toStdString());
        QCOMPARE(cache.size(), std::size_t{0});
        QVERIFY(!cache.suspended());
        readThrough(cache, "t1", "p1");
        QVERIFY(cache.find("t1", "p1").document);
    }
};

QTEST_GUILESS_MAIN(TestProductDocumentNotifications)
#include "tst_product_document_notifications.moc"
