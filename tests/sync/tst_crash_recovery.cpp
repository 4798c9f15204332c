#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <map>
#include <set>

#include <Poco/JSON/Array.h>

#include "ApiTestServer.h"
#include "SyncTestSupport.h"
#include "client/replica/ReplicaDatabase.h"

using tp::test::ApiResponse;
using tp::test::ApiTestServer;

// The crash proof (issue: offline-first sync): a register process is killed with SIGKILL at
// 200 random instants while it commits sales and uploads them, and started again on the
// same replica each time. After a last run that drains the outbox, every sale the replica
// holds is on the server exactly once, and the server holds no sale the replica does not.
class TestCrashRecovery : public QObject {
    Q_OBJECT

private:
    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    QTemporaryDir m_dir;

    QStringList arguments(const QString& replica, const std::string& token, int sales) const {
        return {replica,
                QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()),
                QString::fromStdString(token),
                QString::fromStdString(m_shop.mainStoreId),
                QStringLiteral("CR"),
                QString::number(sales)};
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("crash", "enterprise");
        const ApiResponse product =
            m_server.post("/api/v1/products",
                          "{\"sku\":\"CRASH-1\",\"name\":\"Crash\",\"price\":{\"amount\":100,\"currency\":\"EUR\"}}",
                          m_shop.ownerToken);
        QCOMPARE(product.status, 201);
    }

    void killedAnywhereLosesAndDuplicatesNothing() {
        const std::string token = tp::test::enrolDevice(m_server, m_shop, m_shop.mainStoreId);
        QVERIFY(!token.empty());
        const QString replica = m_dir.filePath(QStringLiteral("register.db"));
        const int sales = 8000; // more than the killed runs can ring, so each is killed mid-work
        QRandomGenerator random(4242);
        int killedWhileWorking = 0;
        for (int kill = 0; kill < 200; ++kill) {
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(QStringLiteral(TP_CRASH_REGISTER), arguments(replica, token, sales));
            QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
            QThread::msleep(30 + random.bounded(170));
            if (process.state() == QProcess::Running) {
                process.kill(); // SIGKILL: no destructor, no flush, no goodbye
                ++killedWhileWorking;
            }
            QVERIFY(process.waitForFinished(5000));
            const QByteArray output = process.readAll();
            QVERIFY2(!output.contains("failed") && !output.contains("cannot"), output.constData());
        }
        QVERIFY(killedWhileWorking >= 190);
        {
            // Every kill came while sales were still being rung (and uploaded meanwhile).
            tp::client::ReplicaDatabase before;
            QVERIFY(before.open(replica).ok());
            auto rung = before.select(QStringLiteral("SELECT COUNT(*) FROM sim_sales"));
            QVERIFY(rung.ok());
            const int count = rung->first().value(0).toInt();
            QVERIFY2(count > 200 && count < sales, qPrintable(QString::number(count)));
        }

        // The last run: rings the rest and drains the outbox.
        QProcess last;
        last.setProcessChannelMode(QProcess::MergedChannels);
        last.start(QStringLiteral(TP_CRASH_REGISTER), arguments(replica, token, sales));
        QVERIFY(last.waitForFinished(300000));
        const QByteArray output = last.readAll();
        QVERIFY2(last.exitCode() == 0 && output.contains("drained"), output.right(2000).constData());

        tp::client::ReplicaDatabase db;
        QVERIFY(db.open(replica).ok());
        auto rows = db.select(QStringLiteral("SELECT number FROM sim_sales"));
        QVERIFY(rows.ok());
        std::set<std::string> local;
        for (const auto& row : rows.value())
            local.insert(row.value(0).toString().toStdString());
        QCOMPARE(local.size(), std::size_t(sales));
        auto pending = db.select(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        QVERIFY(pending.ok());
        QCOMPARE(pending->first().value(0).toInt(), 0);

        const auto server = tp::test::orderNumbers(m_server, m_shop.ownerToken);
        QCOMPARE(server.size(), local.size());
        for (const auto& [number, times] : server) {
            QVERIFY2(times == 1, number.c_str());
            QVERIFY2(local.count(number) == 1, number.c_str());
        }
        const auto level =
            m_server.get("/api/v1/inventory?store_id=" + m_shop.mainStoreId + "&sku=CRASH-1", m_shop.ownerToken);
        QCOMPARE(level.json->getArray("levels")->getObject(0)->getValue<long long>("on_hand"), -1000LL * sales);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crash_recovery.moc"
