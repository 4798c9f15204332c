// bench_sync: the sync figures of the offline-first issue, over loopback against a real
// tillpoint-server (in this process) with the real client library:
//   - first sync of the whole catalog into an empty replica (target: 1,000,000 products in
//     <= 30 s, client RSS <= 300 MB) — the client runs as a child process so that its peak
//     RSS is its own;
//   - a backlog of 10,000 offline orders of 3 lines pushed after reconnect (target <= 10 s);
//   - a sale on one register visible in another register's stock (target <= 2 s), by polling:
//     the other register's engine pulls every second.
// Usage: bench_sync [--scale N (products, default 1,000,000)] [--backends sqlite,postgresql]

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "BenchOptions.h"
#include "BenchReport.h"
#include "BenchServer.h"
#include "CatalogFiller.h"
#include "ProcessPeak.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "client/sync/AccessTokenSource.h"
#include "client/sync/ChangePuller.h"
#include "client/sync/OutboxUploader.h"
#include "client/sync/RetrySchedule.h"
#include "client/sync/SyncApi.h"
#include "client/sync/SyncEngine.h"
#include "client/sync/SyncState.h"
#include "domain/ids/UuidV7Generator.h"

extern char** environ;

using namespace tp::bench;
using namespace std::chrono_literals;

namespace {

class StaticToken : public tp::client::AccessTokenSource {
public:
    explicit StaticToken(QString token)
        : m_token(std::move(token)) {}
    QString accessToken() const override { return m_token; }
    void renewAccessToken(std::function<void(bool)> done) override { done(false); }

private:
    QString m_token;
};

// Runs the Qt event loop until `done` holds or `limit` passes; false on the limit. The loop
// sleeps between events (a ticking timer re-checks `done`): spinning would take a core from
// the server on a 2-core machine and slow the very thing being measured.
bool waitFor(const std::function<bool()>& done, std::chrono::milliseconds limit) {
    QElapsedTimer timer;
    timer.start();
    QTimer tick;
    tick.start(5);
    while (!done()) {
        if (timer.elapsed() > limit.count())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// A register's client objects, as the apps wire them.
struct Client {
    Client(const std::filesystem::path& replica, const std::string& url, const std::string& token)
        : ids(tp::domain::UuidV7Generator::systemClock(), tp::domain::UuidV7Generator::systemRandomSource())
        , tokens(QString::fromStdString(token)) {
        std::filesystem::remove(replica);
        if (auto opened = db.open(QString::fromStdString(replica.string())); !opened)
            throw std::runtime_error("cannot open the replica: " + opened.error().message);
        outbox = std::make_unique<tp::client::Outbox>(db, ids);
        api = std::make_unique<tp::client::SyncApi>(QUrl(QString::fromStdString(url)), tokens);
        retry = std::make_unique<tp::client::RetrySchedule>(db, QStringLiteral("push"));
        puller = std::make_unique<tp::client::ChangePuller>(db, *api);
        uploader = std::make_unique<tp::client::OutboxUploader>(*outbox, *api, *retry);
        uploader->setBatchSize(500);
        engine = std::make_unique<tp::client::SyncEngine>(*outbox, *puller, *uploader, *retry, state);
    }

    tp::domain::UuidV7Generator ids;
    StaticToken tokens;
    tp::client::ReplicaDatabase db;
    tp::client::SyncState state;
    std::unique_ptr<tp::client::Outbox> outbox;
    std::unique_ptr<tp::client::SyncApi> api;
    std::unique_ptr<tp::client::RetrySchedule> retry;
    std::unique_ptr<tp::client::ChangePuller> puller;
    std::unique_ptr<tp::client::OutboxUploader> uploader;
    std::unique_ptr<tp::client::SyncEngine> engine;
};

QJsonObject orderData(const QString& id, const QString& number, const std::string& storeId,
                      const std::vector<std::string>& skus) {
    QJsonArray lines;
    for (const std::string& sku : skus)
        lines.append(QJsonObject{{"sku", QString::fromStdString(sku)},
                                 {"qty_milli", 1000},
                                 {"unit_price", 250},
                                 {"discount", 0},
                                 {"tax", 0},
                                 {"total", 250}});
    const int total = 250 * static_cast<int>(skus.size());
    return QJsonObject{{"id", id},
                       {"number", number},
                       {"store_id", QString::fromStdString(storeId)},
                       {"channel", "pos"},
                       {"created_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                       {"currency", "EUR"},
                       {"lines", lines},
                       {"payments", QJsonArray{QJsonObject{{"method", "card"}, {"amount", total}}}},
                       {"totals", QJsonObject{{"subtotal", total}, {"discount", 0}, {"tax", 0}, {"total", total}}}};
}

// Child mode: one first sync into an empty replica; writes "<seconds> <products> <ok> <peak
// RSS KiB>" to `result`.
int pullClient(const std::string& url, const std::string& token, const std::string& replica,
               const std::string& result) {
    Client client(replica, url, token);
    QElapsedTimer timer;
    timer.start();
    bool finished = false;
    bool ok = false;
    QObject::connect(client.puller.get(), &tp::client::ChangePuller::finished, [&](bool success) {
        finished = true;
        ok = success;
    });
    client.puller->pull();
    waitFor([&] { return finished; }, std::chrono::hours(1));
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    auto count = client.db.select(QStringLiteral("SELECT COUNT(*) FROM products"));
    std::ofstream(result) << seconds << " " << (count && !count->isEmpty() ? count->first().value(0).toLongLong() : -1)
                          << " " << (ok ? 1 : 0) << " " << tp::bench::peakRssKib() << "\n";
    return ok ? 0 : 1;
}

struct ChildRun {
    double seconds = 0;
    long long products = 0;
    bool ok = false;
    double maxRssMb = 0;
    double cpuSeconds = 0; // user + system: steadier than the wall clock on a shared machine
};

ChildRun runPullChild(const std::string& self, const std::string& url, const std::string& token,
                      const std::filesystem::path& work) {
    const std::string replica = (work / "first-sync.db").string();
    const std::string result = (work / "first-sync.result").string();
    std::vector<std::string> args{self, "--pull-client", url, token, replica, result};
    std::vector<char*> argv;
    for (std::string& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, self.c_str(), nullptr, nullptr, argv.data(), environ) != 0)
        throw std::runtime_error("cannot start the pull client");
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    ChildRun run;
    std::ifstream in(result);
    int ok = 0;
    long long peakKib = -1;
    in >> run.seconds >> run.products >> ok >> peakKib;
    run.ok = ok == 1 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    run.maxRssMb = static_cast<double>(peakKib) / 1024.0;
    const auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6;
    };
    run.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    return run;
}

} // namespace

int main(int argc, char** argv) try {
    QCoreApplication app(argc, argv);
    if (argc == 6 && std::string(argv[1]) == "--pull-client")
        return pullClient(argv[2], argv[3], argv[4], argv[5]);

    BenchOptions options(argc, argv, 1000000);
    BenchReport report(options.scale);
    const auto work = std::filesystem::temp_directory_path() / ("tp-bench-sync-" + std::to_string(::getpid()));
    std::filesystem::create_directories(work);
    const std::string self = std::filesystem::canonical("/proc/self/exe").string();

    for (const std::string& backend : options.backends) {
        std::printf("== %s: %lld products\n", backend.c_str(), options.scale);
        BenchServer server(backend, work / backend, 0); // 0: the server chooses its loops
        const auto tenant = server.createTenant("bench-sync-" + backend);
        fillCatalog(server.server().context(), tenant.id, static_cast<int>(options.scale), "SYNC-");
        const auto stores = server.call("GET", "/api/v1/stores", {}, tenant.token);
        const std::string storeId = stores->getArray("stores")->getObject(0)->getValue<std::string>("id");
        const auto enrol = [&](const std::string& name) {
            return server
                .call("POST", "/api/v1/devices", "{\"store_id\":\"" + storeId + "\",\"name\":\"" + name + "\"}",
                      tenant.token)
                ->getValue<std::string>("device_token");
        };
        const std::string url = server.baseUrl();

        // 1. First sync, in a child process.
        const ChildRun first = runPullChild(self, url, enrol("first-sync"), work);
        if (!first.ok || first.products != options.scale)
            throw std::runtime_error("the first sync did not complete: " + std::to_string(first.products) +
                                     " products");
        report.add("sync.first_sync.seconds." + backend, first.seconds, "s", 30.0 * options.scale / 1000000.0);
        report.add("sync.first_sync.products_per_second." + backend, first.products / first.seconds, "products/s", 0,
                   "higher");
        report.add("sync.first_sync.client_max_rss." + backend, first.maxRssMb, "MB", 300);
        report.add("sync.first_sync.client_cpu_seconds." + backend, first.cpuSeconds, "s");

        // 2. A backlog of 10,000 orders of 3 lines, queued offline, pushed on reconnect.
        Client offline(work / (backend + "-backlog.db"), url, enrol("backlog"));
        const int orders = 10000;
        for (int i = 0; i < orders; ++i) {
            const std::vector<std::string> skus{"SYNC-" + std::to_string((i * 3) % options.scale),
                                                "SYNC-" + std::to_string((i * 3 + 1) % options.scale),
                                                "SYNC-" + std::to_string((i * 3 + 2) % options.scale)};
            const QString id = QString::fromStdString(offline.ids.next().toString());
            auto written = offline.outbox->enqueue(
                QStringLiteral("order.create"),
                orderData(id, QStringLiteral("BL-%1").arg(i, 6, 10, QChar('0')), storeId, skus));
            if (!written)
                throw std::runtime_error("queuing an order failed: " + written.error().message);
        }
        QElapsedTimer backlog;
        backlog.start();
        bool uploading = false;
        QObject::connect(offline.uploader.get(), &tp::client::OutboxUploader::finished,
                         [&](bool) { uploading = false; });
        const bool drained = waitFor(
            [&] {
                if (!uploading) {
                    auto pending = offline.outbox->pendingCount();
                    if (pending && pending.value() == 0)
                        return true;
                    uploading = offline.uploader->upload(tp::client::OutboxUploader::Timing::Now);
                }
                return false;
            },
            std::chrono::minutes(10));
        if (!drained)
            throw std::runtime_error("the backlog did not drain within 10 minutes");
        if (auto rejected = offline.outbox->needsAttentionCount(); !rejected || rejected.value() != 0) {
            auto list = offline.outbox->needsAttention();
            throw std::runtime_error("the server rejected backlog orders: " +
                                     (list && !list->isEmpty() ? list->first().errorMessage.toStdString() : ""));
        }
        report.add("sync.backlog_10000_orders.seconds." + backend, static_cast<double>(backlog.elapsed()) / 1000.0, "s",
                   10);

        // 3. A sale on register A in register B's stock, B pulling every second.
        Client a(work / (backend + "-a.db"), url, enrol("register-a"));
        Client b(work / (backend + "-b.db"), url, enrol("register-b"));
        for (Client* client : {&a, &b}) {
            client->engine->setInterval(1s);
            client->engine->setWriteDelay(0ms);
        }
        bool bSynced = false;
        QObject::connect(b.puller.get(), &tp::client::ChangePuller::finished, [&](bool) { bSynced = true; });
        b.engine->start();
        if (!waitFor([&] { return bSynced; }, std::chrono::minutes(30)))
            throw std::runtime_error("register B never finished its first sync");
        bool aSynced = false;
        QObject::connect(a.engine.get(), &tp::client::SyncEngine::cycleFinished, [&](bool) { aSynced = true; });
        a.engine->start();
        if (!waitFor([&] { return aSynced; }, std::chrono::minutes(30)))
            throw std::runtime_error("register A never finished its first sync");
        std::vector<double> latencies;
        for (int sale = 0; sale < 10; ++sale) {
            const std::string sku = "SYNC-" + std::to_string(sale);
            const auto level = [&]() -> long long {
                auto rows =
                    b.db.select(QStringLiteral("SELECT on_hand FROM stock_levels WHERE store_id = ? AND sku = ?"),
                                {QString::fromStdString(storeId), QString::fromStdString(sku)});
                return rows && !rows->isEmpty() ? rows->first().value(0).toLongLong() : 0;
            };
            waitFor([] { return false; }, 300ms); // settle between sales
            const long long before = level();
            QElapsedTimer seen;
            seen.start();
            auto written = a.outbox->write([&](tp::client::LocalWrite& write) {
                write.enqueue(QStringLiteral("order.create"),
                              orderData(QString::fromStdString(a.ids.next().toString()),
                                        QStringLiteral("VIS-%1").arg(sale), storeId, {sku}));
            });
            if (!written)
                throw std::runtime_error("ringing a sale failed: " + written.error().message);
            if (!waitFor([&] { return level() != before; }, 30s)) {
                auto pending = a.outbox->pendingCount();
                auto attention = a.outbox->needsAttentionCount();
                throw std::runtime_error("the sale never showed in register B's stock (A pending " +
                                         std::to_string(pending ? pending.value() : -1) + ", needs attention " +
                                         std::to_string(attention ? attention.value() : -1) + ", B cursor " +
                                         b.puller->cursor().valueOr(QString()).toStdString() + ", B last error " +
                                         b.state.lastError().toStdString() + ")");
            }
            latencies.push_back(static_cast<double>(seen.elapsed()) / 1000.0);
        }
        std::sort(latencies.begin(), latencies.end());
        report.add("sync.cross_register_visibility.p50.polling_1s." + backend, latencies[latencies.size() / 2], "s");
        report.add("sync.cross_register_visibility.max.polling_1s." + backend, latencies.back(), "s", 2);
        a.engine->stop();
        b.engine->stop();
    }
    report.print();
    std::filesystem::remove_all(work);
    return 0;
} catch (const std::exception& e) {
    std::fprintf(stderr, "bench_sync: %s\n", e.what());
    return 1;
}
