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

// Register PINs over real HTTP: who may set whose, which PINs are refused, and that the hash
// reaches the tenant's registers, and only them, through the change feed.
class TestRegisterPins : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    std::string m_ownerId;
    std::string m_managerId;
    std::string m_cashierId;
    std::string m_otherCashierId;
    std::string m_managerToken;
    std::string m_cashierToken;

    std::string addStaff(const std::string& email, const std::string& role) {
        const ApiResponse added = m_server.post(
            "/api/v1/staff", "{\"email\":\"" + email + "\",\"password\":\"a long password\",\"role\":\"" + role + "\"}",
            m_shop.ownerToken);
        if (added.status != 201)
            QTest::qFail(qPrintable(describe(added)), __FILE__, __LINE__);
        return added.json->getObject("user")->getValue<std::string>("id");
    }

    ApiResponse setPin(const std::string& staffId, const std::string& pin, const std::string& token) {
        return m_server.request("PUT", "/api/v1/staff/" + staffId + "/pin", "{\"pin\":\"" + pin + "\"}", token);
    }

    // The latest register_staff entry for `staffId` in the feed as `token` sees it, or null.
    Poco::JSON::Object::Ptr registerStaff(const std::string& token, const std::string& staffId) {
        Poco::JSON::Object::Ptr found;
        for (const auto& change : pullAll(m_server, token)) {
            if (change->getValue<std::string>("entity") == "register_staff" &&
                change->getValue<std::string>("id") == staffId)
                found = change->getObject("data");
        }
        return found;
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("pins");
        m_managerId = addStaff("mia@pins.example", "manager");
        m_cashierId = addStaff("cal@pins.example", "cashier");
        m_otherCashierId = addStaff("cleo@pins.example", "cashier");
        m_managerToken = m_server.login(m_shop.slug, "mia@pins.example", "a long password");
        m_cashierToken = m_server.login(m_shop.slug, "cal@pins.example", "a long password");
        QVERIFY(!m_managerToken.empty() && !m_cashierToken.empty());
        const ApiResponse staff = m_server.get("/api/v1/staff", m_shop.ownerToken);
        QCOMPARE(staff.status, 200);
        for (std::size_t i = 0; i < staff.json->getArray("users")->size(); ++i) {
            const auto user = staff.json->getArray("users")->getObject(static_cast<unsigned>(i));
            if (user->getValue<std::string>("role") == "owner")
                m_ownerId = user->getValue<std::string>("id");
        }
        QVERIFY(!m_ownerId.empty());
    }

    void aPinReachesRegistersOnly() {
        const ApiResponse set = setPin(m_cashierId, "4826", m_shop.ownerToken);
        QVERIFY2(set.status == 200, qPrintable(describe(set)));
        QCOMPARE(q(set.json->getObject("user")->getValue<std::string>("id")), q(m_cashierId));
        QVERIFY2(set.body.find("4826") == std::string::npos, "the answer never repeats the PIN");

        const std::string device = enrolDevice(m_server, m_shop, m_shop.mainStoreId);
        const auto forRegister = registerStaff(device, m_cashierId);
        QVERIFY(forRegister);
        QCOMPARE(q(forRegister->getValue<std::string>("email")), QStringLiteral("cal@pins.example"));
        QCOMPARE(q(forRegister->getValue<std::string>("role")), QStringLiteral("cashier"));
        QCOMPARE(q(forRegister->getValue<std::string>("status")), QStringLiteral("active"));
        const std::string hash = forRegister->getValue<std::string>("pin_hash");
        QVERIFY2(hash.rfind("pbkdf2-sha256$", 0) == 0, hash.c_str());
        QVERIFY(hash.find("4826") == std::string::npos);

        QVERIFY2(!registerStaff(m_shop.ownerToken, m_cashierId), "a staff login never receives PIN hashes");
        QVERIFY(!registerStaff(m_cashierToken, m_cashierId));

        // A new PIN goes out again, with a new hash.
        QCOMPARE(setPin(m_cashierId, "5937", m_shop.ownerToken).status, 200);
        const auto changed = registerStaff(device, m_cashierId);
        QVERIFY(changed);
        QVERIFY(changed->getValue<std::string>("pin_hash") != hash);
    }

    void weakOrMalformedPinsAreRefused_data() {
        QTest::addColumn<QString>("pin");
        QTest::newRow("too short") << "482";
        QTest::newRow("too long") << "482648264";
        QTest::newRow("letters") << "48a6";
        QTest::newRow("repeated") << "7777";
        QTest::newRow("run up") << "3456";
        QTest::newRow("run down") << "98765";
        QTest::newRow("empty") << "";
    }

    void weakOrMalformedPinsAreRefused() {
        QFETCH(QString, pin);
        const ApiResponse refused = setPin(m_cashierId, pin.toStdString(), m_shop.ownerToken);
        QVERIFY2(refused.status == 400, qPrintable(describe(refused)));
        QCOMPARE(q(refused.errorCode()), QStringLiteral("invalid_request"));
        QVERIFY2(refused.body.find("pin") != std::string::npos, refused.body.c_str());
    }

    void rolesDecideWhosePinOneMaySet() {
        QCOMPARE(setPin(m_cashierId, "2580", m_cashierToken).status, 200); // their own
        QCOMPARE(setPin(m_otherCashierId, "2580", m_cashierToken).status, 403);
        QCOMPARE(setPin(m_otherCashierId, "1397", m_managerToken).status, 200); // a cashier's
        QCOMPARE(setPin(m_managerId, "1397", m_managerToken).status, 200);      // their own
        QCOMPARE(setPin(m_ownerId, "1397", m_managerToken).status, 403);
        QCOMPARE(setPin(m_managerId, "6203", m_shop.ownerToken).status, 200);
        QCOMPARE(setPin(m_ownerId, "6203", m_shop.ownerToken).status, 200);
        QCOMPARE(setPin("0190a0b0-0000-7000-8000-000000000000", "6203", m_shop.ownerToken).status, 404);
        // Somebody of another tenant is as unknown as nobody.
        const auto other = m_server.createTenant("pins-other");
        QCOMPARE(setPin(m_cashierId, "6203", other.ownerToken).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestRegisterPins)
#include "tst_register_pins.moc"
