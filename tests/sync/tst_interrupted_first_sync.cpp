#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "ApiTestServer.h"
#include "FixedTokenSource.h"
#include "SyncTestSupport.h"
#include "client/replica/ReplicaDatabase.h"
#include "client/sync/ChangePuller.h"
#include "client/sync/SyncApi.h"

using tp::test::ApiResponse;
using tp::test::ApiTestServer;

namespace {

long long count(tp::client::ReplicaDatabase& db, const QString& sql) {
    auto rows = db.select(sql);
    return rows && !rows->isEmpty() ? rows->first().value(0).toLongLong() : -1;
}

} // namespace

// A first sync interrupted halfway (ISSUE: offline-first sync) resumes from its cursor: the
// register is stopped after a few pages, started again on the same replica file, and ends
// with exactly the server's catalog — against the real server on the run's backend.
class TestInterruptedFirstSync : public QObject {
    Q_OBJECT

private slots:
    void resumesFromTheCursorAfterARestart() {
        ApiTestServer server;
        QVERIFY2(server.start(), server.error().c_str());
        const auto shop = server.createTenant("resume", "enterprise");
        const int products = 240;
        for (int i = 0; i < products; ++i) {
            const ApiResponse created =
                server.post("/api/v1/products",
                            "{\"sku\":\"RES-" + std::to_string(i) + "\",\"name\":\"Resumed " + std::to_string(i) +
                                "\",\"price\":{\"amount\":100,\"currency\":\"EUR\"}}",
                            shop.ownerToken);
            QCOMPARE(created.status, 201);
        }
        tp::client::testing::FixedTokenSource token(
            QString::fromStdString(tp::test::enrolDevice(server, shop, shop.mainStoreId)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.db"));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));

        QString cursorAtStop;
        {
            tp::client::ReplicaDatabase db;
            QVERIFY(db.open(path).ok());
            tp::client::SyncApi api(url, token);
            tp::client::ChangePuller puller(db, api);
            puller.setPageSize(40);
            int pages = 0;
            QObject::connect(&puller, &tp::client::ChangePuller::pageApplied, &puller, [&](int, const QString&) {
                if (++pages == 3)
                    puller.cancel();
            });
            QSignalSpy finished(&puller, &tp::client::ChangePuller::finished);
            QVERIFY(puller.pull());
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.first().first().toBool(), false); // cancelled halfway
            const long long partial = count(db, QStringLiteral("SELECT COUNT(*) FROM products"));
            QVERIFY2(partial > 0 && partial < products, qPrintable(QString::number(partial)));
            cursorAtStop = puller.cursor().valueOr(QString());
            QVERIFY(!cursorAtStop.isEmpty() && cursorAtStop != QStringLiteral("0"));
        } // the register goes away with its replica closed

        tp::client::ReplicaDatabase db;
        QVERIFY(db.open(path).ok());
        tp::client::SyncApi api(url, token);
        tp::client::ChangePuller puller(db, api);
        puller.setPageSize(40);
        QCOMPARE(puller.cursor().valueOr(QString()), cursorAtStop); // the cursor survived
        QSignalSpy finished(&puller, &tp::client::ChangePuller::finished);
        QVERIFY(puller.pull());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM products")), (long long)products);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(DISTINCT sku) FROM products WHERE sku LIKE 'RES-%'")),
                 (long long)products);
        // And the cursor is the server's last change for this register.
        const auto all = tp::test::pullAll(server, token.accessToken().toStdString());
        QVERIFY(!all.empty());
        QCOMPARE(puller.cursor().valueOr(QString()), QString::number(all.back()->getValue<long long>("seq")));
    }
};

QTEST_GUILESS_MAIN(TestInterruptedFirstSync)
#include "tst_interrupted_first_sync.moc"
