#include <QTest>

#include "ApiTestServer.h"
#include "SyncTestSupport.h"

using namespace tp::test;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

// Gift cards and store credit: the office issues cards, tills check balances online and take
// cards and credit as payment; returns put money back on them. Every change to a balance is a
// ledger movement in the same transaction; what an offline till took beyond a balance is booked
// (the sale happened) and the order flagged.
class TestStoredValue : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    std::string m_cashierToken;
    std::string m_deviceToken;

    std::string issue(const std::string& code, long long amount) {
        const auto result = pushOne(m_server, m_shop.ownerToken, "gift_card.issue",
                                    "{\"id\":\"" + newClientId() + "\",\"code\":\"" + code +
                                        "\",\"amount\":" + std::to_string(amount) + ",\"currency\":\"EUR\"}");
        return statusOf(result) == "applied" ? result->getObject("result")->getValue<std::string>("code") : "";
    }

    long long balanceOf(const std::string& code) {
        const ApiResponse card = m_server.get("/api/v1/gift-cards/" + code, m_deviceToken);
        if (card.status != 200)
            return -999999;
        return card.json->getObject("gift_card")->getValue<long long>("balance");
    }

    QStringList flagsOf(const std::string& orderId) {
        const ApiResponse order = m_server.get("/api/v1/orders/" + orderId, m_shop.ownerToken);
        QStringList flags;
        const auto array = order.json->getObject("order")->getArray("flags");
        for (std::size_t i = 0; array && i < array->size(); ++i)
            flags << q(array->getElement<std::string>(static_cast<unsigned>(i)));
        return flags;
    }

    std::string newCustomer(const std::string& name) {
        const std::string id = newClientId();
        const auto made =
            pushOne(m_server, m_deviceToken, "customer.upsert", "{\"id\":\"" + id + "\",\"name\":\"" + name + "\"}");
        if (statusOf(made) != "applied")
            QTest::qFail("making the customer failed", __FILE__, __LINE__);
        return id;
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("giftcards");
        const ApiResponse added = m_server.post(
            "/api/v1/staff", R"({"email":"cal@gift.example","password":"a long password","role":"cashier"})",
            m_shop.ownerToken);
        QCOMPARE(added.status, 201);
        m_cashierToken = m_server.login(m_shop.slug, "cal@gift.example", "a long password");
        m_deviceToken = enrolDevice(m_server, m_shop, m_shop.mainStoreId);
        const ApiResponse mug =
            m_server.post("/api/v1/products", R"({"sku":"MUG","name":"Mug","price":{"amount":1290,"currency":"EUR"}})",
                          m_shop.ownerToken);
        QCOMPARE(mug.status, 201);
    }

    void theOfficeIssuesACardThatTillsCheck() {
        QCOMPARE(q(issue("gift 1000 2000", 5000)), QStringLiteral("GIFT10002000"));
        // Typed at the till as printed, in groups and small letters.
        const ApiResponse card = m_server.get("/api/v1/gift-cards/gift%201000%202000", m_deviceToken);
        QVERIFY2(card.status == 200, card.body.c_str());
        const auto json = card.json->getObject("gift_card");
        QCOMPARE(json->getValue<long long>("balance"), 5000LL);
        QCOMPARE(q(json->getValue<std::string>("currency")), QStringLiteral("EUR"));
        QCOMPARE(q(json->getValue<std::string>("status")), QStringLiteral("active"));
        QCOMPARE(m_server.get("/api/v1/gift-cards/NOSUCHCARD", m_deviceToken).status, 404);
    }

    void badIssuesAreRefused() {
        QCOMPARE(q(errorOf(pushOne(m_server, m_cashierToken, "gift_card.issue",
                                   "{\"id\":\"" + newClientId() +
                                       "\",\"code\":\"CASHIER1\",\"amount\":500,\"currency\":\"EUR\"}"))),
                 QStringLiteral("forbidden"));
        QCOMPARE(
            q(errorOf(pushOne(m_server, m_shop.ownerToken, "gift_card.issue",
                              "{\"id\":\"" + newClientId() + "\",\"code\":\"AB\",\"amount\":500,\"currency\":\"EUR\"}"),
                      "message"))
                .left(9),
            QStringLiteral("data.code"));
        QCOMPARE(q(errorOf(pushOne(m_server, m_shop.ownerToken, "gift_card.issue",
                                   "{\"id\":\"" + newClientId() +
                                       "\",\"code\":\"ZERO-CARD\",\"amount\":0,\"currency\":\"EUR\"}"),
                           "message"))
                     .left(11),
                 QStringLiteral("data.amount"));
        QVERIFY(!issue("TWICE-CARD", 100).empty());
        QCOMPARE(q(errorOf(pushOne(m_server, m_shop.ownerToken, "gift_card.issue",
                                   "{\"id\":\"" + newClientId() +
                                       "\",\"code\":\"twice-card\",\"amount\":100,\"currency\":\"EUR\"}"))),
                 QStringLiteral("code_taken"));
    }

    void aCardPaysAndAnOfflineOverdrawIsBookedAndFlagged() {
        QVERIFY(!issue("PAY-CARD-1", 2000).empty());
        const std::string first = newClientId();
        QCOMPARE(
            q(statusOf(pushOne(m_server, m_deviceToken, "order.create",
                               oneLineOrder(first, "G-1", m_shop.mainStoreId, "MUG", 1290, 1000,
                                            R"([{"method":"gift_card","amount":1290,"reference":"pay-card-1"}])")))),
            QStringLiteral("applied"));
        QCOMPARE(balanceOf("PAY-CARD-1"), 710LL);
        QCOMPARE(flagsOf(first), QStringList{});
        // A till that was offline took the card for a whole mug again.
        const std::string second = newClientId();
        QCOMPARE(
            q(statusOf(pushOne(m_server, m_deviceToken, "order.create",
                               oneLineOrder(second, "G-2", m_shop.mainStoreId, "MUG", 1290, 1000,
                                            R"([{"method":"gift_card","amount":1290,"reference":"PAY-CARD-1"}])")))),
            QStringLiteral("applied"));
        QCOMPARE(balanceOf("PAY-CARD-1"), 710LL - 1290);
        QCOMPARE(flagsOf(second), QStringList{QStringLiteral("gift_card_overdrawn")});

        const std::string unknown = newClientId();
        QCOMPARE(
            q(statusOf(pushOne(m_server, m_deviceToken, "order.create",
                               oneLineOrder(unknown, "G-3", m_shop.mainStoreId, "MUG", 1290, 1000,
                                            R"([{"method":"gift_card","amount":1290,"reference":"NO-SUCH-CARD"}])")))),
            QStringLiteral("applied"));
        QCOMPARE(flagsOf(unknown), QStringList{QStringLiteral("gift_card_unknown")});

        const auto noCode = pushOne(m_server, m_deviceToken, "order.create",
                                    oneLineOrder(newClientId(), "G-4", m_shop.mainStoreId, "MUG", 1290, 1000,
                                                 R"([{"method":"gift_card","amount":1290}])"));
        QCOMPARE(q(errorOf(noCode)), QStringLiteral("invalid_request"));
        QVERIFY2(q(errorOf(noCode, "message")).startsWith("data.payments[0].reference"),
                 errorOf(noCode, "message").c_str());
    }

    void aRefundPutsMoneyBackOnTheCard() {
        QVERIFY(!issue("REFUND-CARD", 1290).empty());
        const std::string order = newClientId();
        QCOMPARE(
            q(statusOf(pushOne(m_server, m_deviceToken, "order.create",
                               oneLineOrder(order, "G-5", m_shop.mainStoreId, "MUG", 1290, 1000,
                                            R"([{"method":"gift_card","amount":1290,"reference":"REFUND-CARD"}])")))),
            QStringLiteral("applied"));
        QCOMPARE(balanceOf("REFUND-CARD"), 0LL);
        QCOMPARE(
            q(statusOf(pushOne(m_server, m_deviceToken, "order.refund",
                               "{\"order_id\":\"" + order +
                                   "\",\"lines\":[{\"sku\":\"MUG\",\"qty_milli\":1000,\"amount\":1290}],\"payments\":[{"
                                   "\"method\":\"gift_card\",\"amount\":1290,\"reference\":\"REFUND-CARD\"}]}"))),
            QStringLiteral("applied"));
        QCOMPARE(balanceOf("REFUND-CARD"), 1290LL);
    }

    void aReturnWithoutReceiptBecomesStoreCreditThatPaysLater() {
        const std::string anna = newCustomer("Anna Berg");
        const std::string giveBack = newClientId();
        QCOMPARE(q(statusOf(pushOne(m_server, m_deviceToken, "order.create",
                                    oneLineOrder(giveBack, "S-1", m_shop.mainStoreId, "MUG", 1290, -1000,
                                                 R"([{"method":"store_credit","amount":-1290}])", anna)))),
                 QStringLiteral("applied"));
        const ApiResponse credit = m_server.get("/api/v1/customers/" + anna + "/store-credit", m_deviceToken);
        QVERIFY2(credit.status == 200, credit.body.c_str());
        QCOMPARE(credit.json->getArray("store_credit")->size(), std::size_t(1));
        QCOMPARE(credit.json->getArray("store_credit")->getObject(0)->getValue<long long>("balance"), 1290LL);

        const std::string spend = newClientId();
        QCOMPARE(
            q(statusOf(pushOne(
                m_server, m_deviceToken, "order.create",
                oneLineOrder(spend, "S-2", m_shop.mainStoreId, "MUG", 1290, 1000,
                             R"([{"method":"store_credit","amount":1000},{"method":"cash","amount":290}])", anna)))),
            QStringLiteral("applied"));
        const ApiResponse after = m_server.get("/api/v1/customers/" + anna + "/store-credit", m_shop.ownerToken);
        QCOMPARE(after.json->getArray("store_credit")->getObject(0)->getValue<long long>("balance"), 290LL);
        QCOMPARE(flagsOf(spend), QStringList{});

        const auto nobody = pushOne(m_server, m_deviceToken, "order.create",
                                    oneLineOrder(newClientId(), "S-3", m_shop.mainStoreId, "MUG", 1290, -1000,
                                                 R"([{"method":"store_credit","amount":-1290}])"));
        QCOMPARE(q(errorOf(nobody)), QStringLiteral("invalid_request"));
        QVERIFY2(q(errorOf(nobody, "message")).startsWith("data.customer_id"), errorOf(nobody, "message").c_str());

        const std::string bert = newCustomer("Bert");
        const ApiResponse none = m_server.get("/api/v1/customers/" + bert + "/store-credit", m_deviceToken);
        QCOMPARE(none.status, 200);
        QCOMPARE(none.json->getArray("store_credit")->size(), std::size_t(0));
        QCOMPARE(m_server.get("/api/v1/customers/" + newClientId() + "/store-credit", m_deviceToken).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestStoredValue)
#include "tst_stored_value.moc"
