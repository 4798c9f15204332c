#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

#include "DbTestSupport.h"
#include "db/DatabaseUrl.h"
#include "db/WalSync.h"

using namespace tp::server::db;
using namespace tp::server::db::testing;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

Result<std::int64_t> changeSeq(Database& db, const std::string& tenant) {
    return db.transact<std::int64_t>(
        Scope::tenant(tenant), TransactionKind::Read, [&](Connection& connection) -> Result<std::int64_t> {
            auto rows = connection.execute("SELECT change_seq FROM tenant_counters WHERE tenant_id = ?", {tenant});
            if (!rows)
                return rows.error();
            if (rows->empty())
                return makeError("not_found", "no counter row");
            return rows->first().integer(0);
        });
}

} // namespace

// Database::transaction on both backends: commit, rollback on any failure, and retries of
// serialization failures under real contention, bounded by maxRetries.
class TestTransactions : public QObject {
    Q_OBJECT

private:
    static void addBackendRows();

private slots:
    void commitKeepsEveryChange_data() { addBackendRows(); }
    void commitKeepsEveryChange();
    void failedStatementRollsBackEverything_data() { addBackendRows(); }
    void failedStatementRollsBackEverything();
    void workErrorIsPassedOnAndRolledBack_data() { addBackendRows(); }
    void workErrorIsPassedOnAndRolledBack();
    void transactReturnsTheValue_data() { addBackendRows(); }
    void transactReturnsTheValue();
    void contendedIncrementsAreExact_data();
    void contendedIncrementsAreExact();
    void retriesStopAtMaxRetries_data() { addBackendRows(); }
    void retriesStopAtMaxRetries();
    void otherErrorsAreNotRetried_data() { addBackendRows(); }
    void otherErrorsAreNotRetried();
    void committedWorkIsMadeDurable_data() { addBackendRows(); }
    void committedWorkIsMadeDurable();
    void unsyncableLogIsAnError();
};

void TestTransactions::addBackendRows() {
    QTest::addColumn<Backend>("backend");
    for (Backend backend : kBothBackends)
        QTest::newRow(backendName(backend)) << backend;
}

void TestTransactions::commitKeepsEveryChange() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    Database& db = *opened.database;
    TP_VERIFY_OK(insertTenant(db, "t1"));

    TP_VERIFY_OK(db.transaction(Scope::tenant("t1"), TransactionKind::Write, [](Connection& connection) {
        auto first = addUser(connection, "u1", "a@shop.test");
        return first ? addUser(connection, "u2", "b@shop.test") : first;
    }));
    auto count = userCount(db, "t1");
    TP_VERIFY_OK(count);
    QCOMPARE(count.value(), std::int64_t{2});
}

void TestTransactions::failedStatementRollsBackEverything() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    Database& db = *opened.database;
    TP_VERIFY_OK(insertTenant(db, "t1"));

    auto outcome = db.transaction(Scope::tenant("t1"), TransactionKind::Write, [](Connection& connection) {
        auto first = addUser(connection, "u1", "a@shop.test");
        return first ? addUser(connection, "u2", "a@shop.test") : first; // same email
    });
    TP_VERIFY_ERROR(outcome, "unique_violation");
    auto count = userCount(db, "t1");
    TP_VERIFY_OK(count);
    QCOMPARE(count.value(), std::int64_t{0});
}

void TestTransactions::workErrorIsPassedOnAndRolledBack() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    Database& db = *opened.database;
    TP_VERIFY_OK(insertTenant(db, "t1"));

    int calls = 0;
    auto outcome = db.transaction(Scope::tenant("t1"), TransactionKind::Write, [&](Connection& connection) {
        ++calls;
        auto added = addUser(connection, "u1", "a@shop.test");
        return added ? Result<void>{makeError("plan_limit_reached", "the basic plan allows 5 staff")} : added;
    });
    QVERIFY(!outcome);
    QCOMPARE(outcome.error(), makeError("plan_limit_reached", "the basic plan allows 5 staff"));
    QCOMPARE(calls, 1);
    auto count = userCount(db, "t1");
    TP_VERIFY_OK(count);
    QCOMPARE(count.value(), std::int64_t{0});
}

void TestTransactions::transactReturnsTheValue() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    Database& db = *opened.database;

    auto features = db.transact<std::string>(
        Scope::none(), TransactionKind::Read, [](Connection& connection) -> Result<std::string> {
            auto rows = connection.execute("SELECT features FROM plans WHERE id = ?", {std::string("basic")});
            if (!rows)
                return rows.error();
            return rows->first().text(0);
        });
    TP_VERIFY_OK(features);
    QCOMPARE(qs(features.value()), QStringLiteral(R"(["storefront"])"));
}

void TestTransactions::contendedIncrementsAreExact_data() {
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<int>("busyTimeoutMs");
    QTest::addColumn<int>("maxRetries");

    QTest::newRow("sqlite: writers queue on the busy timeout") << Backend::Sqlite << 5000 << 1000;
    QTest::newRow("sqlite: writers refused at once are retried") << Backend::Sqlite << 0 << 1000;
    QTest::newRow("sqlite: without retries refused writers fail") << Backend::Sqlite << 0 << 0;
    QTest::newRow("postgresql: writers of one tenant queue on its lock") << Backend::Postgres << 5000 << 1000;
    QTest::newRow("postgresql: queued writers need no retries") << Backend::Postgres << 5000 << 0;
}

// Several threads increment one counter row by reading it and writing back read + 1, the
// pattern of tenant_counters.change_seq. A lost update would show in the final value, which
// must equal the number of committed increments exactly. On SQLite the rows without retries
// prove that the contention is real: there some increments fail, and only those are missing.
// On PostgreSQL writers of one tenant queue on the tenant's write lock, so none fails or
// reruns, with or without retries, and still none is lost.
void TestTransactions::contendedIncrementsAreExact() {
    QFETCH(Backend, backend);
    QFETCH(int, busyTimeoutMs);
    QFETCH(int, maxRetries);
    TP_ASSIGN_OK(opened, openScratch(backend, [&](DatabaseOptions& options) {
                     options.poolSize = 4;
                     options.maxRetries = maxRetries;
                     options.sqliteBusyTimeout = std::chrono::milliseconds(busyTimeoutMs);
                 }));
    Database& db = *opened.database;
    TP_VERIFY_OK(insertTenant(db, "t1"));

    constexpr int kThreads = 4;
    constexpr int kIncrements = 25;
    std::atomic<int> attempts{0};
    std::atomic<int> failures{0};
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&] {
            ++ready;
            while (ready.load() < kThreads)
                std::this_thread::yield(); // start together
            for (int i = 0; i < kIncrements; ++i) {
                auto outcome = db.transaction(Scope::tenant("t1"), TransactionKind::Write, [&](Connection& connection) {
                    ++attempts;
                    auto read = connection.execute("SELECT change_seq FROM tenant_counters WHERE tenant_id = 't1'");
                    if (!read)
                        return Result<void>{read.error()};
                    std::this_thread::sleep_for(std::chrono::microseconds(200)); // widen the race window
                    auto written =
                        connection.execute("UPDATE tenant_counters SET change_seq = ? WHERE tenant_id = 't1'",
                                           {read->first().integer(0) + 1});
                    return written ? Result<void>{} : Result<void>{written.error()};
                });
                if (!outcome) {
                    ++failures;
                    if (outcome.error().code != "serialization_failure")
                        qWarning("increment failed: %s: %s", outcome.error().code.c_str(),
                                 outcome.error().message.c_str());
                }
            }
        });
    }
    for (auto& thread : threads)
        thread.join();

    auto final = changeSeq(db, "t1");
    TP_VERIFY_OK(final);
    QCOMPARE(final.value(), std::int64_t{kThreads * kIncrements - failures.load()});
    if (backend == Backend::Postgres) {
        QCOMPARE(failures.load(), 0);
        QCOMPARE(attempts.load(), kThreads * kIncrements);
    } else if (maxRetries > 0) {
        QCOMPARE(failures.load(), 0);
    } else {
        QVERIFY2(failures.load() > 0, "the writers should have collided at least once");
    }
}

void TestTransactions::retriesStopAtMaxRetries() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend, [](DatabaseOptions& options) { options.maxRetries = 3; }));
    Database& db = *opened.database;

    int calls = 0;
    auto outcome = db.transaction(Scope::none(), TransactionKind::Write, [&](Connection&) {
        ++calls;
        return Result<void>{makeError("serialization_failure", "lost again")};
    });
    TP_VERIFY_ERROR(outcome, "serialization_failure");
    QCOMPARE(calls, 4); // the first run and three retries
}

void TestTransactions::otherErrorsAreNotRetried() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    Database& db = *opened.database;

    int calls = 0;
    auto outcome = db.transaction(Scope::none(), TransactionKind::Read, [&](Connection& connection) {
        ++calls;
        auto rows = connection.execute("SELECT * FROM no_such_table");
        return rows ? Result<void>{} : Result<void>{rows.error()};
    });
    TP_VERIFY_ERROR(outcome, "database_error");
    QCOMPARE(calls, 1);
}

// What a sync push calls before it answers. On SQLite the log it syncs is the one the
// connections write: it exists next to the file once something was committed.
void TestTransactions::committedWorkIsMadeDurable() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    Database& db = *opened.database;
    TP_VERIFY_OK(insertTenant(db, "t1"));
    TP_VERIFY_OK(db.transaction(Scope::tenant("t1"), TransactionKind::Write,
                                [](Connection& connection) { return addUser(connection, "u1", "a@shop.test"); }));
    if (backend == Backend::Sqlite) {
        TP_ASSIGN_OK(where, DatabaseUrl::parse(opened.scratch->url()));
        QVERIFY2(QFile::exists(QString::fromStdString(where.target + "-wal")), where.target.c_str());
    }
    TP_VERIFY_OK(db.makeCommittedDurable());
    auto count = userCount(db, "t1");
    TP_VERIFY_OK(count);
    QCOMPARE(count.value(), std::int64_t{1});
}

// A log that cannot be opened is an error in words (the push then answers 5xx and the register
// keeps its outbox); no log at all means nothing is pending.
void TestTransactions::unsyncableLogIsAnError() {
    QTemporaryDir dir;
    const std::string looping = dir.filePath("looping.sqlite").toStdString();
    QVERIFY(QFile::link(QString::fromStdString(looping + "-wal"), QString::fromStdString(looping + "-wal")));
    auto synced = syncSqliteWal(looping);
    QVERIFY(!synced);
    QCOMPARE(QString::fromStdString(synced.error().code), QStringLiteral("database_unavailable"));
    QVERIFY2(synced.error().message.find(looping + "-wal") != std::string::npos, synced.error().message.c_str());
    TP_VERIFY_OK(syncSqliteWal(dir.filePath("never-written.sqlite").toStdString()));
}

QTEST_GUILESS_MAIN(TestTransactions)
#include "tst_transactions.moc"
