#include <QTemporaryDir>
#include <QTest>

#include "ApiTestServer.h"
#include "OfficeReplica.h"
#include "models/stock/CountSheetModel.h"
#include "models/stock/StockActions.h"
#include "models/stock/StockHistory.h"
#include "models/stock/StockLevelModel.h"

using tp::backoffice::CountSheetModel;
using tp::backoffice::StockActions;
using tp::backoffice::StockLevelModel;
using tp::test::ApiResponse;
using tp::test::ApiTestServer;

// Stock handled in the office, offline first: a delivery received, goods moved to the other
// store, a damaged one written off, a blind count of a category; the server's levels agree
// once it is all uploaded, and come back in the feed.
class TestBackofficeStock : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    QTemporaryDir m_dir;
    std::string m_secondStore;
    std::string m_kitchen;

    std::string id(const ApiResponse& response, const char* envelope) {
        return response.json ? response.json->getObject(envelope)->getValue<std::string>("id") : std::string();
    }

    long long onHand(const std::string& storeId, const std::string& sku) {
        const ApiResponse levels =
            m_server.get("/api/v1/inventory?store_id=" + storeId + "&sku=" + sku, m_shop.ownerToken);
        if (levels.status != 200 || levels.json->getArray("levels")->size() != 1)
            return -1;
        return levels.json->getArray("levels")->getObject(0)->getValue<long long>("on_hand");
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("stock");
        const ApiResponse second =
            m_server.post("/api/v1/stores", R"({"code":"second","name":"Second","currency":"EUR"})", m_shop.ownerToken);
        QVERIFY2(second.status == 201, second.body.c_str());
        m_secondStore = id(second, "store");
        const ApiResponse kitchen = m_server.post("/api/v1/categories", R"({"name":"Kitchen"})", m_shop.ownerToken);
        QVERIFY2(kitchen.status == 201, kitchen.body.c_str());
        m_kitchen = id(kitchen, "category");
        const ApiResponse cups = m_server.post(
            "/api/v1/categories", R"({"name":"Cups","parent_id":")" + m_kitchen + R"("})", m_shop.ownerToken);
        QVERIFY2(cups.status == 201, cups.body.c_str());
        for (const std::string& product :
             {R"({"sku":"MUG-1","name":"Mug","price":{"amount":1250,"currency":"EUR"},"category_ids":[")" + m_kitchen +
                  R"("]})",
              R"({"sku":"CUP-2","name":"Espresso cup","price":{"amount":890,"currency":"EUR"},"category_ids":[")" +
                  id(cups, "category") + R"("]})",
              std::string(R"({"sku":"TEE-1","name":"Tee","price":{"amount":1990,"currency":"EUR"}})")}) {
            const ApiResponse created = m_server.post("/api/v1/products", product, m_shop.ownerToken);
            QVERIFY2(created.status == 201, created.body.c_str());
        }
        const ApiResponse threshold =
            m_server.request("PUT", "/api/v1/inventory/thresholds",
                             R"({"store_id":")" + m_shop.mainStoreId + R"(","sku":"MUG-1","low_stock_threshold":5000})",
                             m_shop.ownerToken);
        QVERIFY2(threshold.status == 200, threshold.body.c_str());
    }

    void stockHandledOfflineReachesTheServer() {
        tp::test::OfficeReplica office(m_dir.filePath(QStringLiteral("office.db")),
                                       QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())),
                                       QString::fromStdString(m_shop.ownerToken));
        QVERIFY(office.isOpen());
        auto& db = office.db;
        auto& outbox = office.outbox;
        const auto pull = [&office] {
            return office.pull();
        };
        QVERIFY(pull());
        const QString main = QString::fromStdString(m_shop.mainStoreId);
        const QString second = QString::fromStdString(m_secondStore);

        StockActions stock(outbox);
        QCOMPARE(stock.receive(main, {{"NOPE", 1000}}).error().code, std::string("unknown_sku"));
        QCOMPARE(stock.receive(main, {{"MUG-1", 0}}).error().code, std::string("invalid_quantity"));
        QCOMPARE(stock.transfer(main, main, {{"MUG-1", 1000}}).error().code, std::string("same_store"));
        QCOMPARE(stock.receive(QStringLiteral("elsewhere"), {{"MUG-1", 1000}}).error().code,
                 std::string("unknown_store"));
        QVERIFY(stock.receive(main, {{"MUG-1", 10000}, {"CUP-2", 6000}}).ok());
        QVERIFY(stock.transfer(main, second, {{"MUG-1", 4000}}).ok());
        QVERIFY(stock.adjust(main, {{"CUP-2", 1000}}, QStringLiteral("damage")).ok());

        // A blind count of the kitchen (its cups too): the expected quantities stay hidden,
        // and only what was counted is sent.
        CountSheetModel sheet(db);
        QVERIFY(sheet.build(main, QString::fromStdString(m_kitchen), true).ok());
        QCOMPARE(sheet.rowCount(), 2);
        QCOMPARE(sheet.index(0, CountSheetModel::Item).data().toString(), QStringLiteral("Espresso cup"));
        QCOMPARE(sheet.index(1, CountSheetModel::Expected).data().toString(), QStringLiteral("—"));
        QVERIFY(!sheet.setData(sheet.index(1, CountSheetModel::Counted), QStringLiteral("five")));
        QVERIFY(sheet.setData(sheet.index(1, CountSheetModel::Counted), QStringLiteral("5")));
        QCOMPARE(sheet.counted().size(), 1);
        QVERIFY(stock.count(main, sheet.counted(), QDateTime::currentDateTimeUtc()).ok());

        // The office sees it all at once.
        StockLevelModel levels(db);
        levels.setStore(main);
        levels.sort(StockLevelModel::Sku, Qt::AscendingOrder);
        QCOMPARE(levels.rowCount(), 2);
        QCOMPARE(levels.index(0, StockLevelModel::Sku).data().toString(), QStringLiteral("CUP-2"));
        QCOMPARE(levels.index(0, StockLevelModel::OnHand).data(Qt::UserRole).toLongLong(), 5000);
        QCOMPARE(levels.index(1, StockLevelModel::OnHand).data(Qt::UserRole).toLongLong(), 5000);
        levels.setLowOnly(true);
        QVERIFY(levels.reload().ok());
        QCOMPARE(levels.rowCount(), 1); // the mug: 5 left, low at 5
        QCOMPARE(levels.index(0, StockLevelModel::Threshold).data(Qt::UserRole).toLongLong(), 5000);

        QVERIFY2(office.upload(), qPrintable(office.firstRefusal()));
        QCOMPARE(onHand(m_shop.mainStoreId, "MUG-1"), 5000LL);
        QCOMPARE(onHand(m_secondStore, "MUG-1"), 4000LL);
        QCOMPARE(onHand(m_shop.mainStoreId, "CUP-2"), 5000LL);

        // The mug's history in the main store, from the server, newest first.
        tp::backoffice::StockHistory history(office.api());
        std::optional<tp::domain::Result<tp::backoffice::StockHistoryPage>> movements;
        history.fetch(main, QStringLiteral("MUG-1"), 50, [&](auto answer) { movements = std::move(answer); });
        QVERIFY(QTest::qWaitFor([&] { return movements.has_value(); }, 20000));
        QVERIFY(movements->ok());
        QStringList reasons;
        QVERIFY((*movements)->complete);
        for (const auto& movement : (*movements)->movements)
            reasons << movement.reason;
        QCOMPARE(reasons, (QStringList{"count", "transfer_out", "receipt"}));
        QCOMPARE((*movements)->movements.first().countedMilli, std::optional<qint64>(5000));
        QCOMPARE((*movements)->movements.at(1).deltaMilli, -4000);
        // Offline, the history says so in words.
        tp::client::testing::FixedTokenSource token(QString::fromStdString(m_shop.ownerToken));
        tp::client::SyncApi nowhere(QUrl(QStringLiteral("http://127.0.0.1:1")), token);
        tp::backoffice::StockHistory offline(nowhere);
        std::optional<tp::domain::Result<tp::backoffice::StockHistoryPage>> none;
        offline.fetch(main, QStringLiteral("MUG-1"), 50, [&](auto answer) { none = std::move(answer); });
        QVERIFY(QTest::qWaitFor([&] { return none.has_value(); }, 20000));
        QCOMPARE(none->error().code, std::string("offline"));
        // With the office's replica: what it knows — here a delivery booked offline, not sent yet.
        QVERIFY(stock.receive(main, {{"MUG-1", 3000}}).ok());
        tp::backoffice::StockHistory partial(nowhere, &db);
        std::optional<tp::domain::Result<tp::backoffice::StockHistoryPage>> known;
        partial.fetch(main, QStringLiteral("MUG-1"), 50, [&](auto answer) { known = std::move(answer); });
        QVERIFY(QTest::qWaitFor([&] { return known.has_value(); }, 20000));
        QVERIFY(known->ok());
        QVERIFY(!(*known)->complete);
        QCOMPARE((*known)->movements.size(), 1);
        QCOMPARE((*known)->movements.first().reason, QStringLiteral("receipt"));
        QCOMPARE((*known)->movements.first().deltaMilli, 3000);
        QVERIFY2(office.upload(), qPrintable(office.firstRefusal()));

        QVERIFY(pull());
        levels.setLowOnly(false);
        levels.setStore(second);
        QVERIFY(levels.reload().ok());
        QCOMPARE(levels.rowCount(), 1);
        QCOMPARE(levels.index(0, StockLevelModel::OnHand).data(Qt::UserRole).toLongLong(), 4000);
        QCOMPARE(levels.index(0, StockLevelModel::Store).data().toString(), QStringLiteral("Second"));
        auto local = db.select(QStringLiteral("SELECT count(*) FROM stock_levels WHERE seq = 0"));
        QCOMPARE(local->first().at(0).toInt(), 0); // every level is the server's now
    }
};

QTEST_MAIN(TestBackofficeStock)
#include "tst_backoffice_stock.moc"
