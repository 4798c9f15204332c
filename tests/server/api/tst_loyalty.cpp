#include <QTest>

#include "ApiTestServer.h"
#include "SyncTestSupport.h"

using namespace tp::test;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

// Loyalty points: a store sets how many points each whole unit of its money earns; orders with
// a customer earn them, refunds and returns take them back; every change is a ledger row, and
// the balance goes to the registers through the change feed.
class TestLoyalty : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    std::string m_deviceToken;

    void setRate(long long pointsPerUnit) {
        const std::string path = "/api/v1/stores/" + m_shop.mainStoreId;
        const long long version =
            m_server.get(path, m_shop.ownerToken).json->getObject("store")->getValue<long long>("version");
        const ApiResponse patched =
            m_server.request("PATCH", path,
                             "{\"version\":" + std::to_string(version) +
                                 ",\"loyalty_points_per_unit\":" + std::to_string(pointsPerUnit) + "}",
                             m_shop.ownerToken);
        QVERIFY2(patched.status == 200, patched.body.c_str());
        QCOMPARE(patched.json->getObject("store")->getValue<long long>("loyalty_points_per_unit"), pointsPerUnit);
    }

    // The customer's points as the feed last told the registers (-1: never told).
    long long feedPoints(const std::string& customerId) {
        long long points = -1;
        for (const auto& change : pullAll(m_server, m_deviceToken))
            if (change->getValue<std::string>("entity") == "loyalty" &&
                change->getValue<std::string>("id") == customerId)
                points = change->getObject("data")->getValue<long long>("points");
        return points;
    }

    std::string customer(const std::string& name) {
        const std::string id = newClientId();
        const auto made =
            pushOne(m_server, m_deviceToken, "customer.upsert", "{\"id\":\"" + id + "\",\"name\":\"" + name + "\"}");
        if (!made || made->getValue<std::string>("status") != "applied")
            QTest::qFail("making the customer failed", __FILE__, __LINE__);
        return id;
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("loyal");
        m_deviceToken = enrolDevice(m_server, m_shop, m_shop.mainStoreId);
        const ApiResponse mug =
            m_server.post("/api/v1/products", R"({"sku":"MUG","name":"Mug","price":{"amount":1290,"currency":"EUR"}})",
                          m_shop.ownerToken);
        QCOMPARE(mug.status, 201);
    }

    void aStoreWithoutLoyaltyGivesNoPoints() {
        const std::string ada = customer("Ada");
        const auto sold = pushOne(m_server, m_deviceToken, "order.create",
                                  oneLineOrder(newClientId(), "L-0", m_shop.mainStoreId, "MUG", 1290, 1000, {}, ada));
        QCOMPARE(q(sold->getValue<std::string>("status")), QStringLiteral("applied"));
        QVERIFY(!sold->getObject("result")->has("loyalty_points"));
        QCOMPARE(feedPoints(ada), -1LL);
    }

    void pointsAreEarnedPerWholeUnitAndGoBackWithTheMoney() {
        setRate(2); // 2 points per euro
        const std::string bea = customer("Bea");
        const std::string first = newClientId();
        const auto sold = pushOne(m_server, m_deviceToken, "order.create",
                                  oneLineOrder(first, "L-1", m_shop.mainStoreId, "MUG", 1290, 2000, {}, bea)); // 25.80
        QCOMPARE(sold->getObject("result")->getValue<long long>("loyalty_points"), 51LL);
        QCOMPARE(feedPoints(bea), 51LL);
        // Half of it comes back with the receipt: 12.90 → 25 points back.
        const auto refunded = pushOne(m_server, m_deviceToken, "order.refund",
                                      "{\"order_id\":\"" + first +
                                          "\",\"lines\":[{\"sku\":\"MUG\",\"qty_milli\":1000,"
                                          "\"amount\":1290}],\"payments\":[{\"method\":\"cash\","
                                          "\"amount\":1290}]}");
        QCOMPARE(q(refunded->getValue<std::string>("status")), QStringLiteral("applied"));
        QCOMPARE(feedPoints(bea), 26LL);
        // A mug back without a receipt takes its points too.
        const auto returned =
            pushOne(m_server, m_deviceToken, "order.create",
                    oneLineOrder(newClientId(), "L-2", m_shop.mainStoreId, "MUG", 1290, -1000, {}, bea));
        QCOMPARE(returned->getObject("result")->getValue<long long>("loyalty_points"), -25LL);
        QCOMPARE(feedPoints(bea), 1LL);
        // An order without a customer earns nobody anything.
        const auto anonymous =
            pushOne(m_server, m_deviceToken, "order.create",
                    oneLineOrder(newClientId(), "L-3", m_shop.mainStoreId, "MUG", 1290, 1000, {}, {}));
        QVERIFY(!anonymous->getObject("result")->has("loyalty_points"));
    }

    void theRateIsCheckedWhenSet() {
        const std::string path = "/api/v1/stores/" + m_shop.mainStoreId;
        const long long version =
            m_server.get(path, m_shop.ownerToken).json->getObject("store")->getValue<long long>("version");
        const ApiResponse refused = m_server.request(
            "PATCH", path, "{\"version\":" + std::to_string(version) + ",\"loyalty_points_per_unit\":-1}",
            m_shop.ownerToken);
        QCOMPARE(refused.status, 400);
        QVERIFY2(q(refused.body).contains("loyalty_points_per_unit"), refused.body.c_str());
    }
};

QTEST_GUILESS_MAIN(TestLoyalty)
#include "tst_loyalty.moc"
