#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include "FakeSyncServer.h"
#include "FeedSamples.h"
#include "FixedTokenSource.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "client/sync/ChangePuller.h"
#include "client/sync/OutboxUploader.h"
#include "client/sync/RetrySchedule.h"
#include "client/sync/SyncApi.h"
#include "client/sync/SyncEngine.h"
#include "client/sync/SyncState.h"
#include "domain/ids/UuidV7Generator.h"

using namespace std::chrono;
using namespace tp::client;
using namespace tp::client::testing;
using Reaction = FakeSyncServer::Reaction;
using tp::domain::UuidV7Generator;

// The engine as an app uses it: it pushes soon after a sale, pulls the feed, and keeps
// SyncState (the UI's view) current through signals — online/offline, pending count, last
// successful sync, last error in words — across outages and rejections.
class TestSyncEngine : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempReplica> m_replica;
    std::unique_ptr<FakeSyncServer> m_server;
    FixedTokenSource m_tokens{"device-token"};
    UuidV7Generator m_ids{UuidV7Generator::systemClock(), UuidV7Generator::systemRandomSource()};
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SyncApi> m_api;
    std::unique_ptr<RetrySchedule> m_retry;
    std::unique_ptr<ChangePuller> m_puller;
    std::unique_ptr<OutboxUploader> m_uploader;
    std::unique_ptr<SyncState> m_state;
    std::unique_ptr<SyncEngine> m_engine;

    QList<QJsonObject> m_feed;
    // What the fake server does with a push; answers "applied" unless a test says otherwise.
    std::function<Reaction(const FakeSyncServer::Request&)> m_onPush;
    bool m_serverDown = false;

    static Reaction answerAll(const FakeSyncServer::Request& request, const QString& status) {
        QJsonArray results;
        for (const QJsonValue& mutation : request.json().value("mutations").toArray()) {
            QJsonObject result{{"mutation_id", mutation.toObject().value("mutation_id")}, {"status", status}};
            if (status == "rejected")
                result.insert("error", QJsonObject{{"code", "invalid_request"}, {"message", "totals differ"}});
            results.append(result);
        }
        return Reaction::json(200, QJsonObject{{"results", results}});
    }

    Reaction serve(const FakeSyncServer::Request& request) {
        if (m_serverDown)
            return Reaction::drop();
        if (request.path == "/api/v1/sync/push")
            return m_onPush(request);
        const int since = request.query.queryItemValue("since").toInt();
        QJsonArray changes;
        for (int i = since; i < m_feed.size(); ++i)
            changes.append(m_feed.at(i));
        return Reaction::json(200,
                              QJsonObject{{"changes", changes}, {"cursor", int(m_feed.size())}, {"has_more", false}});
    }

    void startClient(RetryPolicy policy = {milliseconds(100), milliseconds(400)}) {
        m_outbox = std::make_unique<Outbox>(m_replica->db(), m_ids);
        m_api = std::make_unique<SyncApi>(m_server->url(), m_tokens);
        m_api->setTimeout(milliseconds(1000));
        m_retry = std::make_unique<RetrySchedule>(m_replica->db(), "push", policy);
        m_puller = std::make_unique<ChangePuller>(m_replica->db(), *m_api);
        m_uploader = std::make_unique<OutboxUploader>(*m_outbox, *m_api, *m_retry);
        m_state = std::make_unique<SyncState>();
        m_engine = std::make_unique<SyncEngine>(*m_outbox, *m_puller, *m_uploader, *m_retry, *m_state);
        m_engine->setInterval(minutes(10)); // only the triggers under test start cycles
        m_engine->setWriteDelay(milliseconds(20));
    }

    void stopClient() {
        m_engine.reset();
        m_state.reset();
        m_uploader.reset();
        m_puller.reset();
        m_retry.reset();
        m_api.reset();
        m_outbox.reset();
    }

    QString sell(const QString& orderId) {
        auto id = m_outbox->write([&](LocalWrite& w) { w.enqueue("order.create", QJsonObject{{"id", orderId}}); });
        return id.ok() ? id->first() : QString();
    }

    bool startAndSettle() {
        QSignalSpy cycles(m_engine.get(), &SyncEngine::cycleFinished);
        m_engine->start();
        return cycles.wait(5000);
    }

private slots:
    void init() {
        m_replica = std::make_unique<TempReplica>();
        m_server = std::make_unique<FakeSyncServer>();
        m_server->setHandler([this](const FakeSyncServer::Request& request) { return serve(request); });
        m_feed.clear();
        m_serverDown = false;
        m_onPush = [](const FakeSyncServer::Request& request) {
            return answerAll(request, "applied");
        };
        startClient();
    }

    void cleanup() {
        stopClient();
        m_server.reset();
        m_replica.reset();
    }

    void stateSignalsOnlyRealChanges() {
        SyncState state;
        QSignalSpy online(&state, &SyncState::onlineChanged);
        QSignalSpy pending(&state, &SyncState::pendingCountChanged);
        QSignalSpy error(&state, &SyncState::lastErrorChanged);
        state.setOnline(true);
        state.setOnline(true);
        state.setPendingCount(3);
        state.setPendingCount(3);
        state.setPendingCount(0);
        state.setLastError("The server cannot be reached.");
        state.setLastError("The server cannot be reached.");
        QCOMPARE(online.size(), 1);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).first().toInt(), 3);
        QCOMPARE(error.size(), 1);
    }

    void firstCycleGoesOnlineAndPullsTheFeed() {
        m_feed << upsert(1, "product", "p1", productData("p1", "TS", "T-Shirt", 1999, {"400"}));
        QSignalSpy online(m_state.get(), &SyncState::onlineChanged);
        QSignalSpy lastSync(m_state.get(), &SyncState::lastSuccessfulSyncChanged);
        QSignalSpy syncing(m_state.get(), &SyncState::syncingChanged);
        QVERIFY(startAndSettle());
        QCOMPARE(online.size(), 1);
        QCOMPARE(online.first().first().toBool(), true);
        QCOMPARE(lastSync.size(), 1);
        QVERIFY(lastSync.first().first().toDateTime().secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QCOMPARE(syncing.size(), 2); // true, then false
        QCOMPARE(syncing.last().first().toBool(), false);
        auto products = m_replica->db().select("SELECT name FROM products");
        QCOMPARE(products->size(), 1);
        QVERIFY(m_state->lastError().isEmpty());
    }

    void aSaleGoesUpSoonAfterItIsWritten() {
        QVERIFY(startAndSettle());
        QSignalSpy pending(m_state.get(), &SyncState::pendingCountChanged);
        const QString id = sell("order-1");
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().first().toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_state->pendingCount(), 0, 5000);
        QCOMPARE(pending.last().first().toInt(), 0);
        bool sent = false;
        for (const auto& request : m_server->requests())
            sent = sent || request.body.contains(id.toUtf8());
        QVERIFY(sent);
    }

    void outageIsShownAndRecoveredFrom() {
        QVERIFY(startAndSettle());
        QVERIFY(m_state->isOnline());
        QSignalSpy online(m_state.get(), &SyncState::onlineChanged);
        QSignalSpy error(m_state.get(), &SyncState::lastErrorChanged);
        m_serverDown = true;
        sell("order-offline");
        QTRY_VERIFY_WITH_TIMEOUT(!m_state->isOnline(), 5000);
        QCOMPARE(online.first().first().toBool(), false);
        QVERIFY(!m_state->lastError().isEmpty());
        QCOMPARE(error.first().first().toString(), m_state->lastError());
        QCOMPARE(m_state->pendingCount(), 1);

        // The engine retries on its own when the backoff expires.
        m_serverDown = false;
        QTRY_COMPARE_WITH_TIMEOUT(m_state->pendingCount(), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_state->isOnline(), 5000);
        QVERIFY(m_state->lastError().isEmpty());
    }

    void rejectionIsCountedForAttention() {
        QVERIFY(startAndSettle());
        m_onPush = [](const FakeSyncServer::Request& request) {
            return answerAll(request, "rejected");
        };
        QSignalSpy attention(m_state.get(), &SyncState::needsAttentionCountChanged);
        sell("order-bad");
        QTRY_COMPARE_WITH_TIMEOUT(m_state->needsAttentionCount(), 1, 5000);
        QCOMPARE(attention.last().first().toInt(), 1);
        QCOMPARE(m_state->pendingCount(), 0);
        QCOMPARE(m_outbox->needsAttention()->first().errorMessage, QStringLiteral("totals differ"));
    }

    void serverBackMeansNoWaitingOutTheBackoff() {
        stopClient();
        startClient(RetryPolicy{minutes(1), minutes(5)});
        int pushes = 0;
        m_onPush = [&pushes](const FakeSyncServer::Request& request) {
            return ++pushes == 1 ? Reaction::json(500, QJsonObject{}) : answerAll(request, "applied");
        };
        sell("order-1");
        QVERIFY(startAndSettle());
        QCOMPARE(m_state->pendingCount(), 1);
        QVERIFY(!m_state->lastError().isEmpty());
        QVERIFY(m_state->isOnline()); // a 500 is an answer: the server is there

        // The next cycle may not push yet (backoff: a minute) but its pull reaches the server.
        QSignalSpy cycles(m_engine.get(), &SyncEngine::cycleFinished);
        sell("order-2");
        QVERIFY(cycles.wait(5000));
        QCOMPARE(cycles.first().first().toBool(), true);
        QCOMPARE(m_state->pendingCount(), 0);
        QCOMPARE(pushes, 2);
    }

    void syncNowIgnoresTheBackoff() {
        stopClient();
        startClient(RetryPolicy{minutes(1), minutes(5)});
        m_serverDown = true;
        sell("order-1");
        QVERIFY(startAndSettle());
        QCOMPARE(m_state->pendingCount(), 1);
        QVERIFY(!m_state->isOnline());
        m_serverDown = false;
        QSignalSpy cycles(m_engine.get(), &SyncEngine::cycleFinished);
        m_engine->syncNow();
        QVERIFY(cycles.wait(5000));
        QCOMPARE(cycles.first().first().toBool(), true);
        QCOMPARE(m_state->pendingCount(), 0);
    }

    void lastSuccessfulSyncIsShownAfterARestart() {
        QVERIFY(startAndSettle());
        const QDateTime synced = m_state->lastSuccessfulSync();
        QVERIFY(synced.isValid());
        stopClient();
        m_replica->reopen();
        startClient();
        QCOMPARE(m_state->lastSuccessfulSync(), synced);
    }

    void pendingCountIsKnownBeforeTheFirstCycle() {
        sell("a");
        sell("b");
        stopClient();
        startClient();
        QCOMPARE(m_state->pendingCount(), 2);
    }

    void callerIsNeverBlocked() {
        // start() and syncNow() return before any network answer: the server here never answers.
        m_server->setHandler([](const FakeSyncServer::Request&) { return Reaction::hang(); });
        QSignalSpy cycles(m_engine.get(), &SyncEngine::cycleFinished);
        m_engine->start();
        m_engine->syncNow();
        QVERIFY(m_engine->isCycleRunning());
        QCOMPARE(cycles.size(), 0);
        QVERIFY(cycles.wait(5000)); // the 1 s timeout ends the cycle
        QCOMPARE(cycles.first().first().toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
