#include <QTest>

#include <Poco/JSON/Array.h>

#include "ApiTestServer.h"
#include "SyncTestSupport.h"

using namespace tp::test;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

QString describe(const ApiResponse& response) {
    return QStringLiteral("HTTP %1: %2").arg(response.status).arg(q(response.body));
}

} // namespace

// The backoffice's view of registers and staff over real HTTP: what each register reported
// when it last synced (time, app version, pending uploads), revoking a register, changing a
// staff member's role and disabling one — who may do which, and that it takes effect at the
// login, the refresh and the registers' feed.
class TestRegistersAndStaff : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;

    struct Device {
        std::string id;
        std::string token;
    };

    Device enrol(const std::string& name) {
        const ApiResponse enrolled =
            m_server.post("/api/v1/devices", "{\"store_id\":\"" + m_shop.mainStoreId + "\",\"name\":\"" + name + "\"}",
                          m_shop.ownerToken);
        if (enrolled.status != 201) {
            QTest::qFail(qPrintable(describe(enrolled)), __FILE__, __LINE__);
            return {};
        }
        return {enrolled.json->getObject("device")->getValue<std::string>("id"),
                enrolled.json->getValue<std::string>("device_token")};
    }

    ApiResponse syncAs(const Device& device, const std::map<std::string, std::string>& headers) {
        return m_server.request("GET", "/api/v1/sync/changes?since=0&limit=1", {}, device.token, headers);
    }

    // The device as GET /api/v1/devices lists it, or null.
    Poco::JSON::Object::Ptr listed(const std::string& deviceId, const std::string& token) {
        const ApiResponse list = m_server.get("/api/v1/devices?limit=500", token);
        if (list.status != 200) {
            QTest::qFail(qPrintable(describe(list)), __FILE__, __LINE__);
            return nullptr;
        }
        const auto devices = list.json->getArray("devices");
        for (std::size_t i = 0; i < devices->size(); ++i) {
            const auto device = devices->getObject(static_cast<unsigned>(i));
            if (device->getValue<std::string>("id") == deviceId)
                return device;
        }
        return nullptr;
    }

    std::string addStaff(const std::string& email, const std::string& role) {
        const ApiResponse added = m_server.post(
            "/api/v1/staff", "{\"email\":\"" + email + "\",\"password\":\"a long password\",\"role\":\"" + role + "\"}",
            m_shop.ownerToken);
        if (added.status != 201) {
            QTest::qFail(qPrintable(describe(added)), __FILE__, __LINE__);
            return {};
        }
        return added.json->getObject("user")->getValue<std::string>("id");
    }

    ApiResponse patchStaff(const std::string& staffId, const std::string& body, const std::string& token) {
        return m_server.request("PATCH", "/api/v1/staff/" + staffId, body, token);
    }

    ApiResponse login(const std::string& email) {
        return m_server.post("/api/v1/auth/login", "{\"tenant\":\"" + m_shop.slug + "\",\"email\":\"" + email +
                                                       "\",\"password\":\"a long password\"}");
    }

    // The latest entry of `entity` for `id` in the feed as `token` sees it, or null.
    Poco::JSON::Object::Ptr latest(const std::string& token, const std::string& entity, const std::string& id) {
        Poco::JSON::Object::Ptr found;
        for (const auto& change : pullAll(m_server, token)) {
            if (change->getValue<std::string>("entity") == entity && change->getValue<std::string>("id") == id)
                found = change->getObject("data");
        }
        return found;
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("fleet");
    }

    void aRegistersReportIsListed() {
        const Device till = enrol("Till 1");
        QVERIFY(!till.id.empty());
        auto device = listed(till.id, m_shop.ownerToken);
        QVERIFY(device);
        QCOMPARE(q(device->getValue<std::string>("status")), QStringLiteral("active"));
        QCOMPARE(q(device->getValue<std::string>("name")), QStringLiteral("Till 1"));
        QVERIFY(device->isNull("last_seen_at")); // never synced yet
        QVERIFY(device->isNull("app_version"));
        QVERIFY(!device->isNull("enrolled_at"));

        QCOMPARE(syncAs(till, {{"X-Tillpoint-App-Version", "1.4.0"}, {"X-Tillpoint-Pending-Uploads", "3"}}).status,
                 200);
        device = listed(till.id, m_shop.ownerToken);
        QVERIFY(!device->isNull("last_seen_at"));
        QCOMPARE(q(device->getValue<std::string>("app_version")), QStringLiteral("1.4.0"));
        QCOMPARE(device->getValue<int>("pending_uploads"), 3);
        const std::string seen = device->getValue<std::string>("last_seen_at");

        // The same report again within a minute is not written again (registers poll often)…
        QTest::qWait(20);
        QCOMPARE(syncAs(till, {{"X-Tillpoint-App-Version", "1.4.0"}, {"X-Tillpoint-Pending-Uploads", "3"}}).status,
                 200);
        QCOMPARE(q(listed(till.id, m_shop.ownerToken)->getValue<std::string>("last_seen_at")), q(seen));
        // …a change is, at once: the push emptied the outbox.
        const ApiResponse pushed =
            m_server.request("POST", "/api/v1/sync/push", "{\"mutations\":[]}", till.token,
                             {{"X-Tillpoint-App-Version", "1.4.0"}, {"X-Tillpoint-Pending-Uploads", "0"}});
        QCOMPARE(pushed.status, 200);
        device = listed(till.id, m_shop.ownerToken);
        QCOMPARE(device->getValue<int>("pending_uploads"), 0);
        QVERIFY(device->getValue<std::string>("last_seen_at") >= seen);

        // What a register reports wrongly is left out; its sync goes on.
        QCOMPARE(
            syncAs(till, {{"X-Tillpoint-App-Version", "1.4.0; rm -rf"}, {"X-Tillpoint-Pending-Uploads", "-2"}}).status,
            200);
        device = listed(till.id, m_shop.ownerToken);
        QVERIFY(device->isNull("app_version"));
        QVERIFY(device->isNull("pending_uploads"));

        // Staff syncing (the backoffice) is not a register.
        QCOMPARE(m_server
                     .request("GET", "/api/v1/sync/changes?since=0&limit=1", {}, m_shop.ownerToken,
                              {{"X-Tillpoint-App-Version", "9.9.9"}})
                     .status,
                 200);
        QVERIFY(listed(till.id, m_shop.ownerToken)->isNull("app_version"));
    }

    void aRevokedRegisterCannotSync() {
        const Device till = enrol("Till lost");
        QCOMPARE(syncAs(till, {}).status, 200);
        const std::string cashierId = addStaff("cash@fleet.example", "cashier");
        const std::string cashierToken = m_server.login(m_shop.slug, "cash@fleet.example", "a long password");
        QCOMPARE(m_server.get("/api/v1/devices", cashierToken).status, 403);
        QCOMPARE(m_server.request("DELETE", "/api/v1/devices/" + till.id, {}, cashierToken).status, 403);

        const ApiResponse revoked = m_server.request("DELETE", "/api/v1/devices/" + till.id, {}, m_shop.ownerToken);
        QVERIFY2(revoked.status == 200, qPrintable(describe(revoked)));
        QCOMPARE(q(revoked.json->getObject("device")->getValue<std::string>("status")), QStringLiteral("revoked"));
        QVERIFY(!revoked.json->getObject("device")->isNull("revoked_at"));
        QCOMPARE(syncAs(till, {}).status, 401);
        QCOMPARE(q(listed(till.id, m_shop.ownerToken)->getValue<std::string>("status")), QStringLiteral("revoked"));
        // Again: nothing more happens.
        QCOMPARE(m_server.request("DELETE", "/api/v1/devices/" + till.id, {}, m_shop.ownerToken).status, 200);
        QCOMPARE(m_server.request("DELETE", "/api/v1/devices/" + newClientId(), {}, m_shop.ownerToken).status, 404);

        const ApiResponse audit = m_server.get("/api/v1/admin/audit?tenant_id=" + m_shop.id, m_server.adminToken());
        QCOMPARE(audit.status, 200);
        int revocations = 0;
        for (std::size_t i = 0; i < audit.json->getArray("events")->size(); ++i) {
            const auto event = audit.json->getArray("events")->getObject(static_cast<unsigned>(i));
            if (event->getValue<std::string>("action") == "device.revoke")
                ++revocations;
        }
        QCOMPARE(revocations, 1);
        Q_UNUSED(cashierId);
    }

    void theOwnerChangesRolesAndAManagerDisablesCashiers() {
        const std::string managerId = addStaff("mona@fleet.example", "manager");
        const std::string cashierId = addStaff("carl@fleet.example", "cashier");
        const std::string otherManagerId = addStaff("max@fleet.example", "manager");
        const std::string managerToken = m_server.login(m_shop.slug, "mona@fleet.example", "a long password");
        const ApiResponse carlsSession = login("carl@fleet.example");
        QCOMPARE(carlsSession.status, 200);
        const std::string carlsRefresh = carlsSession.json->getValue<std::string>("refresh_token");
        QCOMPARE(
            m_server.request("PUT", "/api/v1/staff/" + cashierId + "/pin", "{\"pin\":\"4711\"}", managerToken).status,
            200);
        const Device till = enrol("Till 2");

        // A manager neither promotes nor touches managers, the owner or themselves.
        QCOMPARE(patchStaff(cashierId, "{\"role\":\"manager\"}", managerToken).status, 403);
        QCOMPARE(patchStaff(otherManagerId, "{\"status\":\"disabled\"}", managerToken).status, 403);
        QCOMPARE(patchStaff(managerId, "{\"status\":\"disabled\"}", managerToken).status, 403);
        const ApiResponse bad = patchStaff(cashierId, "{\"status\":\"gone\"}", managerToken);
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.body.find("status") != std::string::npos);
        QCOMPARE(patchStaff(cashierId, "{}", managerToken).status, 400);
        QCOMPARE(patchStaff(newClientId(), "{\"status\":\"disabled\"}", managerToken).status, 404);

        // Disabled: no login, no refresh, and the registers refuse the PIN.
        const ApiResponse disabled = patchStaff(cashierId, "{\"status\":\"disabled\"}", managerToken);
        QVERIFY2(disabled.status == 200, qPrintable(describe(disabled)));
        QCOMPARE(q(disabled.json->getObject("user")->getValue<std::string>("status")), QStringLiteral("disabled"));
        QCOMPARE(login("carl@fleet.example").status, 401);
        QCOMPARE(m_server.post("/api/v1/auth/refresh", "{\"refresh_token\":\"" + carlsRefresh + "\"}").status, 401);
        auto forRegisters = latest(till.token, "register_staff", cashierId);
        QVERIFY(forRegisters);
        QCOMPARE(q(forRegisters->getValue<std::string>("status")), QStringLiteral("disabled"));
        QVERIFY(!forRegisters->getValue<std::string>("pin_hash").empty());
        auto forOffices = latest(m_shop.ownerToken, "staff", cashierId);
        QCOMPARE(q(forOffices->getValue<std::string>("status")), QStringLiteral("disabled"));

        // The owner brings them back as a manager.
        const ApiResponse promoted =
            patchStaff(cashierId, "{\"status\":\"active\",\"role\":\"manager\"}", m_shop.ownerToken);
        QVERIFY2(promoted.status == 200, qPrintable(describe(promoted)));
        const ApiResponse back = login("carl@fleet.example");
        QCOMPARE(back.status, 200);
        QCOMPARE(q(back.json->getObject("user")->getValue<std::string>("role")), QStringLiteral("manager"));
        forRegisters = latest(till.token, "register_staff", cashierId);
        QCOMPARE(q(forRegisters->getValue<std::string>("role")), QStringLiteral("manager"));
        QCOMPARE(q(forRegisters->getValue<std::string>("status")), QStringLiteral("active"));

        // Nobody changes the owner; the owner is in the offices' staff feed like everyone.
        std::string ownerId;
        const ApiResponse staff = m_server.get("/api/v1/staff", m_shop.ownerToken);
        for (std::size_t i = 0; i < staff.json->getArray("users")->size(); ++i) {
            const auto user = staff.json->getArray("users")->getObject(static_cast<unsigned>(i));
            if (user->getValue<std::string>("role") == "owner")
                ownerId = user->getValue<std::string>("id");
        }
        QCOMPARE(patchStaff(ownerId, "{\"role\":\"manager\"}", m_shop.ownerToken).status, 403);
        auto owner = latest(m_shop.ownerToken, "staff", ownerId);
        QVERIFY(owner);
        QCOMPARE(q(owner->getValue<std::string>("role")), QStringLiteral("owner"));
        QCOMPARE(q(owner->getValue<std::string>("status")), QStringLiteral("active"));
    }
};

QTEST_MAIN(TestRegistersAndStaff)
#include "tst_registers_and_staff.moc"
