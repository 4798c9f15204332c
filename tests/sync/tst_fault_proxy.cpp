#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>

#include <set>

#include <Poco/JSON/Array.h>

#include "ApiTestServer.h"
#include "FaultProxy.h"
#include "SyncTestSupport.h"
#include "protocol/JsonText.h"

using tp::test::ApiTestServer;
using tp::test::FaultPlan;
using tp::test::FaultProxy;

namespace {

struct HttpAnswer {
    int status = 0; // 0: no answer (connection dropped, timed out)
    QByteArray body;
};

// One request through Qt's real HTTP client, waited for in a local event loop (the proxy runs
// on this thread's event loop too).
HttpAnswer send(QNetworkAccessManager& network, const QString& method, const QString& url, const QByteArray& body,
                const std::string& token, int timeoutMs = 5000) {
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setRawHeader("Authorization", QByteArray("Bearer ") + QByteArray::fromStdString(token));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = network.sendCustomRequest(request, method.toLatin1(), body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

} // namespace

// The real server behind the fault-injecting proxy, driven by Qt's real HTTP client: whatever
// the network does to requests and answers (lost either way, duplicated, delayed, overtaken),
// a client that retries each push until it hears an answer gets every sale recorded exactly
// once — the server half of ARCHITECTURE.md's Sync rule 2.
class TestFaultProxy : public QObject {
    Q_OBJECT

private:
    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("faults", "enterprise");
        const auto product =
            m_server.post("/api/v1/products",
                          "{\"sku\":\"FAULT-1\",\"name\":\"Faulty\",\"price\":{\"amount\":100,\"currency\":\"EUR\"}}",
                          m_shop.ownerToken);
        QCOMPARE(product.status, 201);
    }

    void theProxyForwardsFaithfullyWithoutFaults() {
        FaultProxy proxy(QHostAddress::LocalHost, m_server.port(), FaultPlan::none(), 1);
        QVERIFY(proxy.listen());
        QNetworkAccessManager network;
        const HttpAnswer answer =
            send(network, "GET", proxy.baseUrl() + "/api/v1/sync/changes?since=0&limit=5", {}, m_shop.ownerToken);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("\"changes\""));
        QCOMPARE(proxy.counts().faults(), 0);
        proxy.setOffline(true);
        QCOMPARE(send(network, "GET", proxy.baseUrl() + "/healthz", {}, {}, 2000).status, 0);
        QVERIFY(proxy.counts().refusedOffline > 0);
    }

    void everySaleLandsExactlyOnceThroughFaults() {
        // Heavy faults, so that each kind happens many times in 60 sales.
        FaultPlan plan{0.15, 0.25, 0.15, 0.1, 0.1, 150, 100};
        FaultProxy proxy(QHostAddress::LocalHost, m_server.port(), plan, 20261122);
        QVERIFY(proxy.listen());
        QNetworkAccessManager network;
        const int sales = 60;
        int attempts = 0;
        for (int i = 0; i < sales; ++i) {
            const std::string body =
                "{\"mutations\":[" +
                tp::test::mutationJson(tp::test::newClientId(), "order.create",
                                       tp::test::posOrderData(tp::test::newClientId(), "FP-" + std::to_string(1000 + i),
                                                              m_shop.mainStoreId, {{"FAULT-1", 1000, 100}})) +
                "]}";
            for (int attempt = 0;; ++attempt) {
                QVERIFY2(attempt < 50, "a push never got through");
                ++attempts;
                const HttpAnswer answer = send(network, "POST", proxy.baseUrl() + "/api/v1/sync/push",
                                               QByteArray::fromStdString(body), m_shop.ownerToken, 2000);
                if (answer.status == 0)
                    continue; // no answer: the same mutation again, as a client's outbox would
                QCOMPARE(answer.status, 200);
                auto parsed = tp::protocol::parseJsonObject(answer.body.toStdString());
                QVERIFY(parsed.ok());
                const std::string status =
                    parsed.value()->getArray("results")->getObject(0)->getValue<std::string>("status");
                QVERIFY2(status == "applied" || status == "duplicate", answer.body.constData());
                break;
            }
        }
        QVERIFY(proxy.counts().droppedRequests > 0);
        QVERIFY(proxy.counts().droppedResponses > 0);
        QVERIFY(proxy.counts().duplicated > 0);
        QVERIFY(proxy.counts().delayed > 0);
        QVERIFY(proxy.counts().reordered > 0);
        QVERIFY(attempts > sales);

        // Exactly once each, and the stock moved once per sale.
        const auto numbers = tp::test::orderNumbers(m_server, m_shop.ownerToken, "FP-");
        QCOMPARE(numbers.size(), std::size_t(sales));
        for (int i = 0; i < sales; ++i)
            QCOMPARE(numbers.count("FP-" + std::to_string(1000 + i)) ? numbers.at("FP-" + std::to_string(1000 + i)) : 0,
                     1);
        const auto level =
            m_server.get("/api/v1/inventory?store_id=" + m_shop.mainStoreId + "&sku=FAULT-1", m_shop.ownerToken);
        QCOMPARE(level.status, 200);
        QCOMPARE(level.json->getArray("levels")->getObject(0)->getValue<long long>("on_hand"), -60000LL);
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_fault_proxy.moc"
