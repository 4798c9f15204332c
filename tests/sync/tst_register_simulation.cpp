#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <set>
#include <vector>

#include <Poco/JSON/Array.h>

#include "ApiTestServer.h"
#include "FaultProxy.h"
#include "SimulatedRegister.h"
#include "SyncTestSupport.h"

using tp::test::ApiResponse;
using tp::test::ApiTestServer;
using tp::test::FaultPlan;
using tp::test::FaultProxy;
using tp::test::SimulatedRegister;

namespace {

constexpr int kRegisters = 5;
constexpr int kSalesPerRegister = 2000;
constexpr int kSkus = 12;
constexpr long long kReceivedMilli = 1'000'000;

std::string skuName(int index) {
    return "SIM-" + std::to_string(index);
}

// Shop time of sale `step`: one second apart from 08:00; backoffice counts fall on the half
// seconds between them, so no two stock events share a time.
QDateTime shopTime(int step, int extraMs = 0) {
    return QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC).addMSecs(qint64(step) * 1000 + extraMs);
}

std::string rfc3339(const QDateTime& time) {
    return time.toString(Qt::ISODateWithMs).toStdString();
}

// What the ledger must sum to: events of one (store, sku) in shop-time order; a count sets
// the level as of its time, everything else adds.
struct StockEvent {
    qint64 at;
    long long milli;
    bool isCount;
};

long long expectedLevel(std::vector<StockEvent> events) {
    std::sort(events.begin(), events.end(), [](const StockEvent& a, const StockEvent& b) { return a.at < b.at; });
    long long level = 0;
    for (const StockEvent& event : events)
        level = event.isCount ? event.milli : level + event.milli;
    return level;
}

} // namespace

// The sync proof (issue: offline-first sync): 5 registers on the real client library ring
// 2,000 sales each through their own fault-injecting proxies (10 % of requests dropped,
// answered-then-lost, duplicated, delayed or overtaken) with random offline periods, while a
// backoffice counts stock and edits prices. Afterwards every sale exists on the server exactly
// once, every register's stock equals the server's, the server's stock equals the ledger sum
// the test computes itself, and every register has the final prices.
class TestRegisterSimulation : public QObject {
    Q_OBJECT

private:
    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    std::string m_secondStore;
    QTemporaryDir m_dir;
    std::map<std::string, std::string> m_productIds;                                 // sku → id
    std::map<std::pair<std::string, std::string>, std::vector<StockEvent>> m_events; // (store, sku)

    void receive(const std::string& store, const std::string& sku) {
        const ApiResponse moved =
            m_server.post("/api/v1/inventory/movements",
                          "{\"mutation_id\":\"" + tp::test::newClientId() + "\",\"store_id\":\"" + store +
                              "\",\"sku\":\"" + sku + "\",\"delta_milli\":" + std::to_string(kReceivedMilli) +
                              ",\"reason\":\"receipt\",\"occurred_at\":\"" + rfc3339(shopTime(-3600)) + "\"}",
                          m_shop.ownerToken);
        QCOMPARE(moved.status, 201);
        m_events[{store, sku}].push_back({shopTime(-3600).toMSecsSinceEpoch(), kReceivedMilli, false});
    }

    void count(const std::string& store, const std::string& sku, long long counted, const QDateTime& at) {
        const ApiResponse counts = m_server.post(
            "/api/v1/inventory/counts",
            "{\"mutation_id\":\"" + tp::test::newClientId() + "\",\"store_id\":\"" + store + "\",\"sku\":\"" + sku +
                "\",\"counted_milli\":" + std::to_string(counted) + ",\"counted_at\":\"" + rfc3339(at) + "\"}",
            m_shop.ownerToken);
        QVERIFY2(counts.status == 201, counts.body.c_str());
        m_events[{store, sku}].push_back({at.toMSecsSinceEpoch(), counted, true});
    }

    void editPrice(const std::string& sku, long long amount) {
        const std::string path = "/api/v1/products/" + m_productIds[sku];
        const ApiResponse current = m_server.get(path, m_shop.ownerToken);
        QCOMPARE(current.status, 200);
        const int version = current.json->getObject("product")->getValue<int>("version");
        const ApiResponse edited =
            m_server.request("PATCH", path,
                             "{\"version\":" + std::to_string(version) +
                                 ",\"price\":{\"amount\":" + std::to_string(amount) + ",\"currency\":\"EUR\"}}",
                             m_shop.ownerToken);
        QVERIFY2(edited.status == 200, edited.body.c_str());
    }

    // The server's levels per (store, sku).
    std::map<std::pair<std::string, std::string>, long long> serverLevels() {
        std::map<std::pair<std::string, std::string>, long long> levels;
        for (const std::string& store : {m_shop.mainStoreId, m_secondStore}) {
            const ApiResponse page =
                m_server.get("/api/v1/inventory?store_id=" + store + "&limit=500", m_shop.ownerToken);
            if (page.status != 200)
                continue;
            const auto items = page.json->getArray("levels");
            for (std::size_t i = 0; i < items->size(); ++i) {
                const auto level = items->getObject(static_cast<unsigned>(i));
                levels[{store, level->getValue<std::string>("sku")}] = level->getValue<long long>("on_hand");
            }
        }
        return levels;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("simulation", "enterprise");
        const ApiResponse store = m_server.post(
            "/api/v1/stores", "{\"code\":\"second\",\"name\":\"Second\",\"currency\":\"EUR\"}", m_shop.ownerToken);
        QCOMPARE(store.status, 201);
        m_secondStore = store.json->getObject("store")->getValue<std::string>("id");
        for (int i = 0; i < kSkus; ++i) {
            const ApiResponse product =
                m_server.post("/api/v1/products",
                              "{\"sku\":\"" + skuName(i) + "\",\"name\":\"Simulated " + std::to_string(i) +
                                  "\",\"price\":{\"amount\":" + std::to_string(100 + i) + ",\"currency\":\"EUR\"}}",
                              m_shop.ownerToken);
            QCOMPARE(product.status, 201);
            m_productIds[skuName(i)] = product.json->getObject("product")->getValue<std::string>("id");
            receive(m_shop.mainStoreId, skuName(i));
            receive(m_secondStore, skuName(i));
        }
    }

    void salesConvergeExactlyOnceThroughFaultsAndOutages() {
        QRandomGenerator random(20261122);
        std::vector<std::unique_ptr<FaultProxy>> proxies;
        std::vector<std::unique_ptr<SimulatedRegister>> registers;
        for (int r = 0; r < kRegisters; ++r) {
            const std::string store = r < 3 ? m_shop.mainStoreId : m_secondStore;
            proxies.push_back(std::make_unique<FaultProxy>(QHostAddress::LocalHost, m_server.port(),
                                                           FaultPlan::tenPercent(), 100 + r));
            QVERIFY(proxies.back()->listen());
            const std::string token = tp::test::enrolDevice(m_server, m_shop, store);
            QVERIFY(!token.empty());
            registers.push_back(
                std::make_unique<SimulatedRegister>(m_dir.filePath(QStringLiteral("register-%1.db").arg(r)),
                                                    proxies.back()->baseUrl(), token, store, "R" + std::to_string(r)));
            QString error;
            QVERIFY2(registers.back()->open(&error), qPrintable(error));
            registers.back()->start();
        }

        std::vector<int> offlineUntil(kRegisters, -1);
        const int steps = kRegisters * kSalesPerRegister;
        for (int step = 0; step < steps; ++step) {
            const int r = step % kRegisters;
            // Outages: now and then a register loses the network for a few hundred sales.
            if (offlineUntil[r] < step && random.bounded(1000) < 3) {
                offlineUntil[r] = step + 200 + static_cast<int>(random.bounded(600));
                proxies[r]->setOffline(true);
            } else if (offlineUntil[r] == step) {
                proxies[r]->setOffline(false);
            }
            const std::string sku = skuName(static_cast<int>(random.bounded(kSkus)));
            const long long qty = 1000LL * (1 + random.bounded(3));
            QString error;
            QVERIFY2(registers[r]->ringSale(sku, qty, 100, rfc3339(shopTime(step)), &error), qPrintable(error));
            m_events[{registers[r]->storeId(), sku}].push_back({shopTime(step).toMSecsSinceEpoch(), -qty, false});

            // The backoffice meanwhile: a count between two sales, and a price edit.
            if (step % 400 == 199) {
                const std::string store = random.bounded(2) == 0 ? m_shop.mainStoreId : m_secondStore;
                count(store, skuName(static_cast<int>(random.bounded(kSkus))), 1000LL * (50 + random.bounded(500)),
                      shopTime(step, 500));
                editPrice(skuName(static_cast<int>(random.bounded(kSkus))), 100 + random.bounded(900));
            }
            // The registers sync while sales go on (their engines run on this event loop).
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
        }

        // The network comes back for good (still with its 10 % of faults); everything drains.
        for (int r = 0; r < kRegisters; ++r) {
            proxies[r]->setOffline(false);
            registers[r]->syncNow();
        }
        const auto drained = [&] {
            for (auto& reg : registers) {
                if (reg->pending() != 0)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 600000);

        // The faults really happened — the kinds that test exactly-once above all. (How many
        // requests there were depends on timing, so only that each kind occurred is asserted.)
        int droppedRequests = 0;
        int droppedResponses = 0;
        int duplicated = 0;
        int total = 0;
        for (const auto& proxy : proxies) {
            droppedRequests += proxy->counts().droppedRequests;
            droppedResponses += proxy->counts().droppedResponses;
            duplicated += proxy->counts().duplicated;
            total += proxy->counts().faults();
        }
        const QString faults = QStringLiteral("faults: %1 (dropped requests %2, dropped answers %3, duplicated %4)")
                                   .arg(total)
                                   .arg(droppedRequests)
                                   .arg(droppedResponses)
                                   .arg(duplicated);
        qInfo().noquote() << faults;
        QVERIFY2(droppedRequests > 0 && droppedResponses > 0 && duplicated > 0 && total >= 20, qPrintable(faults));

        // 1. Every sale exactly once on the server, and nothing else.
        std::set<std::string> rung;
        for (auto& reg : registers) {
            QCOMPARE(reg->needsAttention(), 0);
            auto rows = reg->replica().select(QStringLiteral("SELECT number FROM sim_sales"));
            QVERIFY(rows.ok());
            for (const auto& row : rows.value())
                rung.insert(row.value(0).toString().toStdString());
        }
        QCOMPARE(rung.size(), std::size_t(steps));
        const auto numbers = tp::test::orderNumbers(m_server, m_shop.ownerToken);
        QCOMPARE(numbers.size(), std::size_t(steps));
        for (const auto& [number, times] : numbers) {
            QVERIFY2(times == 1, number.c_str());
            QVERIFY2(rung.count(number) == 1, number.c_str());
        }

        // 2. The server's stock is the ledger sum.
        const auto levels = serverLevels();
        for (const auto& [key, events] : m_events) {
            const auto level = levels.find(key);
            QVERIFY(level != levels.end());
            QCOMPARE(level->second, expectedLevel(events));
        }

        // 3. Every register, after its last pull, has the server's stock and prices.
        for (auto& reg : registers)
            reg->syncNow();
        const auto replicaLevel = [](SimulatedRegister& reg, const std::string& sku) -> long long {
            auto rows =
                reg.replica().select(QStringLiteral("SELECT on_hand FROM stock_levels WHERE store_id = ? AND sku = ?"),
                                     {QString::fromStdString(reg.storeId()), QString::fromStdString(sku)});
            return rows && !rows->isEmpty() ? rows->first().value(0).toLongLong() : -1;
        };
        for (auto& reg : registers) {
            for (int i = 0; i < kSkus; ++i) {
                const long long server = levels.at({reg->storeId(), skuName(i)});
                QTRY_COMPARE_WITH_TIMEOUT(replicaLevel(*reg, skuName(i)), server, 60000);
            }
        }
        for (int i = 0; i < kSkus; ++i) {
            const auto product = m_server.get("/api/v1/products/" + m_productIds[skuName(i)], m_shop.ownerToken);
            const long long price =
                product.json->getObject("product")->getObject("price")->getValue<long long>("amount");
            const auto replicaPrice = [&](SimulatedRegister& reg) -> long long {
                auto rows = reg.replica().select(QStringLiteral("SELECT price_amount FROM products WHERE sku = ?"),
                                                 {QString::fromStdString(skuName(i))});
                return rows && !rows->isEmpty() ? rows->first().value(0).toLongLong() : -1;
            };
            for (auto& reg : registers)
                QTRY_COMPARE_WITH_TIMEOUT(replicaPrice(*reg), price, 60000);
        }
    }
};

QTEST_GUILESS_MAIN(TestRegisterSimulation)
#include "tst_register_simulation.moc"
