#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "TempReplica.h"
#include "client/replica/ReplicaMigrations.h"

using tp::client::ReplicaDatabase;
using tp::client::testing::TempReplica;

// The replica's file opens durable (WAL, synchronous=FULL, foreign keys) and reaches the
// latest schema through numbered migrations recorded once each.
class TestReplicaMigrations : public QObject {
    Q_OBJECT

private:
    static QVariant single(ReplicaDatabase& db, const QString& sql) {
        auto rows = db.select(sql);
        if (!rows || rows->isEmpty())
            return {};
        return rows->first().value(0);
    }

private slots:
    void freshFileReachesTheLatestVersion() {
        TempReplica replica;
        auto version = replica.db().schemaVersion();
        QVERIFY(version.ok());
        QCOMPARE(*version, tp::client::replicaMigrations().last().version);
        QCOMPARE(single(replica.db(), "SELECT count(*) FROM schema_version").toInt(),
                 tp::client::replicaMigrations().size());
        for (const char* table : {"entities", "products", "variants", "stock_levels", "catalog_search", "outbox",
                                  "needs_attention", "retry_state", "sync_state"}) {
            QVERIFY2(
                single(replica.db(),
                       QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(table)))
                        .toInt() == 1,
                table);
        }
    }

    void migrationsAreNumberedInOrder() {
        int previous = 0;
        for (const auto& migration : tp::client::replicaMigrations()) {
            QCOMPARE(migration.version, previous + 1);
            previous = migration.version;
        }
    }

    void connectionIsDurable() {
        TempReplica replica;
        QCOMPARE(single(replica.db(), "PRAGMA journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(single(replica.db(), "PRAGMA synchronous").toInt(), 2); // FULL
        QCOMPARE(single(replica.db(), "PRAGMA foreign_keys").toInt(), 1);
    }

    void reopeningRunsNothingTwice() {
        TempReplica replica;
        replica.reopen();
        replica.reopen();
        QCOMPARE(single(replica.db(), "SELECT count(*) FROM schema_version").toInt(),
                 tp::client::replicaMigrations().size());
    }

    void anOlderFileIsUpgradedStepByStep() {
        // A file as version 1 left it: only the first step ran.
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "old-file");
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"));
            for (const QString& statement : tp::client::replicaMigrations().first().statements)
                QVERIFY2(query.exec(statement), qPrintable(statement));
            QVERIFY(query.exec("INSERT INTO schema_version VALUES (1, '2024-01-01T00:00:00Z')"));
            QVERIFY(query.exec("INSERT INTO entities VALUES ('store', 's1', '{}', 7)"));
            // A product and a stock level as version 1 kept them: in entities and projected.
            QVERIFY(query.exec("INSERT INTO entities VALUES ('product', 'p1', '{}', 11)"));
            QVERIFY(query.exec("INSERT INTO products (id, sku, name, barcodes, status, data) "
                               "VALUES ('p1', 'TS', 'Shirt', '', 'active', '{}')"));
            QVERIFY(query.exec("INSERT INTO variants (id, product_id, sku, name, barcodes, status, data) "
                               "VALUES ('p1-v', 'p1', 'TS', 'Shirt', '', 'active', '{}')"));
            QVERIFY(query.exec("INSERT INTO entities VALUES ('stock_level', 'l1', '{}', 12)"));
            QVERIFY(query.exec("INSERT INTO stock_levels (id, sku, data) VALUES ('l1', 'TS', '{}')"));
            query.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase("old-file");

        ReplicaDatabase db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(*db.schemaVersion(), tp::client::replicaMigrations().last().version);
        QCOMPARE(single(db, "SELECT seq FROM entities WHERE id = 's1'").toInt(), 7);
        QCOMPARE(single(db, "SELECT count(*) FROM outbox").toInt(), 0);
        // 4 and 5: variants lose their JSON copy; products and stock levels keep their seq
        // themselves and leave entities.
        QCOMPARE(single(db, "SELECT name FROM variants WHERE id = 'p1-v'").toString(), QStringLiteral("Shirt"));
        QCOMPARE(single(db, "SELECT count(*) FROM pragma_table_info('variants') WHERE name = 'data'").toInt(), 0);
        QCOMPARE(single(db, "SELECT seq FROM products WHERE id = 'p1'").toInt(), 11);
        QCOMPARE(single(db, "SELECT seq FROM stock_levels WHERE id = 'l1'").toInt(), 12);
        QCOMPARE(single(db, "SELECT count(*) FROM entities").toInt(), 1);
    }

    void aFileFromANewerAppIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath("new.sqlite");
        {
            ReplicaDatabase db;
            QVERIFY(db.open(path).ok());
            QVERIFY(db.exec("INSERT INTO schema_version VALUES (999, '2030-01-01T00:00:00Z')").ok());
        }
        ReplicaDatabase db;
        auto opened = db.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, std::string("replica_too_new"));
        QVERIFY(!db.isOpen());
    }

    void failedTransactionLeavesNothing() {
        TempReplica replica;
        auto outcome = replica.db().transaction([&]() -> tp::domain::Result<void> {
            if (auto done = replica.db().exec("INSERT INTO sync_state VALUES ('k', 'v')"); !done)
                return done.error();
            return tp::domain::makeError("test_abort", "abandoned on purpose");
        });
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, std::string("test_abort"));
        QCOMPARE(single(replica.db(), "SELECT count(*) FROM sync_state").toInt(), 0);
    }

    void twoReplicasOpenSideBySide() {
        TempReplica first;
        TempReplica second;
        QVERIFY(first.db().setStateValue("who", "first").ok());
        QVERIFY(second.db().setStateValue("who", "second").ok());
        QCOMPARE(*first.db().stateValue("who"), QStringLiteral("first"));
        QCOMPARE(*second.db().stateValue("who"), QStringLiteral("second"));
    }
};

QTEST_GUILESS_MAIN(TestReplicaMigrations)
#include "tst_replicamigrations.moc"
