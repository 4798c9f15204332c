#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "DbTestSupport.h"
#include "db/PostgresNotificationListener.h"

using namespace tp::server::db;
using namespace tp::server::db::testing;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

constexpr const char* kChannel = "tp_test_changes";

// What a listener reported, in order, as "connected", "disconnected" and "notified <payload>".
// Written by the listener's thread, read by the test's.
class Reports {
public:
    PostgresNotificationListener::Callbacks callbacks() {
        PostgresNotificationListener::Callbacks callbacks;
        callbacks.notified = [this](std::string_view payload) {
            add("notified " + std::string(payload));
        };
        callbacks.connected = [this] {
            add("connected");
        };
        callbacks.disconnected = [this](const std::string& reason) {
            const std::lock_guard lock(m_mutex);
            m_events.push_back("disconnected");
            m_reasons.push_back(reason);
        };
        return callbacks;
    }
    std::vector<std::string> events() const {
        const std::lock_guard lock(m_mutex);
        return m_events;
    }
    std::vector<std::string> reasons() const {
        const std::lock_guard lock(m_mutex);
        return m_reasons;
    }
    int count(const std::string& event) const {
        const auto all = events();
        return static_cast<int>(std::count(all.begin(), all.end(), event));
    }

private:
    void add(std::string event) {
        const std::lock_guard lock(m_mutex);
        m_events.push_back(std::move(event));
    }

    mutable std::mutex m_mutex;
    std::vector<std::string> m_events;
    std::vector<std::string> m_reasons;
};

QStringList q(const std::vector<std::string>& texts) {
    QStringList list;
    for (const auto& text : texts)
        list << QString::fromStdString(text);
    return list;
}

std::string uniqueApplicationName() {
    static int serial = 0;
    return "tp-test-listener-" + std::to_string(::getpid()) + "-" + std::to_string(++serial);
}

PostgresNotificationListener::Options optionsFor(const std::string& uri) {
    PostgresNotificationListener::Options options;
    options.uri = uri;
    options.channel = kChannel;
    options.applicationName = uniqueApplicationName();
    return options;
}

// How a transaction that notified ends.
enum class Ending { Commit, WorkFails, StatementFails };

// Notifies through the server's own pool, as the application role under a tenant scope (what
// ProductDocuments::refresh does), so this also proves that role may notify.
Result<void> notify(Database& db, const std::string& channel, const std::string& payload, Ending ending) {
    return db.transaction(Scope::tenant("t1"), TransactionKind::Write, [&](Connection& connection) -> Result<void> {
        auto sent = connection.execute("SELECT pg_notify(?, ?)", {channel, payload});
        if (!sent)
            return sent.error();
        if (ending == Ending::WorkFails)
            return makeError("version_conflict", "changed meanwhile");
        if (ending == Ending::StatementFails) {
            auto failed = connection.execute("SELECT 1 / 0");
            if (!failed)
                return failed.error();
        }
        return {};
    });
}

// A loopback port where a socket listens but nobody ever accepts or answers: a connection
// attempt gets through the TCP handshake and then waits for the server's first word forever.
struct SilentServer {
    int fd = -1;
    int port = 0;
    SilentServer() {
        fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 && ::listen(fd, 8) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
            port = ntohs(address.sin_port);
    }
    ~SilentServer() { ::close(fd); }
    SilentServer(const SilentServer&) = delete;
    SilentServer& operator=(const SilentServer&) = delete;
};

// A loopback port nobody listens on (bound once to learn a free one): connecting is refused.
int refusingPort() {
    SilentServer probe;
    return probe.port; // closed when probe goes
}

} // namespace

// PostgresNotificationListener against the test cluster: it hears the notifications of
// committed transactions only, survives its session being killed (reporting the gap), and
// stops promptly wherever it is waiting. PostgreSQL only: SQLite has no LISTEN/NOTIFY.
class TestNotificationListener : public QObject {
    Q_OBJECT

private slots:
    // Notifications are delivered at commit, in commit order, on their channel only; a rolled
    // back transaction's (whichever way it failed) never.
    void hearsCommittedNotificationsOnly() {
        TP_ASSIGN_OK(opened, openScratch(Backend::Postgres));
        Database& db = *opened.database;
        Reports reports;
        TP_ASSIGN_OK(listener,
                     PostgresNotificationListener::start(optionsFor(opened.scratch->url()), reports.callbacks()));
        QTRY_COMPARE_WITH_TIMEOUT(reports.count("connected"), 1, 10000);

        TP_VERIFY_OK(notify(db, kChannel, "one", Ending::Commit));
        QTRY_COMPARE_WITH_TIMEOUT(reports.count("notified one"), 1, 5000);
        TP_VERIFY_OK(notify(db, "tp_test_elsewhere", "not ours", Ending::Commit));
        QVERIFY(!notify(db, kChannel, "rolled back by the work", Ending::WorkFails));
        QVERIFY(!notify(db, kChannel, "rolled back by a failed statement", Ending::StatementFails));
        // Not before the commit: the listener has a moment to hear it while the work still runs.
        std::vector<std::string> heardDuringWork;
        TP_VERIFY_OK(db.transaction(Scope::tenant("t1"), TransactionKind::Write, [&](Connection& connection) {
            auto sent = connection.execute("SELECT pg_notify(?, ?)", {std::string(kChannel), std::string("two")});
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            heardDuringWork = reports.events();
            return sent ? Result<void>{} : Result<void>{sent.error()};
        }));
        QCOMPARE(q(heardDuringWork), (QStringList{"connected", "notified one"}));

        QTRY_COMPARE_WITH_TIMEOUT(reports.events().size(), std::size_t{3}, 5000);
        std::this_thread::sleep_for(std::chrono::milliseconds(200)); // anything late would show now
        QCOMPARE(q(reports.events()), (QStringList{"connected", "notified one", "notified two"}));
    }

    // Killing the listener's session: it reports the gap, connects and listens again, and hears
    // what commits afterwards.
    void reconnectsAfterItsSessionIsTerminated() {
        TP_ASSIGN_OK(opened, openScratch(Backend::Postgres));
        Database& db = *opened.database;
        Reports reports;
        const auto options = optionsFor(opened.scratch->url());
        TP_ASSIGN_OK(listener, PostgresNotificationListener::start(options, reports.callbacks()));
        QTRY_COMPARE_WITH_TIMEOUT(reports.count("connected"), 1, 10000);
        TP_VERIFY_OK(notify(db, kChannel, "before", Ending::Commit));
        QTRY_COMPARE_WITH_TIMEOUT(reports.count("notified before"), 1, 5000);

        const std::string sessions = "FROM pg_stat_activity WHERE datname = current_database() "
                                     "AND application_name = '" +
                                     options.applicationName + "'";
        TP_ASSIGN_OK(terminated, opened.scratch->admin("SELECT pg_terminate_backend(pid) " + sessions));
        QCOMPARE(terminated.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(terminated[0][0]), QStringLiteral("t"));

        QTRY_COMPARE_WITH_TIMEOUT(reports.count("connected"), 2, 10000);
        TP_VERIFY_OK(notify(db, kChannel, "after", Ending::Commit));
        QTRY_COMPARE_WITH_TIMEOUT(reports.count("notified after"), 1, 5000);
        QCOMPARE(q(reports.events()),
                 (QStringList{"connected", "notified before", "disconnected", "connected", "notified after"}));
        QVERIFY2(reports.reasons().front().find("lost the PostgreSQL connection") != std::string::npos,
                 reports.reasons().front().c_str());
        TP_ASSIGN_OK(remaining, opened.scratch->admin("SELECT count(*) " + sessions));
        QCOMPARE(QString::fromStdString(remaining[0][0]), QStringLiteral("1"));
    }

    // A refused connection is reported each time and retried with a doubling delay.
    void retriesARefusedConnection() {
        Reports reports;
        auto options = optionsFor("postgresql://nobody@127.0.0.1:" + std::to_string(refusingPort()) + "/none");
        options.firstRetryDelay = std::chrono::milliseconds(20);
        options.maxRetryDelay = std::chrono::milliseconds(80);
        TP_ASSIGN_OK(listener, PostgresNotificationListener::start(options, reports.callbacks()));
        QTRY_VERIFY_WITH_TIMEOUT(reports.count("disconnected") >= 4, 5000);
        listener.reset();
        QCOMPARE(reports.count("connected"), 0);
        QVERIFY2(reports.reasons().front().find("cannot connect to PostgreSQL") != std::string::npos,
                 reports.reasons().front().c_str());
    }

    void stopIsPromptWhereverItWaits_data() {
        QTest::addColumn<int>("where");
        QTest::newRow("connecting to a server that never answers") << 0;
        QTest::newRow("listening on a live session") << 1;
        QTest::newRow("waiting to retry after a refused connection") << 2;
    }

    void stopIsPromptWhereverItWaits() {
        QFETCH(int, where);
        SilentServer silent;
        QVERIFY(silent.port > 0);
        std::unique_ptr<ScratchDatabase> scratch;
        auto options = optionsFor("postgresql://nobody@127.0.0.1:" + std::to_string(silent.port) + "/none");
        options.connectTimeout = std::chrono::seconds(60);
        options.firstRetryDelay = std::chrono::seconds(60);
        if (where == 1) {
            TP_ASSIGN_OK(created, ScratchDatabase::create(Backend::Postgres));
            scratch = std::move(created);
            options.uri = scratch->url();
        } else if (where == 2) {
            options.uri = "postgresql://nobody@127.0.0.1:" + std::to_string(refusingPort()) + "/none";
        }
        Reports reports;
        TP_ASSIGN_OK(listener, PostgresNotificationListener::start(options, reports.callbacks()));
        if (where == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
        if (where == 1)
            QTRY_COMPARE_WITH_TIMEOUT(reports.count("connected"), 1, 10000);
        if (where == 2)
            QTRY_COMPARE_WITH_TIMEOUT(reports.count("disconnected"), 1, 10000);
        const auto before = reports.events();

        QElapsedTimer timer;
        timer.start();
        listener.reset();
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed()) + " ms"));
        QCOMPARE(q(reports.events()), q(before)); // stopping is not a disconnection
    }
};

QTEST_GUILESS_MAIN(TestNotificationListener)
#include "tst_notificationlistener.moc"
