#include <QTest>

#include <atomic>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include <Poco/JSON/Array.h>

#include "ApiTestServer.h"
#include "SyncTestSupport.h"

using tp::test::ApiResponse;
using tp::test::ApiTestServer;
using tp::test::mutationJson;
using tp::test::newClientId;
using tp::test::posOrderData;
using tp::test::pullAll;
using tp::test::push;
using tp::test::resultsOf;

namespace {

std::string statusOf(const Poco::JSON::Array::Ptr& results, unsigned index) {
    if (!results || index >= results->size())
        return "(no result)";
    return results->getObject(index)->getValue<std::string>("status");
}

std::string errorCodeOf(const Poco::JSON::Array::Ptr& results, unsigned index) {
    if (!results || index >= results->size() || !results->getObject(index)->has("error"))
        return "(no error)";
    return results->getObject(index)->getObject("error")->getValue<std::string>("code");
}

std::string errorMessageOf(const Poco::JSON::Array::Ptr& results, unsigned index) {
    if (!results || index >= results->size() || !results->getObject(index)->has("error"))
        return "";
    return results->getObject(index)->getObject("error")->getValue<std::string>("message");
}

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

// The sync endpoints over real HTTP on the backend the run names (ARCHITECTURE.md "Sync"):
// the change feed (order, paging, what a register may see) and push (in order, exactly once
// under retries and concurrency, rejections with reasons that stick, every mutation type).
class TestSync : public QObject {
    Q_OBJECT

private:
    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;

    std::string createProduct(const std::string& sku, long long price = 250) {
        const ApiResponse created =
            m_server.post("/api/v1/products",
                          "{\"sku\":\"" + sku + "\",\"name\":\"Synced " + sku +
                              "\",\"price\":{\"amount\":" + std::to_string(price) + ",\"currency\":\"EUR\"}}",
                          m_shop.ownerToken);
        if (created.status != 201) {
            QTest::qFail(("creating a product failed: " + created.body).c_str(), __FILE__, __LINE__);
            return {};
        }
        return created.json->getObject("product")->getValue<std::string>("id");
    }

    long long onHand(const std::string& storeId, const std::string& sku) {
        const ApiResponse levels =
            m_server.get("/api/v1/inventory?store_id=" + storeId + "&sku=" + sku, m_shop.ownerToken);
        if (levels.status != 200)
            return -999999;
        const auto items = levels.json->getArray("levels");
        for (std::size_t i = 0; i < items->size(); ++i) {
            const auto level = items->getObject(static_cast<unsigned>(i));
            if (level->getValue<std::string>("store_id") == storeId)
                return level->getValue<long long>("on_hand");
        }
        return 0;
    }

    int ordersNumbered(const std::string& number) {
        const ApiResponse listed = m_server.get("/api/v1/orders?q=" + number + "&limit=50", m_shop.ownerToken);
        if (listed.status != 200)
            return -1;
        int count = 0;
        const auto orders = listed.json->getArray("orders");
        for (std::size_t i = 0; i < orders->size(); ++i)
            count += orders->getObject(static_cast<unsigned>(i))->getValue<std::string>("number") == number ? 1 : 0;
        return count;
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("sync", "enterprise");
        QVERIFY(!m_shop.ownerToken.empty());
    }

    void feedPagesInSeqOrderWithoutGapsOrRepeats() {
        for (int i = 0; i < 7; ++i)
            createProduct("FEED-" + std::to_string(i));
        const auto small = pullAll(m_server, m_shop.ownerToken, "0", 3);
        const auto large = pullAll(m_server, m_shop.ownerToken, "0", 1000);
        QVERIFY(small.size() >= 7);
        QCOMPARE(small.size(), large.size());
        long long previous = 0;
        std::set<std::string> products;
        for (std::size_t i = 0; i < small.size(); ++i) {
            const long long seq = small[i]->getValue<long long>("seq");
            QVERIFY2(seq > previous, "seq must increase strictly");
            QCOMPARE(seq, large[i]->getValue<long long>("seq"));
            previous = seq;
            if (small[i]->getValue<std::string>("entity") == "product") {
                QCOMPARE(q(small[i]->getValue<std::string>("op")), QStringLiteral("upsert"));
                QVERIFY(small[i]->getObject("data")->has("variants"));
                products.insert(small[i]->getObject("data")->getValue<std::string>("sku"));
            }
        }
        for (int i = 0; i < 7; ++i)
            QVERIFY(products.count("FEED-" + std::to_string(i)) == 1);

        // From the last cursor there is nothing new, and the cursor stays where it was.
        const ApiResponse first = m_server.get("/api/v1/sync/changes?since=0&limit=1000", m_shop.ownerToken);
        QCOMPARE(first.status, 200);
        const std::string cursor = first.json->getValue<std::string>("cursor");
        const ApiResponse none = m_server.get("/api/v1/sync/changes?since=" + cursor, m_shop.ownerToken);
        QCOMPARE(none.status, 200);
        QCOMPARE(none.json->getArray("changes")->size(), std::size_t{0});
        QCOMPARE(q(none.json->getValue<std::string>("cursor")), q(cursor));
        QCOMPARE(none.json->getValue<bool>("has_more"), false);
        // How far the log reaches, for a first sync's progress: here, all of it was read.
        QCOMPARE(q(none.json->getValue<std::string>("latest")), q(cursor));
        const ApiResponse early = m_server.get("/api/v1/sync/changes?since=0&limit=2", m_shop.ownerToken);
        QCOMPARE(q(early.json->getValue<std::string>("latest")), q(cursor));
        QVERIFY(std::stoll(early.json->getValue<std::string>("cursor")) < std::stoll(cursor));
    }

    void feedRefusesBadCursorsAndLimits_data() {
        QTest::addColumn<QString>("query");
        QTest::newRow("negative cursor") << "since=-1";
        QTest::newRow("text cursor") << "since=abc";
        QTest::newRow("limit zero") << "limit=0";
        QTest::newRow("limit too large") << "limit=100000";
        QTest::newRow("sql in cursor") << "since=1%20OR%201%3D1";
    }
    void feedRefusesBadCursorsAndLimits() {
        QFETCH(QString, query);
        const ApiResponse answer = m_server.get("/api/v1/sync/changes?" + query.toStdString(), m_shop.ownerToken);
        QCOMPARE(answer.status, 400);
        QCOMPARE(q(answer.errorCode()), QStringLiteral("invalid_request"));
    }

    // A register gets the catalog, and of store-bound data only its own store's.
    void registerSeesOnlyItsOwnStore() {
        const auto tenant = m_server.createTenant("sync-stores", "enterprise");
        const ApiResponse other = m_server.post(
            "/api/v1/stores", "{\"code\":\"other\",\"name\":\"Other\",\"currency\":\"EUR\"}", tenant.ownerToken);
        QCOMPARE(other.status, 201);
        const std::string otherStore = other.json->getObject("store")->getValue<std::string>("id");
        const ApiResponse product =
            m_server.post("/api/v1/products",
                          "{\"sku\":\"SHELF\",\"name\":\"Shelf\",\"price\":{\"amount\":500,\"currency\":\"EUR\"}}",
                          tenant.ownerToken);
        QCOMPARE(product.status, 201);
        const auto created = product.json->getObject("product");
        const std::string variantId = created->getArray("variants")->getObject(0)->getValue<std::string>("id");
        const std::string pricePath =
            "/api/v1/products/" + created->getValue<std::string>("id") + "/variants/" + variantId + "/prices/";
        QCOMPARE(m_server
                     .request("PUT", pricePath + tenant.mainStoreId,
                              "{\"price\":{\"amount\":450,\"currency\":\"EUR\"}}", tenant.ownerToken)
                     .status,
                 200);
        QCOMPARE(m_server
                     .request("PUT", pricePath + otherStore, "{\"price\":{\"amount\":470,\"currency\":\"EUR\"}}",
                              tenant.ownerToken)
                     .status,
                 200);
        for (const std::string& store : {tenant.mainStoreId, otherStore}) {
            const ApiResponse moved =
                m_server.post("/api/v1/inventory/movements",
                              "{\"mutation_id\":\"" + newClientId() + "\",\"store_id\":\"" + store +
                                  "\",\"sku\":\"SHELF\",\"delta_milli\":5000,\"reason\":\"receipt\"}",
                              tenant.ownerToken);
            QCOMPARE(moved.status, 201);
        }
        const std::string device = tp::test::enrolDevice(m_server, tenant, tenant.mainStoreId);

        std::map<std::string, std::set<std::string>> storesByEntity; // entity → store ids seen
        std::set<std::string> pricedStores;
        for (const auto& change : pullAll(m_server, device)) {
            const std::string entity = change->getValue<std::string>("entity");
            const auto data = change->getObject("data");
            if (entity == "stock_level" || entity == "store")
                storesByEntity[entity].insert(entity == "store" ? data->getValue<std::string>("id")
                                                                : data->getValue<std::string>("store_id"));
            if (entity == "product") {
                const auto prices = data->getArray("variants")->getObject(0)->getArray("store_prices");
                for (std::size_t i = 0; i < prices->size(); ++i)
                    pricedStores.insert(prices->getObject(static_cast<unsigned>(i))->getValue<std::string>("store_id"));
            }
        }
        QCOMPARE(storesByEntity["stock_level"], std::set<std::string>{tenant.mainStoreId});
        QCOMPARE(storesByEntity["store"], std::set<std::string>{tenant.mainStoreId});
        QCOMPARE(pricedStores, std::set<std::string>{tenant.mainStoreId});

        // Staff see both stores.
        std::set<std::string> staffLevels;
        for (const auto& change : pullAll(m_server, tenant.ownerToken)) {
            if (change->getValue<std::string>("entity") == "stock_level")
                staffLevels.insert(change->getObject("data")->getValue<std::string>("store_id"));
        }
        QCOMPARE(staffLevels, (std::set<std::string>{tenant.mainStoreId, otherStore}));

        // And a register cannot push for another store.
        const auto results =
            resultsOf(push(m_server, device,
                           {mutationJson(newClientId(), "order.create",
                                         posOrderData(newClientId(), "X-1", otherStore, {{"SHELF", 1000, 500}}))}));
        QCOMPARE(q(statusOf(results, 0)), QStringLiteral("rejected"));
        QCOMPARE(q(errorCodeOf(results, 0)), QStringLiteral("forbidden"));
    }

    // What a register sells reaches the other registers of its store through the feed: the
    // order and the stock level it moved.
    void aSaleReachesTheOtherRegistersFeed() {
        createProduct("SHARED-1", 300);
        const std::string seller = tp::test::enrolDevice(m_server, m_shop, m_shop.mainStoreId);
        const std::string other = tp::test::enrolDevice(m_server, m_shop, m_shop.mainStoreId);
        const auto before = pullAll(m_server, other);
        const std::string cursor = std::to_string(before.empty() ? 0 : before.back()->getValue<long long>("seq"));
        const std::string orderId = newClientId();
        const auto results = resultsOf(
            push(m_server, seller,
                 {mutationJson(newClientId(), "order.create",
                               posOrderData(orderId, "R9-0001", m_shop.mainStoreId, {{"SHARED-1", 2000, 300}}))}));
        QCOMPARE(q(statusOf(results, 0)), QStringLiteral("applied"));
        bool sawOrder = false;
        long long level = 1;
        for (const auto& change : pullAll(m_server, other, cursor)) {
            const std::string entity = change->getValue<std::string>("entity");
            if (entity == "order")
                sawOrder = sawOrder || change->getValue<std::string>("id") == orderId;
            if (entity == "stock_level" && change->getObject("data")->getValue<std::string>("sku") == "SHARED-1")
                level = change->getObject("data")->getValue<long long>("on_hand");
        }
        QVERIFY(sawOrder);
        QCOMPARE(level, -2000LL);
    }

    // A new order goes to the feed as written, not read back: it must still be exactly what
    // GET /orders/{id} answers, flags, history and all.
    void theFeedShowsANewOrderAsTheApiDoes() {
        createProduct("FEED-SHAPE-1", 450);
        const std::string other = tp::test::enrolDevice(m_server, m_shop, m_shop.mainStoreId);
        const auto before = pullAll(m_server, other);
        const std::string cursor = std::to_string(before.empty() ? 0 : before.back()->getValue<long long>("seq"));
        const std::string orderId = newClientId();
        const auto results = resultsOf(
            push(m_server, m_shop.ownerToken,
                 {mutationJson(newClientId(), "order.create",
                               posOrderData(orderId, "R9-0002", m_shop.mainStoreId,
                                            {{"FEED-SHAPE-1", 1000, 450}, {"NOT-IN-CATALOG-9", 2000, 100}}))}));
        QCOMPARE(q(statusOf(results, 0)), QStringLiteral("applied"));
        Poco::JSON::Object::Ptr fromFeed;
        for (const auto& change : pullAll(m_server, other, cursor))
            if (change->getValue<std::string>("entity") == "order" && change->getValue<std::string>("id") == orderId)
                fromFeed = change->getObject("data");
        QVERIFY(fromFeed);
        const ApiResponse fromApi = m_server.get("/api/v1/orders/" + orderId, m_shop.ownerToken);
        QCOMPARE(fromApi.status, 200);
        const auto text = [](const Poco::JSON::Object::Ptr& json) {
            std::ostringstream out;
            json->stringify(out);
            return q(out.str());
        };
        QCOMPARE(text(fromFeed), text(fromApi.json->getObject("order")));
        QCOMPARE(fromFeed->getArray("history")->size(), std::size_t{1});
        QCOMPARE(q(fromFeed->getArray("flags")->getElement<std::string>(0)), QStringLiteral("unknown_sku"));
    }

    void orderIsAppliedOnceWhateverTheRetries() {
        createProduct("SOLD-1", 250);
        const long long before = onHand(m_shop.mainStoreId, "SOLD-1");
        const std::string orderId = newClientId();
        const std::string mutation =
            mutationJson(newClientId(), "order.create",
                         posOrderData(orderId, "R1-0001", m_shop.mainStoreId, {{"SOLD-1", 2000, 250}}));
        const ApiResponse first = push(m_server, m_shop.ownerToken, {mutation});
        QCOMPARE(q(statusOf(resultsOf(first), 0)), QStringLiteral("applied"));
        QCOMPARE(q(resultsOf(first)->getObject(0)->getObject("result")->getValue<std::string>("order_id")), q(orderId));
        for (int retry = 0; retry < 3; ++retry) {
            const auto again = resultsOf(push(m_server, m_shop.ownerToken, {mutation}));
            QCOMPARE(q(statusOf(again, 0)), QStringLiteral("duplicate"));
            QCOMPARE(q(again->getObject(0)->getObject("result")->getValue<std::string>("order_id")), q(orderId));
        }
        QCOMPARE(ordersNumbered("R1-0001"), 1);
        QCOMPARE(onHand(m_shop.mainStoreId, "SOLD-1"), before - 2000);
        // The line's movement is the order's: a movement request reusing its id, even with
        // the same content, is refused and moves nothing.
        const ApiResponse reused =
            m_server.post("/api/v1/inventory/movements",
                          "{\"mutation_id\":\"o:" + orderId + ":0\",\"store_id\":\"" + m_shop.mainStoreId +
                              "\",\"sku\":\"SOLD-1\",\"delta_milli\":-2000,\"reason\":\"sale\"}",
                          m_shop.ownerToken);
        QCOMPARE(reused.status, 409);
        QCOMPARE(onHand(m_shop.mainStoreId, "SOLD-1"), before - 2000);

        const ApiResponse order = m_server.get("/api/v1/orders/" + orderId, m_shop.ownerToken);
        QCOMPARE(order.status, 200);
        const auto stored = order.json->getObject("order");
        QCOMPARE(q(stored->getValue<std::string>("status")), QStringLiteral("completed"));
        QCOMPARE(stored->getArray("lines")->size(), std::size_t{1});
        QCOMPARE(stored->getArray("history")->size(), std::size_t{1});
        QCOMPARE(stored->getObject("totals")->getValue<long long>("total"), 500LL);
    }

    void mutationsApplyInOrderWithinAPush() {
        createProduct("ORDERED-1");
        // A count to 10 then a sale of 3: in this order the level is 7; reversed it would be 10.
        const auto results = resultsOf(
            push(m_server, m_shop.ownerToken,
                 {mutationJson(
                      newClientId(), "stock.count",
                      "{\"store_id\":\"" + m_shop.mainStoreId +
                          "\",\"sku\":\"ORDERED-1\",\"counted_milli\":10000,\"counted_at\":\"2026-05-01T09:00:00Z\"}"),
                  mutationJson(newClientId(), "order.create",
                               posOrderData(newClientId(), "R1-0100", m_shop.mainStoreId, {{"ORDERED-1", 3000, 100}},
                                            {}, "2026-05-01T09:30:00Z")),
                  mutationJson(newClientId(), "stock.move",
                               "{\"store_id\":\"" + m_shop.mainStoreId +
                                   "\",\"sku\":\"ORDERED-1\",\"delta_milli\":1000,\"reason\":\"receipt\"}")}));
        QVERIFY(results);
        QCOMPARE(results->size(), std::size_t{3});
        for (unsigned i = 0; i < 3; ++i)
            QVERIFY2(statusOf(results, i) == "applied", errorMessageOf(results, i).c_str());
        QCOMPARE(onHand(m_shop.mainStoreId, "ORDERED-1"), 8000LL);
    }

    void rejectionCarriesTheReasonAndSticks() {
        std::string data = posOrderData(newClientId(), "R1-0200", m_shop.mainStoreId, {{"ANY", 1000, 300}});
        const std::string wrongTotal = "\"total\":300}}";
        data.replace(data.rfind(wrongTotal), wrongTotal.size(), "\"total\":299}}");
        const std::string mutation = mutationJson(newClientId(), "order.create", data);
        const auto first = resultsOf(push(m_server, m_shop.ownerToken, {mutation}));
        QCOMPARE(q(statusOf(first, 0)), QStringLiteral("rejected"));
        QCOMPARE(q(errorCodeOf(first, 0)), QStringLiteral("invalid_request"));
        QVERIFY2(q(errorMessageOf(first, 0)).startsWith("data.totals.total"), errorMessageOf(first, 0).c_str());
        const auto again = resultsOf(push(m_server, m_shop.ownerToken, {mutation}));
        QCOMPARE(q(statusOf(again, 0)), QStringLiteral("rejected"));
        QCOMPARE(q(errorMessageOf(again, 0)), q(errorMessageOf(first, 0)));
        QCOMPARE(ordersNumbered("R1-0200"), 0);
    }

    void badOrdersAreRejectedWithTheField_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("currency") << "\"currency\":\"EUR\""
                                  << "\"currency\":\"USD\""
                                  << "data.currency";
        QTest::newRow("line total") << "\"total\":300}]"
                                    << "\"total\":301}]"
                                    << "data.lines[0].total";
        QTest::newRow("payments") << "\"amount\":300}]"
                                  << "\"amount\":200}]"
                                  << "data.payments";
        QTest::newRow("no lines") << "\"lines\":[{"
                                  << "\"lines\":[],\"x\":[{"
                                  << "data.lines";
        QTest::newRow("fractional qty") << "\"qty_milli\":1000"
                                        << "\"qty_milli\":1000.5"
                                        << "data.lines[0].qty_milli";
        QTest::newRow("bad id") << "\"id\":\""
                                << "\"id\":\"x"
                                << "data.id";
        QTest::newRow("bad time") << "\"created_at\":\"2026-05-01T10:00:00Z\""
                                  << "\"created_at\":\"yesterday\""
                                  << "data.created_at";
        QTest::newRow("unknown store") << "\"store_id\":\""
                                       << "\"store_id\":\"0"
                                       << "data.store_id";
    }
    void badOrdersAreRejectedWithTheField() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, field);
        std::string data = posOrderData(newClientId(), "R1-BAD", m_shop.mainStoreId, {{"ANY", 1000, 300}});
        const auto at = data.find(from.toStdString());
        QVERIFY(at != std::string::npos);
        data.replace(at, from.size(), to.toStdString());
        const auto results =
            resultsOf(push(m_server, m_shop.ownerToken, {mutationJson(newClientId(), "order.create", data)}));
        QCOMPARE(q(statusOf(results, 0)), QStringLiteral("rejected"));
        QVERIFY2(q(errorMessageOf(results, 0)).contains(field), errorMessageOf(results, 0).c_str());
    }

    void reusedMutationIdWithOtherContentIsRefused() {
        const std::string id = newClientId();
        const auto first = resultsOf(
            push(m_server, m_shop.ownerToken,
                 {mutationJson(id, "order.create",
                               posOrderData(newClientId(), "R1-0300", m_shop.mainStoreId, {{"ANY", 1000, 100}}))}));
        QCOMPARE(q(statusOf(first, 0)), QStringLiteral("applied"));
        const auto reused = resultsOf(
            push(m_server, m_shop.ownerToken,
                 {mutationJson(id, "order.create",
                               posOrderData(newClientId(), "R1-0301", m_shop.mainStoreId, {{"ANY", 1000, 100}}))}));
        QCOMPARE(q(statusOf(reused, 0)), QStringLiteral("rejected"));
        QCOMPARE(q(errorCodeOf(reused, 0)), QStringLiteral("conflict"));
        QCOMPARE(ordersNumbered("R1-0301"), 0);
    }

    void unknownSkuIsAcceptedAndFlagged() {
        const std::string orderId = newClientId();
        const auto results = resultsOf(push(
            m_server, m_shop.ownerToken,
            {mutationJson(newClientId(), "order.create",
                          posOrderData(orderId, "R1-0400", m_shop.mainStoreId, {{"GONE-FROM-CATALOG", 1000, 990}}))}));
        QCOMPARE(q(statusOf(results, 0)), QStringLiteral("applied"));
        const auto order = m_server.get("/api/v1/orders/" + orderId, m_shop.ownerToken).json->getObject("order");
        QCOMPARE(order->getArray("flags")->size(), std::size_t{1});
        QCOMPARE(q(order->getArray("flags")->getElement<std::string>(0)), QStringLiteral("unknown_sku"));
    }

    void lateOrderForAClosedShiftIsKept() {
        const std::string shift = newClientId();
        const std::string close = "{\"shift_id\":\"" + shift + "\",\"store_id\":\"" + m_shop.mainStoreId +
                                  "\",\"closed_at\":\"2026-05-01T22:00:00Z\",\"z_report\":{\"total\":500}}";
        const auto closed =
            resultsOf(push(m_server, m_shop.ownerToken, {mutationJson(newClientId(), "shift.close", close)}));
        QCOMPARE(q(statusOf(closed, 0)), QStringLiteral("applied"));
        const std::string orderId = newClientId();
        const auto late = resultsOf(
            push(m_server, m_shop.ownerToken,
                 {mutationJson(newClientId(), "order.create",
                               posOrderData(orderId, "R1-0500", m_shop.mainStoreId, {{"ANY", 1000, 500}}, shift))}));
        QCOMPARE(q(statusOf(late, 0)), QStringLiteral("applied"));
        const auto order = m_server.get("/api/v1/orders/" + orderId, m_shop.ownerToken).json->getObject("order");
        QCOMPARE(q(order->getValue<std::string>("shift_id")), q(shift));
        std::set<std::string> flags;
        for (std::size_t i = 0; i < order->getArray("flags")->size(); ++i)
            flags.insert(order->getArray("flags")->getElement<std::string>(static_cast<unsigned>(i)));
        QVERIFY(flags.count("late_for_closed_shift") == 1);
        // Closing it again (another mutation) is a conflict, not a second Z report.
        const auto again =
            resultsOf(push(m_server, m_shop.ownerToken, {mutationJson(newClientId(), "shift.close", close)}));
        QCOMPARE(q(errorCodeOf(again, 0)), QStringLiteral("conflict"));
    }

    void refundsAndStatusFollowTheOrderRules() {
        createProduct("REFUND-1", 400);
        const long long before = onHand(m_shop.mainStoreId, "REFUND-1");
        const std::string orderId = newClientId();
        QCOMPARE(q(statusOf(resultsOf(push(m_server, m_shop.ownerToken,
                                           {mutationJson(newClientId(), "order.create",
                                                         posOrderData(orderId, "R1-0600", m_shop.mainStoreId,
                                                                      {{"REFUND-1", 3000, 400}}))})),
                            0)),
                 QStringLiteral("applied"));
        const auto refund = [&](long long qty, long long amount) {
            return resultsOf(
                push(m_server, m_shop.ownerToken,
                     {mutationJson(newClientId(), "order.refund",
                                   "{\"order_id\":\"" + orderId + "\",\"lines\":[{\"sku\":\"REFUND-1\",\"qty_milli\":" +
                                       std::to_string(qty) + ",\"amount\":" + std::to_string(amount) +
                                       "}],\"payments\":[{\"method\":\"cash\",\"amount\":" + std::to_string(amount) +
                                       "}]}")}));
        };
        const auto partial = refund(1000, 400);
        QCOMPARE(q(statusOf(partial, 0)), QStringLiteral("applied"));
        QCOMPARE(q(partial->getObject(0)->getObject("result")->getValue<std::string>("status")),
                 QStringLiteral("partially_refunded"));
        const auto tooMuch = refund(2000, 900);
        QCOMPARE(q(statusOf(tooMuch, 0)), QStringLiteral("rejected"));
        QVERIFY2(q(errorMessageOf(tooMuch, 0)).contains("left to refund"), errorMessageOf(tooMuch, 0).c_str());
        const auto rest = refund(2000, 800);
        QCOMPARE(q(rest->getObject(0)->getObject("result")->getValue<std::string>("status")),
                 QStringLiteral("refunded"));
        QCOMPARE(onHand(m_shop.mainStoreId, "REFUND-1"), before);

        // Refunded is final: the status machine refuses to move it on.
        const auto moved =
            resultsOf(push(m_server, m_shop.ownerToken,
                           {mutationJson(newClientId(), "order.status",
                                         "{\"order_id\":\"" + orderId + "\",\"status\":\"completed\"}")}));
        QCOMPARE(q(errorCodeOf(moved, 0)), QStringLiteral("illegal_transition"));
        const auto noted =
            resultsOf(push(m_server, m_shop.ownerToken,
                           {mutationJson(newClientId(), "note.add",
                                         "{\"order_id\":\"" + orderId + "\",\"text\":\"Customer was happy\"}")}));
        QCOMPARE(q(statusOf(noted, 0)), QStringLiteral("applied"));
        const auto history =
            m_server.get("/api/v1/orders/" + orderId, m_shop.ownerToken).json->getObject("order")->getArray("history");
        QCOMPARE(history->size(), std::size_t{4}); // created, two refunds, the note
    }

    void productUpsertCreatesAndRefusesStaleEdits() {
        const std::string id = newClientId();
        const std::string create = "{\"id\":\"" + id +
                                   "\",\"sku\":\"OFFLINE-1\",\"name\":\"Made offline\",\"price\":{\"amount\":700,"
                                   "\"currency\":\"EUR\"}}";
        const auto created =
            resultsOf(push(m_server, m_shop.ownerToken, {mutationJson(newClientId(), "product.upsert", create)}));
        QCOMPARE(q(statusOf(created, 0)), QStringLiteral("applied"));
        QCOMPARE(m_server.get("/api/v1/products/" + id, m_shop.ownerToken).status, 200);
        const auto edited =
            resultsOf(push(m_server, m_shop.ownerToken,
                           {mutationJson(newClientId(), "product.upsert",
                                         "{\"id\":\"" + id + "\",\"version\":1,\"name\":\"Renamed\"}")}));
        QCOMPARE(q(statusOf(edited, 0)), QStringLiteral("applied"));
        QCOMPARE(edited->getObject(0)->getObject("result")->getValue<int>("version"), 2);
        const auto stale = resultsOf(push(m_server, m_shop.ownerToken,
                                          {mutationJson(newClientId(), "product.upsert",
                                                        "{\"id\":\"" + id + "\",\"version\":1,\"name\":\"Mine\"}")}));
        QCOMPARE(q(errorCodeOf(stale, 0)), QStringLiteral("version_conflict"));
        QCOMPARE(q(stale->getObject(0)->getObject("current")->getValue<std::string>("name")),
                 QStringLiteral("Renamed"));

        const std::string device = tp::test::enrolDevice(m_server, m_shop, m_shop.mainStoreId);
        const auto byDevice =
            resultsOf(push(m_server, device,
                           {mutationJson(newClientId(), "product.upsert",
                                         "{\"id\":\"" + id + "\",\"version\":2,\"name\":\"Till\"}")}));
        QCOMPARE(q(errorCodeOf(byDevice, 0)), QStringLiteral("forbidden"));
    }

    void customerUpsertUsesVersions() {
        const std::string device = tp::test::enrolDevice(m_server, m_shop, m_shop.mainStoreId);
        const std::string id = newClientId();
        const auto created =
            resultsOf(push(m_server, device,
                           {mutationJson(newClientId(), "customer.upsert",
                                         "{\"id\":\"" + id + "\",\"name\":\"Ada\",\"email\":\"ada@example.com\"}")}));
        QCOMPARE(q(statusOf(created, 0)), QStringLiteral("applied"));
        const auto edited =
            resultsOf(push(m_server, m_shop.ownerToken,
                           {mutationJson(newClientId(), "customer.upsert",
                                         "{\"id\":\"" + id + "\",\"version\":1,\"name\":\"Ada L.\"}")}));
        QCOMPARE(q(statusOf(edited, 0)), QStringLiteral("applied"));
        const auto stale = resultsOf(push(m_server, device,
                                          {mutationJson(newClientId(), "customer.upsert",
                                                        "{\"id\":\"" + id + "\",\"version\":1,\"name\":\"Ada B.\"}")}));
        QCOMPARE(q(errorCodeOf(stale, 0)), QStringLiteral("version_conflict"));
        QCOMPARE(q(stale->getObject(0)->getObject("current")->getValue<std::string>("name")), QStringLiteral("Ada L."));
        bool seen = false;
        for (const auto& change : pullAll(m_server, device)) {
            if (change->getValue<std::string>("entity") == "customer" && change->getValue<std::string>("id") == id)
                seen = change->getObject("data")->getValue<std::string>("name") == "Ada L.";
        }
        QVERIFY(seen);
    }

    void malformedPushesAreRefusedWhole_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no list") << "{}"
                                 << "mutations";
        QTest::newRow("no id") << "{\"mutations\":[{\"type\":\"stock.move\",\"data\":{}}]}"
                               << "mutations[0].mutation_id";
        QTest::newRow("bad id") << "{\"mutations\":[{\"mutation_id\":\"a b\",\"type\":\"x\",\"data\":{}}]}"
                                << "mutations[0].mutation_id";
        QTest::newRow("data not object") << "{\"mutations\":[{\"mutation_id\":\"m1\",\"type\":\"x\",\"data\":[]}]}"
                                         << "mutations[0].data";
        QTest::newRow("not json") << "{\"mutations\":["
                                  << "";
    }
    void malformedPushesAreRefusedWhole() {
        QFETCH(QString, body);
        QFETCH(QString, field);
        const ApiResponse answer = m_server.post("/api/v1/sync/push", body.toStdString(), m_shop.ownerToken);
        QCOMPARE(answer.status, 400);
        const std::string message =
            answer.json ? answer.json->getObject("error")->getValue<std::string>("message") : "";
        QVERIFY2(q(message).startsWith(field), message.c_str());
    }

    void unknownTypeIsRejectedNotFatal() {
        const auto results = resultsOf(
            push(m_server, m_shop.ownerToken,
                 {mutationJson(newClientId(), "teleport.goods", "{}"),
                  mutationJson(newClientId(), "order.create",
                               posOrderData(newClientId(), "R1-0700", m_shop.mainStoreId, {{"ANY", 1000, 100}}))}));
        QCOMPARE(q(statusOf(results, 0)), QStringLiteral("rejected"));
        QCOMPARE(q(statusOf(results, 1)), QStringLiteral("applied"));
    }

    // Several registers retrying the same batch at the same moment: each mutation takes effect
    // exactly once.
    void concurrentRetriesApplyEachMutationOnce() {
        createProduct("RACE-1", 100);
        const long long before = onHand(m_shop.mainStoreId, "RACE-1");
        std::vector<std::string> batch;
        for (int i = 0; i < 20; ++i)
            batch.push_back(mutationJson(newClientId(), "order.create",
                                         posOrderData(newClientId(), "RACE-" + std::to_string(100 + i),
                                                      m_shop.mainStoreId, {{"RACE-1", 1000, 100}})));
        std::atomic<int> applied{0};
        std::atomic<int> duplicates{0};
        std::atomic<int> other{0};
        std::vector<std::thread> senders;
        for (int t = 0; t < 6; ++t) {
            senders.emplace_back([&] {
                const auto results = resultsOf(push(m_server, m_shop.ownerToken, batch));
                for (unsigned i = 0; results && i < results->size(); ++i) {
                    const std::string status = statusOf(results, i);
                    (status == "applied" ? applied : status == "duplicate" ? duplicates : other)++;
                }
                if (!results)
                    other += 100;
            });
        }
        for (std::thread& sender : senders)
            sender.join();
        QCOMPARE(other.load(), 0);
        QCOMPARE(applied.load(), 20);
        QCOMPARE(duplicates.load(), 100);
        QCOMPARE(onHand(m_shop.mainStoreId, "RACE-1"), before - 20000);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
