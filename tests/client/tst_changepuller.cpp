#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include "FakeSyncServer.h"
#include "FeedSamples.h"
#include "FixedTokenSource.h"
#include "TempReplica.h"
#include "client/sync/ChangePuller.h"
#include "client/sync/SyncApi.h"

using namespace tp::client;
using namespace tp::client::testing;
using Reaction = FakeSyncServer::Reaction;

// The puller against a fake server speaking GET /api/v1/sync/changes: pages until has_more
// is false, each page and its cursor in one transaction, a failed page leaves the previous
// cursor and is pulled again, and every kind of failure is reported without damage.
class TestChangePuller : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempReplica> m_replica;
    std::unique_ptr<FakeSyncServer> m_server;
    std::unique_ptr<FixedTokenSource> m_tokens;
    std::unique_ptr<SyncApi> m_api;
    std::unique_ptr<ChangePuller> m_puller;
    QList<QJsonObject> m_feed;

    // Serves m_feed with the index of the next change as cursor, a number on the wire.
    FakeSyncServer::Handler feedHandler() {
        return [this](const FakeSyncServer::Request& request) {
            const int since = request.query.queryItemValue("since").toInt();
            const int limit = request.query.queryItemValue("limit").toInt();
            QJsonArray changes;
            for (int i = since; i < std::min<int>(since + limit, m_feed.size()); ++i)
                changes.append(m_feed.at(i));
            const int next = since + changes.size();
            return Reaction::json(200, QJsonObject{{"changes", changes},
                                                   {"cursor", next},
                                                   {"has_more", next < m_feed.size()},
                                                   {"latest", QString::number(m_feed.size())}});
        };
    }

    void fillFeed(int stores) {
        m_feed.clear();
        for (int i = 0; i < stores; ++i) {
            m_feed << upsert(i + 1, "store", QStringLiteral("s%1").arg(i), QJsonObject{{"name", QString::number(i)}});
        }
    }

    int count(const QString& sql) {
        auto rows = m_replica->db().select(sql);
        return rows.ok() ? rows->first().value(0).toInt() : -1;
    }

    bool pullAndWait(QSignalSpy& finished) {
        if (!m_puller->pull())
            return false;
        return finished.wait(5000);
    }

private slots:
    void init() {
        m_replica = std::make_unique<TempReplica>();
        m_server = std::make_unique<FakeSyncServer>();
        m_tokens = std::make_unique<FixedTokenSource>("device-token-1", "device-token-2");
        m_api = std::make_unique<SyncApi>(m_server->url(), *m_tokens);
        m_api->setTimeout(std::chrono::milliseconds(400));
        m_puller = std::make_unique<ChangePuller>(m_replica->db(), *m_api);
        m_puller->setPageSize(10);
        m_server->setHandler(feedHandler());
    }

    void cleanup() {
        m_puller.reset();
        m_api.reset();
        m_tokens.reset();
        m_server.reset();
        m_replica.reset();
    }

    void pullsEveryPageUntilNoMore() {
        fillFeed(25);
        QSignalSpy pages(m_puller.get(), &ChangePuller::pageApplied);
        QSignalSpy finished(m_puller.get(), &ChangePuller::finished);
        QVERIFY(pullAndWait(finished));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(pages.size(), 3);
        QCOMPARE(count("SELECT count(*) FROM entities WHERE entity = 'store'"), 25);
        QCOMPARE(*m_puller->cursor(), QStringLiteral("25"));
        QCOMPARE(m_server->requests().size(), 3);
        QStringList since;
        for (const auto& request : m_server->requests()) {
            QCOMPARE(request.method, QByteArray("GET"));
            QCOMPARE(request.path, QStringLiteral("/api/v1/sync/changes"));
            QCOMPARE(request.query.queryItemValue("limit"), QStringLiteral("10"));
            QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer device-token-1"));
            since << request.query.queryItemValue("since");
        }
        QCOMPARE(since, (QStringList{"0", "10", "20"}));
        QVERIFY(!m_puller->lastError().has_value());
        QVERIFY(m_puller->reachedServer());
        // The pull left no log behind for the app's connection to copy at its next commit: at
        // most the frame of its own bookkeeping written after the last page (last_pull_at).
        const qint64 log = QFileInfo(m_replica->db().path() + "-wal").size();
        QVERIFY2(log <= 32 + 2 * (24 + 4096), qPrintable(QString::number(log)));
    }

    // A first sync shows how far along it is: each applied page's cursor against the end of
    // the server's log.
    void thePositionInTheFeedIsReported() {
        fillFeed(25);
        QSignalSpy positions(m_puller.get(), &ChangePuller::positionKnown);
        QSignalSpy finished(m_puller.get(), &ChangePuller::finished);
        QVERIFY(pullAndWait(finished));
        QCOMPARE(positions.size(), 3);
        QCOMPARE(positions.at(0), (QList<QVariant>{10LL, 25LL}));
        QCOMPARE(positions.at(1), (QList<QVariant>{20LL, 25LL}));
        QCOMPARE(positions.at(2), (QList<QVariant>{25LL, 25LL}));
    }

    // The log is started over every few pages rather than growing with the whole pull (on a
    // million products it grew past a gigabyte): the file stops growing once it is reused.
    void logStartsOverDuringALongPull() {
        m_feed.clear();
        const QString filler(3000, QLatin1Char('x')); // each store its own page of the file
        for (int i = 0; i < 400; ++i)
            m_feed << upsert(i + 1, "store", QStringLiteral("s%1").arg(i), QJsonObject{{"note", filler}});
        QList<qint64> logSizes;
        connect(m_puller.get(), &ChangePuller::pageApplied, this,
                [&] { logSizes << QFileInfo(m_replica->db().path() + "-wal").size(); });
        QSignalSpy finished(m_puller.get(), &ChangePuller::finished);
        QVERIFY(pullAndWait(finished));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(logSizes.size(), 40);
        // Growing with the pull, page 39 would hold about four times page 9's log.
        QVERIFY2(
            logSizes.at(38) < logSizes.at(8) * 2,
            qPrintable(
                QStringLiteral("log after page 9: %1, after page 39: %2").arg(logSizes.at(8)).arg(logSizes.at(38))));
        QCOMPARE(count("SELECT count(*) FROM entities WHERE entity = 'store'"), 400);
    }

    void nextPullStartsFromTheStoredCursor() {
        fillFeed(12);
        QSignalSpy finished(m_puller.get(), &ChangePuller::finished);
        QVERIFY(pullAndWait(finished));
        m_feed << upsert(13, "store", "late", QJsonObject{});
        m_server->clearRequests();
        QVERIFY(pullAndWait(finished));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().query.queryItemValue("since"), QStringLiteral("12"));
        QCOMPARE(count("SELECT count(*) FROM entities"), 13);
    }

    void failedPageKeepsThePreviousCursor() {
        fillFeed(25);
        // Page two (changes 10..19) holds one change the local store cannot take.
        m_feed[14] = upsert(15, "store", "boom", QJsonObject{});
        QVERIFY(m_replica->db()
                    .exec("CREATE TRIGGER refuse_boom BEFORE INSERT ON entities WHEN NEW.id = 'boom' "
                          "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
                    .ok());
        QSignalSpy finished(m_puller.get(), &ChangePuller::finished);
        QVERIFY(pullAndWait(finished));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(*m_puller->cursor(), QStringLiteral("10"));
        QCOMPARE(count("SELECT count(*) FROM entities"), 10); // nothing of page two, not even 10..13
        QCOMPARE(m_puller->lastError()->code, QStringLiteral("storage_error"));
        QVERIFY(m_puller->lastError()->message.contains("disk on fire"));
        // Page three was already asked for (fetched ahead while page two was written); its
        // answer, arriving after the failure, is dropped: nothing applied, cursor unmoved.
        QTest::qWait(200);
        QCOMPARE(*m_puller->cursor(), QStringLiteral("10"));
        QCOMPARE(count("SELECT count(*) FROM entities"), 10);

        QVERIFY(m_replica->db().exec("DROP TRIGGER refuse_boom").ok());
        m_server->clearRequests();
        QVERIFY(pullAndWait(finished));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(m_server->requests().first().query.queryItemValue("since"), QStringLiteral("10"));
        QCOMPARE(count("SELECT count(*) FROM entities"), 25);
        QCOMPARE(*m_puller->cursor(), QStringLiteral("25"));
    }

    void replayingTheFeedChangesNothing() {
        // As after a crash between applying a page and the next pull: the same pages again.
        m_feed.clear();
        for (int i = 0; i < 8; ++i) {
            const QString id = QStringLiteral("p%1").arg(i);
            m_feed << upsert(i + 1, "product", id, productData(id, "SKU" + id, "Name " + id, 100 + i, {"77" + id}));
        }
        m_feed << remove(9, "product", "p3");
        m_feed << upsert(10, "stock_level", "lvl-1", stockLevelData("SKUp1", "p1-v", "berlin", 5000));
        QSignalSpy finished(m_puller.get(), &ChangePuller::finished);
        QVERIFY(pullAndWait(finished));
        const int products = count("SELECT count(*) FROM products");
        QCOMPARE(products, 7);
        QVERIFY(m_replica->db().setStateValue("feed_cursor", "0").ok());
        QVERIFY(pullAndWait(finished));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(count("SELECT count(*) FROM products"), products);
        QCOMPARE(count("SELECT count(*) FROM variants"), products);
        QCOMPARE(count("SELECT count(*) FROM catalog_search"), products);
        QCOMPARE(count("SELECT count(*) FROM stock_levels"), 1);
    }

    void malformedPageAppliesNothing_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("<html>proxy error</html>");
        QTest::newRow("no changes array") << QByteArray("{\"cursor\": 5, \"has_more\": false}");
        QTest::newRow("no cursor") << QByteArray("{\"changes\": [], \"has_more\": false}");
        QTest::newRow("one change without seq")
            << QByteArray("{\"changes\": [{\"seq\": 1, \"entity\": \"store\", \"id\": \"a\", \"op\": \"upsert\", "
                          "\"data\": {}}, {\"entity\": \"store\", \"id\": \"b\", \"op\": \"upsert\", \"data\": {}}], "
                          "\"cursor\": 2, \"has_more\": false}");
        QTest::newRow("more promised without a new cursor")
            << QByteArray("{\"changes\": [], \"cursor\": \"0\", \"has_more\": true}");
    }

    void malformedPageAppliesNothing() {
        QFETCH(QByteArray, body);
        m_server->enqueue(Reaction::raw(200, body));
        QSignalSpy finished(m_puller.get(), &ChangePuller::finished);
        QVERIFY(pullAndWait(finished));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(m_puller->lastError()->code, QStringLiteral("malformed_response"));
        QCOMPARE(count("SELECT count(*) FROM entities"), 0);
        QCOMPARE(*m_puller->cursor(), QStringLiteral("0"));
        QCOMPARE(m_server->requests().size(), 1);
    }

    // Each change's data is stored as the page's text has it (spacing and all), the
    // projections still read from it, and a delete beside it is applied as well.
    void documentsAreStoredAsTheServerWroteThem() {
        const QByteArray product = "{ \"id\": \"p1\", \"sku\": \"TS\", \"name\": \"Shirt \\\"Brace}\\\"\", "
                                   "\"variants\": [ {\"id\": \"p1-v\", \"sku\": \"TS\"} ] }";
        m_server->enqueue(Reaction::raw(200, "{\"changes\": [ {\"seq\": 1, \"entity\": \"product\", \"id\": \"p1\", "
                                             "\"op\": \"upsert\", \"data\": " +
                                                 product +
                                                 "}, {\"seq\": 2, \"entity\": \"store\", \"id\": \"s\", "
                                                 "\"op\": \"delete\", \"data\": null} ], \"cursor\": \"2\", "
                                                 "\"has_more\": false}"));
        QSignalSpy finished(m_puller.get(), &ChangePuller::finished);
        QVERIFY(pullAndWait(finished));
        QCOMPARE(finished.first().first().toBool(), true);
        auto rows = m_replica->db().select("SELECT data, name FROM products WHERE id = 'p1'");
        QVERIFY(rows.ok() && rows->size() == 1);
        QCOMPARE(rows->first().value(0).toString(), QString::fromUtf8(product));
        QCOMPARE(rows->first().value(1).toString(), QStringLiteral("Shirt \"Brace}\""));
        QCOMPARE(count("SELECT count(*) FROM variants WHERE id = 'p1-v'"), 1);
    }

    void stringCursorIsKeptAsText() {
        m_server->enqueue(Reaction::json(200, QJsonObject{{"changes", QJsonArray{upsert(1, "store", "a", {})}},
                                                          {"cursor", "opaque-cursor-1"},
                                                          {"has_more", false}}));
        QSignalSpy finished(m_puller.get(), &ChangePuller::finished);
        QVERIFY(pullAndWait(finished));
        QCOMPARE(*m_puller->cursor(), QStringLiteral("opaque-cursor-1"));
    }

    void serverFailuresAreReported_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("internal error") << 500 << "server_error";
        QTest::newRow("bad gateway") << 502 << "server_error";
        QTest::newRow("tenant suspended") << 403 << "tenant_suspended";
    }

    void serverFailuresAreReported() {
        QFETCH(int, status);
        QFETCH(QString, code);
        m_server->enqueue(Reaction::json(
            status, QJsonObject{{"error", QJsonObject{{"code", code}, {"message", "The tenant is suspended."}}}}));
        QSignalSpy finished(m_puller.get(), &ChangePuller::finished);
        QVERIFY(pullAndWait(finished));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(m_puller->lastError()->code, code);
        QCOMPARE(m_puller->lastError()->httpStatus, status);
        QVERIFY(m_puller->reachedServer());
        QVERIFY(!m_puller->lastError()->message.isEmpty());
    }

    void droppedConnectionIsOffline() {
        m_server->setHandler([](const FakeSyncServer::Request&) { return Reaction::drop(); });
        QSignalSpy finished(m_puller.get(), &ChangePuller::finished);
        QVERIFY(pullAndWait(finished));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(m_puller->lastError()->code, QStringLiteral("offline"));
        QVERIFY(!m_puller->reachedServer());
    }

    void silentServerTimesOut() {
        m_server->setHandler([](const FakeSyncServer::Request&) { return Reaction::hang(); });
        QSignalSpy finished(m_puller.get(), &ChangePuller::finished);
        QVERIFY(pullAndWait(finished));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(m_puller->lastError()->code, QStringLiteral("timeout"));
    }

    void unauthorizedRenewsTheTokenOnce() {
        fillFeed(3);
        m_server->enqueue(Reaction::json(401, QJsonObject{{"error", QJsonObject{{"code", "unauthorized"}}}}));
        QSignalSpy finished(m_puller.get(), &ChangePuller::finished);
        QVERIFY(pullAndWait(finished));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(m_tokens->renewals(), 1);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(1).headers.value("authorization"), QByteArray("Bearer device-token-2"));
        QCOMPARE(count("SELECT count(*) FROM entities"), 3);
    }

    void unauthorizedTwiceGivesUp() {
        m_server->setHandler([](const FakeSyncServer::Request&) {
            return Reaction::json(401, QJsonObject{{"error", QJsonObject{{"code", "unauthorized"}}}});
        });
        QSignalSpy finished(m_puller.get(), &ChangePuller::finished);
        QVERIFY(pullAndWait(finished));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(m_puller->lastError()->code, QStringLiteral("unauthorized"));
        QCOMPARE(m_tokens->renewals(), 1);
        QCOMPARE(m_server->requests().size(), 2);
    }

    void cancelledPullResumesFromItsCursor() {
        fillFeed(30);
        QSignalSpy pages(m_puller.get(), &ChangePuller::pageApplied);
        QSignalSpy finished(m_puller.get(), &ChangePuller::finished);
        QVERIFY(m_puller->pull());
        // Cancel once the first page is written: the second may be being written by then
        // (it is finished), the third is not applied.
        QVERIFY(pages.wait(5000));
        m_puller->cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(m_puller->lastError()->code, QStringLiteral("cancelled"));
        QVERIFY2(pages.size() == 1 || pages.size() == 2, qPrintable(QString::number(pages.size())));
        // Settled when finished() came: what is applied is what the cursor says.
        const int applied = 10 * int(pages.size());
        QCOMPARE(*m_puller->cursor(), QString::number(applied));
        QCOMPARE(count("SELECT count(*) FROM entities"), applied);

        QVERIFY(pullAndWait(finished));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(count("SELECT count(*) FROM entities"), 30);
    }

    void secondPullWhileRunningIsRefused() {
        fillFeed(3);
        QSignalSpy finished(m_puller.get(), &ChangePuller::finished);
        QVERIFY(m_puller->pull());
        QVERIFY(m_puller->isRunning());
        QVERIFY(!m_puller->pull());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_server->requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChangePuller)
#include "tst_changepuller.moc"
