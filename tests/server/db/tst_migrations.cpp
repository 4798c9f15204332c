#include <QTest>

#include <map>
#include <thread>
#include <vector>

#include "DbTestSupport.h"
#include "db/Migrations.h"

using namespace tp::server::db;
using namespace tp::server::db::testing;
using tp::domain::Result;

namespace {

struct AppliedMigration {
    std::int64_t version;
    std::string name;
    std::int64_t appliedAt;
};

Result<std::vector<AppliedMigration>> versionTable(Database& db) {
    return db.transact<std::vector<AppliedMigration>>(
        Scope::none(), TransactionKind::Read, [](Connection& connection) -> Result<std::vector<AppliedMigration>> {
            auto rows = connection.execute("SELECT version, name, applied_at FROM schema_migrations ORDER BY version");
            if (!rows)
                return rows.error();
            std::vector<AppliedMigration> applied;
            for (const auto& row : rows->rows())
                applied.push_back({row.integer(0), row.text(1), row.integer(2)});
            return applied;
        });
}

std::vector<Migration> builtInsFor(Backend backend) {
    std::vector<Migration> mine;
    for (const auto& migration : builtInMigrations()) {
        if (!migration.onlyOn || *migration.onlyOn == backend)
            mine.push_back(migration);
    }
    return mine;
}

std::vector<Migration> builtInsPlus(std::vector<Migration> extra) {
    std::vector<Migration> all = builtInMigrations();
    all.insert(all.end(), extra.begin(), extra.end());
    return all;
}

// Whether the serving connection can read `table`: a missing table is a database_error.
Result<void> readTable(Database& db, const std::string& table) {
    return db.transaction(Scope::platformAdmin(), TransactionKind::Read, [&](Connection& connection) -> Result<void> {
        auto rows = connection.execute("SELECT COUNT(*) FROM " + table);
        if (!rows)
            return rows.error();
        return {};
    });
}

} // namespace

// Migrations on both backends: a fresh database gets every migration of its backend with its
// schema_migrations row, a second open applies nothing, a failing migration leaves no trace and
// names itself, and servers starting together apply each migration once.
class TestMigrations : public QObject {
    Q_OBJECT

private:
    static void addBackendRows();

private slots:
    void builtInsAreOrderedAndNamed();
    void freshDatabaseGetsEveryMigration_data() { addBackendRows(); }
    void freshDatabaseGetsEveryMigration();
    void secondOpenAppliesNothing_data() { addBackendRows(); }
    void secondOpenAppliesNothing();
    void laterMigrationIsAppliedOnNextOpen_data() { addBackendRows(); }
    void laterMigrationIsAppliedOnNextOpen();
    void failingMigrationRollsBackAndNamesItself_data() { addBackendRows(); }
    void failingMigrationRollsBackAndNamesItself();
    void otherBackendsMigrationsAreSkipped_data() { addBackendRows(); }
    void otherBackendsMigrationsAreSkipped();
    void duplicateVersionsAreRefused_data() { addBackendRows(); }
    void duplicateVersionsAreRefused();
    void serversStartingTogetherApplyOnce_data() { addBackendRows(); }
    void serversStartingTogetherApplyOnce();
    void stockLevelsKeepTheirRowsWhenRebuiltWithoutRowid();
    void controlPlaneIsSeeded_data() { addBackendRows(); }
    void controlPlaneIsSeeded();
};

void TestMigrations::addBackendRows() {
    QTest::addColumn<Backend>("backend");
    for (Backend backend : kBothBackends)
        QTest::newRow(backendName(backend)) << backend;
}

void TestMigrations::builtInsAreOrderedAndNamed() {
    const auto& migrations = builtInMigrations();
    QVERIFY(migrations.size() >= 2);
    QCOMPARE(migrations[0].version, 1);
    QCOMPARE(qs(migrations[0].name), QStringLiteral("control_plane"));
    QVERIFY(!migrations[0].onlyOn.has_value());
    QCOMPARE(migrations[1].version, 2);
    QCOMPARE(qs(migrations[1].name), QStringLiteral("row_level_security"));
    QVERIFY(migrations[1].onlyOn == Backend::Postgres);
    for (std::size_t i = 1; i < migrations.size(); ++i)
        QVERIFY(migrations[i - 1].version <= migrations[i].version);
    for (const auto& migration : migrations)
        QVERIFY(!migration.sql.empty());
}

void TestMigrations::freshDatabaseGetsEveryMigration() {
    QFETCH(Backend, backend);
    const auto before =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    TP_ASSIGN_OK(opened, openScratch(backend));
    TP_ASSIGN_OK(applied, versionTable(*opened.database));

    const auto expected = builtInsFor(backend);
    QCOMPARE(applied.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(applied[i].version, std::int64_t{expected[i].version});
        QCOMPARE(qs(applied[i].name), qs(expected[i].name));
        QVERIFY(applied[i].appliedAt >= before);
    }
}

void TestMigrations::secondOpenAppliesNothing() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    TP_ASSIGN_OK(first, versionTable(*opened.database));
    opened.database.reset();

    TP_ASSIGN_OK(reopened, Database::open(opened.scratch->options()));
    TP_ASSIGN_OK(second, versionTable(*reopened));
    QCOMPARE(second.size(), first.size());
    for (std::size_t i = 0; i < first.size(); ++i)
        QCOMPARE(second[i].appliedAt, first[i].appliedAt);
}

void TestMigrations::laterMigrationIsAppliedOnNextOpen() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    opened.database.reset();

    DatabaseOptions options = opened.scratch->options();
    options.migrations =
        builtInsPlus({{9001, "gift_cards",
                       "CREATE TABLE gift_cards (code TEXT NOT NULL PRIMARY KEY, balance BIGINT NOT NULL);\n"
                       "INSERT INTO gift_cards (code, balance) VALUES ('WELCOME', 500);",
                       std::nullopt}});
    TP_ASSIGN_OK(reopened, Database::open(options));
    TP_ASSIGN_OK(applied, versionTable(*reopened));
    QCOMPARE(applied.back().version, std::int64_t{9001});
    QCOMPARE(qs(applied.back().name), QStringLiteral("gift_cards"));
    TP_VERIFY_OK(readTable(*reopened, "gift_cards")); // the serving role may use a later migration's table
}

void TestMigrations::failingMigrationRollsBackAndNamesItself() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(scratch, ScratchDatabase::create(backend));
    DatabaseOptions options = scratch->options();
    options.migrations = builtInsPlus({{9001, "half_done",
                                        "CREATE TABLE half_done (x INTEGER);\n"
                                        "INSERT INTO half_done (x) VALUES (1);\n"
                                        "INSERT INTO no_such_table (x) VALUES (1);",
                                        std::nullopt}});
    auto failed = Database::open(options);
    TP_VERIFY_ERROR(failed, "migration_failed");
    QVERIFY2(failed.error().message.find("9001_half_done") != std::string::npos, failed.error().message.c_str());

    TP_ASSIGN_OK(db, Database::open(scratch->options())); // the good migrations are in place
    TP_ASSIGN_OK(applied, versionTable(*db));
    QCOMPARE(applied.size(), builtInsFor(backend).size());
    TP_VERIFY_ERROR(readTable(*db, "half_done"), "database_error"); // rolled back with its migration
}

void TestMigrations::otherBackendsMigrationsAreSkipped() {
    QFETCH(Backend, backend);
    const Backend other = backend == Backend::Sqlite ? Backend::Postgres : Backend::Sqlite;
    TP_ASSIGN_OK(opened, openScratch(backend, [&](DatabaseOptions& options) {
                     options.migrations = builtInsPlus({{9001, "elsewhere", "THIS IS NOT SQL", other},
                                                        {9002, "here", "CREATE TABLE here_only (x INTEGER)", backend}});
                 }));
    TP_ASSIGN_OK(applied, versionTable(*opened.database));
    QCOMPARE(applied.back().version, std::int64_t{9002});
    QCOMPARE(applied.size(), builtInsFor(backend).size() + 1);
}

// 0013 rebuilds stock_levels on SQLite: a shop upgrading keeps every level, and the key and
// foreign keys still hold afterwards.
void TestMigrations::stockLevelsKeepTheirRowsWhenRebuiltWithoutRowid() {
    TP_ASSIGN_OK(scratch, ScratchDatabase::create(Backend::Sqlite));
    DatabaseOptions before = scratch->options();
    std::vector<Migration> upTo12;
    for (const auto& migration : builtInsFor(Backend::Sqlite))
        if (migration.version < 13)
            upTo12.push_back(migration);
    before.migrations = upTo12;
    {
        TP_ASSIGN_OK(db, Database::open(before));
        TP_VERIFY_OK(insertTenant(*db, "t1"));
        TP_VERIFY_OK(db->transaction(Scope::tenant("t1"), TransactionKind::Write, [](Connection& c) -> Result<void> {
            for (const char* sql :
                 {"INSERT INTO stores (tenant_id, id, code, name, currency, locale, timezone, created_at, updated_at) "
                  "VALUES ('t1', 's1', 'S1', 'Main', 'EUR', 'de-DE', 'Europe/Berlin', 1, 1)",
                  "INSERT INTO products (tenant_id, id, sku, name, name_search, status, price_amount, price_currency, "
                  "tax_class, created_at, updated_at) VALUES ('t1', 'p1', 'A', 'A', 'a', 'active', 100, 'EUR', "
                  "'standard', 1, 1)",
                  "INSERT INTO product_variants (tenant_id, id, product_id, sku, sku_search, created_at, updated_at) "
                  "VALUES ('t1', 'v1', 'p1', 'A', 'a', 1, 1), ('t1', 'v2', 'p1', 'B', 'b', 1, 1)",
                  "INSERT INTO stock_levels (tenant_id, store_id, variant_id, on_hand_milli, reserved_milli, "
                  "low_stock_threshold_milli, updated_at) VALUES ('t1', 's1', 'v1', 5000, 1000, 2000, 7), "
                  "('t1', 's1', 'v2', -3000, 0, NULL, 8)"}) {
                if (auto done = c.execute(sql); !done)
                    return done.error();
            }
            return {};
        }));
    }
    TP_ASSIGN_OK(db, Database::open(scratch->options()));
    TP_VERIFY_OK(db->transaction(Scope::tenant("t1"), TransactionKind::Write, [](Connection& c) -> Result<void> {
        auto rows = c.execute("SELECT variant_id, on_hand_milli, reserved_milli, low_stock_threshold_milli, updated_at "
                              "FROM stock_levels ORDER BY variant_id");
        if (!rows)
            return rows.error();
        if (rows->rows().size() != 2 || rows->first().text(0) != "v1" || rows->first().integer(1) != 5000 ||
            rows->first().integer(2) != 1000 || rows->first().optionalInteger(3) != 2000 ||
            rows->first().integer(4) != 7 || rows->rows()[1].integer(1) != -3000 || !rows->rows()[1].isNull(3))
            return tp::domain::makeError("test", "stock_levels lost or changed rows in the rebuild");
        auto schema = c.execute("SELECT sql FROM sqlite_schema WHERE name = 'stock_levels'");
        if (!schema)
            return schema.error();
        if (schema->first().text(0).find("WITHOUT ROWID") == std::string::npos)
            return tp::domain::makeError("test", "stock_levels was not rebuilt: " + schema->first().text(0));
        return {};
    }));
    const auto insertLevel = [&db](const std::string& variantId) {
        return db->transaction(Scope::tenant("t1"), TransactionKind::Write, [&](Connection& c) -> Result<void> {
            auto inserted = c.execute("INSERT INTO stock_levels (tenant_id, store_id, variant_id, updated_at) "
                                      "VALUES ('t1', 's1', ?, 9)",
                                      {variantId});
            if (!inserted)
                return inserted.error();
            return {};
        });
    };
    TP_VERIFY_ERROR(insertLevel("v1"), "unique_violation");                   // the key still holds
    TP_VERIFY_ERROR(insertLevel("no-such-variant"), "foreign_key_violation"); // and the foreign keys
}

void TestMigrations::duplicateVersionsAreRefused() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(scratch, ScratchDatabase::create(backend));
    DatabaseOptions options = scratch->options();
    options.migrations = builtInsPlus({{9001, "one", "CREATE TABLE one (x INTEGER)", std::nullopt},
                                       {9001, "two", "CREATE TABLE two (x INTEGER)", backend}});
    auto failed = Database::open(options);
    TP_VERIFY_ERROR(failed, "migration_failed");
    QVERIFY2(failed.error().message.find("9001_one") != std::string::npos, failed.error().message.c_str());
}

void TestMigrations::serversStartingTogetherApplyOnce() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(scratch, ScratchDatabase::create(backend));
    constexpr int kServers = 4;
    std::vector<Result<std::unique_ptr<Database>>> opened;
    for (int i = 0; i < kServers; ++i)
        opened.emplace_back(tp::domain::makeError("not_run", "this server did not start"));
    std::vector<std::thread> servers;
    for (int i = 0; i < kServers; ++i)
        servers.emplace_back([&, i] { opened[static_cast<std::size_t>(i)] = Database::open(scratch->options()); });
    for (auto& server : servers)
        server.join();
    for (const auto& database : opened)
        TP_VERIFY_OK(database);

    TP_ASSIGN_OK(applied, versionTable(*opened.front().value()));
    QCOMPARE(applied.size(), builtInsFor(backend).size());
}

void TestMigrations::controlPlaneIsSeeded() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    auto plans = opened.database->transact<SqlResult>(Scope::none(), TransactionKind::Read, [](Connection& connection) {
        return connection.execute("SELECT id, max_stores, features FROM plans");
    });
    TP_VERIFY_OK(plans);
    QCOMPARE(plans->rows().size(), std::size_t{3});
    std::map<std::string, const SqlRow*> byId;
    for (const auto& row : plans->rows())
        byId[row.text("id")] = &row;
    QVERIFY(byId.count("basic") && byId.count("standard") && byId.count("enterprise"));
    QCOMPARE(byId["basic"]->integer("max_stores"), std::int64_t{1});
    QVERIFY(byId["standard"]->integer("max_stores") > 1);
    QVERIFY(byId["enterprise"]->isNull("max_stores"));
    QVERIFY(byId["enterprise"]->text("features").find("marketplaces") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
