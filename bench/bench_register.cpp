// bench_register: the register's figures on a replica of 1,000,000 products (issue "Register
// app"), all in this process over the real replica and register code:
//   - scan → ticket line: barcode lookup + adding to the sale + pricing it, with 20,000 running
//     campaign prices in the replica (target p99 <= 1 ms);
//   - search as you type: 3-letter prefixes, the 50 best matches ranked (target p99 <= 10 ms);
//   - durable sale commit: order, outbox row, stock and audit in one synchronous=FULL
//     transaction (target p50 <= 2 ms);
//   - cold start to ready: open the replica, start the till, list who may log in, first scan
//     (target <= 1.5 s; with the page cache dropped first when this runs as root);
//   - the same for the whole app: the real tillpoint-pos, enrolled on this replica with its
//     device token in the keychain, launched with the page cache dropped until its window is
//     up (--exit-when-ready; offscreen platform). It needs a Secret Service: run the bench under
//     tests/client/run_with_secret_service.sh, else that figure is left out and said why;
//   - peak RSS of the register's work (target <= 200 MB).
// The replica is built first by a child process (feed pages written as the first sync
// writes them), so that the peak RSS measured here is the register's, not the builder's.
// Usage: [tests/client/run_with_secret_service.sh] bench_register [--scale N (products, default 1,000,000)]

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "BenchOptions.h"
#include "BenchReport.h"
#include "ProcessPeak.h"
#include "app/RegisterSettings.h"
#include "client/credentials/CredentialStore.h"
#include "client/outbox/Outbox.h"
#include "client/replica/CatalogSearch.h"
#include "client/replica/ChangeApplier.h"
#include "client/replica/FeedChange.h"
#include "client/replica/FeedPageReader.h"
#include "client/replica/ReplicaDatabase.h"
#include "client/sync/DeviceEnrolment.h"
#include "client/sync/FeedPageWriter.h"
#include "domain/ids/UuidV7Generator.h"
#include "register/ItemLookup.h"
#include "register/Sale.h"
#include "register/SaleRecorder.h"
#include "register/Till.h"

extern char** environ;

namespace {

// Words for product names, so that 3-letter prefixes match many products, as in a shop.
const char* const kAdjectives[] = {
    "Organic", "Classic", "Premium", "Fresh",  "Vintage", "Slim",    "Large",   "Small",  "Deluxe",  "Light",
    "Dark",    "Spicy",   "Sweet",   "Crispy", "Soft",    "Striped", "Woolen",  "Cotton", "Leather", "Ceramic",
    "Wooden",  "Steel",   "Golden",  "Silver", "Green",   "Blue",    "Red",     "White",  "Black",   "Smoked",
    "Roasted", "Frozen",  "Garden",  "Alpine", "Coastal", "Rustic",  "Compact", "Family", "Travel",  "Kids"};
const char* const kNouns[] = {
    "Coffee",    "Tea",     "Mug",      "Shirt",    "Scarf",  "Jacket",  "Cheese",  "Bread",  "Butter", "Apples",
    "Pears",     "Lamp",    "Candle",   "Towel",    "Pillow", "Blanket", "Socks",   "Gloves", "Hat",    "Bag",
    "Wallet",    "Belt",    "Pen",      "Notebook", "Pencil", "Folder",  "Plate",   "Bowl",   "Glass",  "Bottle",
    "Honey",     "Jam",     "Pasta",    "Rice",     "Flour",  "Sugar",   "Salt",    "Pepper", "Olives", "Nuts",
    "Chocolate", "Cookies", "Crackers", "Juice",    "Water",  "Soda",    "Wine",    "Beer",   "Soap",   "Shampoo",
    "Brush",     "Comb",    "Mirror",   "Clock",    "Vase",   "Frame",   "Basket",  "Box",    "Rope",   "Tape",
    "Battery",   "Cable",   "Charger",  "Speaker",  "Radio",  "Kettle",  "Toaster", "Pan",    "Pot",    "Knife",
    "Fork",      "Spoon",   "Tray",     "Jar",      "Lid",    "Sponge",  "Cloth",   "Apron",  "Boots",  "Sandals"};
constexpr int kAdjectiveCount = sizeof kAdjectives / sizeof *kAdjectives;
constexpr int kNounCount = sizeof kNouns / sizeof *kNouns;

std::string barcodeOf(long long i) {
    char digits[32];
    std::snprintf(digits, sizeof digits, "20%010lld", i % 10'000'000'000LL);
    int sum = 0;
    for (int d = 0; d < 12; ++d)
        sum += (digits[d] - '0') * (d % 2 == 0 ? 1 : 3);
    digits[12] = char('0' + (10 - sum % 10) % 10);
    digits[13] = 0;
    return digits;
}

std::string productChange(long long i) {
    char id[24];
    std::snprintf(id, sizeof id, "p%07lld", i);
    const std::string sku = "SKU" + std::string(id + 1);
    const std::string name = std::string(kAdjectives[i % kAdjectiveCount]) + " " +
                             kNouns[(i / kAdjectiveCount) % kNounCount] + " " + std::to_string(i);
    const std::string price = "{\"amount\":" + std::to_string(100 + i % 5000) + ",\"currency\":\"EUR\"}";
    const std::string code = barcodeOf(i);
    return "{\"seq\":" + std::to_string(i + 100) + ",\"entity\":\"product\",\"id\":\"" + id +
           "\",\"op\":\"upsert\",\"data\":{\"id\":\"" + id + "\",\"sku\":\"" + sku + "\",\"name\":\"" + name +
           "\",\"status\":\"active\",\"tax_class\":\"standard\",\"price\":" + price + ",\"barcodes\":[\"" + code +
           "\"],\"version\":1,\"variants\":[{\"id\":\"" + id + "-v\",\"sku\":\"" + sku + "\",\"barcodes\":[\"" + code +
           "\"],\"options\":{},\"price\":" + price + "}]}}";
}

void applyJson(tp::client::ReplicaDatabase& db, const QJsonObject& json) {
    auto change = tp::client::FeedChange::fromJson(json);
    if (!change)
        throw std::runtime_error(change.error().message);
    if (auto applied = db.transaction([&] { return tp::client::ChangeApplier(db).apply(*change); }); !applied)
        throw std::runtime_error(applied.error().message);
}

// Four running price campaigns of 5,000 items each (every 50th product, overlapping in pairs),
// so that scans price through campaign_prices as a shop in its sale season does.
void addCampaigns(const QString& path, long long count) {
    tp::client::ReplicaDatabase db;
    if (auto opened = db.open(path); !opened)
        throw std::runtime_error(opened.error().message);
    for (int campaign = 0; campaign < 4; ++campaign) {
        QJsonArray prices;
        for (long long i = (campaign % 2) * 50; i < count && prices.size() < 5000; i += 100) {
            char sku[24];
            std::snprintf(sku, sizeof sku, "SKU%07lld", i);
            prices.append(QJsonObject{{"sku", QString::fromLatin1(sku)},
                                      {"price", QJsonObject{{"amount", 50 + campaign}, {"currency", "EUR"}}}});
        }
        const QString id = QStringLiteral("campaign-%1").arg(campaign);
        applyJson(db, QJsonObject{{"seq", count + 1000 + campaign},
                                  {"entity", "campaign"},
                                  {"id", id},
                                  {"op", "upsert"},
                                  {"data", QJsonObject{{"id", id},
                                                       {"name", "Sale"},
                                                       {"starts_at", "2000-01-01T00:00:00Z"},
                                                       {"ends_at", "2100-01-01T00:00:00Z"},
                                                       {"store_ids", QJsonArray{}},
                                                       {"status", "active"},
                                                       {"prices", prices}}}});
    }
}

// Child mode: the replica as a first sync leaves it — the store, a cashier, `count` products
// and the campaigns above.
int buildReplica(const QString& path, long long count) {
    {
        tp::client::ReplicaDatabase db;
        if (auto opened = db.open(path); !opened)
            throw std::runtime_error(opened.error().message);
        applyJson(db, QJsonObject{{"seq", 1},
                                  {"entity", "store"},
                                  {"id", "berlin"},
                                  {"op", "upsert"},
                                  {"data", QJsonObject{{"id", "berlin"},
                                                       {"name", "Berlin"},
                                                       {"currency", "EUR"},
                                                       {"prices_include_tax", true},
                                                       {"tax_rates", QJsonObject{{"standard", 1900}}}}}});
        // PIN 4826, hashed in the server's encoding (1,000 iterations: the login is not measured).
        applyJson(db, QJsonObject{{"seq", 2},
                                  {"entity", "register_staff"},
                                  {"id", "cal"},
                                  {"op", "upsert"},
                                  {"data", QJsonObject{{"id", "cal"},
                                                       {"email", "cal@shop.example"},
                                                       {"role", "cashier"},
                                                       {"status", "active"},
                                                       {"pin_hash", "pbkdf2-sha256$1000$cmVnaXN0ZXItc2FsdC0wMQ==$"
                                                                    "o8/AhH+oOp/j8RPaLNQcXWxRzlX1svNCEoaOSOXuaXc="}}}});
    }
    tp::client::FeedPageWriter writer(path);
    constexpr long long kPage = 1000;
    long long pending = 0;
    std::optional<tp::domain::Error> failure;
    QEventLoop loop;
    QObject::connect(&writer, &tp::client::FeedPageWriter::written,
                     [&](quint64, int, const QString&, const std::optional<tp::domain::Error>& error) {
                         --pending;
                         if (error)
                             failure = error;
                         loop.quit();
                     });
    for (long long start = 0; start < count; start += kPage) {
        std::string text = "{\"changes\":[";
        const long long end = std::min(count, start + kPage);
        for (long long i = start; i < end; ++i) {
            if (i > start)
                text.push_back(',');
            text += productChange(i);
        }
        text +=
            "],\"cursor\":\"" + std::to_string(end + 100) + "\",\"has_more\":" + (end < count ? "true" : "false") + "}";
        auto page = tp::client::readFeedPage(QByteArray::fromStdString(text));
        if (!page)
            throw std::runtime_error(page.error().message);
        while (pending >= 2 && !failure) // one page being written, one waiting: memory stays flat
            loop.exec();
        writer.write(quint64(start), std::move(page->changes), page->cursor, end >= count);
        ++pending;
        if (failure)
            throw std::runtime_error(failure->message);
    }
    while (pending > 0 && !failure)
        loop.exec();
    if (failure)
        throw std::runtime_error(failure->message);
    addCampaigns(path, count);
    return 0;
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const std::size_t at = std::min(values.size() - 1, static_cast<std::size_t>(p * double(values.size())));
    return values[at];
}

bool dropPageCache() {
    ::sync();
    std::ofstream drop("/proc/sys/vm/drop_caches");
    if (!drop)
        return false;
    drop << "3\n";
    return bool(drop);
}

// Enrols the settings file on the replica beside it as a first run would (the settings, and the
// device token in the keychain). Empty when done, else why not.
QString enrolApp(const QString& settingsFile) {
    tp::pos::app::RegisterSettings settings(settingsFile);
    settings.saveEnrolment(QUrl(QStringLiteral("http://127.0.0.1:9")),
                           tp::client::EnrolledRegister{QStringLiteral("bench-register"), QStringLiteral("berlin"),
                                                        QStringLiteral("B1"), QStringLiteral("bench"), QString()});
    tp::client::CredentialStore keychain(tp::pos::app::RegisterSettings::keychainService(), settings.keychainAccount());
    std::optional<QString> outcome;
    QEventLoop loop;
    keychain.save(tp::client::CredentialStore::Secret::DeviceToken, QStringLiteral("bench-device-token"),
                  [&](tp::domain::Result<void> saved) {
                      outcome = saved ? QString() : QString::fromStdString(saved.error().message);
                      loop.quit();
                  });
    if (!outcome)
        loop.exec();
    return *outcome;
}

// Launches tillpoint-pos on `settingsFile` until its window is up; the wall time in seconds.
double launchApp(const QString& settingsFile) {
    std::vector<std::string> args{TILLPOINT_POS_BINARY, "--settings", settingsFile.toStdString(), "--exit-when-ready"};
    std::vector<char*> argv;
    for (std::string& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    std::vector<std::string> environment{"QT_QPA_PLATFORM=offscreen"};
    for (char** entry = environ; *entry; ++entry)
        if (std::string_view(*entry).rfind("QT_QPA_PLATFORM=", 0) != 0)
            environment.emplace_back(*entry);
    std::vector<char*> envp;
    for (std::string& entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, TILLPOINT_POS_BINARY, nullptr, nullptr, argv.data(), envp.data()) != 0)
        throw std::runtime_error("cannot start tillpoint-pos");
    int status = 0;
    waitpid(pid, &status, 0);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error("tillpoint-pos did not come up (run it by hand with these settings to see why)");
    return seconds;
}

double millisSince(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv) try {
    QCoreApplication app(argc, argv);
    if (argc == 4 && std::string(argv[1]) == "--build-replica")
        return buildReplica(QString::fromLocal8Bit(argv[2]), std::stoll(argv[3]));
    const tp::bench::BenchOptions options(argc, argv, 1'000'000);
    tp::bench::BenchReport report(options.scale);
    QTemporaryDir work;
    // Where an enrolled register keeps its replica: beside its settings (RegisterSettings).
    const QString settingsFile = work.filePath(QStringLiteral("register.conf"));
    const QString replicaPath = work.filePath(QStringLiteral("replica-bench-register.db"));

    std::printf("== building a replica of %lld products\n", options.scale);
    QElapsedTimer buildTimer;
    buildTimer.start();
    std::string self = QCoreApplication::applicationFilePath().toStdString();
    std::vector<std::string> args{self, "--build-replica", replicaPath.toStdString(), std::to_string(options.scale)};
    std::vector<char*> childArgv;
    for (std::string& arg : args)
        childArgv.push_back(arg.data());
    childArgv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, self.c_str(), nullptr, nullptr, childArgv.data(), environ) != 0)
        throw std::runtime_error("cannot start the replica builder");
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error("building the replica failed");
    report.add("register.replica_build.seconds", double(buildTimer.elapsed()) / 1000.0, "s");

    // Cold start: what happens between launching the register and the login screen being
    // usable, plus the first scan (its indexes come off the disk).
    const bool cold = dropPageCache();
    std::printf("== cold start (%s)\n", cold ? "page cache dropped" : "page cache NOT dropped: not root");
    tp::domain::UuidV7Generator ids(tp::domain::UuidV7Generator::systemClock(),
                                    tp::domain::UuidV7Generator::systemRandomSource());
    QElapsedTimer startTimer;
    startTimer.start();
    tp::client::ReplicaDatabase db;
    if (auto opened = db.open(replicaPath); !opened)
        throw std::runtime_error(opened.error().message);
    tp::client::Outbox outbox(db, ids);
    auto till = tp::pos::Till::start({db, outbox, ids, "berlin", "bench-register", "B1", tp::pos::ApprovalPolicy{}, [] {
                                          return QDateTime::currentDateTimeUtc();
                                      }});
    if (!till)
        throw std::runtime_error(till.error().message);
    auto staff = (*till)->staff();
    if (!staff || staff->isEmpty())
        throw std::runtime_error("no staff in the replica");
    if (!(*till)->logIn(QStringLiteral("cal"), QStringLiteral("4826")) || !(*till)->openShift(10000))
        throw std::runtime_error("could not log in and open the shift");
    if (auto first = (*till)->scan(QString::fromStdString(barcodeOf(options.scale / 2))); !first)
        throw std::runtime_error(first.error().message);
    report.add(cold ? "register.cold_start.seconds" : "register.warm_start.seconds",
               double(startTimer.elapsed()) / 1000.0, "s", 1.5);

    std::mt19937_64 random(42);
    std::uniform_int_distribution<long long> anyProduct(0, options.scale - 1);
    const tp::pos::StoreProfile& store = (*till)->store();

    std::printf("== scan to ticket line\n");
    tp::pos::ItemLookup lookup(db, QStringLiteral("berlin"));
    std::vector<double> scans;
    tp::pos::Sale basket(store);
    for (int i = 0; i < 20000; ++i) {
        const QString code = QString::fromStdString(barcodeOf(anyProduct(random)));
        if (i % 25 == 0)
            basket = tp::pos::Sale(store); // a new customer
        QElapsedTimer timer;
        timer.start();
        auto item = lookup.byBarcode(code);
        if (!item || !item->has_value())
            throw std::runtime_error("a scanned barcode was not found");
        if (auto added = basket.add(**item); !added)
            throw std::runtime_error(added.error().message);
        auto priced = basket.priced();
        if (!priced)
            throw std::runtime_error(priced.error().message);
        scans.push_back(millisSince(timer));
    }
    report.add("register.scan_to_line.p50", percentile(scans, 0.50), "ms");
    report.add("register.scan_to_line.p99", percentile(scans, 0.99), "ms", 1.0);

    std::printf("== search as you type\n");
    tp::client::CatalogSearch search(db);
    std::vector<double> searches;
    for (int i = 0; i < 2000; ++i) {
        const char* word = i % 2 ? kAdjectives[random() % kAdjectiveCount] : kNouns[random() % kNounCount];
        const QString prefix = QString::fromLatin1(word).left(3).toLower();
        QElapsedTimer timer;
        timer.start();
        auto hits = search.search(prefix, 50);
        if (!hits || hits->isEmpty())
            throw std::runtime_error("a search found nothing");
        searches.push_back(millisSince(timer));
    }
    report.add("register.search_3_letters.p50", percentile(searches, 0.50), "ms");
    report.add("register.search_3_letters.p99", percentile(searches, 0.99), "ms", 10.0);

    std::printf("== durable sale commit\n");
    tp::pos::SaleRecorder recorder(outbox, ids, QStringLiteral("bench-register"), QStringLiteral("B1"));
    std::vector<double> commits;
    for (int i = 0; i < 2000; ++i) {
        tp::pos::Sale sale(store);
        for (int line = 0; line < 3; ++line) {
            auto item = lookup.byBarcode(QString::fromStdString(barcodeOf(anyProduct(random))));
            if (!item || !item->has_value() || !sale.add(**item))
                throw std::runtime_error("could not ring the sale");
        }
        if (auto paid = sale.payCash(*sale.due()); !paid)
            throw std::runtime_error(paid.error().message);
        QElapsedTimer timer;
        timer.start();
        auto recorded = recorder.record(sale, QDateTime::currentDateTimeUtc(), (*till)->shift()->id);
        if (!recorded)
            throw std::runtime_error(recorded.error().message);
        commits.push_back(millisSince(timer));
    }
    report.add("register.durable_commit.p50", percentile(commits, 0.50), "ms", 2.0);
    report.add("register.durable_commit.p99", percentile(commits, 0.99), "ms");

    report.add("register.max_rss", double(tp::bench::peakRssKib()) / 1024.0, "MB", 200);

    // The whole app, three times, each from a dropped page cache (Qt's libraries too).
    std::printf("== the whole app: tillpoint-pos from launch to its window\n");
    if (const QString why = enrolApp(settingsFile); !why.isEmpty()) {
        std::printf("   left out: the device token cannot go to a keychain (%s)\n", qPrintable(why));
    } else {
        std::vector<double> launches;
        bool allCold = true;
        for (int run = 0; run < 3; ++run) {
            allCold = dropPageCache() && allCold;
            launches.push_back(launchApp(settingsFile));
        }
        report.add(allCold ? "register.app_cold_start.p50_seconds" : "register.app_warm_start.p50_seconds",
                   percentile(launches, 0.5), "s", 1.5);
        report.add(allCold ? "register.app_cold_start.max_seconds" : "register.app_warm_start.max_seconds",
                   *std::max_element(launches.begin(), launches.end()), "s", 1.5);
    }
    report.print();
    return 0;
} catch (const std::exception& error) {
    std::fprintf(stderr, "bench_register: %s\n", error.what());
    return 1;
}
