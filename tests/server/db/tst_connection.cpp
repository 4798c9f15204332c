#include <QTest>

#include <cstdint>
#include <limits>

#include "DbTestSupport.h"

using namespace tp::server::db;
using namespace tp::server::db::testing;
using tp::domain::Result;

namespace {

constexpr const char* kScratchTable = "CREATE TABLE scratch_values ("
                                      "k TEXT NOT NULL PRIMARY KEY, "
                                      "i BIGINT, "
                                      "s TEXT, "
                                      "n INTEGER NOT NULL DEFAULT 0)";

// Runs `work` in a write transaction on the platform scope.
Result<SqlResult> inWrite(Database& database, const std::function<Result<SqlResult>(Connection&)>& work) {
    return database.transact<SqlResult>(Scope::platformAdmin(), TransactionKind::Write, work);
}

Result<SqlResult> execute(Database& database, const std::string& sql, const SqlParams& params = {}) {
    return inWrite(database, [&](Connection& connection) { return connection.execute(sql, params); });
}

} // namespace

// Connection::execute on both backends: parameters and values of every kind the schema uses
// survive the round trip unchanged, literals keep their `?`, and RETURNING, ON CONFLICT and
// affected-row counts mean the same thing on SQLite and PostgreSQL.
class TestConnection : public QObject {
    Q_OBJECT

private:
    static void addBackendRows();

private slots:
    void integersRoundTrip_data();
    void integersRoundTrip();
    void textsRoundTrip_data();
    void textsRoundTrip();
    void nullRoundTrips_data() { addBackendRows(); }
    void nullRoundTrips();
    void questionMarksInLiteralsAreNotParameters_data() { addBackendRows(); }
    void questionMarksInLiteralsAreNotParameters();
    void wrongParameterCountIsAnError_data() { addBackendRows(); }
    void wrongParameterCountIsAnError();
    void insertReturning_data() { addBackendRows(); }
    void insertReturning();
    void onConflictDoNothing_data() { addBackendRows(); }
    void onConflictDoNothing();
    void onConflictDoUpdate_data() { addBackendRows(); }
    void onConflictDoUpdate();
    void affectedRows_data();
    void affectedRows();
    void aggregatesReadAsIntegers_data() { addBackendRows(); }
    void aggregatesReadAsIntegers();
    void rowsConvertOnRequest_data() { addBackendRows(); }
    void rowsConvertOnRequest();
    void oneStatementPerExecute_data() { addBackendRows(); }
    void oneStatementPerExecute();
    void writeInReadTransactionFails_data() { addBackendRows(); }
    void writeInReadTransactionFails();
    void sqliteFileIsSetUpForAServer();
};

void TestConnection::addBackendRows() {
    QTest::addColumn<Backend>("backend");
    for (Backend backend : kBothBackends)
        QTest::newRow(backendName(backend)) << backend;
}

void TestConnection::integersRoundTrip_data() {
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<qint64>("value");
    for (Backend backend : kBothBackends) {
        const char* name = backendName(backend);
        QTest::addRow("%s: zero", name) << backend << qint64{0};
        QTest::addRow("%s: minus one cent", name) << backend << qint64{-1};
        QTest::addRow("%s: int64 max", name) << backend << std::numeric_limits<qint64>::max();
        QTest::addRow("%s: int64 min", name) << backend << std::numeric_limits<qint64>::min();
        QTest::addRow("%s: unix milliseconds", name) << backend << qint64{1732233600123};
    }
}

void TestConnection::integersRoundTrip() {
    QFETCH(Backend, backend);
    QFETCH(qint64, value);
    TP_ASSIGN_OK(opened, openScratch(backend));
    TP_VERIFY_OK(runAsOwner(opened, kScratchTable));
    Database& db = *opened.database;

    TP_VERIFY_OK(execute(db, "INSERT INTO scratch_values (k, i) VALUES (?, ?)", {std::string("x"), value}));
    TP_ASSIGN_OK(read, execute(db, "SELECT i FROM scratch_values WHERE k = ?", {std::string("x")}));
    QCOMPARE(read.rows().size(), std::size_t{1});
    QVERIFY(std::holds_alternative<std::int64_t>(read.first().value(0)));
    QCOMPARE(read.first().integer(0), value);
    QCOMPARE(read.first().integer("i"), value);

    // And as a parameter compared in SQL, not just stored.
    TP_ASSIGN_OK(matched, execute(db, "SELECT k FROM scratch_values WHERE i = ?", {value}));
    QCOMPARE(matched.rows().size(), std::size_t{1});
}

void TestConnection::textsRoundTrip_data() {
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("value");
    for (Backend backend : kBothBackends) {
        const char* name = backendName(backend);
        QTest::addRow("%s: empty text", name) << backend << QString();
        QTest::addRow("%s: unicode text", name) << backend << QStringLiteral("Grüße aus Köln — 東京 🧾");
        QTest::addRow("%s: quotes of both kinds", name) << backend << QStringLiteral("it's a \"quoted\" 'word'");
        QTest::addRow("%s: question marks and dollars", name) << backend << QStringLiteral("? $1 ?? $$ -- ? /* ? */");
        QTest::addRow("%s: backslashes and newlines", name) << backend << QStringLiteral("C:\\till\\n\nline two");
        QTest::addRow("%s: json document", name) << backend << QStringLiteral(R"({"19":1900,"7":700})");
    }
}

void TestConnection::textsRoundTrip() {
    QFETCH(Backend, backend);
    QFETCH(QString, value);
    TP_ASSIGN_OK(opened, openScratch(backend));
    TP_VERIFY_OK(runAsOwner(opened, kScratchTable));
    Database& db = *opened.database;

    const std::string text = value.toStdString();
    TP_VERIFY_OK(execute(db, "INSERT INTO scratch_values (k, s) VALUES (?, ?)", {text, text}));
    TP_ASSIGN_OK(read, execute(db, "SELECT k, s FROM scratch_values WHERE s = ?", {text}));
    QCOMPARE(read.rows().size(), std::size_t{1});
    QVERIFY(std::holds_alternative<std::string>(read.first().value(1)));
    QCOMPARE(QString::fromStdString(read.first().text("s")), value);
    QCOMPARE(QString::fromStdString(read.first().text("k")), value);
}

void TestConnection::nullRoundTrips() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    TP_VERIFY_OK(runAsOwner(opened, kScratchTable));
    Database& db = *opened.database;

    TP_VERIFY_OK(execute(db, "INSERT INTO scratch_values (k, i, s) VALUES (?, ?, ?)",
                         {std::string("x"), sqlInt(std::nullopt), sqlText(std::nullopt)}));
    TP_ASSIGN_OK(read, execute(db, "SELECT i, s FROM scratch_values WHERE i IS NULL AND s IS NULL"));
    QCOMPARE(read.rows().size(), std::size_t{1});
    const SqlRow& row = read.first();
    QVERIFY(row.isNull("i"));
    QVERIFY(row.isNull("s"));
    QCOMPARE(row.optionalInteger("i"), std::optional<std::int64_t>{});
    QCOMPARE(row.optionalText("s"), std::optional<std::string>{});
    QCOMPARE(row.integer("i"), std::int64_t{0});
    QCOMPARE(row.text("s"), std::string());
}

void TestConnection::questionMarksInLiteralsAreNotParameters() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    Database& db = *opened.database;

    TP_ASSIGN_OK(read, execute(db,
                               "SELECT 'it''s ?' AS literal, -- is this a parameter?\n"
                               "  1 AS \"why?\", /* nor this? */ ? AS bound",
                               {std::string("yes")}));
    QCOMPARE(read.first().text("literal"), std::string("it's ?"));
    QCOMPARE(read.first().integer("why?"), std::int64_t{1});
    QCOMPARE(read.first().text("bound"), std::string("yes"));
}

void TestConnection::wrongParameterCountIsAnError() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    Database& db = *opened.database;

    TP_VERIFY_ERROR(execute(db, "SELECT ?, ?", {std::int64_t{1}}), "database_error");
    TP_VERIFY_ERROR(execute(db, "SELECT ?", {std::int64_t{1}, std::int64_t{2}}), "database_error");
}

void TestConnection::insertReturning() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    TP_VERIFY_OK(runAsOwner(opened, kScratchTable));
    Database& db = *opened.database;

    TP_ASSIGN_OK(inserted, execute(db, "INSERT INTO scratch_values (k, i) VALUES (?, ?) RETURNING k, i, n",
                                   {std::string("a"), std::int64_t{41}}));
    QCOMPARE(inserted.affectedRows(), std::int64_t{1});
    QCOMPARE(inserted.rows().size(), std::size_t{1});
    QCOMPARE(inserted.first().text("k"), std::string("a"));
    QCOMPARE(inserted.first().integer("i"), std::int64_t{41});
    QCOMPARE(inserted.first().integer("n"), std::int64_t{0}); // the column default came back

    TP_ASSIGN_OK(updated,
                 execute(db, "UPDATE scratch_values SET i = i + 1 WHERE k = ? RETURNING i", {std::string("a")}));
    QCOMPARE(updated.affectedRows(), std::int64_t{1});
    QCOMPARE(updated.first().integer(0), std::int64_t{42});
}

void TestConnection::onConflictDoNothing() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    TP_VERIFY_OK(runAsOwner(opened, kScratchTable));
    Database& db = *opened.database;

    const std::string sql = "INSERT INTO scratch_values (k, i) VALUES (?, ?) ON CONFLICT (k) DO NOTHING RETURNING k";
    TP_ASSIGN_OK(first, execute(db, sql, {std::string("a"), std::int64_t{1}}));
    QCOMPARE(first.affectedRows(), std::int64_t{1});
    QCOMPARE(first.rows().size(), std::size_t{1});

    TP_ASSIGN_OK(repeat, execute(db, sql, {std::string("a"), std::int64_t{2}}));
    QCOMPARE(repeat.affectedRows(), std::int64_t{0});
    QVERIFY(repeat.empty());
    TP_ASSIGN_OK(kept, execute(db, "SELECT i FROM scratch_values WHERE k = 'a'"));
    QCOMPARE(kept.first().integer(0), std::int64_t{1});
}

void TestConnection::onConflictDoUpdate() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    TP_VERIFY_OK(runAsOwner(opened, kScratchTable));
    Database& db = *opened.database;

    const std::string sql = "INSERT INTO scratch_values (k, i, n) VALUES (?, ?, 1) "
                            "ON CONFLICT (k) DO UPDATE SET i = excluded.i, n = scratch_values.n + 1 RETURNING i, n";
    TP_ASSIGN_OK(first, execute(db, sql, {std::string("a"), std::int64_t{10}}));
    QCOMPARE(first.affectedRows(), std::int64_t{1});
    TP_ASSIGN_OK(second, execute(db, sql, {std::string("a"), std::int64_t{20}}));
    QCOMPARE(second.affectedRows(), std::int64_t{1});
    QCOMPARE(second.first().integer("i"), std::int64_t{20});
    QCOMPARE(second.first().integer("n"), std::int64_t{2});
}

void TestConnection::affectedRows_data() {
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("expected");
    for (Backend backend : kBothBackends) {
        const char* name = backendName(backend);
        QTest::addRow("%s: update of three rows", name)
            << backend << "UPDATE scratch_values SET n = 5 WHERE i < 3" << qint64{3};
        QTest::addRow("%s: delete of two rows", name)
            << backend << "DELETE FROM scratch_values WHERE i >= 3" << qint64{2};
        QTest::addRow("%s: update matching nothing", name)
            << backend << "UPDATE scratch_values SET n = 1 WHERE i > 99" << qint64{0};
        QTest::addRow("%s: select changes nothing", name) << backend << "SELECT * FROM scratch_values" << qint64{0};
        QTest::addRow("%s: insert from select", name)
            << backend << "INSERT INTO scratch_values (k, i) SELECT k || '2', i FROM scratch_values WHERE i < 2"
            << qint64{2};
    }
}

void TestConnection::affectedRows() {
    QFETCH(Backend, backend);
    QFETCH(QString, sql);
    QFETCH(qint64, expected);
    TP_ASSIGN_OK(opened, openScratch(backend));
    TP_VERIFY_OK(runAsOwner(opened, kScratchTable));
    Database& db = *opened.database;
    for (std::int64_t i = 0; i < 5; ++i)
        TP_VERIFY_OK(execute(db, "INSERT INTO scratch_values (k, i) VALUES (?, ?)", {"k" + std::to_string(i), i}));

    TP_ASSIGN_OK(result, execute(db, sql.toStdString()));
    QCOMPARE(result.affectedRows(), expected);
}

void TestConnection::aggregatesReadAsIntegers() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    TP_VERIFY_OK(runAsOwner(opened, kScratchTable));
    Database& db = *opened.database;
    TP_VERIFY_OK(execute(db, "INSERT INTO scratch_values (k, i) VALUES ('a', 4000000000000), ('b', 5)"));

    // PostgreSQL's SUM(bigint) is numeric and COUNT(*) bigint; both read as integers here.
    TP_ASSIGN_OK(read, execute(db, "SELECT SUM(i) AS total, COUNT(*) AS rows_counted, MAX(i) AS biggest, "
                                   "(1 = 1) AS truth FROM scratch_values"));
    for (const char* column : {"total", "rows_counted", "biggest", "truth"}) {
        const auto& value = read.first().value(static_cast<std::size_t>(
            std::find(read.columns().begin(), read.columns().end(), column) - read.columns().begin()));
        QVERIFY2(std::holds_alternative<std::int64_t>(value), column);
    }
    QCOMPARE(read.first().integer("total"), std::int64_t{4000000000005});
    QCOMPARE(read.first().integer("rows_counted"), std::int64_t{2});
    QCOMPARE(read.first().integer("truth"), std::int64_t{1});
}

void TestConnection::rowsConvertOnRequest() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    TP_VERIFY_OK(runAsOwner(opened, kScratchTable));
    Database& db = *opened.database;
    TP_VERIFY_OK(execute(db, "INSERT INTO scratch_values (k, i, s) VALUES ('a', 1250, '-17')"));

    TP_ASSIGN_OK(read, execute(db, "SELECT i, s FROM scratch_values"));
    const SqlResult copy = read; // rows keep finding their columns in a copy
    QCOMPARE(copy.first().text("i"), std::string("1250"));
    QCOMPARE(copy.first().integer("s"), std::int64_t{-17});
    QCOMPARE(copy.columns(), (std::vector<std::string>{"i", "s"}));
}

void TestConnection::oneStatementPerExecute() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    TP_VERIFY_OK(runAsOwner(opened, kScratchTable));
    Database& db = *opened.database;

    TP_VERIFY_ERROR(
        execute(db, "INSERT INTO scratch_values (k) VALUES ('a'); INSERT INTO scratch_values (k) VALUES ('b')"),
        "database_error");
    auto script = db.transaction(Scope::platformAdmin(), TransactionKind::Write, [](Connection& connection) {
        return connection.executeScript("INSERT INTO scratch_values (k) VALUES ('a');\n"
                                        "INSERT INTO scratch_values (k) VALUES ('b');");
    });
    TP_VERIFY_OK(script);
    TP_ASSIGN_OK(count, execute(db, "SELECT COUNT(*) FROM scratch_values"));
    QCOMPARE(count.first().integer(0), std::int64_t{2});
}

void TestConnection::writeInReadTransactionFails() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    TP_VERIFY_OK(runAsOwner(opened, kScratchTable));
    Database& db = *opened.database;

    auto written = db.transaction(Scope::platformAdmin(), TransactionKind::Read, [](Connection& connection) {
        auto inserted = connection.execute("INSERT INTO scratch_values (k) VALUES ('a')");
        return inserted ? Result<void>{} : Result<void>{inserted.error()};
    });
    TP_VERIFY_ERROR(written, "database_error");
    TP_ASSIGN_OK(count, execute(db, "SELECT COUNT(*) FROM scratch_values"));
    QCOMPARE(count.first().integer(0), std::int64_t{0});
    // The connection went back to the pool writable: a write transaction still works.
    TP_VERIFY_OK(execute(db, "INSERT INTO scratch_values (k) VALUES ('b')"));
}

// SQLite only: WAL (readers never block the writer), synchronous=NORMAL, foreign keys on.
void TestConnection::sqliteFileIsSetUpForAServer() {
    TP_ASSIGN_OK(opened, openScratch(Backend::Sqlite));
    Database& db = *opened.database;
    TP_ASSIGN_OK(journal, execute(db, "PRAGMA journal_mode"));
    QCOMPARE(journal.first().text(0), std::string("wal"));
    TP_ASSIGN_OK(synchronous, execute(db, "PRAGMA synchronous"));
    QCOMPARE(synchronous.first().integer(0), std::int64_t{1}); // NORMAL
    TP_ASSIGN_OK(foreignKeys, execute(db, "PRAGMA foreign_keys"));
    QCOMPARE(foreignKeys.first().integer(0), std::int64_t{1});
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
