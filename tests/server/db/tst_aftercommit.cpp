#include <QTest>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include "DbTestSupport.h"

using namespace tp::server::db;
using namespace tp::server::db::testing;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

// One connection, and a short wait for it: a hook that ran while its transaction still held
// the connection could not start a transaction of its own.
void onePooledConnection(DatabaseOptions& options) {
    options.poolSize = 1;
    options.acquireTimeout = std::chrono::milliseconds(500);
}

} // namespace

// Connection::afterCommit on both backends: hooks run once their transaction committed (after
// the connection is back in the pool), never for a rolled-back one, and a transaction rerun
// after a serialization failure runs only the hooks of the attempt that committed.
class TestAfterCommit : public QObject {
    Q_OBJECT

private:
    static void addBackendRows() {
        QTest::addColumn<Backend>("backend");
        for (Backend backend : kBothBackends)
            QTest::newRow(backendName(backend)) << backend;
    }

private slots:
    void hooksRunAfterTheCommitInOrder_data() { addBackendRows(); }
    void hooksRunAfterTheCommitInOrder();
    void rolledBackWorkDropsItsHooks_data();
    void rolledBackWorkDropsItsHooks();
    void rerunWorkRunsOnlyTheCommittedAttemptsHooks_data();
    void rerunWorkRunsOnlyTheCommittedAttemptsHooks();
    void contendedWritersRunOneHookPerCommit_data();
    void contendedWritersRunOneHookPerCommit();
};

// The hook sees the committed row from a transaction of its own, on the only connection of the
// pool: COMMIT is done and the connection given back before any hook runs, and all have run by
// the time transaction() returns.
void TestAfterCommit::hooksRunAfterTheCommitInOrder() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend, onePooledConnection));
    Database& db = *opened.database;
    TP_VERIFY_OK(insertTenant(db, "t1"));

    std::vector<int> ran;
    Result<std::int64_t> seenByHook = makeError("not_run", "the hook did not run");
    bool ranDuringWork = true;
    TP_VERIFY_OK(db.transaction(Scope::tenant("t1"), TransactionKind::Write, [&](Connection& connection) {
        connection.afterCommit([&] {
            ran.push_back(1);
            seenByHook = userCount(db, "t1");
        });
        connection.afterCommit([&] { ran.push_back(2); });
        connection.afterCommit([&] { ran.push_back(3); });
        auto added = addUser(connection, "u1", "a@shop.test");
        ranDuringWork = !ran.empty();
        return added;
    }));
    QVERIFY(!ranDuringWork);
    QCOMPARE(ran, (std::vector<int>{1, 2, 3}));
    TP_VERIFY_OK(seenByHook);
    QCOMPARE(seenByHook.value(), std::int64_t{1});
}

void TestAfterCommit::rolledBackWorkDropsItsHooks_data() {
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<int>("way"); // 0 work error, 1 failed statement, 2 failed statement ignored
    for (Backend backend : kBothBackends) {
        const std::string name = backendName(backend);
        QTest::newRow((name + ": the work returns an error").c_str()) << backend << 0;
        QTest::newRow((name + ": a statement fails and the work passes it on").c_str()) << backend << 1;
        QTest::newRow((name + ": a statement fails, the work ignores it, the commit refuses").c_str()) << backend << 2;
    }
}

// Dropped, not kept for later: the next transaction on the same (only) connection commits and
// still no hook of the rolled-back one runs.
void TestAfterCommit::rolledBackWorkDropsItsHooks() {
    QFETCH(Backend, backend);
    QFETCH(int, way);
    TP_ASSIGN_OK(opened, openScratch(backend, onePooledConnection));
    Database& db = *opened.database;
    TP_VERIFY_OK(insertTenant(db, "t1"));
    TP_VERIFY_OK(db.transaction(Scope::tenant("t1"), TransactionKind::Write,
                                [](Connection& connection) { return addUser(connection, "u0", "a@shop.test"); }));

    int ran = 0;
    auto outcome = db.transaction(Scope::tenant("t1"), TransactionKind::Write, [&](Connection& connection) {
        connection.afterCommit([&] { ++ran; });
        if (way == 0)
            return Result<void>{makeError("plan_limit_reached", "no more staff")};
        auto clash = addUser(connection, "u1", "a@shop.test"); // the email u0 has
        return way == 1 ? clash : Result<void>{};
    });
    QVERIFY(!outcome);
    QCOMPARE(ran, 0);

    TP_VERIFY_OK(db.transaction(Scope::tenant("t1"), TransactionKind::Write,
                                [](Connection& connection) { return addUser(connection, "u2", "b@shop.test"); }));
    QCOMPARE(ran, 0);
    auto count = userCount(db, "t1");
    TP_VERIFY_OK(count);
    QCOMPARE(count.value(), std::int64_t{2});
}

void TestAfterCommit::rerunWorkRunsOnlyTheCommittedAttemptsHooks_data() {
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<int>("failingAttempts");
    QTest::addColumn<QList<int>>("expectedRuns");
    for (Backend backend : kBothBackends) {
        const std::string name = backendName(backend);
        QTest::newRow((name + ": the third attempt commits").c_str()) << backend << 2 << QList<int>{3};
        QTest::newRow((name + ": every attempt fails").c_str()) << backend << 10 << QList<int>{};
    }
}

// Each attempt registers a hook naming itself; only the attempt that committed is heard from.
void TestAfterCommit::rerunWorkRunsOnlyTheCommittedAttemptsHooks() {
    QFETCH(Backend, backend);
    QFETCH(int, failingAttempts);
    QFETCH(QList<int>, expectedRuns);
    TP_ASSIGN_OK(opened, openScratch(backend, [](DatabaseOptions& options) { options.maxRetries = 3; }));
    Database& db = *opened.database;
    TP_VERIFY_OK(insertTenant(db, "t1"));

    int attempts = 0;
    QList<int> runs;
    auto outcome = db.transaction(Scope::tenant("t1"), TransactionKind::Write, [&](Connection& connection) {
        const int attempt = ++attempts;
        connection.afterCommit([&runs, attempt] { runs.push_back(attempt); });
        if (attempt <= failingAttempts)
            return Result<void>{makeError("serialization_failure", "lost a race")};
        return addUser(connection, "u" + std::to_string(attempt), "a@shop.test");
    });
    QCOMPARE(outcome.ok(), failingAttempts < 4);
    QCOMPARE(runs, expectedRuns);
}

void TestAfterCommit::contendedWritersRunOneHookPerCommit_data() {
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<int>("busyTimeoutMs");
    QTest::newRow("sqlite: writers refused at once are retried") << Backend::Sqlite << 0;
    QTest::newRow("postgresql: writers of one tenant queue on its lock") << Backend::Postgres << 5000;
}

// Real contention: writers increment one counter, each hook reports the value its transaction
// wrote. Refused and retried writers must neither add nor lose a report: the reports are
// exactly 1..N, one per committed increment.
void TestAfterCommit::contendedWritersRunOneHookPerCommit() {
    QFETCH(Backend, backend);
    QFETCH(int, busyTimeoutMs);
    TP_ASSIGN_OK(opened, openScratch(backend, [&](DatabaseOptions& options) {
                     options.poolSize = 4;
                     options.maxRetries = 1000;
                     options.sqliteBusyTimeout = std::chrono::milliseconds(busyTimeoutMs);
                 }));
    Database& db = *opened.database;
    TP_VERIFY_OK(insertTenant(db, "t1"));

    constexpr int kThreads = 4;
    constexpr int kIncrements = 15;
    std::atomic<int> failures{0};
    std::mutex reportsMutex;
    std::vector<std::int64_t> reports;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < kIncrements; ++i) {
                auto outcome = db.transaction(Scope::tenant("t1"), TransactionKind::Write, [&](Connection& connection) {
                    auto read = connection.execute("SELECT change_seq FROM tenant_counters WHERE tenant_id = 't1'");
                    if (!read)
                        return Result<void>{read.error()};
                    const std::int64_t next = read->first().integer(0) + 1;
                    connection.afterCommit([&, next] {
                        const std::lock_guard lock(reportsMutex);
                        reports.push_back(next);
                    });
                    std::this_thread::sleep_for(std::chrono::microseconds(200)); // widen the race window
                    auto written =
                        connection.execute("UPDATE tenant_counters SET change_seq = ? WHERE tenant_id = 't1'", {next});
                    return written ? Result<void>{} : Result<void>{written.error()};
                });
                if (!outcome)
                    ++failures;
            }
        });
    }
    for (auto& thread : threads)
        thread.join();

    QCOMPARE(failures.load(), 0);
    std::sort(reports.begin(), reports.end());
    std::vector<std::int64_t> expected(kThreads * kIncrements);
    for (std::size_t i = 0; i < expected.size(); ++i)
        expected[i] = static_cast<std::int64_t>(i) + 1;
    QCOMPARE(reports, expected);
}

QTEST_GUILESS_MAIN(TestAfterCommit)
#include "tst_aftercommit.moc"
