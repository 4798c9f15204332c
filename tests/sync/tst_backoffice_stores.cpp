#include <QTemporaryDir>
#include <QTest>

#include "ApiTestServer.h"
#include "OfficeReplica.h"
#include "SyncTestSupport.h"
#include "models/StoreSettings.h"

using tp::backoffice::StoreSettings;
using tp::test::ApiResponse;
using tp::test::ApiTestServer;

// A store's receipt texts edited offline in the office reach the server (store.update) and
// every register's feed; a second office that edited the old version gets a version conflict;
// a register may not change store settings.
class TestBackofficeStores : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    QTemporaryDir m_dir;

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())); }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("receipts");
    }

    void receiptTextsReachTheServerAndAStaleEditConflicts() {
        tp::test::OfficeReplica first(m_dir.filePath(QStringLiteral("first.db")), url(),
                                      QString::fromStdString(m_shop.ownerToken));
        tp::test::OfficeReplica second(m_dir.filePath(QStringLiteral("second.db")), url(),
                                       QString::fromStdString(m_shop.ownerToken));
        QVERIFY(first.isOpen() && second.isOpen());
        QVERIFY(first.pull());
        QVERIFY(second.pull());
        StoreSettings firstSettings(first.outbox);
        StoreSettings secondSettings(second.outbox);
        auto stores = firstSettings.stores();
        QVERIFY(stores.ok() && stores->size() == 1);
        const auto store = stores->first();
        QCOMPARE(store.storeId, QString::fromStdString(m_shop.mainStoreId));
        QCOMPARE(firstSettings.saveReceiptTexts(store, QString(QStringLiteral("x")).repeated(2001), {}).error().code,
                 std::string("text_too_long"));
        QVERIFY(firstSettings
                    .saveReceiptTexts(store, QStringLiteral("Torstraße 1\n10119 Berlin"), QStringLiteral("Thank you!"))
                    .ok());
        QCOMPARE(firstSettings.stores()->first().header, QStringLiteral("Torstraße 1\n10119 Berlin")); // at once
        QVERIFY2(first.upload(), qPrintable(first.firstRefusal()));
        const ApiResponse saved = m_server.get("/api/v1/stores/" + m_shop.mainStoreId, m_shop.ownerToken);
        QCOMPARE(saved.json->getObject("store")->getValue<std::string>("receipt_header"),
                 std::string("Torstraße 1\n10119 Berlin"));
        QCOMPARE(saved.json->getObject("store")->getValue<std::string>("receipt_footer"), std::string("Thank you!"));

        // The second office still has the old version: its edit is refused, not applied.
        QVERIFY(secondSettings.saveReceiptTexts(secondSettings.stores()->first(), QStringLiteral("Old"), {}).ok());
        QVERIFY(!second.upload());
        QVERIFY(second.firstRefusal().startsWith(QLatin1String("version_conflict")));
        QVERIFY(second.pull());
        QCOMPARE(secondSettings.stores()->first().footer, QStringLiteral("Thank you!"));

        const std::string device = tp::test::enrolDevice(m_server, m_shop, m_shop.mainStoreId);
        auto refused = tp::test::pushOne(m_server, device, "store.update",
                                         R"({"id":")" + m_shop.mainStoreId + R"(","version":2,"name":"Mine"})");
        QCOMPARE(tp::test::errorOf(refused), std::string("forbidden"));
    }
};

QTEST_MAIN(TestBackofficeStores)
#include "tst_backoffice_stores.moc"
