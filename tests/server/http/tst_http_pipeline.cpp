#include <QRegularExpression>
#include <QTest>

#include <Poco/Net/StreamSocket.h>

#include "HttpTestSupport.h"

using namespace tp::server::http;
using namespace tp::server::http::test;

// The parts of the pipeline every answer shares, against a real server: request ids, CORS,
// keep-alive, tenant hints, the access log and the metrics.
class TestHttpPipeline : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_channel = new CapturingChannel;
        Poco::Logger& access = Poco::Logger::get("tillpoint.http.access");
        access.setChannel(m_channel);
        access.setLevel(Poco::Message::PRIO_INFORMATION);
        m_server = std::make_unique<TestServer>();
    }
    void cleanupTestCase() {
        m_server.reset();
        Poco::Logger::get("tillpoint.http.access").setChannel(nullptr);
    }

    void requestIdIsGeneratedWhenAbsent() {
        const Reply first = send(port(), get("/healthz"));
        const Reply second = send(port(), get("/healthz"));
        const QRegularExpression hex32("^[0-9a-f]{32}$");
        QVERIFY(hex32.match(qs(first.header("X-Request-Id"))).hasMatch());
        QVERIFY(hex32.match(qs(second.header("X-Request-Id"))).hasMatch());
        QVERIFY(first.header("X-Request-Id") != second.header("X-Request-Id"));
    }

    void requestIdFromTheClient_data() {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<bool>("kept");
        QTest::newRow("sane token is echoed") << "reg-7.retry_2-abc" << true;
        QTest::newRow("64 characters are still sane") << QString(64, 'a') << true;
        QTest::newRow("65 characters are replaced") << QString(65, 'a') << false;
        QTest::newRow("spaces are replaced") << "two words" << false;
        QTest::newRow("quotes and braces are replaced") << "x\"}{" << false;
        QTest::newRow("non-ASCII is replaced") << QStringLiteral("caf\u00e9") << false;
    }

    void requestIdFromTheClient() {
        QFETCH(QString, sent);
        QFETCH(bool, kept);
        const Reply reply = send(port(), get("/healthz", {{"X-Request-Id", sent.toStdString()}}));
        QCOMPARE(reply.status, 200);
        if (kept)
            QCOMPARE(qs(reply.header("X-Request-Id")), sent);
        else
            QVERIFY(QRegularExpression("^[0-9a-f]{32}$").match(qs(reply.header("X-Request-Id"))).hasMatch());
    }

    void corsPreflightFromAnAllowedOrigin() {
        Call call = get("/api/v1/products", {{"Origin", "https://shop.example"},
                                             {"Access-Control-Request-Method", "POST"},
                                             {"Access-Control-Request-Headers", "authorization, content-type"}});
        call.method = "OPTIONS";
        const Reply reply = send(port(), call); // no token: browsers send none with a preflight
        QCOMPARE(reply.status, 204);
        QCOMPARE(qs(reply.header("Access-Control-Allow-Origin")), QStringLiteral("https://shop.example"));
        QVERIFY(qs(reply.header("Access-Control-Allow-Methods")).contains("POST"));
        QVERIFY(qs(reply.header("Access-Control-Allow-Headers")).contains("Authorization"));
        QVERIFY(qs(reply.header("Access-Control-Allow-Headers")).contains("X-Tenant"));
        QCOMPARE(qs(reply.header("Access-Control-Max-Age")), QStringLiteral("600"));
        QVERIFY(reply.body.empty());
        QVERIFY(reply.hasHeader("X-Request-Id"));
    }

    void corsPreflightFromAnotherOriginGetsNoCorsHeaders() {
        Call call =
            get("/api/v1/products", {{"Origin", "https://evil.example"}, {"Access-Control-Request-Method", "POST"}});
        call.method = "OPTIONS";
        const Reply reply = send(port(), call);
        QVERIFY(!reply.hasHeader("Access-Control-Allow-Origin"));
        QVERIFY(!reply.hasHeader("Access-Control-Allow-Methods"));
        // Handled as a plain OPTIONS: the path's methods.
        QCOMPARE(reply.status, 204);
        QCOMPARE(qs(reply.header("Allow")), QStringLiteral("GET, HEAD, POST, OPTIONS"));
    }

    void corsOnActualResponses_data() {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("allowOrigin");
        QTest::newRow("allowed origin on a success") << "https://shop.example"
                                                     << "/healthz" << 200 << "https://shop.example";
        QTest::newRow("allowed origin on an error, so the page can read it")
            << "https://shop.example"
            << "/api/v1/nothing" << 404 << "https://shop.example";
        QTest::newRow("other origin gets none") << "https://evil.example"
                                                << "/healthz" << 200 << "";
        QTest::newRow("no origin gets none") << ""
                                             << "/healthz" << 200 << "";
    }

    void corsOnActualResponses() {
        QFETCH(QString, origin);
        QFETCH(QString, target);
        QFETCH(int, status);
        QFETCH(QString, allowOrigin);
        Call call = get(target.toStdString());
        if (!origin.isEmpty())
            call.headers.emplace_back("Origin", origin.toStdString());
        const Reply reply = send(port(), call);
        QCOMPARE(reply.status, status);
        QCOMPARE(qs(reply.header("Access-Control-Allow-Origin")), allowOrigin);
        if (!allowOrigin.isEmpty())
            QVERIFY(qs(reply.header("Access-Control-Expose-Headers")).contains("X-Request-Id"));
    }

    void wildcardOriginAllowsEveryOrigin() {
        TestServer open({}, [](HttpServerOptions& options) { options.corsOrigins = {"*"}; });
        const Reply reply = send(open.port(), get("/healthz", {{"Origin", "https://anyone.example"}}));
        QCOMPARE(qs(reply.header("Access-Control-Allow-Origin")), QStringLiteral("*"));
    }

    void keepAliveServesSeveralRequestsOnOneConnection() {
        auto connection = session(port());
        std::uint16_t localPort = 0;
        for (int i = 0; i < 5; ++i) {
            const Reply reply = i % 2 == 0 ? send(*connection, get("/api/v1/products/p1", {bearer("owner-acme")}))
                                           : send(*connection, post("/api/v1/echo", R"({"n":1})"));
            QCOMPARE(reply.status, 200);
            QVERIFY(qs(reply.header("Connection")).compare("close", Qt::CaseInsensitive) != 0);
            const std::uint16_t port = connection->socket().address().port();
            if (i == 0)
                localPort = port;
            QCOMPARE(port, localPort); // the same TCP connection every time
        }
    }

    void successfulCallsByAccessKind_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::newRow("owner may create products") << "POST"
                                                   << "/api/v1/products"
                                                   << "owner-acme" << 201;
        QTest::newRow("manager may create products") << "POST"
                                                     << "/api/v1/products"
                                                     << "manager-acme" << 201;
        QTest::newRow("cashier may read products") << "GET"
                                                   << "/api/v1/products/p1"
                                                   << "cashier-acme" << 200;
        QTest::newRow("device may sync") << "GET"
                                         << "/api/v1/sync/changes"
                                         << "device-acme" << 200;
        QTest::newRow("staff may sync") << "GET"
                                        << "/api/v1/sync/changes"
                                        << "cashier-acme" << 200;
        QTest::newRow("device route with a device token") << "GET"
                                                          << "/api/v1/devices/me"
                                                          << "device-acme" << 200;
        QTest::newRow("admin route with the admin token") << "GET"
                                                          << "/api/v1/admin/tenants"
                                                          << "admin" << 200;
        QTest::newRow("feature on for another tenant") << "GET"
                                                       << "/api/v1/reports"
                                                       << "owner-bobs" << 200;
    }

    void successfulCallsByAccessKind() {
        QFETCH(QString, method);
        QFETCH(QString, target);
        QFETCH(QString, token);
        QFETCH(int, status);
        Call call = get(target.toStdString(), {bearer(token.toStdString())});
        call.method = method.toStdString();
        if (call.method == "POST")
            call.body = R"({"sku":"A-1"})";
        const Reply reply = send(port(), call);
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.json(), reply.body.c_str());
    }

    void tenantHintReachesPublicHandlers_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("xTenant");
        QTest::addColumn<QString>("hint");
        QTest::newRow("Host subdomain") << "acme.shop.test"
                                        << ""
                                        << "acme";
        QTest::newRow("Host subdomain with a port, any case") << "ACME.Shop.Test:8080"
                                                              << ""
                                                              << "acme";
        QTest::newRow("X-Tenant on the bare API host") << ""
                                                       << "bobs"
                                                       << "bobs";
        QTest::newRow("X-Tenant is case-insensitive") << ""
                                                      << "Bobs"
                                                      << "bobs";
        QTest::newRow("Host wins over X-Tenant") << "acme.shop.test"
                                                 << "bobs"
                                                 << "acme";
        QTest::newRow("base domain itself names no tenant") << "shop.test"
                                                            << ""
                                                            << "";
        QTest::newRow("deeper subdomain names no tenant, X-Tenant applies") << "a.b.shop.test"
                                                                            << "bobs"
                                                                            << "bobs";
        QTest::newRow("unrelated host names no tenant") << "acme.elsewhere.test"
                                                        << ""
                                                        << "";
        QTest::newRow("lookalike domain names no tenant") << "acme.evilshop.test"
                                                          << ""
                                                          << "";
    }

    void tenantHintReachesPublicHandlers() {
        QFETCH(QString, host);
        QFETCH(QString, xTenant);
        QFETCH(QString, hint);
        Call call = get("/api/v1/store/products");
        if (!host.isEmpty())
            call.headers.emplace_back("Host", host.toStdString());
        if (!xTenant.isEmpty())
            call.headers.emplace_back("X-Tenant", xTenant.toStdString());
        const Reply reply = send(port(), call);
        QCOMPARE(reply.status, 200);
        QCOMPARE(qs(reply.json()->getValue<std::string>("tenant_hint")), hint);
    }

    void ownTenantHintIsAccepted() {
        const Reply byHost =
            send(port(), get("/api/v1/products/p1", {bearer("owner-acme"), {"Host", "acme.shop.test"}}));
        QCOMPARE(byHost.status, 200);
        const Reply byHeader = send(port(), get("/api/v1/products/p1", {bearer("owner-acme"), {"X-Tenant", "acme"}}));
        QCOMPARE(byHeader.status, 200);
        QCOMPARE(qs(byHeader.json()->getValue<std::string>("tenant")), QStringLiteral("t-acme"));
    }

    void headIsAnsweredByTheGetRoute() {
        Call call = get("/healthz");
        call.method = "HEAD";
        const Reply reply = send(port(), call);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.empty());
        QCOMPARE(qs(reply.header("Content-Length")), QStringLiteral("15")); // {"status":"ok"}
    }

    void pathParametersArriveDecoded() {
        const Reply reply = send(port(), get("/api/v1/products/red%20shirt%2FXL", {bearer("owner-acme")}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(qs(reply.json()->getValue<std::string>("id")), QStringLiteral("red shirt/XL"));
    }

    void accessLogWritesOneJsonLinePerRequest() {
        const Reply reply =
            send(port(), get("/api/v1/products/p7?x=1", {bearer("owner-acme"), {"X-Request-Id", "access-log-1"}}));
        QCOMPARE(reply.status, 200);
        Poco::JSON::Object::Ptr line;
        QVERIFY(eventually([&] {
            for (const std::string& text : m_channel->lines()) {
                if (text.find("access-log-1") != std::string::npos)
                    line = Reply{0, {}, text}.json();
            }
            return static_cast<bool>(line);
        }));
        QCOMPARE(qs(line->getValue<std::string>("request_id")), QStringLiteral("access-log-1"));
        QCOMPARE(qs(line->getValue<std::string>("method")), QStringLiteral("GET"));
        QCOMPARE(qs(line->getValue<std::string>("path")), QStringLiteral("/api/v1/products/p7"));
        QCOMPARE(qs(line->getValue<std::string>("route")), QStringLiteral("/api/v1/products/{id}"));
        QCOMPARE(line->getValue<int>("status"), 200);
        QCOMPARE(line->getValue<std::size_t>("bytes"), reply.body.size());
        QVERIFY(line->getValue<double>("duration_ms") >= 0.0);
        QCOMPARE(qs(line->getValue<std::string>("tenant_id")), QStringLiteral("t-acme"));
        QCOMPARE(qs(line->getValue<std::string>("remote")), QStringLiteral("127.0.0.1"));
        QVERIFY(QRegularExpression(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)")
                    .match(qs(line->getValue<std::string>("time")))
                    .hasMatch());
    }

    void accessLogStaysValidJsonForHostilePaths() {
        const Reply reply = send(port(), get("/no%22where/%C3%28\"x", {{"X-Request-Id", "access-log-2"}}));
        QCOMPARE(reply.status, 404);
        QVERIFY(eventually([&] {
            for (const std::string& text : m_channel->lines()) {
                if (text.find("access-log-2") != std::string::npos)
                    return static_cast<bool>(Reply{0, {}, text}.json());
            }
            return false;
        }));
    }

    void metricsCountRequestsByRoute() {
        TestServer server; // counts from zero
        for (int i = 0; i < 3; ++i)
            QCOMPARE(send(server.port(), get("/api/v1/sync/changes", {bearer("device-acme")})).status, 200);
        QCOMPARE(send(server.port(), get("/api/v1/sync/changes")).status, 401);
        QVERIFY(eventually([&] {
            const std::string text = server.metrics.renderPrometheus();
            return text.find(
                       R"(tillpoint_http_requests_total{method="GET",route="/api/v1/sync/changes",status="200"} 3)") !=
                       std::string::npos &&
                   text.find(
                       R"(tillpoint_http_requests_total{method="GET",route="/api/v1/sync/changes",status="401"} 1)") !=
                       std::string::npos;
        }));
        const std::string text = server.metrics.renderPrometheus();
        QVERIFY(text.find("# TYPE tillpoint_http_requests_total counter") != std::string::npos);
        QVERIFY(text.find("# TYPE tillpoint_http_request_duration_seconds histogram") != std::string::npos);
        QVERIFY(
            text.find(
                R"(tillpoint_http_request_duration_seconds_bucket{method="GET",route="/api/v1/sync/changes",le="+Inf"} 4)") !=
            std::string::npos);
        QVERIFY(text.find(
                    R"(tillpoint_http_request_duration_seconds_count{method="GET",route="/api/v1/sync/changes"} 4)") !=
                std::string::npos);
        QVERIFY(text.find(R"(tillpoint_http_tenant_requests_total{tenant="t-acme"} 3)") != std::string::npos);
        // Unmatched paths share one label instead of one series per path.
        send(server.port(), get("/random/path/12345"));
        QVERIFY(eventually([&] {
            return server.metrics.renderPrometheus().find("route=\"(unmatched)\",status=\"404\"") != std::string::npos;
        }));
        QVERIFY(server.metrics.renderPrometheus().find("12345") == std::string::npos);
    }

private:
    std::uint16_t port() const { return m_server->port(); }

    Poco::AutoPtr<CapturingChannel> m_channel;
    std::unique_ptr<TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestHttpPipeline)
#include "tst_http_pipeline.moc"
