#include <QTest>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>
#include <vector>

#include "DbTestSupport.h"

using namespace tp::server::db;
using namespace tp::server::db::testing;
using tp::domain::Result;

namespace {

Result<std::int64_t> count(Database& db, const Scope& scope, const std::string& sql) {
    return db.transact<std::int64_t>(scope, TransactionKind::Read, [&](Connection& connection) -> Result<std::int64_t> {
        auto rows = connection.execute(sql);
        if (!rows)
            return rows.error();
        return rows->first().integer(0);
    });
}

Result<std::int64_t> backendPid(Database& db) {
    return count(db, Scope::none(), "SELECT pg_backend_pid()");
}

} // namespace

// The connection pool on both backends: bounded waiting, many threads over few connections,
// and broken connections replaced instead of handed out again.
class TestConnectionPool : public QObject {
    Q_OBJECT

private:
    static void addBackendRows();

private slots:
    void acquireTimesOutAsUnavailable_data() { addBackendRows(); }
    void acquireTimesOutAsUnavailable();
    void nestedTransactionOnAFullPoolTimesOut_data() { addBackendRows(); }
    void nestedTransactionOnAFullPoolTimesOut();
    void sixteenThreadsShareFourConnections_data() { addBackendRows(); }
    void sixteenThreadsShareFourConnections();
    void unreachableDatabaseIsUnavailable_data();
    void unreachableDatabaseIsUnavailable();
    void inMemoryDatabaseKeepsItsData();
    void connectionKilledWhileIdleIsReplaced();
    void connectionKilledMidTransactionIsReplaced();
};

void TestConnectionPool::addBackendRows() {
    QTest::addColumn<Backend>("backend");
    for (Backend backend : kBothBackends)
        QTest::newRow(backendName(backend)) << backend;
}

void TestConnectionPool::acquireTimesOutAsUnavailable() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend, [](DatabaseOptions& options) {
                     options.poolSize = 1;
                     options.acquireTimeout = std::chrono::milliseconds(200);
                 }));
    Database& db = *opened.database;

    std::promise<void> holding;
    std::promise<void> release;
    std::thread holder([&] {
        static_cast<void>(db.transaction(Scope::none(), TransactionKind::Read, [&](Connection&) {
            holding.set_value();
            release.get_future().wait();
            return Result<void>{};
        }));
    });
    holding.get_future().wait();

    const auto start = std::chrono::steady_clock::now();
    auto waited = db.transaction(Scope::none(), TransactionKind::Read, [](Connection&) { return Result<void>{}; });
    const auto elapsed = std::chrono::steady_clock::now() - start;
    release.set_value();
    holder.join();

    TP_VERIFY_ERROR(waited, "database_unavailable");
    QVERIFY2(waited.error().message.find("200 ms") != std::string::npos, waited.error().message.c_str());
    QVERIFY(elapsed >= std::chrono::milliseconds(190));
    QVERIFY(elapsed < std::chrono::seconds(5));
    // Once the connection is back, the pool serves again.
    TP_VERIFY_OK(db.transaction(Scope::none(), TransactionKind::Read, [](Connection&) { return Result<void>{}; }));
}

void TestConnectionPool::nestedTransactionOnAFullPoolTimesOut() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend, [](DatabaseOptions& options) {
                     options.poolSize = 1;
                     options.acquireTimeout = std::chrono::milliseconds(100);
                 }));
    Database& db = *opened.database;

    Result<void> inner;
    auto outer = db.transaction(Scope::none(), TransactionKind::Read, [&](Connection&) {
        inner = db.transaction(Scope::none(), TransactionKind::Read, [](Connection&) { return Result<void>{}; });
        return Result<void>{};
    });
    TP_VERIFY_OK(outer);
    TP_VERIFY_ERROR(inner, "database_unavailable");
}

// 16 threads, 4 connections: writers and readers interleave; nothing is lost or fails.
void TestConnectionPool::sixteenThreadsShareFourConnections() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend, [](DatabaseOptions& options) {
                     options.poolSize = 4;
                     options.maxRetries = 100;
                 }));
    Database& db = *opened.database;
    TP_VERIFY_OK(insertTenant(db, "t1"));

    constexpr int kThreads = 16;
    constexpr int kWritesEach = 10;
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kWritesEach; ++i) {
                const std::string id = "e" + std::to_string(t) + "-" + std::to_string(i);
                auto written = db.transaction(Scope::tenant("t1"), TransactionKind::Write, [&](Connection& connection) {
                    auto inserted = connection.execute(
                        "INSERT INTO audit_log (id, tenant_id, at, actor, action, target) VALUES (?, 't1', ?, 'test', "
                        "'stress', ?)",
                        {id, std::int64_t{i}, std::to_string(t)});
                    return inserted ? Result<void>{} : Result<void>{inserted.error()};
                });
                auto read = count(db, Scope::tenant("t1"), "SELECT COUNT(*) FROM audit_log");
                if (!written || !read)
                    ++failures;
            }
        });
    }
    for (auto& thread : threads)
        thread.join();

    QCOMPARE(failures.load(), 0);
    auto total = count(db, Scope::tenant("t1"), "SELECT COUNT(*) FROM audit_log");
    TP_VERIFY_OK(total);
    QCOMPARE(total.value(), std::int64_t{kThreads * kWritesEach});
}

void TestConnectionPool::unreachableDatabaseIsUnavailable_data() {
    QTest::addColumn<QString>("url");
    QTest::newRow("sqlite: file in a missing directory") << "sqlite:///nonexistent-tillpoint-dir/x/tillpoint.db";
    QTest::newRow("postgresql: nothing listening") << "postgresql://nobody@127.0.0.1:1/tillpoint?connect_timeout=2";
}

void TestConnectionPool::unreachableDatabaseIsUnavailable() {
    QFETCH(QString, url);
    DatabaseOptions options;
    options.url = url.toStdString();
    auto opened = Database::open(options);
    TP_VERIFY_ERROR(opened, "database_unavailable");
}

void TestConnectionPool::inMemoryDatabaseKeepsItsData() {
    DatabaseOptions options;
    options.url = "sqlite::memory:";
    options.poolSize = 8; // served by one connection regardless
    TP_ASSIGN_OK(db, Database::open(options));
    TP_VERIFY_OK(insertTenant(*db, "t1"));
    auto tenants = count(*db, Scope::none(), "SELECT COUNT(*) FROM tenants");
    TP_VERIFY_OK(tenants);
    QCOMPARE(tenants.value(), std::int64_t{1});
}

// PostgreSQL only: a server restart or an administrator ends idle connections. The next
// transaction must not fail on the dead connection: the pool notices at BEGIN and reconnects.
void TestConnectionPool::connectionKilledWhileIdleIsReplaced() {
    TP_ASSIGN_OK(opened, openScratch(Backend::Postgres, [](DatabaseOptions& options) { options.poolSize = 1; }));
    Database& db = *opened.database;
    TP_ASSIGN_OK(before, backendPid(db));

    TP_VERIFY_OK(opened.scratch->admin("SELECT pg_terminate_backend(" + std::to_string(before) + ")"));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));

    TP_ASSIGN_OK(after, backendPid(db));
    QVERIFY(after != before);
}

// PostgreSQL only: a connection lost inside a transaction fails that transaction as
// database_unavailable, and is never handed out again.
void TestConnectionPool::connectionKilledMidTransactionIsReplaced() {
    TP_ASSIGN_OK(opened, openScratch(Backend::Postgres, [](DatabaseOptions& options) { options.poolSize = 1; }));
    Database& db = *opened.database;

    std::int64_t killed = 0;
    auto lost = db.transaction(Scope::none(), TransactionKind::Read, [&](Connection& connection) -> Result<void> {
        auto pid = connection.execute("SELECT pg_backend_pid()");
        if (!pid)
            return pid.error();
        killed = pid->first().integer(0);
        auto terminated = opened.scratch->admin("SELECT pg_terminate_backend(" + std::to_string(killed) + ")");
        if (!terminated)
            return terminated.error();
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        auto next = connection.execute("SELECT 1");
        if (!next)
            return next.error();
        return {};
    });
    TP_VERIFY_ERROR(lost, "database_unavailable");

    TP_ASSIGN_OK(after, backendPid(db));
    QVERIFY(after != killed);
}

QTEST_GUILESS_MAIN(TestConnectionPool)
#include "tst_connectionpool.moc"
