#include <QTest>

#include <atomic>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include "ApiTestServer.h"

using tp::test::ApiResponse;
using tp::test::ApiTestServer;

namespace {

QString describe(const ApiResponse& response) {
    return QStringLiteral("%1 %2").arg(response.status).arg(QString::fromStdString(response.body.substr(0, 600)));
}

// Fills "$name" tokens of a JSON template (whole-JSON raw strings keep Qt 6.4's moc happy:
// it skips a file whose raw strings hold an odd number of quotes).
std::string fill(std::string text, const std::map<std::string, std::string>& values) {
    for (auto it = values.rbegin(); it != values.rend(); ++it) {
        const std::string token = "$" + it->first;
        for (auto at = text.find(token); at != std::string::npos; at = text.find(token, at + it->second.size()))
            text.replace(at, token.size(), it->second);
    }
    return text;
}

std::string message(const ApiResponse& response) {
    if (!response.json || !response.json->has("error"))
        return {};
    return response.json->getObject("error")->getValue<std::string>("message");
}

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

// A shop-floor time on the test day: "12:00" → "2030-01-15T12:00:00.000Z".
std::string at(const std::string& hhmm) {
    return "2030-01-15T" + hhmm + ":00.000Z";
}

// One client with its own keep-alive HTTP session, for the parallel test (QTest's macros are
// not thread-safe, so threads only record what they saw).
class Client {
public:
    Client(std::uint16_t port, std::string token)
        : m_session("127.0.0.1", port)
        , m_token(std::move(token)) {
        m_session.setKeepAlive(true);
        m_session.setTimeout(Poco::Timespan(60, 0));
    }

    int post(const std::string& path, const std::string& body, std::string* answer = nullptr) {
        try {
            Poco::Net::HTTPRequest request("POST", path, Poco::Net::HTTPMessage::HTTP_1_1);
            request.setKeepAlive(true);
            request.set("Authorization", "Bearer " + m_token);
            request.setContentType("application/json");
            request.setContentLength(static_cast<std::streamsize>(body.size()));
            m_session.sendRequest(request) << body;
            Poco::Net::HTTPResponse response;
            std::istream& in = m_session.receiveResponse(response);
            std::string text;
            Poco::StreamCopier::copyToString(in, text);
            if (answer)
                *answer = text;
            return static_cast<int>(response.getStatus());
        } catch (const Poco::Exception& exception) {
            if (answer)
                *answer = exception.displayText();
            return -1;
        }
    }

private:
    Poco::Net::HTTPClientSession m_session;
    std::string m_token;
};

} // namespace

// Evaluates `response` once (QVERIFY2 evaluates its message eagerly: a request written inside
// both would be sent twice).
#define EXPECT_STATUS(response, expected)                                                                              \
    do {                                                                                                               \
        const ApiResponse& answered = (response);                                                                      \
        QVERIFY2(answered.status == (expected), qPrintable(describe(answered)));                                       \
    } while (false)

// Stock over real HTTP on the backend the run names: movements that sum exactly, idempotent
// mutation ids, transfers, counts as of their time, negative and low stock, and fifty clients
// at once.
class TestInventory : public QObject {
    Q_OBJECT

private:
    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    ApiTestServer::Tenant m_other;
    std::string m_branchId;
    int m_serial = 0;

    std::string unique(const std::string& stem) { return stem + "-" + std::to_string(++m_serial); }

    std::string newSku(const std::string& stem) {
        const std::string sku = unique(stem);
        const ApiResponse created = m_server.post(
            "/api/v1/products",
            fill(R"({"sku":"$sku","name":"Stocked $sku","price":{"amount":100,"currency":"EUR"}})", {{"sku", sku}}),
            m_shop.ownerToken);
        if (created.status != 201)
            QTest::qFail(qPrintable(describe(created)), __FILE__, __LINE__);
        return sku;
    }

    ApiResponse move(const std::string& sku, std::int64_t delta, const std::string& reason,
                     const std::string& mutationId = {}, const std::string& storeId = {},
                     const std::string& occurredAt = {}) {
        std::string body =
            fill(R"({"mutation_id":"$m","store_id":"$store","sku":"$sku","delta_milli":$delta,"reason":"$reason")",
                 {{"m", mutationId.empty() ? unique("mut") : mutationId},
                  {"store", storeId.empty() ? m_shop.mainStoreId : storeId},
                  {"sku", sku},
                  {"delta", std::to_string(delta)},
                  {"reason", reason}});
        if (!occurredAt.empty())
            body += fill(R"(,"occurred_at":"$t")", {{"t", occurredAt}});
        body += "}";
        return m_server.post("/api/v1/inventory/movements", body, m_shop.ownerToken);
    }

    ApiResponse count(const std::string& sku, std::int64_t counted, const std::string& countedAt) {
        return m_server.post(
            "/api/v1/inventory/counts",
            fill(R"({"mutation_id":"$m","store_id":"$store","sku":"$sku","counted_milli":$c,"counted_at":"$t"})",
                 {{"m", unique("count")},
                  {"store", m_shop.mainStoreId},
                  {"sku", sku},
                  {"c", std::to_string(counted)},
                  {"t", countedAt}}),
            m_shop.ownerToken);
    }

    // The level of sku in a store, or INT64_MIN if it cannot be read.
    Poco::JSON::Object::Ptr level(const std::string& sku, const std::string& storeId = {}) {
        const ApiResponse answer = m_server.get("/api/v1/inventory?sku=" + sku +
                                                    "&store_id=" + (storeId.empty() ? m_shop.mainStoreId : storeId),
                                                m_shop.ownerToken);
        if (answer.status != 200 || answer.json->getArray("levels")->size() != 1) {
            QTest::qFail(qPrintable(describe(answer)), __FILE__, __LINE__);
            return new Poco::JSON::Object;
        }
        return answer.json->getArray("levels")->getObject(0);
    }

    std::int64_t onHand(const std::string& sku, const std::string& storeId = {}) {
        return level(sku, storeId)->optValue<Poco::Int64>("on_hand", INT64_MIN);
    }

    std::int64_t asOf(const std::string& sku, const std::string& when) {
        const ApiResponse answer =
            m_server.get("/api/v1/inventory/as-of?sku=" + sku + "&store_id=" + m_shop.mainStoreId + "&at=" + when,
                         m_shop.ownerToken);
        if (answer.status != 200)
            return INT64_MIN;
        return answer.json->getValue<Poco::Int64>("on_hand");
    }

    // The ledger of sku in the main store, newest first.
    Poco::JSON::Array::Ptr history(const std::string& sku) {
        const ApiResponse answer = m_server.get(
            "/api/v1/inventory/movements?limit=500&sku=" + sku + "&store_id=" + m_shop.mainStoreId, m_shop.ownerToken);
        if (answer.status != 200)
            return new Poco::JSON::Array;
        return answer.json->getArray("movements");
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("stock");
        m_other = m_server.createTenant("stock-other");
        const ApiResponse branch =
            m_server.post("/api/v1/stores", R"({"code":"branch","name":"Branch"})", m_shop.ownerToken);
        EXPECT_STATUS(branch, 201);
        m_branchId = branch.json->getObject("store")->getValue<std::string>("id");
    }

    void movementsSumExactly_data() {
        QTest::addColumn<QStringList>("movements"); // "reason delta"
        QTest::addColumn<qlonglong>("expected");
        QTest::newRow("receipt, sales and an adjustment")
            << QStringList{"receipt 24000", "sale -1000", "sale -2500", "adjustment 500"} << 21000LL;
        QTest::newRow("weighed deli sales in grams")
            << QStringList{"receipt 5000", "sale -1235", "sale -789", "damage -100"} << 2876LL;
        QTest::newRow("refund after a sale") << QStringList{"receipt 3000", "sale -2000", "refund 1000"} << 2000LL;
        QTest::newRow("downward adjustment") << QStringList{"receipt 10", "adjustment -7", "adjustment -1"} << 2LL;
    }

    void movementsSumExactly() {
        QFETCH(QStringList, movements);
        QFETCH(qlonglong, expected);
        const std::string sku = newSku("SUM");
        std::int64_t running = 0;
        for (const QString& movement : movements) {
            const QStringList parts = movement.split(' ');
            const std::int64_t delta = parts[1].toLongLong();
            running += delta;
            const ApiResponse answer = move(sku, delta, parts[0].toStdString());
            EXPECT_STATUS(answer, 201);
            QCOMPARE(answer.json->getObject("level")->getValue<Poco::Int64>("on_hand"), running);
            QCOMPARE(q(answer.json->getObject("movement")->getValue<std::string>("reason")), parts[0]);
        }
        QCOMPARE(onHand(sku), static_cast<std::int64_t>(expected));
        QCOMPARE(history(sku)->size(), static_cast<std::size_t>(movements.size()));
    }

    void repeatedMutationIdAppliesOnce() {
        const std::string sku = newSku("IDEM");
        const ApiResponse first = move(sku, 5000, "receipt", "idem-receipt-1");
        EXPECT_STATUS(first, 201);
        const ApiResponse repeat = move(sku, 5000, "receipt", "idem-receipt-1");
        EXPECT_STATUS(repeat, 200);
        QCOMPARE(q(repeat.body), q(first.body)); // the first result, to the byte
        EXPECT_STATUS(move(sku, -1000, "sale", "idem-sale-1"), 201);
        const ApiResponse late = move(sku, 5000, "receipt", "idem-receipt-1");
        EXPECT_STATUS(late, 200);
        QCOMPARE(late.json->getObject("level")->getValue<Poco::Int64>("on_hand"), Poco::Int64{5000});
        QCOMPARE(onHand(sku), std::int64_t{4000});

        const ApiResponse reused = move(sku, 7000, "receipt", "idem-receipt-1");
        EXPECT_STATUS(reused, 409);
        QCOMPARE(q(reused.errorCode()), QStringLiteral("conflict"));
        QCOMPARE(onHand(sku), std::int64_t{4000});
        QCOMPARE(history(sku)->size(), std::size_t{2});

        // A failed request claims nothing: the same id works once the request is right.
        EXPECT_STATUS(move(sku, 1000, "receipt", "idem-after-404", "00000000-0000-7000-8000-000000000000"), 404);
        EXPECT_STATUS(move(sku, 1000, "receipt", "idem-after-404"), 201);
        QCOMPARE(onHand(sku), std::int64_t{5000});
    }

    void sameMutationIdAtOnceAppliesOnce() {
        const std::string sku = newSku("RACE");
        const std::string body =
            fill(R"({"mutation_id":"race-1","store_id":"$store","sku":"$sku","delta_milli":3000,"reason":"receipt"})",
                 {{"store", m_shop.mainStoreId}, {"sku", sku}});
        std::vector<int> statuses(12, 0);
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < statuses.size(); ++i)
            threads.emplace_back([&, i] {
                Client client(m_server.port(), m_shop.ownerToken);
                statuses[i] = client.post("/api/v1/inventory/movements", body);
            });
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(std::count(statuses.begin(), statuses.end(), 201), 1L);
        QCOMPARE(std::count(statuses.begin(), statuses.end(), 200), static_cast<long>(statuses.size() - 1));
        QCOMPARE(onHand(sku), std::int64_t{3000});
    }

    void transferMovesBothSidesAtomically() {
        const std::string sku = newSku("XFER");
        EXPECT_STATUS(move(sku, 10000, "receipt"), 201);
        const std::string body =
            fill(R"({"mutation_id":"$m","from_store_id":"$from","to_store_id":"$to","sku":"$sku","qty_milli":4000})",
                 {{"m", "xfer-" + sku}, {"from", m_shop.mainStoreId}, {"to", m_branchId}, {"sku", sku}});
        const ApiResponse transfer = m_server.post("/api/v1/inventory/transfers", body, m_shop.ownerToken);
        EXPECT_STATUS(transfer, 201);
        const auto movements = transfer.json->getArray("movements");
        QCOMPARE(movements->size(), std::size_t{2});
        QCOMPARE(q(movements->getObject(0)->getValue<std::string>("reason")), QStringLiteral("transfer_out"));
        QCOMPARE(movements->getObject(0)->getValue<Poco::Int64>("delta_milli"), Poco::Int64{-4000});
        QCOMPARE(q(movements->getObject(1)->getValue<std::string>("reason")), QStringLiteral("transfer_in"));
        QCOMPARE(q(movements->getObject(0)->getValue<std::string>("transfer_id")),
                 q(movements->getObject(1)->getValue<std::string>("transfer_id")));
        QCOMPARE(onHand(sku), std::int64_t{6000});
        QCOMPARE(onHand(sku, m_branchId), std::int64_t{4000});
        EXPECT_STATUS(m_server.post("/api/v1/inventory/transfers", body, m_shop.ownerToken), 200);
        QCOMPARE(onHand(sku), std::int64_t{6000});

        // A transfer to a store that is not the tenant's moves nothing at all.
        for (const std::string& to : {std::string("00000000-0000-7000-8000-000000000000"), m_other.mainStoreId}) {
            const ApiResponse refused = m_server.post(
                "/api/v1/inventory/transfers",
                fill(
                    R"({"mutation_id":"$m","from_store_id":"$from","to_store_id":"$to","sku":"$sku","qty_milli":1000})",
                    {{"m", unique("xfer")}, {"from", m_shop.mainStoreId}, {"to", to}, {"sku", sku}}),
                m_shop.ownerToken);
            EXPECT_STATUS(refused, 404);
            QCOMPARE(onHand(sku), std::int64_t{6000});
        }
        const ApiResponse same = m_server.post(
            "/api/v1/inventory/transfers",
            fill(R"({"mutation_id":"$m","from_store_id":"$s","to_store_id":"$s","sku":"$sku","qty_milli":1000})",
                 {{"m", unique("xfer")}, {"s", m_shop.mainStoreId}, {"sku", sku}}),
            m_shop.ownerToken);
        EXPECT_STATUS(same, 400);

        // Both stores show up for the sku, the branch with its transfer.
        const ApiResponse both = m_server.get("/api/v1/inventory?sku=" + sku, m_shop.ownerToken);
        EXPECT_STATUS(both, 200);
        QCOMPARE(both.json->getArray("levels")->size(), std::size_t{2});
    }

    // Worked examples of Sync rule 3. Steps: "move <delta> <hh:mm>", "count <qty> <hh:mm>",
    // "expect <on_hand now>", "asof <hh:mm> <level then>", "adjustment <hh:mm> <the count's delta>".
    void countsAreAsOfTheirTime_data() {
        QTest::addColumn<QStringList>("steps");
        QTest::newRow("count, then an earlier sale arriving late, then a later sale") << QStringList{
            "move 10000 09:00", "count 7000 12:00", "expect 7000",     "adjustment 12:00 -3000", "move -1000 11:00",
            "expect 7000",      "asof 11:30 9000",  "asof 12:00 7000", "adjustment 12:00 -2000", "move -2000 13:00",
            "expect 5000",      "asof 12:30 7000",  "asof 13:00 5000"};
        QTest::newRow("a sale stamped at the count's very time happened before it")
            << QStringList{"move 5000 08:00",       "count 5000 12:00", "move -1000 12:00", "expect 5000",
                           "adjustment 12:00 1000", "asof 12:00 5000",  "asof 11:59 5000"};
        QTest::newRow("offline sale after the count still counts though it arrived first")
            << QStringList{"move 5000 08:00", "move -1000 15:00",       "expect 4000",     "count 3000 12:00",
                           "expect 2000",     "adjustment 12:00 -2000", "asof 12:00 3000", "asof 15:00 2000"};
        QTest::newRow("late movement between two counts changes the level of neither") << QStringList{
            "count 5000 10:00", "count 8000 14:00", "expect 8000",           "move 2000 12:00",      "expect 8000",
            "asof 12:00 7000",  "asof 10:00 5000",  "adjustment 14:00 1000", "adjustment 10:00 5000"};
        QTest::newRow("late count before an existing count")
            << QStringList{"move 10000 08:00",      "count 9000 16:00",      "move -500 17:00", "expect 8500",
                           "count 4000 12:00",      "expect 8500",           "asof 13:00 4000", "asof 16:00 9000",
                           "adjustment 16:00 5000", "adjustment 12:00 -6000"};
        QTest::newRow("two counts at the same time: the later-made one wins")
            << QStringList{"move 1000 08:00", "count 3000 12:00", "count 2000 12:00", "expect 2000",
                           "asof 12:00 2000", "move 10 13:00",    "expect 2010"};
        QTest::newRow("a count on an empty shelf after sales into the negative")
            << QStringList{"move -2000 09:00",      "expect -2000",    "count 0 10:00", "expect 0",
                           "adjustment 10:00 2000", "move -500 11:00", "expect -500"};
    }

    void countsAreAsOfTheirTime() {
        QFETCH(QStringList, steps);
        const std::string sku = newSku("ASOF");
        for (const QString& step : steps) {
            const QStringList parts = step.split(' ');
            const std::string op = parts[0].toStdString();
            if (op == "move") {
                const std::int64_t delta = parts[1].toLongLong();
                const ApiResponse answer =
                    move(sku, delta, delta > 0 ? "receipt" : "sale", {}, {}, at(parts[2].toStdString()));
                QVERIFY2(answer.status == 201, qPrintable(step + ": " + describe(answer)));
            } else if (op == "count") {
                const ApiResponse answer = count(sku, parts[1].toLongLong(), at(parts[2].toStdString()));
                QVERIFY2(answer.status == 201, qPrintable(step + ": " + describe(answer)));
            } else if (op == "expect") {
                QVERIFY2(onHand(sku) == parts[1].toLongLong(),
                         qPrintable(step + ": on_hand is " + QString::number(onHand(sku))));
            } else if (op == "asof") {
                const std::int64_t then = asOf(sku, at(parts[1].toStdString()));
                QVERIFY2(then == parts[2].toLongLong(), qPrintable(step + ": level then was " + QString::number(then)));
            } else if (op == "adjustment") {
                const auto entries = history(sku);
                std::vector<std::int64_t> deltas;
                for (std::size_t i = 0; i < entries->size(); ++i) {
                    const auto entry = entries->getObject(static_cast<unsigned>(i));
                    if (entry->getValue<std::string>("reason") == "count" &&
                        entry->getValue<std::string>("occurred_at") == at(parts[1].toStdString()))
                        deltas.push_back(entry->getValue<Poco::Int64>("delta_milli"));
                }
                QVERIFY2(deltas.size() == 1 && deltas.front() == parts[2].toLongLong(),
                         qPrintable(step + ": " + QString::number(deltas.empty() ? 0 : deltas.front())));
            } else {
                QFAIL(qPrintable("unknown step " + step));
            }
        }
        // The ledger sums to the level: every count's stored adjustment is current.
        const auto entries = history(sku);
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < entries->size(); ++i)
            sum += entries->getObject(static_cast<unsigned>(i))->getValue<Poco::Int64>("delta_milli");
        QCOMPARE(sum, onHand(sku));
    }

    void negativeStockIsAllowedAndFlagged() {
        const std::string sku = newSku("NEG");
        const ApiResponse sale = move(sku, -3000, "sale");
        EXPECT_STATUS(sale, 201);
        const auto after = sale.json->getObject("level");
        QCOMPARE(after->getValue<Poco::Int64>("on_hand"), Poco::Int64{-3000});
        QCOMPARE(after->getValue<Poco::Int64>("available"), Poco::Int64{-3000});
        QCOMPARE(after->getValue<bool>("negative"), true);
        EXPECT_STATUS(move(sku, 5000, "receipt"), 201);
        QCOMPARE(level(sku)->getValue<bool>("negative"), false);
    }

    void lowStockFilter() {
        const std::string low = newSku("LOW");
        const std::string plenty = newSku("PLENTY");
        EXPECT_STATUS(move(low, 3000, "receipt"), 201);
        EXPECT_STATUS(move(plenty, 8000, "receipt"), 201);
        for (const std::string& sku : {low, plenty}) {
            const ApiResponse set =
                m_server.request("PUT", "/api/v1/inventory/thresholds",
                                 fill(R"({"store_id":"$s","sku":"$sku","low_stock_threshold":5000})",
                                      {{"s", m_shop.mainStoreId}, {"sku", sku}}),
                                 m_shop.ownerToken);
            EXPECT_STATUS(set, 200);
        }
        auto lowSkus = [&] {
            std::set<std::string> skus;
            const ApiResponse answer = m_server.get(
                "/api/v1/inventory?low_stock=true&limit=500&store_id=" + m_shop.mainStoreId, m_shop.ownerToken);
            if (answer.status != 200)
                return skus;
            const auto levels = answer.json->getArray("levels");
            for (std::size_t i = 0; i < levels->size(); ++i) {
                const auto entry = levels->getObject(static_cast<unsigned>(i));
                if (entry->getValue<bool>("low_stock"))
                    skus.insert(entry->getValue<std::string>("sku"));
            }
            return skus;
        };
        QCOMPARE(lowSkus(), (std::set<std::string>{low}));
        EXPECT_STATUS(move(plenty, -4000, "sale"), 201); // 4000: at or below 5000 now
        QCOMPARE(lowSkus(), (std::set<std::string>{low, plenty}));
        EXPECT_STATUS(m_server.request("PUT", "/api/v1/inventory/thresholds",
                                       fill(R"({"store_id":"$s","sku":"$sku","low_stock_threshold":null})",
                                            {{"s", m_shop.mainStoreId}, {"sku", low}}),
                                       m_shop.ownerToken),
                      200);
        QCOMPARE(lowSkus(), (std::set<std::string>{plenty}));
        QCOMPARE(level(plenty)->getValue<Poco::Int64>("low_stock_threshold"), Poco::Int64{5000});
    }

    void refusedMovements_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown sku")
            << R"({"mutation_id":"$m","store_id":"$store","sku":"NO-SUCH-SKU","delta_milli":1,"reason":"receipt"})"
            << 404 << "sku";
        QTest::newRow("unknown store")
            << R"({"mutation_id":"$m","store_id":"00000000-0000-7000-8000-000000000000","sku":"$sku","delta_milli":1,"reason":"receipt"})"
            << 404 << "store_id";
        QTest::newRow("another tenant's store")
            << R"({"mutation_id":"$m","store_id":"$otherstore","sku":"$sku","delta_milli":1,"reason":"receipt"})" << 404
            << "store_id";
        QTest::newRow("zero delta")
            << R"({"mutation_id":"$m","store_id":"$store","sku":"$sku","delta_milli":0,"reason":"adjustment"})" << 400
            << "delta_milli";
        QTest::newRow("a sale that adds stock")
            << R"({"mutation_id":"$m","store_id":"$store","sku":"$sku","delta_milli":1000,"reason":"sale"})" << 400
            << "delta_milli";
        QTest::newRow("a receipt that takes stock")
            << R"({"mutation_id":"$m","store_id":"$store","sku":"$sku","delta_milli":-1000,"reason":"receipt"})" << 400
            << "delta_milli";
        QTest::newRow("count sent as a movement")
            << R"({"mutation_id":"$m","store_id":"$store","sku":"$sku","delta_milli":1000,"reason":"count"})" << 400
            << "reason";
        QTest::newRow("unknown reason")
            << R"({"mutation_id":"$m","store_id":"$store","sku":"$sku","delta_milli":1000,"reason":"gift"})" << 400
            << "reason";
        QTest::newRow("fractional quantity")
            << R"({"mutation_id":"$m","store_id":"$store","sku":"$sku","delta_milli":1.5,"reason":"receipt"})" << 400
            << "delta_milli";
        QTest::newRow("no mutation id") << R"({"store_id":"$store","sku":"$sku","delta_milli":1,"reason":"receipt"})"
                                        << 400 << "mutation_id";
        QTest::newRow("mutation id with a space")
            << R"({"mutation_id":"a b","store_id":"$store","sku":"$sku","delta_milli":1,"reason":"receipt"})" << 400
            << "mutation_id";
        QTest::newRow("time that is not RFC 3339")
            << R"({"mutation_id":"$m","store_id":"$store","sku":"$sku","delta_milli":1,"reason":"receipt","occurred_at":"yesterday"})"
            << 400 << "occurred_at";
    }

    void refusedMovements() {
        static std::string sku;
        if (sku.empty())
            sku = newSku("REFUSED");
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const ApiResponse answer = m_server.post("/api/v1/inventory/movements",
                                                 fill(body.toStdString(), {{"m", unique("refused")},
                                                                           {"store", m_shop.mainStoreId},
                                                                           {"otherstore", m_other.mainStoreId},
                                                                           {"sku", sku}}),
                                                 m_shop.ownerToken);
        EXPECT_STATUS(answer, status);
        QVERIFY2(q(message(answer)).startsWith(field), message(answer).c_str());
        QCOMPARE(onHand(sku), std::int64_t{0});
    }

    void refusedCounts() {
        const std::string sku = newSku("BADCOUNT");
        const ApiResponse negative = count(sku, -1, at("10:00"));
        EXPECT_STATUS(negative, 400);
        QVERIFY2(q(message(negative)).startsWith("counted_milli"), message(negative).c_str());
        const ApiResponse badTime = m_server.post(
            "/api/v1/inventory/counts",
            fill(R"({"mutation_id":"c-bad-time","store_id":"$s","sku":"$sku","counted_milli":1,"counted_at":"12:00"})",
                 {{"s", m_shop.mainStoreId}, {"sku", sku}}),
            m_shop.ownerToken);
        EXPECT_STATUS(badTime, 400);
        QVERIFY2(q(message(badTime)).startsWith("counted_at"), message(badTime).c_str());
    }

    void anotherTenantSeesNoneOfThis() {
        const std::string sku = newSku("PRIVATE");
        EXPECT_STATUS(move(sku, 1000, "receipt"), 201);
        const ApiResponse theirs = m_server.get("/api/v1/inventory?sku=" + sku, m_other.ownerToken);
        EXPECT_STATUS(theirs, 404);
        const ApiResponse all = m_server.get("/api/v1/inventory?limit=500", m_other.ownerToken);
        EXPECT_STATUS(all, 200);
        QCOMPARE(all.json->getArray("levels")->size(), std::size_t{0});
        const ApiResponse history = m_server.get("/api/v1/inventory/movements?limit=500", m_other.ownerToken);
        EXPECT_STATUS(history, 200);
        QCOMPARE(history.json->getArray("movements")->size(), std::size_t{0});
    }

    void historyPagesNewestFirst() {
        const std::string sku = newSku("PAGED");
        for (int hour = 10; hour < 17; ++hour)
            EXPECT_STATUS(move(sku, hour, "receipt", {}, {}, at(std::to_string(hour) + ":00")), 201);
        std::vector<std::int64_t> deltas;
        std::string cursor;
        do {
            const ApiResponse page = m_server.get("/api/v1/inventory/movements?limit=3&sku=" + sku +
                                                      (cursor.empty() ? std::string() : "&cursor=" + cursor),
                                                  m_shop.ownerToken);
            EXPECT_STATUS(page, 200);
            const auto items = page.json->getArray("movements");
            for (std::size_t i = 0; i < items->size(); ++i)
                deltas.push_back(items->getObject(static_cast<unsigned>(i))->getValue<Poco::Int64>("delta_milli"));
            cursor = page.json->isNull("next_cursor") ? std::string() : page.json->getValue<std::string>("next_cursor");
        } while (!cursor.empty());
        QCOMPARE(deltas, (std::vector<std::int64_t>{16, 15, 14, 13, 12, 11, 10}));
    }

    void fiftyClientsAtOnceEndWithExactSums() {
        constexpr int kClients = 50;
        const std::string shared = newSku("SHARED");
        std::mutex mutex;
        std::vector<std::string> failures;
        std::vector<std::int64_t> expected(kClients, 0);
        std::atomic<std::int64_t> sharedExpected{0};
        const std::string store = m_shop.mainStoreId;
        const std::string tag = unique("par");

        std::vector<std::thread> threads;
        for (int i = 0; i < kClients; ++i) {
            threads.emplace_back([&, i] {
                Client client(m_server.port(), m_shop.ownerToken);
                auto check = [&](int status, int wanted, const std::string& what, const std::string& answer) {
                    if (status != wanted) {
                        std::lock_guard lock(mutex);
                        failures.push_back(what + " → " + std::to_string(status) + " " + answer.substr(0, 300));
                    }
                };
                const std::string sku = tag + "-" + std::to_string(i);
                std::string answer;
                int status =
                    client.post("/api/v1/products",
                                fill(R"({"sku":"$sku","name":"Parallel $sku","price":{"amount":250,"currency":"EUR"}})",
                                     {{"sku", sku}}),
                                &answer);
                check(status, 201, "create " + sku, answer);
                const std::vector<std::pair<std::string, std::int64_t>> own{
                    {"receipt", 10000}, {"sale", -1000 * (i % 3 + 1)},
                    {"adjustment", 7},  {"sale", -250},
                    {"damage", -1},     {"refund", 250 + i}};
                for (std::size_t k = 0; k < own.size(); ++k) {
                    const std::string mutation = sku + "-m" + std::to_string(k);
                    const std::string body =
                        fill(R"({"mutation_id":"$m","store_id":"$store","sku":"$sku","delta_milli":$d,"reason":"$r"})",
                             {{"m", mutation},
                              {"store", store},
                              {"sku", sku},
                              {"d", std::to_string(own[k].second)},
                              {"r", own[k].first}});
                    status = client.post("/api/v1/inventory/movements", body, &answer);
                    check(status, 201, mutation, answer);
                    expected[i] += own[k].second;
                    if (k == 2) { // a retry after a lost answer: applied once
                        status = client.post("/api/v1/inventory/movements", body, &answer);
                        check(status, 200, mutation + " again", answer);
                    }
                    const std::int64_t sharedDelta = k % 2 == 0 ? (i + 1) * 10 : -3;
                    const std::string sharedMutation = sku + "-shared" + std::to_string(k);
                    status = client.post(
                        "/api/v1/inventory/movements",
                        fill(
                            R"({"mutation_id":"$m","store_id":"$store","sku":"$sku","delta_milli":$d,"reason":"adjustment"})",
                            {{"m", sharedMutation},
                             {"store", store},
                             {"sku", shared},
                             {"d", std::to_string(sharedDelta)}}),
                        &answer);
                    check(status, 201, sharedMutation, answer);
                    sharedExpected += sharedDelta;
                }
            });
        }
        for (auto& thread : threads)
            thread.join();
        for (const std::string& failure : failures)
            qWarning("%s", failure.c_str());
        QCOMPARE(failures.size(), std::size_t{0});
        for (int i = 0; i < kClients; ++i)
            QCOMPARE(onHand(tag + "-" + std::to_string(i)), expected[i]);
        QCOMPARE(onHand(shared), sharedExpected.load());
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
