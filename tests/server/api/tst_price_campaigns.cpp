#include <QTest>

#include <Poco/JSON/Array.h>

#include "ApiTestServer.h"
#include "SyncTestSupport.h"

using namespace tp::test;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

// Price campaigns over real HTTP: the office pushes sale prices for a date range
// ("campaign.upsert"), the server checks them field by field and against the catalog and the
// stores, versions edits, audits them, and sends them to every register in the feed.
class TestPriceCampaigns : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;

    static std::string campaign(const std::string& id, const std::string& prices, const std::string& extra = {}) {
        return "{\"id\":\"" + id +
               "\",\"name\":\"Summer sale\",\"starts_at\":\"2026-07-01T00:00:00Z\",\"ends_at\":"
               "\"2026-09-01T00:00:00Z\",\"prices\":" +
               prices + extra + "}";
    }

    Poco::JSON::Object::Ptr upsert(const std::string& data, const std::string& token = {}) {
        return pushOne(m_server, token.empty() ? m_shop.ownerToken : token, "campaign.upsert", data);
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("campaigns");
        for (const char* sku : {"TEE-S", "MUG"}) {
            const ApiResponse made = m_server.post("/api/v1/products",
                                                   std::string("{\"sku\":\"") + sku +
                                                       "\",\"name\":\"Item\",\"price\":{\"amount\":1500,"
                                                       "\"currency\":\"EUR\"}}",
                                                   m_shop.ownerToken);
            QVERIFY2(made.status == 201, made.body.c_str());
        }
    }

    void aCampaignReachesTheRegisters() {
        const std::string id = newClientId();
        const auto created =
            upsert(campaign(id, "[{\"sku\":\"TEE-S\",\"price\":{\"amount\":999,\"currency\":\"EUR\"}}]",
                            ",\"store_ids\":[\"" + m_shop.mainStoreId + "\"]"));
        QCOMPARE(q(statusOf(created)), QStringLiteral("applied"));
        QCOMPARE(created->getObject("result")->getValue<int>("version"), 1);

        const ApiResponse enrolled = m_server.post(
            "/api/v1/devices", "{\"store_id\":\"" + m_shop.mainStoreId + "\",\"name\":\"Till\"}", m_shop.ownerToken);
        QCOMPARE(enrolled.status, 201);
        Poco::JSON::Object::Ptr seen;
        for (const auto& change : pullAll(m_server, enrolled.json->getValue<std::string>("device_token")))
            if (change->getValue<std::string>("entity") == "campaign" && change->getValue<std::string>("id") == id)
                seen = change->getObject("data");
        QVERIFY(seen);
        QCOMPARE(q(seen->getValue<std::string>("name")), QStringLiteral("Summer sale"));
        QCOMPARE(q(seen->getValue<std::string>("starts_at")), QStringLiteral("2026-07-01T00:00:00.000Z"));
        QCOMPARE(q(seen->getValue<std::string>("status")), QStringLiteral("active"));
        const auto price = seen->getArray("prices")->getObject(0);
        QCOMPARE(q(price->getValue<std::string>("sku")), QStringLiteral("TEE-S"));
        QCOMPARE(price->getObject("price")->getValue<int>("amount"), 999);
        QCOMPARE(q(seen->getArray("store_ids")->getElement<std::string>(0)), q(m_shop.mainStoreId));

        // An edit carries the version it started from; a stale one is refused with the current.
        const auto ended = upsert(campaign(id, "[{\"sku\":\"TEE-S\",\"price\":{\"amount\":899,\"currency\":\"EUR\"}}]",
                                           ",\"version\":1,\"status\":\"archived\""));
        QCOMPARE(q(statusOf(ended)), QStringLiteral("applied"));
        const auto stale =
            upsert(campaign(id, "[{\"sku\":\"MUG\",\"price\":{\"amount\":1,\"currency\":\"EUR\"}}]", ",\"version\":1"));
        QCOMPARE(q(errorOf(stale)), QStringLiteral("version_conflict"));
        QCOMPARE(q(stale->getObject("current")->getValue<std::string>("status")), QStringLiteral("archived"));

        const ApiResponse audit = m_server.get("/api/v1/admin/audit?tenant_id=" + m_shop.id, m_server.adminToken());
        int created_ = 0;
        int updated = 0;
        for (std::size_t i = 0; i < audit.json->getArray("events")->size(); ++i) {
            const std::string action =
                audit.json->getArray("events")->getObject(static_cast<unsigned>(i))->getValue<std::string>("action");
            created_ += action == "campaign.create";
            updated += action == "campaign.update";
        }
        QCOMPARE(created_, 1);
        QCOMPARE(updated, 1);
    }

    void badCampaignsAreRefusedNamingTheField_data() {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("field");
        const std::string id = newClientId();
        const std::string tee = "[{\"sku\":\"TEE-S\",\"price\":{\"amount\":999,\"currency\":\"EUR\"}}]";
        QTest::newRow("no prices") << q(campaign(id, "[]")) << "data.prices";
        QTest::newRow("unknown sku") << q(campaign(id, "[{\"sku\":\"NOPE\",\"price\":{\"amount\":1,\"currency\":"
                                                       "\"EUR\"}}]"))
                                     << "data.prices[0].sku";
        QTest::newRow("twice") << q(campaign(id, "[{\"sku\":\"MUG\",\"price\":{\"amount\":1,\"currency\":\"EUR\"}},"
                                                 "{\"sku\":\"MUG\",\"price\":{\"amount\":2,\"currency\":\"EUR\"}}]"))
                               << "data.prices[1].sku";
        QTest::newRow("negative") << q(campaign(id, "[{\"sku\":\"MUG\",\"price\":{\"amount\":-1,\"currency\":"
                                                    "\"EUR\"}}]"))
                                  << "data.prices[0].price.amount";
        QTest::newRow("decimal") << q(campaign(id, "[{\"sku\":\"MUG\",\"price\":{\"amount\":9.99,\"currency\":"
                                                   "\"EUR\"}}]"))
                                 << "data.prices[0].price.amount";
        QTest::newRow("ends before it starts")
            << q("{\"id\":\"" + id +
                 "\",\"name\":\"Sale\",\"starts_at\":\"2026-09-01T00:00:00Z\",\"ends_at\":\"2026-07-01T00:00:00Z\","
                 "\"prices\":" +
                 tee + "}")
            << "data.ends_at";
        QTest::newRow("no start") << q("{\"id\":\"" + id +
                                       "\",\"name\":\"Sale\",\"ends_at\":\"2026-07-01T00:00:00Z\",\"prices\":" + tee +
                                       "}")
                                  << "data.starts_at";
        QTest::newRow("unknown store") << q(campaign(id, tee, ",\"store_ids\":[\"" + newClientId() + "\"]"))
                                       << "data.store_ids[0]";
        QTest::newRow("bad status") << q(campaign(id, tee, ",\"status\":\"paused\"")) << "data.status";
    }

    void badCampaignsAreRefusedNamingTheField() {
        QFETCH(QString, data);
        QFETCH(QString, field);
        const auto refused = upsert(data.toStdString());
        QCOMPARE(q(statusOf(refused)), QStringLiteral("rejected"));
        QCOMPARE(q(errorOf(refused)), QStringLiteral("invalid_request"));
        QVERIFY2(q(errorOf(refused, "message")).contains(field), qPrintable(q(errorOf(refused, "message"))));
    }

    void onlyOwnersAndManagersSetCampaignPrices() {
        const ApiResponse added = m_server.post(
            "/api/v1/staff",
            "{\"email\":\"till@campaigns.example\",\"password\":\"a long password\",\"role\":\"cashier\"}",
            m_shop.ownerToken);
        QCOMPARE(added.status, 201);
        const std::string cashier = m_server.login(m_shop.slug, "till@campaigns.example", "a long password");
        const auto refused = upsert(
            campaign(newClientId(), "[{\"sku\":\"MUG\",\"price\":{\"amount\":1,\"currency\":\"EUR\"}}]"), cashier);
        QCOMPARE(q(errorOf(refused)), QStringLiteral("forbidden"));
    }
};

QTEST_MAIN(TestPriceCampaigns)
#include "tst_price_campaigns.moc"
