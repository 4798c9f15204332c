#include <QTest>

#include <string>

#include "HttpTestSupport.h"

using namespace tp::server::http;
using namespace tp::server::http::test;

using HeaderList = QList<QPair<QString, QString>>;

namespace {

std::vector<std::pair<std::string, std::string>> toHeaders(const HeaderList& headers) {
    std::vector<std::pair<std::string, std::string>> result;
    for (const auto& [name, value] : headers)
        result.emplace_back(name.toStdString(), value.toStdString());
    return result;
}

} // namespace

// Every way a request can fail, against a real server: each answer is the JSON envelope with the
// documented status and code, and carries the request id.
class TestHttpErrors : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_errors = new CapturingChannel;
        Poco::Logger::get("tillpoint.http").setChannel(m_errors);
        m_server = std::make_unique<TestServer>();
    }
    void cleanupTestCase() {
        m_server.reset();
        Poco::Logger::get("tillpoint.http").setChannel(nullptr);
    }

    void failureAnswersWithTheEnvelope_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("header"); // "Name: value" the answer must carry, or empty

        const HeaderList none;
        const HeaderList owner{{"Authorization", "Bearer owner-acme"}};
        const auto withOwner = [&](QString name, QString value) {
            return HeaderList{owner.first(), {name, value}};
        };

        QTest::newRow("unknown route is 404 not_found")
            << "GET"
            << "/api/v1/nothing" << none << QByteArray() << 404 << "not_found"
            << "";
        QTest::newRow("trailing slash is an unknown route") << "GET"
                                                            << "/healthz/" << none << QByteArray() << 404 << "not_found"
                                                            << "";
        QTest::newRow("wrong method is 405 with Allow")
            << "DELETE"
            << "/healthz" << none << QByteArray() << 405 << "method_not_allowed"
            << "Allow: GET, HEAD";
        QTest::newRow("405 lists every method of the path")
            << "DELETE"
            << "/api/v1/products" << owner << QByteArray() << 405 << "method_not_allowed"
            << "Allow: GET, HEAD, POST";
        QTest::newRow("malformed JSON is 400 invalid_request")
            << "POST"
            << "/api/v1/echo" << none << QByteArray(R"({"sku":)") << 400 << "invalid_request"
            << "";
        QTest::newRow("trailing garbage after the object is 400")
            << "POST"
            << "/api/v1/echo" << none << QByteArray(R"({"sku":"a"} x)") << 400 << "invalid_request"
            << "";
        QTest::newRow("invalid UTF-8 is 400")
            << "POST"
            << "/api/v1/echo" << none << QByteArray("{\"name\":\"K\xE4se\"}") << 400 << "invalid_request"
            << "";
        QTest::newRow("overlong UTF-8 is 400")
            << "POST"
            << "/api/v1/echo" << none << QByteArray("{\"name\":\"\xC0\xAF\"}") << 400 << "invalid_request"
            << "";
        QTest::newRow("JSON array instead of an object is 400")
            << "POST"
            << "/api/v1/echo" << none << QByteArray("[1,2,3]") << 400 << "invalid_request"
            << "";
        QTest::newRow("empty body where JSON is expected is 400")
            << "POST"
            << "/api/v1/echo" << none << QByteArray() << 400 << "invalid_request"
            << "";
        QTest::newRow("malformed escape in the query is 400")
            << "GET"
            << "/healthz?limit=%zz" << none << QByteArray() << 400 << "invalid_request"
            << "";
        QTest::newRow("missing token is 401 with a Bearer challenge")
            << "GET"
            << "/api/v1/products/p1" << none << QByteArray() << 401 << "unauthorized"
            << R"(WWW-Authenticate: Bearer realm="tillpoint")";
        QTest::newRow("unknown token is 401 invalid_token")
            << "GET"
            << "/api/v1/products/p1" << HeaderList{{"Authorization", "Bearer forged"}} << QByteArray() << 401
            << "unauthorized"
            << R"(WWW-Authenticate: Bearer realm="tillpoint", error="invalid_token")";
        QTest::newRow("other auth scheme is 401")
            << "GET"
            << "/api/v1/products/p1" << HeaderList{{"Authorization", "Basic YTpi"}} << QByteArray() << 401
            << "unauthorized"
            << "";
        QTest::newRow("suspended tenant is 403 tenant_suspended")
            << "GET"
            << "/api/v1/products/p1" << HeaderList{{"Authorization", "Bearer suspended"}} << QByteArray() << 403
            << "tenant_suspended"
            << "";
        QTest::newRow("cashier on an owner or manager route is 403 forbidden")
            << "POST"
            << "/api/v1/products" << HeaderList{{"Authorization", "Bearer cashier-acme"}}
            << QByteArray(R"({"sku":"A"})") << 403 << "forbidden"
            << "";
        QTest::newRow("device token on a staff route is 403")
            << "GET"
            << "/api/v1/products/p1" << HeaderList{{"Authorization", "Bearer device-acme"}} << QByteArray() << 403
            << "forbidden"
            << "";
        QTest::newRow("staff token on the admin route is 403")
            << "GET"
            << "/api/v1/admin/tenants" << owner << QByteArray() << 403 << "forbidden"
            << "";
        QTest::newRow("admin token on a staff route is 403")
            << "GET"
            << "/api/v1/products/p1" << HeaderList{{"Authorization", "Bearer admin"}} << QByteArray() << 403
            << "forbidden"
            << "";
        QTest::newRow("staff token on a device route is 403")
            << "GET"
            << "/api/v1/devices/me" << owner << QByteArray() << 403 << "forbidden"
            << "";
        QTest::newRow("Host of another tenant is 404 as if nothing were there")
            << "GET"
            << "/api/v1/products/p1" << withOwner("Host", "bobs.shop.test") << QByteArray() << 404 << "not_found"
            << "";
        QTest::newRow("Host of another tenant with a port is 404")
            << "GET"
            << "/api/v1/products/p1" << withOwner("Host", "BOBS.shop.test:8443") << QByteArray() << 404 << "not_found"
            << "";
        QTest::newRow("X-Tenant of another tenant is 404")
            << "GET"
            << "/api/v1/products/p1" << withOwner("X-Tenant", "bobs") << QByteArray() << 404 << "not_found"
            << "";
        QTest::newRow("own Host but another X-Tenant is 404")
            << "GET"
            << "/api/v1/products/p1" << HeaderList{owner.first(), {"Host", "acme.shop.test"}, {"X-Tenant", "bobs"}}
            << QByteArray() << 404 << "not_found"
            << "";
        QTest::newRow("malformed X-Tenant is 400")
            << "GET"
            << "/api/v1/store/products" << HeaderList{{"X-Tenant", "no spaces allowed"}} << QByteArray() << 400
            << "invalid_request"
            << "";
        QTest::newRow("feature off for the tenant is 403 feature_disabled")
            << "GET"
            << "/api/v1/reports" << owner << QByteArray() << 403 << "feature_disabled"
            << "";
        QTest::newRow("sku_taken from the handler is 409")
            << "POST"
            << "/api/v1/products" << owner << QByteArray(R"({"fail_with":"sku_taken"})") << 409 << "sku_taken"
            << "";
        QTest::newRow("version_conflict from the handler is 409")
            << "POST"
            << "/api/v1/products" << owner << QByteArray(R"({"fail_with":"version_conflict"})") << 409
            << "version_conflict"
            << "";
        QTest::newRow("coupon_expired from the handler is 422 coupon_invalid")
            << "POST"
            << "/api/v1/products" << owner << QByteArray(R"({"fail_with":"coupon_expired"})") << 422 << "coupon_invalid"
            << "";
        QTest::newRow("rate_limited from the handler is 429")
            << "POST"
            << "/api/v1/products" << owner << QByteArray(R"({"fail_with":"rate_limited"})") << 429 << "rate_limited"
            << "";
        QTest::newRow("unknown handler error is 500 internal_error")
            << "POST"
            << "/api/v1/products" << owner << QByteArray(R"({"fail_with":"db_unreachable"})") << 500 << "internal_error"
            << "";
        QTest::newRow("handler throwing is 500 internal_error")
            << "GET"
            << "/api/v1/boom" << owner << QByteArray() << 500 << "internal_error"
            << "";
        QTest::newRow("authenticator throwing is 500 internal_error")
            << "GET"
            << "/api/v1/products/p1" << HeaderList{{"Authorization", "Bearer explode"}} << QByteArray() << 500
            << "internal_error"
            << "";
    }

    void failureAnswersWithTheEnvelope() {
        QFETCH(QString, method);
        QFETCH(QString, target);
        QFETCH(HeaderList, headers);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, header);

        Call call;
        call.method = method.toStdString();
        call.target = target.toStdString();
        call.headers = toHeaders(headers);
        call.body = body.toStdString();
        const Reply reply = send(m_server->port(), call);

        QCOMPARE(reply.status, status);
        QCOMPARE(qs(reply.header("Content-Type")), QStringLiteral("application/json"));
        QVERIFY2(reply.json(), reply.body.c_str());
        QCOMPARE(qs(reply.errorCode()), code);
        QVERIFY(!reply.errorMessage().empty());
        QVERIFY(reply.hasHeader("X-Request-Id"));
        if (!header.isEmpty()) {
            const QString name = header.section(": ", 0, 0);
            QCOMPARE(qs(reply.header(name.toStdString())), header.section(": ", 1));
        }
        if (status == 500) {
            // Never the detail: only a pointer into the log.
            QCOMPARE(qs(reply.errorMessage()), "internal error; request id " + qs(reply.header("X-Request-Id")));
            QVERIFY(reply.body.find("secret") == std::string::npos);
            QVERIFY(reply.body.find("10.9.8.7") == std::string::npos);
        }
    }

    void tooLargeByContentLengthIsRefusedUnread() {
        Call call = post("/api/v1/upload", {});
        call.declaredLength = 10 * 1024 * 1024; // announced, never sent: the server must not wait for it
        const Reply reply = send(m_server->port(), call);
        QCOMPARE(reply.status, 413);
        QCOMPARE(qs(reply.errorCode()), QStringLiteral("payload_too_large"));
        QCOMPARE(qs(reply.header("Connection")).toLower(), QStringLiteral("close")); // the body was never read
    }

    void tooLargeChunkedBodyIsCutAtTheLimit() {
        Call call = post("/api/v1/upload", std::string(10000, 'x'));
        call.chunked = true;
        const Reply reply = send(m_server->port(), call);
        QCOMPARE(reply.status, 413);
        QCOMPARE(qs(reply.errorCode()), QStringLiteral("payload_too_large"));
    }

    void bodiesWithinTheLimitArrive_data() {
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<int>("size");
        QTest::newRow("Content-Length exactly at the limit") << false << 4096;
        QTest::newRow("chunked exactly at the limit") << true << 4096;
        QTest::newRow("small chunked body") << true << 10;
    }

    void bodiesWithinTheLimitArrive() {
        QFETCH(bool, chunked);
        QFETCH(int, size);
        Call call = post("/api/v1/upload", std::string(static_cast<std::size_t>(size), 'x'));
        call.chunked = chunked;
        const Reply reply = send(m_server->port(), call);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()->getValue<int>("bytes"), size);
    }

    void internalErrorsAreLoggedWithTheRequestId_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("handler exception") << "GET"
                                           << "/api/v1/boom" << QByteArray() << "password=hunter2";
        QTest::newRow("unknown error code")
            << "POST"
            << "/api/v1/products" << QByteArray(R"({"fail_with":"db_unreachable"})") << "db_unreachable";
    }

    void internalErrorsAreLoggedWithTheRequestId() {
        QFETCH(QString, method);
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        const std::string requestId = "internal-" + std::string(QTest::currentDataTag()).substr(0, 7);
        Call call = get(target.toStdString(), {bearer("owner-acme"), {"X-Request-Id", requestId}});
        call.method = method.toStdString();
        call.body = body.toStdString();
        QCOMPARE(send(m_server->port(), call).status, 500);
        // What the client was not told is in the log, next to the id the client was given.
        QVERIFY(eventually([&] {
            for (const std::string& line : m_errors->lines()) {
                if (line.find(requestId) != std::string::npos && line.find(detail.toStdString()) != std::string::npos &&
                    line.find(target.toStdString()) != std::string::npos)
                    return true;
            }
            return false;
        }));
    }

    void serverKeepsServingAfterAHandlerThrows() {
        auto connection = session(m_server->port());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(send(*connection, get("/api/v1/boom", {bearer("owner-acme")})).status, 500);
            QCOMPARE(send(*connection, get("/healthz")).status, 200);
        }
        QCOMPARE(send(m_server->port(), get("/healthz")).status, 200);
    }

private:
    Poco::AutoPtr<CapturingChannel> m_errors;
    std::unique_ptr<TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestHttpErrors)
#include "tst_http_errors.moc"
