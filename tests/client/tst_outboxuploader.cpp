#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include "FakeSyncServer.h"
#include "FixedTokenSource.h"
#include "ManualClock.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "client/sync/OutboxUploader.h"
#include "client/sync/RetrySchedule.h"
#include "client/sync/SyncApi.h"
#include "domain/ids/UuidV7Generator.h"

using namespace tp::client;
using namespace tp::client::testing;
using Reaction = FakeSyncServer::Reaction;
using tp::domain::UuidV7Generator;

Q_DECLARE_METATYPE(FakeSyncServer::Reaction)

// The uploader against a fake server speaking POST /api/v1/sync/push: rows leave the outbox
// only once acknowledged, in order; rejected ones wait in needs-attention; every failure
// keeps the rows and backs off, and the backoff outlives a restart of the client objects.
class TestOutboxUploader : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempReplica> m_replica;
    std::unique_ptr<FakeSyncServer> m_server;
    FixedTokenSource m_tokens{"device-token"};
    UuidV7Generator m_ids{UuidV7Generator::systemClock(), UuidV7Generator::systemRandomSource()};
    ManualClock m_clock;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SyncApi> m_api;
    std::unique_ptr<RetrySchedule> m_retry;
    std::unique_ptr<OutboxUploader> m_uploader;

    // The client objects of one app run; a restart destroys and rebuilds them on the same file.
    void startClient() {
        m_outbox = std::make_unique<Outbox>(m_replica->db(), m_ids);
        m_api = std::make_unique<SyncApi>(m_server->url(), m_tokens);
        m_api->setTimeout(std::chrono::milliseconds(400));
        m_retry = std::make_unique<RetrySchedule>(
            m_replica->db(), "push", RetryPolicy{std::chrono::milliseconds(1000), std::chrono::milliseconds(60000)},
            m_clock.function());
        m_uploader = std::make_unique<OutboxUploader>(*m_outbox, *m_api, *m_retry);
        m_uploader->setBatchSize(10);
    }

    void stopClient() {
        m_uploader.reset();
        m_retry.reset();
        m_api.reset();
        m_outbox.reset();
    }

    // Answers every mutation with `status` (and a reason when rejected).
    static FakeSyncServer::Handler answerAll(const QString& status, int delayMs = 0) {
        return [status, delayMs](const FakeSyncServer::Request& request) {
            QJsonArray results;
            for (const QJsonValue& mutation : request.json().value("mutations").toArray()) {
                QJsonObject result{{"mutation_id", mutation.toObject().value("mutation_id")}, {"status", status}};
                if (status == "rejected")
                    result.insert("error", QJsonObject{{"code", "invalid_request"}, {"message", "totals differ"}});
                results.append(result);
            }
            return Reaction::json(200, QJsonObject{{"results", results}}, delayMs);
        };
    }

    QStringList queueSales(int count) {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            auto id = m_outbox->enqueue("order.create", QJsonObject{{"id", QStringLiteral("order-%1").arg(i)}});
            ids << *id;
        }
        return ids;
    }

    int pending() { return *m_outbox->pendingCount(); }

    bool uploadAndWait(OutboxUploader::Timing timing = OutboxUploader::Timing::RespectBackoff) {
        QSignalSpy finished(m_uploader.get(), &OutboxUploader::finished);
        if (!m_uploader->upload(timing))
            return false;
        return finished.wait(5000);
    }

    QStringList sentIds() const {
        QStringList ids;
        for (const auto& request : m_server->requests()) {
            for (const QJsonValue& mutation : request.json().value("mutations").toArray())
                ids << mutation.toObject().value("mutation_id").toString();
        }
        return ids;
    }

private slots:
    void init() {
        m_replica = std::make_unique<TempReplica>();
        m_server = std::make_unique<FakeSyncServer>();
        m_clock = ManualClock();
        startClient();
    }

    void cleanup() {
        stopClient();
        m_server.reset();
        m_replica.reset();
    }

    void rowsLeaveOnlyAfterTheServerAcknowledged() {
        const QStringList ids = queueSales(3);
        m_server->setHandler(answerAll("applied", 300));
        QSignalSpy finished(m_uploader.get(), &OutboxUploader::finished);
        QSignalSpy received(m_server.get(), &FakeSyncServer::requestReceived);
        QVERIFY(m_uploader->upload());
        QVERIFY(received.wait(5000));
        // The server has the batch but has not answered yet: every row is still here.
        QCOMPARE(pending(), 3);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(pending(), 0);
        const auto& request = m_server->requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/api/v1/sync/push"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer device-token"));
        const QJsonObject first = request.json().value("mutations").toArray().first().toObject();
        QCOMPARE(first.value("mutation_id").toString(), ids.first());
        QCOMPARE(first.value("type").toString(), QStringLiteral("order.create"));
        QCOMPARE(first.value("data").toObject().value("id").toString(), QStringLiteral("order-0"));
    }

    void batchesGoOutInOrder() {
        const QStringList ids = queueSales(25);
        m_server->setHandler(answerAll("applied"));
        QSignalSpy batches(m_uploader.get(), &OutboxUploader::batchSettled);
        QVERIFY(uploadAndWait());
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(batches.size(), 3);
        QCOMPARE(sentIds(), ids);
        QCOMPARE(pending(), 0);
    }

    // The next batch goes out as soon as the server answered one, before that one is settled
    // here. When settling fails, the upload stops, the batch sent ahead keeps its rows (its
    // answer is ignored), and the next upload sends everything again, still in order.
    void batchSentAheadOfAFailedSettlementIsSentAgain() {
        const QStringList ids = queueSales(25);
        m_server->setHandler(answerAll("applied"));
        QVERIFY(m_replica->db()
                    .exec(QStringLiteral("CREATE TRIGGER refuse_settling BEFORE DELETE ON outbox WHEN "
                                         "OLD.mutation_id = '%1' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
                              .arg(ids.first()))
                    .ok());
        QSignalSpy finished(m_uploader.get(), &OutboxUploader::finished);
        QSignalSpy received(m_server.get(), &FakeSyncServer::requestReceived);
        QVERIFY(m_uploader->upload());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(m_uploader->lastError()->code, QStringLiteral("storage_error"));
        QVERIFY(received.size() == 2 || received.wait(5000)); // the second batch went ahead
        QCOMPARE(sentIds(), ids.mid(0, 20));
        QCOMPARE(pending(), 25);

        QVERIFY(m_replica->db().exec(QStringLiteral("DROP TRIGGER refuse_settling")).ok());
        QVERIFY(uploadAndWait(OutboxUploader::Timing::Now));
        QCOMPARE(pending(), 0);
        QCOMPARE(sentIds(), ids.mid(0, 20) + ids);
    }

    void duplicatesLeaveAndRejectionsNeedAttention() {
        const QStringList ids = queueSales(3);
        m_server->enqueue(Reaction::json(
            200, QJsonObject{{"results", QJsonArray{QJsonObject{{"mutation_id", ids.at(0)}, {"status", "duplicate"}},
                                                    QJsonObject{{"mutation_id", ids.at(1)},
                                                                {"status", "rejected"},
                                                                {"error", QJsonObject{{"code", "version_conflict"},
                                                                                      {"message", "stale version"}}},
                                                                {"current", QJsonObject{{"id", "p1"}, {"version", 7}}}},
                                                    QJsonObject{{"mutation_id", ids.at(2)}, {"status", "applied"}}}}}));
        QSignalSpy batches(m_uploader.get(), &OutboxUploader::batchSettled);
        QVERIFY(uploadAndWait());
        QCOMPARE(batches.first(), (QVariantList{2, 1}));
        QCOMPARE(pending(), 0);
        auto attention = m_outbox->needsAttention();
        QCOMPARE(attention->size(), 1);
        QCOMPARE(attention->first().mutationId, ids.at(1));
        QCOMPARE(attention->first().errorCode, QStringLiteral("version_conflict"));
        QCOMPARE(attention->first().errorMessage, QStringLiteral("stale version"));
        // The server's copy travels along, for the backoffice's conflict screen.
        QCOMPARE(attention->first().serverCopy.value("version").toInt(), 7);
        QCOMPARE(*m_retry->attempts(), 0);
    }

    void failuresKeepEveryRow_data() {
        QTest::addColumn<Reaction>("reaction");
        QTest::addColumn<QString>("code");
        QTest::newRow("server error") << Reaction::json(500, QJsonObject{}) << "server_error";
        QTest::newRow("unavailable") << Reaction::raw(503, "busy") << "server_error";
        QTest::newRow("connection dropped") << Reaction::drop() << "offline";
        QTest::newRow("no answer within the timeout") << Reaction::hang() << "timeout";
        QTest::newRow("answer too late") << Reaction::json(200, QJsonObject{{"results", QJsonArray{}}}, 2000)
                                         << "timeout";
        QTest::newRow("not JSON") << Reaction::raw(200, "<html>captive portal</html>") << "malformed_response";
        QTest::newRow("no results") << Reaction::json(200, QJsonObject{{"ok", true}}) << "malformed_response";
        QTest::newRow("too few results") << Reaction::json(200, QJsonObject{{"results", QJsonArray{}}})
                                         << "malformed_response";
    }

    void failuresKeepEveryRow() {
        QFETCH(Reaction, reaction);
        QFETCH(QString, code);
        queueSales(2);
        // Every time: Qt itself re-sends a request once when a connection drops.
        m_server->setHandler([reaction](const FakeSyncServer::Request&) { return reaction; });
        QVERIFY(uploadAndWait());
        QCOMPARE(pending(), 2);
        QCOMPARE(*m_outbox->needsAttentionCount(), 0);
        QCOMPARE(m_uploader->lastError()->code, code);
        QCOMPARE(*m_retry->attempts(), 1);
        QVERIFY(*m_retry->nextAttemptAt() > m_clock.now());
    }

    void tooLargeBatchesAreHalved() {
        const QStringList ids = queueSales(10);
        QList<int> sizes;
        m_server->setHandler([&sizes](const FakeSyncServer::Request& request) {
            const int size = int(request.json().value("mutations").toArray().size());
            sizes << size;
            if (size > 3)
                return Reaction::json(413, QJsonObject{{"error", QJsonObject{{"code", "payload_too_large"}}}});
            return answerAll("applied")(request);
        });
        QVERIFY(uploadAndWait());
        QVERIFY(!m_uploader->lastError().has_value());
        QCOMPARE(sizes.mid(0, 3), (QList<int>{10, 5, 2}));
        // What the server accepted, in order, is the whole outbox in its order.
        QStringList accepted;
        for (const auto& request : m_server->requests()) {
            const QJsonArray mutations = request.json().value("mutations").toArray();
            if (mutations.size() <= 3) {
                for (const QJsonValue& mutation : mutations)
                    accepted << mutation.toObject().value("mutation_id").toString();
            }
        }
        QCOMPARE(accepted, ids);
        QCOMPARE(pending(), 0);
        QCOMPARE(*m_outbox->needsAttentionCount(), 0);
        QCOMPARE(*m_retry->attempts(), 0);
    }

    void aMutationTooLargeOnItsOwnNeedsAttention() {
        const QStringList ids = queueSales(3);
        const QString huge = ids.at(1);
        m_server->setHandler([huge](const FakeSyncServer::Request& request) {
            if (request.body.contains(huge.toUtf8()))
                return Reaction::json(413, QJsonObject{{"error", QJsonObject{{"code", "payload_too_large"},
                                                                             {"message", "Request too large."}}}});
            return answerAll("applied")(request);
        });
        QVERIFY(uploadAndWait());
        QCOMPARE(pending(), 0);
        auto attention = m_outbox->needsAttention();
        QCOMPARE(attention->size(), 1);
        QCOMPARE(attention->first().mutationId, huge);
        QCOMPARE(attention->first().errorCode, QStringLiteral("payload_too_large"));
        QVERIFY(attention->first().errorMessage.contains("Request too large."));
    }

    void unknownResultIdsAreMalformed() {
        queueSales(1);
        m_server->enqueue(Reaction::json(
            200,
            QJsonObject{{"results", QJsonArray{QJsonObject{{"mutation_id", "someone-else"}, {"status", "applied"}}}}}));
        QVERIFY(uploadAndWait());
        QCOMPARE(pending(), 1);
        QCOMPARE(m_uploader->lastError()->code, QStringLiteral("malformed_response"));
    }

    void backoffGrowsAndIsRespected() {
        queueSales(1);
        m_server->setHandler([](const FakeSyncServer::Request&) { return Reaction::json(500, QJsonObject{}); });
        QList<qint64> waits;
        for (int failure = 1; failure <= 5; ++failure) {
            QVERIFY(uploadAndWait(OutboxUploader::Timing::RespectBackoff));
            QCOMPARE(*m_retry->attempts(), failure);
            const QDateTime next = *m_retry->nextAttemptAt();
            waits << m_clock.now().msecsTo(next);
            // Too early: the uploader does not even try.
            const qsizetype requests = m_server->requests().size();
            QVERIFY(!m_uploader->upload());
            QCOMPARE(m_server->requests().size(), requests);
            m_clock.set(next);
        }
        for (int i = 0; i < waits.size(); ++i) {
            const qint64 ceiling = qint64(1000) << i;
            QVERIFY2(waits.at(i) >= ceiling / 2 && waits.at(i) <= ceiling, qPrintable(QString::number(waits.at(i))));
        }
        QCOMPARE(pending(), 1);
        // "Sync now" from the user does not wait.
        m_server->setHandler(answerAll("applied"));
        QVERIFY(uploadAndWait(OutboxUploader::Timing::Now));
        QCOMPARE(pending(), 0);
        QCOMPARE(*m_retry->attempts(), 0);
    }

    void backoffSurvivesARestart() {
        const QStringList ids = queueSales(2);
        m_server->setHandler([](const FakeSyncServer::Request&) { return Reaction::drop(); });
        QVERIFY(uploadAndWait());
        m_clock.set(*m_retry->nextAttemptAt());
        QVERIFY(uploadAndWait());
        const QDateTime next = *m_retry->nextAttemptAt();

        stopClient();
        m_replica->reopen();
        startClient();

        QCOMPARE(*m_retry->attempts(), 2);
        QCOMPARE(*m_retry->nextAttemptAt(), next);
        m_server->clearRequests();
        m_server->setHandler(answerAll("applied"));
        QVERIFY(!m_uploader->upload());
        QCOMPARE(m_server->requests().size(), 0);
        m_clock.set(next);
        QVERIFY(uploadAndWait());
        QCOMPARE(sentIds(), ids);
        QCOMPARE(pending(), 0);
        QCOMPARE(*m_retry->attempts(), 0);
    }

    void rowsWrittenDuringAnUploadAreSentToo() {
        queueSales(2);
        m_server->setHandler(answerAll("applied", 200));
        QSignalSpy finished(m_uploader.get(), &OutboxUploader::finished);
        QSignalSpy received(m_server.get(), &FakeSyncServer::requestReceived);
        QVERIFY(m_uploader->upload());
        QVERIFY(received.wait(5000));
        const QStringList late = queueSales(1);
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(sentIds().last(), late.first());
        QCOMPARE(pending(), 0);
    }

    void emptyOutboxSendsNothing() {
        QVERIFY(uploadAndWait());
        QCOMPARE(m_server->requests().size(), 0);
        QVERIFY(!m_uploader->lastError().has_value());
    }
};

QTEST_GUILESS_MAIN(TestOutboxUploader)
#include "tst_outboxuploader.moc"
