#include <QTest>

#include "ApiTestServer.h"

using tp::test::ApiResponse;
using tp::test::ApiTestServer;

namespace {

QString describe(const ApiResponse& response) {
    return QStringLiteral("%1 %2").arg(response.status).arg(QString::fromStdString(response.body.substr(0, 400)));
}

} // namespace

// Evaluates `response` once: it is usually the request itself.
#define EXPECT_STATUS(response, expected)                                                                              \
    do {                                                                                                               \
        const ApiResponse answer_ = (response);                                                                        \
        QVERIFY2(answer_.status == (expected), qPrintable(describe(answer_)));                                         \
    } while (false)

// The control plane, staff auth, devices and stores end to end over real HTTP, on the backend
// the run names (SQLite or PostgreSQL).
class TestControlPlane : public QObject {
    Q_OBJECT

private:
    ApiTestServer m_server;

    std::string tenantBody(const std::string& slug, const std::string& plan = "standard") {
        return "{\"slug\":\"" + slug + "\",\"name\":\"Corner Shop\",\"plan\":\"" + plan +
               "\",\"owner\":{\"email\":\"boss@corner.example\",\"password\":\"a long enough password\"}}";
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), m_server.error().c_str()); }

    void createTenantMakesOwnerAndFirstStore() {
        const std::string slug = m_server.uniqueSlug("corner");
        const ApiResponse created = m_server.post("/api/v1/admin/tenants", tenantBody(slug), m_server.adminToken());
        EXPECT_STATUS(created, 201);
        const auto tenant = created.json->getObject("tenant");
        QCOMPARE(QString::fromStdString(tenant->getValue<std::string>("slug")), QString::fromStdString(slug));
        QCOMPARE(QString::fromStdString(tenant->getValue<std::string>("status")), QStringLiteral("active"));
        QCOMPARE(QString::fromStdString(tenant->getValue<std::string>("plan")), QStringLiteral("standard"));

        const std::string token = m_server.login(slug, "boss@corner.example", "a long enough password");
        QVERIFY(!token.empty());
        const ApiResponse stores = m_server.get("/api/v1/stores", token);
        EXPECT_STATUS(stores, 200);
        QCOMPARE(stores.json->getArray("stores")->size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(stores.json->getArray("stores")->getObject(0)->getValue<std::string>("code")),
                 QStringLiteral("main"));

        const ApiResponse again = m_server.post("/api/v1/admin/tenants", tenantBody(slug), m_server.adminToken());
        EXPECT_STATUS(again, 409);
        QCOMPARE(QString::fromStdString(again.errorCode()), QStringLiteral("slug_taken"));
    }

    void badTenantInputNamesTheField_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("slug with capitals") << "{\"slug\":\"Corner\",\"name\":\"x\",\"owner\":{\"email\":\"a@b."
                                               "example\",\"password\":\"long enough pw\"}}"
                                            << "slug";
        QTest::newRow("slug too short")
            << "{\"slug\":\"ab\",\"name\":\"x\",\"owner\":{\"email\":\"a@b.example\",\"password\":\"long enough pw\"}}"
            << "slug";
        QTest::newRow("missing owner e-mail")
            << "{\"slug\":\"abc-def\",\"name\":\"x\",\"owner\":{\"password\":\"long enough pw\"}}"
            << "owner.email";
        QTest::newRow("owner e-mail not an address")
            << "{\"slug\":\"abc-def\",\"name\":\"x\",\"owner\":{\"email\":\"nobody\",\"password\":\"long enough pw\"}}"
            << "owner.email";
        QTest::newRow("short password")
            << "{\"slug\":\"abc-def\",\"name\":\"x\",\"owner\":{\"email\":\"a@b.example\",\"password\":\"short\"}}"
            << "owner.password";
        QTest::newRow("unknown plan") << "{\"slug\":\"abc-defg\",\"name\":\"x\",\"plan\":\"gold\",\"owner\":{\"email\":"
                                         "\"a@b.example\",\"password\":\"long enough pw\"}}"
                                      << "plan";
        QTest::newRow("name of wrong type")
            << "{\"slug\":\"abc-def\",\"name\":5,\"owner\":{\"email\":\"a@b.example\",\"password\":\"long enough pw\"}}"
            << "name";
        QTest::newRow("malformed JSON") << "{\"slug\":"
                                        << "JSON";
    }

    void badTenantInputNamesTheField() {
        QFETCH(QString, body);
        QFETCH(QString, field);
        const ApiResponse answer = m_server.post("/api/v1/admin/tenants", body.toStdString(), m_server.adminToken());
        EXPECT_STATUS(answer, 400);
        QCOMPARE(QString::fromStdString(answer.errorCode()), QStringLiteral("invalid_request"));
        const QString message =
            QString::fromStdString(answer.json->getObject("error")->getValue<std::string>("message"));
        QVERIFY2(message.contains(field), qPrintable(message));
    }

    void adminRoutesNeedTheAdminToken() {
        const auto tenant = m_server.createTenant("guarded");
        EXPECT_STATUS(m_server.get("/api/v1/admin/tenants"), 401);
        const ApiResponse asOwner = m_server.get("/api/v1/admin/tenants", tenant.ownerToken);
        EXPECT_STATUS(asOwner, 403);
        QCOMPARE(QString::fromStdString(asOwner.errorCode()), QStringLiteral("forbidden"));
        EXPECT_STATUS(m_server.get("/api/v1/admin/tenants", "tpa_not-the-token"), 401);
    }

    void loginRefusesWrongCredentialsAlike() {
        const auto tenant = m_server.createTenant("creds");
        const ApiResponse wrongPassword =
            m_server.post("/api/v1/auth/login", "{\"tenant\":\"" + tenant.slug + "\",\"email\":\"" + tenant.ownerEmail +
                                                    "\",\"password\":\"wrong password!\"}");
        const ApiResponse unknownTenant =
            m_server.post("/api/v1/auth/login",
                          "{\"tenant\":\"no-such-shop\",\"email\":\"x@y.example\",\"password\":\"whatever it is\"}");
        EXPECT_STATUS(wrongPassword, 401);
        EXPECT_STATUS(unknownTenant, 401);
        QCOMPARE(wrongPassword.json->getObject("error")->getValue<std::string>("message"),
                 unknownTenant.json->getObject("error")->getValue<std::string>("message"));
    }

    void repeatedFailuresAreRateLimited() {
        const auto tenant = m_server.createTenant("limited");
        const std::string body = "{\"tenant\":\"" + tenant.slug + "\",\"email\":\"" + tenant.ownerEmail +
                                 "\",\"password\":\"not the password\"}";
        for (int i = 0; i < 5; ++i)
            EXPECT_STATUS(m_server.post("/api/v1/auth/login", body), 401);
        const ApiResponse limited = m_server.post("/api/v1/auth/login", body);
        EXPECT_STATUS(limited, 429);
        QCOMPARE(QString::fromStdString(limited.errorCode()), QStringLiteral("rate_limited"));
        QVERIFY(std::stoi(limited.header("retry-after")) > 0);
    }

    void suspendingStopsTokensAtOnce() {
        const auto tenant = m_server.createTenant("suspend");
        EXPECT_STATUS(m_server.get("/api/v1/stores", tenant.ownerToken), 200);
        const ApiResponse suspended = m_server.request("PATCH", "/api/v1/admin/tenants/" + tenant.id,
                                                       "{\"status\":\"suspended\"}", m_server.adminToken());
        EXPECT_STATUS(suspended, 200);
        const ApiResponse refused = m_server.get("/api/v1/stores", tenant.ownerToken);
        EXPECT_STATUS(refused, 403);
        QCOMPARE(QString::fromStdString(refused.errorCode()), QStringLiteral("tenant_suspended"));
        const ApiResponse login =
            m_server.post("/api/v1/auth/login", "{\"tenant\":\"" + tenant.slug + "\",\"email\":\"" + tenant.ownerEmail +
                                                    "\",\"password\":\"" + tenant.ownerPassword + "\"}");
        EXPECT_STATUS(login, 403);
        QCOMPARE(QString::fromStdString(login.errorCode()), QStringLiteral("tenant_suspended"));

        EXPECT_STATUS(m_server.request("PATCH", "/api/v1/admin/tenants/" + tenant.id, "{\"status\":\"active\"}",
                                       m_server.adminToken()),
                      200);
        EXPECT_STATUS(m_server.get("/api/v1/stores", tenant.ownerToken), 200);
    }

    void deletedTenantIsBlockedAndKept() {
        const auto tenant = m_server.createTenant("deleted");
        EXPECT_STATUS(m_server.request("DELETE", "/api/v1/admin/tenants/" + tenant.id, {}, m_server.adminToken()), 200);
        EXPECT_STATUS(m_server.get("/api/v1/stores", tenant.ownerToken), 403);
        const ApiResponse kept = m_server.get("/api/v1/admin/tenants/" + tenant.id, m_server.adminToken());
        EXPECT_STATUS(kept, 200);
        QCOMPARE(QString::fromStdString(kept.json->getObject("tenant")->getValue<std::string>("status")),
                 QStringLiteral("deleted"));
        const ApiResponse revive = m_server.request("PATCH", "/api/v1/admin/tenants/" + tenant.id,
                                                    "{\"status\":\"active\"}", m_server.adminToken());
        EXPECT_STATUS(revive, 409);
    }

    void planLimitsAreEnforced() {
        const auto tenant = m_server.createTenant("basic", "basic"); // basic: one store
        const ApiResponse second =
            m_server.post("/api/v1/stores", "{\"code\":\"second\",\"name\":\"Second\"}", tenant.ownerToken);
        EXPECT_STATUS(second, 403);
        QCOMPARE(QString::fromStdString(second.errorCode()), QStringLiteral("plan_limit"));
        const ApiResponse usage = m_server.get("/api/v1/admin/tenants/" + tenant.id, m_server.adminToken());
        QCOMPARE(usage.json->getObject("tenant")->getObject("usage")->getValue<int>("stores"), 1);

        EXPECT_STATUS(m_server.request("PATCH", "/api/v1/admin/tenants/" + tenant.id, "{\"plan\":\"standard\"}",
                                       m_server.adminToken()),
                      200);
        EXPECT_STATUS(m_server.post("/api/v1/stores", "{\"code\":\"second\",\"name\":\"Second\"}", tenant.ownerToken),
                      201);
    }

    void featureOverridesWinOverThePlan() {
        const auto tenant = m_server.createTenant("flags", "basic");
        auto features = [&] {
            return m_server.get("/api/v1/admin/tenants/" + tenant.id, m_server.adminToken())
                .json->getObject("tenant")
                ->getObject("features");
        };
        QCOMPARE(features()->getValue<bool>("loyalty"), false);
        EXPECT_STATUS(m_server.request("PUT", "/api/v1/admin/tenants/" + tenant.id + "/features/loyalty",
                                       "{\"enabled\":true}", m_server.adminToken()),
                      200);
        QCOMPARE(features()->getValue<bool>("loyalty"), true);
        EXPECT_STATUS(m_server.request("PUT", "/api/v1/admin/tenants/" + tenant.id + "/features/storefront",
                                       "{\"enabled\":false}", m_server.adminToken()),
                      200);
        QCOMPARE(features()->getValue<bool>("storefront"), false);
    }

    void auditLogRecordsWhoDidWhat() {
        const auto tenant = m_server.createTenant("audited");
        EXPECT_STATUS(m_server.request("PATCH", "/api/v1/admin/tenants/" + tenant.id, "{\"status\":\"suspended\"}",
                                       m_server.adminToken()),
                      200);
        const ApiResponse audit = m_server.get("/api/v1/admin/audit?tenant_id=" + tenant.id, m_server.adminToken());
        EXPECT_STATUS(audit, 200);
        const auto events = audit.json->getArray("events");
        QVERIFY(events->size() >= 2);
        const auto newest = events->getObject(0);
        QCOMPARE(QString::fromStdString(newest->getValue<std::string>("action")), QStringLiteral("tenant.suspend"));
        QCOMPARE(QString::fromStdString(newest->getValue<std::string>("actor")), QStringLiteral("platform_admin"));
        QCOMPARE(QString::fromStdString(newest->getObject("before")->getValue<std::string>("status")),
                 QStringLiteral("active"));
        QCOMPARE(QString::fromStdString(newest->getObject("after")->getValue<std::string>("status")),
                 QStringLiteral("suspended"));
        QCOMPARE(QString::fromStdString(events->getObject(events->size() - 1)->getValue<std::string>("action")),
                 QStringLiteral("tenant.create"));
        EXPECT_STATUS(m_server.get("/api/v1/admin/audit?from=yesterday", m_server.adminToken()), 400);
    }

    void refreshTokensRotateAndReuseRevokesTheFamily() {
        const auto tenant = m_server.createTenant("refresh");
        const ApiResponse login =
            m_server.post("/api/v1/auth/login", "{\"tenant\":\"" + tenant.slug + "\",\"email\":\"" + tenant.ownerEmail +
                                                    "\",\"password\":\"" + tenant.ownerPassword + "\"}");
        EXPECT_STATUS(login, 200);
        const std::string first = login.json->getValue<std::string>("refresh_token");
        const ApiResponse rotated = m_server.post("/api/v1/auth/refresh", "{\"refresh_token\":\"" + first + "\"}");
        EXPECT_STATUS(rotated, 200);
        const std::string second = rotated.json->getValue<std::string>("refresh_token");
        QVERIFY(second != first);
        EXPECT_STATUS(m_server.get("/api/v1/stores", rotated.json->getValue<std::string>("access_token")), 200);

        // The first token again: someone copied it. Both it and its successor die.
        EXPECT_STATUS(m_server.post("/api/v1/auth/refresh", "{\"refresh_token\":\"" + first + "\"}"), 401);
        EXPECT_STATUS(m_server.post("/api/v1/auth/refresh", "{\"refresh_token\":\"" + second + "\"}"), 401);
        EXPECT_STATUS(m_server.post("/api/v1/auth/refresh", "{\"refresh_token\":\"tpr_garbage\"}"), 401);
    }

    void devicesAreScopedToTheirTenant() {
        const auto shop = m_server.createTenant("devices");
        const auto other = m_server.createTenant("other");
        const ApiResponse enrolled = m_server.post(
            "/api/v1/devices", "{\"store_id\":\"" + shop.mainStoreId + "\",\"name\":\"Till 1\"}", shop.ownerToken);
        EXPECT_STATUS(enrolled, 201);
        const std::string deviceToken = enrolled.json->getValue<std::string>("device_token");
        QCOMPARE(QString::fromStdString(enrolled.json->getObject("device")->getValue<std::string>("store_id")),
                 QString::fromStdString(shop.mainStoreId));

        const ApiResponse stores = m_server.get("/api/v1/stores", deviceToken);
        EXPECT_STATUS(stores, 200);
        QCOMPARE(stores.json->getArray("stores")->size(), std::size_t{1});
        // A device may not enrol devices, and another tenant's store does not exist for this one.
        EXPECT_STATUS(
            m_server.post("/api/v1/devices", "{\"store_id\":\"" + shop.mainStoreId + "\",\"name\":\"x\"}", deviceToken),
            403);
        EXPECT_STATUS(m_server.post("/api/v1/devices", "{\"store_id\":\"" + other.mainStoreId + "\",\"name\":\"x\"}",
                                    shop.ownerToken),
                      404);
        EXPECT_STATUS(m_server.get("/api/v1/stores/" + other.mainStoreId, shop.ownerToken), 404);
    }

    void storeEditsUseOptimisticConcurrency() {
        const auto tenant = m_server.createTenant("versions");
        const std::string path = "/api/v1/stores/" + tenant.mainStoreId;
        const ApiResponse edited = m_server.request(
            "PATCH", path, "{\"version\":1,\"name\":\"Main Street\",\"tax_rates\":{\"standard\":1900,\"reduced\":700}}",
            tenant.ownerToken);
        EXPECT_STATUS(edited, 200);
        QCOMPARE(edited.json->getObject("store")->getValue<int>("version"), 2);
        const ApiResponse stale =
            m_server.request("PATCH", path, "{\"version\":1,\"name\":\"Old Street\"}", tenant.ownerToken);
        EXPECT_STATUS(stale, 409);
        QCOMPARE(QString::fromStdString(stale.errorCode()), QStringLiteral("version_conflict"));
        QCOMPARE(QString::fromStdString(stale.json->getObject("current")->getValue<std::string>("name")),
                 QStringLiteral("Main Street"));
        const ApiResponse badRate =
            m_server.request("PATCH", path, "{\"version\":2,\"tax_rates\":{\"standard\":19.5}}", tenant.ownerToken);
        EXPECT_STATUS(badRate, 400);
    }

    void staffRolesDecideWhoMayDoWhat()
    {
        const auto tenant = m_server.createTenant("staff");
        const ApiResponse manager = m_server.post(
            "/api/v1/staff", "{\"email\":\"Mia@Shop.example\",\"password\":\"manager password\",\"role\":\"manager\"}",
            tenant.ownerToken);
        EXPECT_STATUS(manager, 201);
        QCOMPARE(QString::fromStdString(manager.json->getObject("user")->getValue<std::string>("email")),
                 QStringLiteral("mia@shop.example"));
        const std::string managerToken = m_server.login(tenant.slug, "MIA@shop.example", "manager password");
        QVERIFY2(!managerToken.empty(), "e-mail addresses log in without regard to case");

        // A manager adds cashiers, not managers; a cashier adds nobody and edits no store.
        EXPECT_STATUS(m_server.post("/api/v1/staff",
                                    "{\"email\":\"max@shop.example\",\"password\":\"another password\",\"role\":\"manager\"}",
                                    managerToken),
                      403);
        EXPECT_STATUS(m_server.post("/api/v1/staff",
                                    "{\"email\":\"cal@shop.example\",\"password\":\"cashier password\",\"role\":\"cashier\"}",
                                    managerToken),
                      201);
        const std::string cashierToken = m_server.login(tenant.slug, "cal@shop.example", "cashier password");
        QVERIFY(!cashierToken.empty());
        EXPECT_STATUS(m_server.post("/api/v1/staff",
                                    "{\"email\":\"eve@shop.example\",\"password\":\"cashier password\",\"role\":\"cashier\"}",
                                    cashierToken),
                      403);
        EXPECT_STATUS(m_server.request("PATCH", "/api/v1/stores/" + tenant.mainStoreId, "{\"version\":1,\"name\":\"x\"}",
                                       cashierToken),
                      403);
        EXPECT_STATUS(m_server.get("/api/v1/stores", cashierToken), 200);
        const ApiResponse duplicate = m_server.post(
            "/api/v1/staff", "{\"email\":\"CAL@shop.example\",\"password\":\"cashier password\",\"role\":\"cashier\"}",
            tenant.ownerToken);
        EXPECT_STATUS(duplicate, 409);
        QCOMPARE(QString::fromStdString(duplicate.errorCode()), QStringLiteral("email_taken"));
        const ApiResponse owners = m_server.post(
            "/api/v1/staff", "{\"email\":\"own@shop.example\",\"password\":\"owner password\",\"role\":\"owner\"}",
            tenant.ownerToken);
        EXPECT_STATUS(owners, 400);
        const ApiResponse list = m_server.get("/api/v1/staff", tenant.ownerToken);
        EXPECT_STATUS(list, 200);
        QCOMPARE(list.json->getArray("users")->size(), std::size_t{3});
    }

    void planHistoryIsKept()
    {
        const auto tenant = m_server.createTenant("history", "basic");
        EXPECT_STATUS(m_server.request("PATCH", "/api/v1/admin/tenants/" + tenant.id, "{\"plan\":\"enterprise\"}",
                                       m_server.adminToken()),
                      200);
        const ApiResponse history =
            m_server.get("/api/v1/admin/tenants/" + tenant.id + "/plan-history", m_server.adminToken());
        EXPECT_STATUS(history, 200);
        const auto entries = history.json->getArray("plan_history");
        QCOMPARE(entries->size(), std::size_t{2});
        QCOMPARE(QString::fromStdString(entries->getObject(0)->getValue<std::string>("plan")), QStringLiteral("basic"));
        QCOMPARE(QString::fromStdString(entries->getObject(1)->getValue<std::string>("plan")),
                 QStringLiteral("enterprise"));
        EXPECT_STATUS(m_server.get("/api/v1/admin/tenants/01a20000-0000-7000-8000-000000000000/plan-history",
                                   m_server.adminToken()),
                      404);
    }

    void operationsEndpoints() {
        const ApiResponse health = m_server.get("/healthz");
        EXPECT_STATUS(health, 200);
        QCOMPARE(QString::fromStdString(health.json->getValue<std::string>("status")), QStringLiteral("ok"));
        const ApiResponse openapi = m_server.get("/api/v1/openapi.json");
        EXPECT_STATUS(openapi, 200);
        const auto paths = openapi.json->getObject("paths");
        for (const char* path :
             {"/api/v1/admin/tenants", "/api/v1/auth/login", "/api/v1/stores/{id}", "/api/v1/openapi.json", "/healthz"})
            QVERIFY2(paths->has(path), path);
        const ApiResponse metrics = m_server.get("/metrics");
        EXPECT_STATUS(metrics, 200);
        QVERIFY(metrics.body.find("/api/v1/admin/tenants") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestControlPlane)
#include "tst_control_plane.moc"
