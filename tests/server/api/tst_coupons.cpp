#include <QTest>

#include "ApiTestServer.h"
#include "SyncTestSupport.h"

using namespace tp::test;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

// An order of one line with a discount taken off it, as a register sends it with a coupon.
std::string orderWithCoupon(const std::string& orderId, const std::string& number, const std::string& storeId,
                            const std::string& sku, long long price, long long discount, const std::string& code,
                            const std::string& customerId = {}, const std::string& createdAt = "2026-05-01T10:00:00Z") {
    const std::string total = std::to_string(price - discount);
    return "{\"id\":\"" + orderId + "\",\"number\":\"" + number + "\",\"store_id\":\"" + storeId + "\"," +
           (customerId.empty() ? std::string() : "\"customer_id\":\"" + customerId + "\",") +
           "\"channel\":\"pos\",\"created_at\":\"" + createdAt + "\",\"currency\":\"EUR\",\"lines\":[{\"sku\":\"" +
           sku + "\",\"qty_milli\":1000,\"unit_price\":" + std::to_string(price) +
           ",\"discount\":" + std::to_string(discount) + ",\"tax\":0,\"total\":" + total +
           "}],\"payments\":[{\"method\":\"cash\",\"amount\":" + total +
           "}],\"totals\":{\"subtotal\":" + std::to_string(price) + ",\"discount\":" + std::to_string(discount) +
           ",\"tax\":0,\"total\":" + total + "},\"coupon\":{\"code\":\"" + code +
           "\",\"discount\":" + std::to_string(discount) + "}}";
}

} // namespace

// Coupons are defined by owners and managers through sync push (the backoffice works offline),
// reach every register through the change feed, and each order that used one is booked as a
// redemption — counted and published even when an offline till went past the coupon's limit,
// because the sale happened; the order carries the broken rule as a flag instead.
class TestCoupons : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    std::string m_managerToken;
    std::string m_cashierToken;
    std::string m_deviceToken;

    std::string addStaff(const std::string& email, const std::string& role) {
        const ApiResponse added = m_server.post(
            "/api/v1/staff", "{\"email\":\"" + email + "\",\"password\":\"a long password\",\"role\":\"" + role + "\"}",
            m_shop.ownerToken);
        if (added.status != 201)
            QTest::qFail(added.body.c_str(), __FILE__, __LINE__);
        return m_server.login(m_shop.slug, email, "a long password");
    }

    ApiResponse coupon(const std::string& id) { return m_server.get("/api/v1/coupons/" + id, m_managerToken); }

    void createProduct(const std::string& sku) {
        const ApiResponse created = m_server.post("/api/v1/products",
                                                  "{\"sku\":\"" + sku + "\",\"name\":\"" + sku +
                                                      "\",\"price\":{\"amount\":2000,\"currency\":\"EUR\"}}",
                                                  m_shop.ownerToken);
        QVERIFY2(created.status == 201, created.body.c_str());
    }

    // The flags of a stored order.
    QStringList flagsOf(const std::string& orderId) {
        const ApiResponse order = m_server.get("/api/v1/orders/" + orderId, m_managerToken);
        if (order.status != 200)
            return {QStringLiteral("(order not found: %1)").arg(order.status)};
        QStringList flags;
        const auto array = order.json->getObject("order")->getArray("flags");
        for (std::size_t i = 0; array && i < array->size(); ++i)
            flags << q(array->getElement<std::string>(static_cast<unsigned>(i)));
        return flags;
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("coupons");
        m_managerToken = addStaff("mia@coupons.example", "manager");
        m_cashierToken = addStaff("cal@coupons.example", "cashier");
        QVERIFY(!m_managerToken.empty() && !m_cashierToken.empty());
        m_deviceToken = enrolDevice(m_server, m_shop, m_shop.mainStoreId);
        createProduct("MUG");
    }

    void aManagerDefinesACouponThatRegistersReceive() {
        const std::string id = newClientId();
        const auto result = pushOne(m_server, m_managerToken, "coupon.upsert",
                                    "{\"id\":\"" + id +
                                        "\",\"code\":\" spring-10 \",\"name\":\"Spring 10 %\",\"type\":\"percent\","
                                        "\"value\":1000,\"valid_from\":\"2026-03-01T00:00:00Z\","
                                        "\"valid_until\":\"2026-06-01T00:00:00Z\",\"max_redemptions\":100}");
        QCOMPARE(q(statusOf(result)), QStringLiteral("applied"));
        QCOMPARE(result->getObject("result")->getValue<std::string>("code"), std::string("SPRING-10"));

        const ApiResponse read = coupon(id);
        QVERIFY2(read.status == 200, read.body.c_str());
        const auto stored = read.json->getObject("coupon");
        QCOMPARE(q(stored->getValue<std::string>("code")), QStringLiteral("SPRING-10"));
        QCOMPARE(q(stored->getValue<std::string>("type")), QStringLiteral("percent"));
        QCOMPARE(stored->getValue<long long>("value"), 1000LL);
        QCOMPARE(stored->getValue<long long>("max_redemptions"), 100LL);
        QCOMPARE(stored->getValue<long long>("redeemed"), 0LL);
        QCOMPARE(stored->getValue<long long>("version"), 1LL);
        QCOMPARE(q(stored->getValue<std::string>("status")), QStringLiteral("active"));
        QCOMPARE(q(stored->getValue<std::string>("valid_until")), QStringLiteral("2026-06-01T00:00:00.000Z"));

        bool inFeed = false;
        for (const auto& change : pullAll(m_server, m_deviceToken))
            if (change->getValue<std::string>("entity") == "coupon" && change->getValue<std::string>("id") == id)
                inFeed = change->getObject("data")->getValue<std::string>("code") == "SPRING-10";
        QVERIFY(inFeed);
    }

    void badCouponsAreRefusedNamingTheField_data() {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("field");
        QTest::newRow("no type") << R"("code":"NOTYPE","value":5)"
                                 << "data.type";
        QTest::newRow("unknown type") << R"("code":"BOGO1","type":"bogo","value":5)"
                                      << "data.type";
        QTest::newRow("over 100 %") << R"("code":"TOOMUCH","type":"percent","value":10001)"
                                    << "data.value";
        QTest::newRow("nothing off") << R"("code":"ZERO1","type":"percent","value":0)"
                                     << "data.value";
        QTest::newRow("fixed without currency") << R"("code":"FIVE1","type":"fixed","value":500)"
                                                << "data.currency";
        QTest::newRow("minimum without currency")
            << R"("code":"MIN1","type":"percent","value":500,"minimum_order":5000)"
            << "data.currency";
        QTest::newRow("unknown currency") << R"("code":"FIVE2","type":"fixed","value":500,"currency":"XYZ")"
                                          << "data.currency";
        QTest::newRow("ends before it starts")
            << R"("code":"BACKWARDS","type":"percent","value":500,"valid_from":"2026-05-01T00:00:00Z","valid_until":"2026-04-01T00:00:00Z")"
            << "data.valid_until";
        QTest::newRow("code with a space") << R"("code":"TWO WORDS","type":"percent","value":500)"
                                           << "data.code";
        QTest::newRow("code too short") << R"("code":"AB","type":"percent","value":500)"
                                        << "data.code";
        QTest::newRow("no limit is not zero") << R"("code":"LIMIT0","type":"percent","value":500,"max_redemptions":0)"
                                              << "data.max_redemptions";
        QTest::newRow("category not an id") << R"("code":"CAT1","type":"percent","value":500,"category_ids":["shoes"])"
                                            << "data.category_ids[0]";
        QTest::newRow("unknown status") << R"("code":"STAT1","type":"percent","value":500,"status":"paused")"
                                        << "data.status";
    }

    void badCouponsAreRefusedNamingTheField() {
        QFETCH(QString, fields);
        QFETCH(QString, field);
        const auto result = pushOne(m_server, m_managerToken, "coupon.upsert",
                                    "{\"id\":\"" + newClientId() + "\"," + fields.toStdString() + "}");
        QCOMPARE(q(statusOf(result)), QStringLiteral("rejected"));
        QCOMPARE(q(errorOf(result)), QStringLiteral("invalid_request"));
        QVERIFY2(q(errorOf(result, "message")).startsWith(field), errorOf(result, "message").c_str());
    }

    void onlyOwnersAndManagersDefineCoupons() {
        const std::string data =
            "{\"id\":\"" + newClientId() + "\",\"code\":\"MINE\",\"type\":\"percent\",\"value\":500}";
        QCOMPARE(q(errorOf(pushOne(m_server, m_cashierToken, "coupon.upsert", data))), QStringLiteral("forbidden"));
        QCOMPARE(q(errorOf(pushOne(m_server, m_deviceToken, "coupon.upsert", data))), QStringLiteral("forbidden"));
        QCOMPARE(q(statusOf(pushOne(m_server, m_shop.ownerToken, "coupon.upsert", data))), QStringLiteral("applied"));
    }

    void aCodeIsOneCouponsAndEditsAreVersioned() {
        const std::string first = newClientId();
        QCOMPARE(
            q(statusOf(pushOne(m_server, m_managerToken, "coupon.upsert",
                               "{\"id\":\"" + first + "\",\"code\":\"WELCOME\",\"type\":\"percent\",\"value\":500}"))),
            QStringLiteral("applied"));
        const auto taken =
            pushOne(m_server, m_managerToken, "coupon.upsert",
                    "{\"id\":\"" + newClientId() +
                        "\",\"code\":\"welcome\",\"type\":\"fixed\",\"value\":500,\"currency\":\"EUR\"}");
        QCOMPARE(q(errorOf(taken)), QStringLiteral("code_taken"));

        const std::string edit =
            "{\"id\":\"" + first + "\",\"code\":\"WELCOME\",\"type\":\"percent\",\"value\":700,\"version\":1}";
        QCOMPARE(q(statusOf(pushOne(m_server, m_managerToken, "coupon.upsert", edit))), QStringLiteral("applied"));
        // The same edit again started from version 1, which is gone now: never a silent overwrite.
        const ApiResponse stale = push(m_server, m_managerToken, {mutationJson(newClientId(), "coupon.upsert", edit)});
        const auto result = resultsOf(stale)->getObject(0);
        QCOMPARE(q(errorOf(result)), QStringLiteral("version_conflict"));
        QCOMPARE(result->getObject("current")->getValue<long long>("value"), 700LL);
        QCOMPARE(result->getObject("current")->getValue<long long>("version"), 2LL);

        const auto noVersion =
            pushOne(m_server, m_managerToken, "coupon.upsert",
                    "{\"id\":\"" + first + "\",\"code\":\"WELCOME\",\"type\":\"percent\",\"value\":900}");
        QCOMPARE(q(errorOf(noVersion)), QStringLiteral("invalid_request"));
        QCOMPARE(coupon(first).json->getObject("coupon")->getValue<long long>("value"), 700LL);
    }

    void ordersRedeemCouponsAndOfflineOverusesAreFlagged() {
        const std::string id = newClientId();
        QCOMPARE(q(statusOf(pushOne(m_server, m_managerToken, "coupon.upsert",
                                    "{\"id\":\"" + id +
                                        "\",\"code\":\"ONCE\",\"type\":\"fixed\",\"value\":300,\"currency\":\"EUR\","
                                        "\"max_redemptions\":1}"))),
                 QStringLiteral("applied"));
        const std::string firstOrder = newClientId();
        const std::string secondOrder = newClientId();
        // Two registers, both offline, both let the one-use coupon through; both sales stand.
        QCOMPARE(q(statusOf(pushOne(m_server, m_deviceToken, "order.create",
                                    orderWithCoupon(firstOrder, "C-1", m_shop.mainStoreId, "MUG", 2000, 300, "once")))),
                 QStringLiteral("applied"));
        QCOMPARE(
            q(statusOf(pushOne(m_server, m_deviceToken, "order.create",
                               orderWithCoupon(secondOrder, "C-2", m_shop.mainStoreId, "MUG", 2000, 300, "ONCE")))),
            QStringLiteral("applied"));
        QCOMPARE(flagsOf(firstOrder), QStringList{});
        QCOMPARE(flagsOf(secondOrder), QStringList{QStringLiteral("coupon_exhausted")});
        QCOMPARE(coupon(id).json->getObject("coupon")->getValue<long long>("redeemed"), 2LL);

        // Every register learns of both uses, whichever till made them.
        int redemptions = 0;
        for (const auto& change : pullAll(m_server, m_deviceToken)) {
            if (change->getValue<std::string>("entity") != "coupon_redemption")
                continue;
            const auto data = change->getObject("data");
            if (data->getValue<std::string>("coupon_id") == id) {
                ++redemptions;
                QCOMPARE(data->getValue<long long>("discount"), 300LL);
                QCOMPARE(change->getValue<std::string>("id"), data->getValue<std::string>("order_id"));
            }
        }
        QCOMPARE(redemptions, 2);
    }

    void aCouponThisShopNeverHadIsFlaggedNotRefused() {
        const std::string order = newClientId();
        QCOMPARE(q(statusOf(pushOne(m_server, m_deviceToken, "order.create",
                                    orderWithCoupon(order, "C-3", m_shop.mainStoreId, "MUG", 2000, 100, "NOSUCH")))),
                 QStringLiteral("applied"));
        QCOMPARE(flagsOf(order), QStringList{QStringLiteral("coupon_unknown")});
    }

    void perCustomerLimitsCountThatCustomersUses() {
        const std::string id = newClientId();
        QCOMPARE(q(statusOf(pushOne(m_server, m_managerToken, "coupon.upsert",
                                    "{\"id\":\"" + id +
                                        "\",\"code\":\"FIRSTVISIT\",\"type\":\"percent\",\"value\":1000,"
                                        "\"max_redemptions_per_customer\":1}"))),
                 QStringLiteral("applied"));
        const std::string ada = newClientId();
        const std::string bob = newClientId();
        for (const auto& [customer, name] : {std::pair{ada, "Ada"}, std::pair{bob, "Bob"}})
            QCOMPARE(q(statusOf(pushOne(m_server, m_deviceToken, "customer.upsert",
                                        "{\"id\":\"" + customer + "\",\"name\":\"" + name + "\"}"))),
                     QStringLiteral("applied"));
        const std::string adaFirst = newClientId();
        const std::string bobFirst = newClientId();
        const std::string adaAgain = newClientId();
        const std::string nobody = newClientId();
        for (const auto& [order, customer, number] :
             {std::tuple{adaFirst, ada, "F-1"}, std::tuple{bobFirst, bob, "F-2"}, std::tuple{adaAgain, ada, "F-3"},
              std::tuple{nobody, std::string(), "F-4"}})
            QCOMPARE(q(statusOf(pushOne(m_server, m_deviceToken, "order.create",
                                        orderWithCoupon(order, number, m_shop.mainStoreId, "MUG", 2000, 200,
                                                        "FIRSTVISIT", customer)))),
                     QStringLiteral("applied"));
        QCOMPARE(flagsOf(adaFirst), QStringList{});
        QCOMPARE(flagsOf(bobFirst), QStringList{});
        QCOMPARE(flagsOf(adaAgain), QStringList{QStringLiteral("coupon_customer_limit")});
        QCOMPARE(flagsOf(nobody), QStringList{QStringLiteral("coupon_requires_customer")});
    }

    void expiredAndMinimumOrderAreJudgedAtTheSalesTime() {
        QCOMPARE(q(statusOf(
                     pushOne(m_server, m_managerToken, "coupon.upsert",
                             "{\"id\":\"" + newClientId() +
                                 "\",\"code\":\"MAYONLY\",\"type\":\"percent\",\"value\":1000,"
                                 "\"currency\":\"EUR\",\"minimum_order\":1500,"
                                 "\"valid_from\":\"2026-05-01T00:00:00Z\",\"valid_until\":\"2026-06-01T00:00:00Z\"}"))),
                 QStringLiteral("applied"));
        const std::string inMay = newClientId();
        const std::string inJune = newClientId();
        const std::string small = newClientId();
        QCOMPARE(q(statusOf(pushOne(m_server, m_deviceToken, "order.create",
                                    orderWithCoupon(inMay, "M-1", m_shop.mainStoreId, "MUG", 2000, 200, "MAYONLY", {},
                                                    "2026-05-31T23:59:59Z")))),
                 QStringLiteral("applied"));
        QCOMPARE(q(statusOf(pushOne(m_server, m_deviceToken, "order.create",
                                    orderWithCoupon(inJune, "M-2", m_shop.mainStoreId, "MUG", 2000, 200, "MAYONLY", {},
                                                    "2026-06-01T00:00:00Z")))),
                 QStringLiteral("applied"));
        QCOMPARE(q(statusOf(pushOne(m_server, m_deviceToken, "order.create",
                                    orderWithCoupon(small, "M-3", m_shop.mainStoreId, "MUG", 1000, 100, "MAYONLY", {},
                                                    "2026-05-10T12:00:00Z")))),
                 QStringLiteral("applied"));
        QCOMPARE(flagsOf(inMay), QStringList{});
        QCOMPARE(flagsOf(inJune), QStringList{QStringLiteral("coupon_expired")});
        QCOMPARE(flagsOf(small), QStringList{QStringLiteral("coupon_minimum_not_met")});
    }

    void aCouponCannotTakeOffMoreThanTheDiscounts() {
        std::string data = orderWithCoupon(newClientId(), "X-1", m_shop.mainStoreId, "MUG", 2000, 300, "ONCE");
        data.replace(data.find("\"discount\":300}}"), 16, "\"discount\":900}}");
        const auto result = pushOne(m_server, m_deviceToken, "order.create", data);
        QCOMPARE(q(errorOf(result)), QStringLiteral("invalid_request"));
        QVERIFY2(q(errorOf(result, "message")).startsWith("data.coupon.discount"), errorOf(result, "message").c_str());
    }

    void staffListCouponsByCode() {
        const ApiResponse all = m_server.get("/api/v1/coupons?limit=2", m_cashierToken);
        QVERIFY2(all.status == 200, all.body.c_str());
        QCOMPARE(all.json->getArray("coupons")->size(), std::size_t(2));
        const std::string cursor = all.json->getValue<std::string>("next_cursor");
        const ApiResponse next = m_server.get("/api/v1/coupons?limit=2&cursor=" + cursor, m_cashierToken);
        QCOMPARE(next.status, 200);
        QVERIFY(next.json->getArray("coupons")->getObject(0)->getValue<std::string>("code") > cursor);

        const ApiResponse found = m_server.get("/api/v1/coupons?q=wel", m_managerToken);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json->getArray("coupons")->size(), std::size_t(1));
        QCOMPARE(q(found.json->getArray("coupons")->getObject(0)->getValue<std::string>("code")),
                 QStringLiteral("WELCOME"));
        QCOMPARE(m_server.get("/api/v1/coupons/" + newClientId(), m_managerToken).status, 404);
        QCOMPARE(m_server.get("/api/v1/coupons", m_deviceToken).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestCoupons)
#include "tst_coupons.moc"
