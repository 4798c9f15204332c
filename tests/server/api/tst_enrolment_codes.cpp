#include <QTest>

#include "ApiTestServer.h"
#include "SyncTestSupport.h"

using namespace tp::test;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

// Registers enrol themselves with a one-time code a manager made: the code is shown once,
// works once, for its store, and the token it gives may sync that store only.
class TestEnrolmentCodes : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;

    ApiResponse makeCode(const std::string& storeId, const std::string& token, const std::string& name = "Till 2") {
        return m_server.post("/api/v1/devices/enrolment-codes",
                             "{\"store_id\":\"" + storeId + "\",\"name\":\"" + name + "\"}", token);
    }

    ApiResponse enrol(const std::string& code) {
        return m_server.post("/api/v1/devices/enrol", "{\"code\":\"" + code + "\"}");
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("enrol");
    }

    void aCodeEnrolsOneRegisterForItsStore() {
        const ApiResponse made = makeCode(m_shop.mainStoreId, m_shop.ownerToken);
        QVERIFY2(made.status == 201, made.body.c_str());
        const auto enrolment = made.json->getObject("enrolment");
        const std::string code = enrolment->getValue<std::string>("code");
        QVERIFY2(code.size() == 11 && code[5] == '-', code.c_str());
        QCOMPARE(q(enrolment->getValue<std::string>("store_id")), q(m_shop.mainStoreId));
        QVERIFY(!enrolment->getValue<std::string>("expires_at").empty());

        // Typed by a person: lower case, without the dash, an O for a zero.
        std::string typed;
        for (const char c : code) {
            if (c == '-')
                continue;
            typed.push_back(c == '0' ? 'o' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        }
        const ApiResponse enrolled = enrol(typed);
        QVERIFY2(enrolled.status == 201, enrolled.body.c_str());
        QCOMPARE(q(enrolled.json->getObject("device")->getValue<std::string>("store_id")), q(m_shop.mainStoreId));
        QCOMPARE(q(enrolled.json->getObject("device")->getValue<std::string>("name")), QStringLiteral("Till 2"));
        QCOMPARE(q(enrolled.json->getObject("tenant")->getValue<std::string>("slug")), q(m_shop.slug));
        const std::string token = enrolled.json->getValue<std::string>("device_token");
        QCOMPARE(m_server.get("/api/v1/sync/changes?since=0&limit=1", token).status, 200);

        const ApiResponse again = enrol(code);
        QCOMPARE(again.status, 404);
        QCOMPARE(q(again.errorCode()), QStringLiteral("enrolment_code_invalid"));
    }

    void badCodesAreOneError_data() {
        QTest::addColumn<QString>("code");
        QTest::newRow("made up") << "ABCDE-FGHJK";
        QTest::newRow("too short") << "ABC";
        QTest::newRow("not the alphabet") << "ABCDE-FGHJ!";
        QTest::newRow("empty") << "";
    }

    void badCodesAreOneError() {
        QFETCH(QString, code);
        const ApiResponse refused = enrol(code.toStdString());
        QCOMPARE(refused.status, 404);
        QCOMPARE(q(refused.errorCode()), QStringLiteral("enrolment_code_invalid"));
    }

    void onlyManagersMakeCodesForTheirOwnStores() {
        QCOMPARE(makeCode("0190a0b0-0000-7000-8000-000000000000", m_shop.ownerToken).status, 404);
        const auto other = m_server.createTenant("enrol-other");
        QCOMPARE(makeCode(m_shop.mainStoreId, other.ownerToken).status, 404);
        QCOMPARE(makeCode(m_shop.mainStoreId, m_shop.ownerToken, "  ").status, 400);
        const ApiResponse cashier = m_server.post(
            "/api/v1/staff", "{\"email\":\"cal@enrol.example\",\"password\":\"a long password\",\"role\":\"cashier\"}",
            m_shop.ownerToken);
        QCOMPARE(cashier.status, 201);
        const std::string cashierToken = m_server.login(m_shop.slug, "cal@enrol.example", "a long password");
        QCOMPARE(makeCode(m_shop.mainStoreId, cashierToken).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestEnrolmentCodes)
#include "tst_enrolment_codes.moc"
