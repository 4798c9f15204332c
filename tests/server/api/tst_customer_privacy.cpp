#include <QTest>

#include "ApiTestServer.h"
#include "SyncTestSupport.h"

using namespace tp::test;

// A customer's right to be forgotten: customer.anonymize erases name, e-mail, phone and
// everything else personal for good, keeps the record (and so the orders that refer to it),
// tells the registers through the feed, is audited without the erased data, is for owners and
// managers only, and an anonymized customer cannot be filled in again by a stale edit.
class TestCustomerPrivacy : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    std::string m_deviceToken;

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("privacy");
        m_deviceToken = enrolDevice(m_server, m_shop, m_shop.mainStoreId);
    }

    void aCustomerIsErasedButTheirOrdersStay() {
        const std::string id = newClientId();
        auto made = pushOne(m_server, m_deviceToken, "customer.upsert",
                            R"({"id":")" + id +
                                R"(","name":"Ada Lovelace","email":"ada@example.com","phone":"+49 30 1234567",)"
                                R"("notes":"prefers e-mail","addresses":[{"city":"London"}]})");
        QCOMPARE(statusOf(made), std::string("applied"));
        const std::string orderId = newClientId();
        auto sale = pushOne(m_server, m_deviceToken, "order.create",
                            oneLineOrder(orderId, "P1-000001", m_shop.mainStoreId, "ANY-1", 500, 1000, {}, id));
        QCOMPARE(statusOf(sale), std::string("applied"));

        auto refused = pushOne(m_server, m_deviceToken, "customer.anonymize", R"({"id":")" + id + R"("})");
        QCOMPARE(statusOf(refused), std::string("rejected")); // a register may not
        QCOMPARE(errorOf(refused), std::string("forbidden"));

        auto erased = pushOne(m_server, m_shop.ownerToken, "customer.anonymize", R"({"id":")" + id + R"("})");
        QCOMPARE(statusOf(erased), std::string("applied"));
        QCOMPARE(errorOf(pushOne(m_server, m_shop.ownerToken, "customer.anonymize", R"({"id":"nobody"})")),
                 std::string("not_found"));

        // The feed's last word on the customer holds nothing personal.
        Poco::JSON::Object::Ptr last;
        for (const auto& change : pullAll(m_server, m_deviceToken))
            if (change->getValue<std::string>("entity") == "customer" && change->getValue<std::string>("id") == id)
                last = change->getObject("data");
        QVERIFY(last);
        QCOMPARE(last->getValue<std::string>("name"), std::string("Anonymized customer"));
        QVERIFY(last->getValue<bool>("anonymized"));
        const std::string text = [&] {
            std::ostringstream out;
            last->stringify(out);
            return out.str();
        }();
        for (const char* personal : {"Ada", "ada@example.com", "1234567", "prefers", "London"})
            QVERIFY2(text.find(personal) == std::string::npos, text.c_str());

        // The order is still theirs (by id), and still counts.
        const ApiResponse order = m_server.get("/api/v1/orders/" + orderId, m_shop.ownerToken);
        QCOMPARE(order.status, 200);
        QCOMPARE(order.json->getObject("order")->getValue<std::string>("customer_id"), id);

        // A register that was offline edits the old customer: refused, nothing comes back.
        auto stale = pushOne(m_server, m_deviceToken, "customer.upsert",
                             R"({"id":")" + id + R"(","version":1,"name":"Ada Lovelace","email":"ada@example.com"})");
        QCOMPARE(errorOf(stale), std::string("customer_anonymized"));

        // Audited: who and what, never the erased data.
        const ApiResponse audit = m_server.get("/api/v1/admin/audit?tenant_id=" + m_shop.id, m_server.adminToken());
        QVERIFY2(audit.status == 200, audit.body.c_str());
        QVERIFY(audit.body.find("customer.anonymize") != std::string::npos);
        QVERIFY(audit.body.find("ada@example.com") == std::string::npos);
    }
};

QTEST_MAIN(TestCustomerPrivacy)
#include "tst_customer_privacy.moc"
