#include <QCryptographicHash>
#include <QTest>

#include <functional>
#include <map>

#include "ApiTestServer.h"
#include "SyncTestSupport.h"
#include "http/Route.h"

#include <Poco/JSON/Array.h>

using tp::server::http::Access;
using tp::test::ApiResponse;
using tp::test::ApiTestServer;
using tp::test::mutationJson;
using tp::test::newClientId;
using tp::test::posOrderData;
using tp::test::push;
using tp::test::resultsOf;

// Tenant isolation generated from the server's own route table: every route whose path names
// one object of the caller's tenant is called with ANOTHER tenant's token and must answer 404
// not_found, exactly as if the object did not exist (ARCHITECTURE.md, "Identity and tenancy").
//
// A new route cannot slip past: a route with a path parameter must be marked tenantObject, and
// every tenantObject route needs an entry in fixtures() below that makes a real object in the
// owning tenant — the test fails naming the route otherwise.
class TestTenantIsolation : public QObject {
    Q_OBJECT

private:
    struct Call {
        std::map<std::string, std::string> params; // {name} → value, all in the owning tenant
        std::string body;                          // a body the route would accept from the owner
    };
    using Fixture = std::function<Call(ApiTestServer&, const ApiTestServer::Tenant&)>;

    static std::map<std::string, Fixture> fixtures() {
        return {
            {"/api/v1/admin/tenants/{id}",
             [](ApiTestServer&, const ApiTestServer::Tenant& owner) {
                 return Call{{{"id", owner.id}}, "{\"name\":\"Renamed\"}"};
             }},
            {"/api/v1/admin/tenants/{id}/features/{flag}",
             [](ApiTestServer&, const ApiTestServer::Tenant& owner) {
                 return Call{{{"id", owner.id}, {"flag", "loyalty"}}, "{\"enabled\":true}"};
             }},
            {"/api/v1/stores/{id}",
             [](ApiTestServer&, const ApiTestServer::Tenant& owner) {
                 return Call{{{"id", owner.mainStoreId}}, "{\"version\":1,\"name\":\"Renamed\"}"};
             }},
            {"/api/v1/products/{id}",
             [](ApiTestServer& server, const ApiTestServer::Tenant& owner) {
                 const auto product = createProduct(server, owner);
                 return Call{{{"id", product->getValue<std::string>("id")}}, "{\"version\":1,\"name\":\"Renamed\"}"};
             }},
            {"/api/v1/products/{id}/variants/{variant_id}/prices/{store_id}",
             [](ApiTestServer& server, const ApiTestServer::Tenant& owner) {
                 const auto product = createProduct(server, owner);
                 return Call{{{"id", product->getValue<std::string>("id")},
                              {"variant_id", product->getArray("variants")->getObject(0)->getValue<std::string>("id")},
                              {"store_id", owner.mainStoreId}},
                             "{\"price\":{\"amount\":250,\"currency\":\"EUR\"}}"};
             }},
            {"/api/v1/categories/{id}",
             [](ApiTestServer& server, const ApiTestServer::Tenant& owner) {
                 const ApiResponse created =
                     server.post("/api/v1/categories", "{\"name\":\"Isolated\"}", owner.ownerToken);
                 return Call{{{"id", created.json->getObject("category")->getValue<std::string>("id")}},
                             "{\"version\":1,\"name\":\"Renamed\"}"};
             }},
            {"/api/v1/attribute-sets/{id}",
             [](ApiTestServer& server, const ApiTestServer::Tenant& owner) {
                 const ApiResponse created = server.post(
                     "/api/v1/attribute-sets", "{\"name\":\"" + server.uniqueSlug("set") + "\"}", owner.ownerToken);
                 return Call{{{"id", created.json->getObject("attribute_set")->getValue<std::string>("id")}},
                             "{\"version\":1,\"name\":\"Renamed\"}"};
             }},
            {"/api/v1/staff/{id}/pin",
             [](ApiTestServer& server, const ApiTestServer::Tenant& owner) {
                 const ApiResponse added =
                     server.post("/api/v1/staff",
                                 "{\"email\":\"" + server.uniqueSlug("iso") +
                                     "@shop.example\",\"password\":\"a long password\",\"role\":\"cashier\"}",
                                 owner.ownerToken);
                 if (added.status != 201)
                     QTest::qFail(("adding the cashier failed: " + added.body).c_str(), __FILE__, __LINE__);
                 return Call{{{"id", added.json->getObject("user")->getValue<std::string>("id")}},
                             "{\"pin\":\"4826\"}"};
             }},
            {"/api/v1/staff/{id}",
             [](ApiTestServer& server, const ApiTestServer::Tenant& owner) {
                 const ApiResponse added =
                     server.post("/api/v1/staff",
                                 "{\"email\":\"" + server.uniqueSlug("iso") +
                                     "@shop.example\",\"password\":\"a long password\",\"role\":\"cashier\"}",
                                 owner.ownerToken);
                 if (added.status != 201)
                     QTest::qFail(("adding the cashier failed: " + added.body).c_str(), __FILE__, __LINE__);
                 return Call{{{"id", added.json->getObject("user")->getValue<std::string>("id")}},
                             "{\"status\":\"disabled\"}"};
             }},
            {"/api/v1/images/{sha256}",
             [](ApiTestServer& server, const ApiTestServer::Tenant& owner) {
                 const std::string png =
                     QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010802000000"
                                         "907753de0000000c4944415408d763f8cfc000000301010018dd8db0"
                                         "0000000049454e44ae426082")
                         .toStdString();
                 const std::string sha =
                     QCryptographicHash::hash(QByteArray::fromStdString(png), QCryptographicHash::Sha256)
                         .toHex()
                         .toStdString();
                 const ApiResponse stored = server.request("POST", "/api/v1/images", png, owner.ownerToken);
                 if (stored.status != 200)
                     QTest::qFail(("storing the image failed: " + stored.body).c_str(), __FILE__, __LINE__);
                 return Call{{{"sha256", sha}}, png};
             }},
            {"/api/v1/devices/{id}",
             [](ApiTestServer& server, const ApiTestServer::Tenant& owner) {
                 const ApiResponse enrolled = server.post(
                     "/api/v1/devices", "{\"store_id\":\"" + owner.mainStoreId + "\",\"name\":\"Isolated till\"}",
                     owner.ownerToken);
                 if (enrolled.status != 201)
                     QTest::qFail(("enrolling the register failed: " + enrolled.body).c_str(), __FILE__, __LINE__);
                 return Call{{{"id", enrolled.json->getObject("device")->getValue<std::string>("id")}}, {}};
             }},
            {"/api/v1/orders/{id}",
             [](ApiTestServer& server, const ApiTestServer::Tenant& owner) {
                 const std::string orderId = newClientId();
                 const ApiResponse pushed =
                     push(server, owner.ownerToken,
                          {mutationJson(newClientId(), "order.create",
                                        posOrderData(orderId, "ISO-1", owner.mainStoreId, {{"NOT-IN-CATALOG"}}))});
                 if (!resultsOf(pushed) ||
                     resultsOf(pushed)->getObject(0)->getValue<std::string>("status") != "applied")
                     QTest::qFail(("pushing the order failed: " + pushed.body).c_str(), __FILE__, __LINE__);
                 return Call{{{"id", orderId}}, {}};
             }},
            {"/api/v1/gift-cards/{code}",
             [](ApiTestServer& server, const ApiTestServer::Tenant& owner) {
                 const std::string code = "ISO-" + server.uniqueSlug("card").substr(0, 20);
                 const ApiResponse pushed = push(server, owner.ownerToken,
                                                 {mutationJson(newClientId(), "gift_card.issue",
                                                               "{\"id\":\"" + newClientId() + "\",\"code\":\"" + code +
                                                                   "\",\"amount\":500,\"currency\":\"EUR\"}")});
                 if (!resultsOf(pushed) ||
                     resultsOf(pushed)->getObject(0)->getValue<std::string>("status") != "applied")
                     QTest::qFail(("issuing the gift card failed: " + pushed.body).c_str(), __FILE__, __LINE__);
                 return Call{{{"code", code}}, {}};
             }},
            {"/api/v1/customers/{id}/store-credit",
             [](ApiTestServer& server, const ApiTestServer::Tenant& owner) {
                 const std::string customerId = newClientId();
                 const ApiResponse pushed =
                     push(server, owner.ownerToken,
                          {mutationJson(newClientId(), "customer.upsert",
                                        "{\"id\":\"" + customerId + "\",\"name\":\"Isolated\"}")});
                 if (!resultsOf(pushed) ||
                     resultsOf(pushed)->getObject(0)->getValue<std::string>("status") != "applied")
                     QTest::qFail(("making the customer failed: " + pushed.body).c_str(), __FILE__, __LINE__);
                 return Call{{{"id", customerId}}, {}};
             }},
            {"/api/v1/coupons/{id}",
             [](ApiTestServer& server, const ApiTestServer::Tenant& owner) {
                 const std::string couponId = newClientId();
                 const ApiResponse pushed =
                     push(server, owner.ownerToken,
                          {mutationJson(newClientId(), "coupon.upsert",
                                        "{\"id\":\"" + couponId +
                                            "\",\"code\":\"ISO10\",\"type\":\"percent\",\"value\":1000}")});
                 if (!resultsOf(pushed) ||
                     resultsOf(pushed)->getObject(0)->getValue<std::string>("status") != "applied")
                     QTest::qFail(("pushing the coupon failed: " + pushed.body).c_str(), __FILE__, __LINE__);
                 return Call{{{"id", couponId}}, {}};
             }},
        };
    }

    static Poco::JSON::Object::Ptr createProduct(ApiTestServer& server, const ApiTestServer::Tenant& owner) {
        const ApiResponse created =
            server.post("/api/v1/products",
                        "{\"sku\":\"" + server.uniqueSlug("iso") +
                            "\",\"name\":\"Isolated\",\"price\":{\"amount\":100,\"currency\":\"EUR\"}}",
                        owner.ownerToken);
        return created.json->getObject("product");
    }

    static std::string fill(const std::string& pattern, const std::map<std::string, std::string>& params) {
        std::string path = pattern;
        for (const auto& [name, value] : params) {
            const std::string placeholder = "{" + name + "}";
            for (auto at = path.find(placeholder); at != std::string::npos; at = path.find(placeholder))
                path.replace(at, placeholder.size(), value);
        }
        return path;
    }

    ApiTestServer m_server;

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), m_server.error().c_str()); }

    void everyObjectRouteHidesOtherTenantsObjects() {
        const auto owner = m_server.createTenant("owner");
        const auto intruder = m_server.createTenant("intruder");
        const ApiResponse enrolled =
            m_server.post("/api/v1/devices", "{\"store_id\":\"" + intruder.mainStoreId + "\",\"name\":\"Till\"}",
                          intruder.ownerToken);
        QCOMPARE(enrolled.status, 201);
        const std::string intruderDevice = enrolled.json->getValue<std::string>("device_token");

        const auto known = fixtures();
        int checked = 0;
        for (const auto& route : m_server.server().router().routes()) {
            if (route.access == Access::Public || route.access == Access::PlatformAdmin)
                continue;
            const bool hasParameter = route.pattern.find('{') != std::string::npos;
            QVERIFY2(!hasParameter || route.tenantObject,
                     qPrintable(QStringLiteral("%1 %2 has a path parameter but is not marked tenantObject")
                                    .arg(QString::fromStdString(route.method), QString::fromStdString(route.pattern))));
            if (!route.tenantObject)
                continue;
            const auto fixture = known.find(route.pattern);
            QVERIFY2(fixture != known.end(),
                     qPrintable(QStringLiteral("%1 %2 is a tenant object route without an isolation fixture in "
                                               "tst_tenant_isolation.cpp")
                                    .arg(QString::fromStdString(route.method), QString::fromStdString(route.pattern))));
            const Call call = fixture->second(m_server, owner);
            const std::string path = fill(route.pattern, call.params);
            const std::string body = route.method == "GET" || route.method == "DELETE" ? std::string{} : call.body;

            std::vector<std::pair<std::string, std::string>> intruders{{"staff", intruder.ownerToken}};
            if (route.access == Access::StaffOrDevice || route.access == Access::Device)
                intruders.emplace_back("device", intruderDevice);
            for (const auto& [who, token] : intruders) {
                const ApiResponse answer = m_server.request(route.method, path, body, token);
                QVERIFY2(answer.status == 404 && answer.errorCode() == "not_found",
                         qPrintable(QStringLiteral("%1 %2 as another tenant's %3 answered %4 %5")
                                        .arg(QString::fromStdString(route.method), QString::fromStdString(path),
                                             QString::fromStdString(who))
                                        .arg(answer.status)
                                        .arg(QString::fromStdString(answer.body.substr(0, 300)))));
            }
            // The fixture is real: the owner can read what the intruder could not.
            if (route.method == "GET") {
                const ApiResponse mine = m_server.request("GET", path, {}, owner.ownerToken);
                QVERIFY2(mine.status == 200, qPrintable(QString::fromStdString(path + " " + mine.body)));
            }
            ++checked;
        }
        QVERIFY2(checked >= 2, "the route table should hold tenant object routes");
    }

    // Every route that takes a body refuses malformed, non-UTF-8, mistyped and oversized bodies
    // with the documented 4xx, and SQL-looking text is stored or refused as text, never run;
    // the server keeps serving throughout.
    void everyWriteRouteRefusesBadInput() {
        const auto owner = m_server.createTenant("badinput");
        const auto known = fixtures();
        const std::string sqlText = "'; DROP TABLE tenants; --";
        const std::vector<std::pair<std::string, std::string>> badBodies{
            {"malformed JSON", "{\"name\":"},
            {"invalid UTF-8", "{\"name\":\"caf\xC3\x28\"}"},
            {"an array instead of an object", "[1,2,3]"},
            {"wrong types", "{\"name\":12,\"code\":[],\"version\":\"1\",\"email\":false,\"tenant\":7,\"store_id\":1.5,"
                            "\"enabled\":\"yes\",\"refresh_token\":3,\"slug\":{}}"},
        };
        int checked = 0;
        for (const auto& route : m_server.server().router().routes()) {
            if (route.method != "POST" && route.method != "PATCH" && route.method != "PUT")
                continue;
            std::map<std::string, std::string> params;
            if (route.pattern.find('{') != std::string::npos) {
                const auto fixture = known.find(route.pattern);
                QVERIFY2(fixture != known.end(), qPrintable(QString::fromStdString("no fixture for " + route.pattern)));
                params = fixture->second(m_server, owner).params;
            }
            const std::string path = fill(route.pattern, params);
            const std::string token = route.access == Access::PlatformAdmin ? m_server.adminToken()
                                      : route.access == Access::Public      ? std::string{}
                                                                            : owner.ownerToken;
            for (const auto& [what, body] : badBodies) {
                const ApiResponse answer = m_server.request(route.method, path, body, token);
                QVERIFY2(answer.status == 400 && answer.errorCode() == "invalid_request",
                         qPrintable(QStringLiteral("%1 %2 with %3 answered %4 %5")
                                        .arg(QString::fromStdString(route.method), QString::fromStdString(path),
                                             QString::fromStdString(what))
                                        .arg(answer.status)
                                        .arg(QString::fromStdString(answer.body.substr(0, 300)))));
            }
            const ApiResponse huge = m_server.request(route.method, path, std::string(2 << 20, ' '), token);
            QVERIFY2(huge.status == 413 && huge.errorCode() == "payload_too_large",
                     qPrintable(QString::fromStdString(route.pattern + " huge body: " + std::to_string(huge.status))));
            const ApiResponse sql =
                m_server.request(route.method, path,
                                 "{\"name\":\"" + sqlText + "\",\"code\":\"x\",\"email\":\"" + sqlText +
                                     "\",\"tenant\":\"" + sqlText + "\",\"slug\":\"" + sqlText + "\"}",
                                 token);
            QVERIFY2(sql.status < 500, qPrintable(QString::fromStdString(route.pattern + " " + sql.body)));
            ++checked;
        }
        QVERIFY(checked >= 5);
        QCOMPARE(m_server.get("/healthz").status, 200);
        QCOMPARE(m_server.get("/api/v1/admin/tenants", m_server.adminToken()).status, 200);
        QCOMPARE(m_server.get("/api/v1/stores", owner.ownerToken).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestTenantIsolation)
#include "tst_tenant_isolation.moc"
