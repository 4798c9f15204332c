#include <QTest>

#include "DbTestSupport.h"

using namespace tp::server::db;
using namespace tp::server::db::testing;
using tp::domain::Result;

// Constraint failures map to one error vocabulary on both backends, and the messages callers
// branch on are identical: a unique violation names its key as "<table>(<col>, <col>)" (also
// on PostgreSQL tables with row-level security, whose errors carry no key detail), a missing
// value names "<table>.<column>".
class TestConstraintErrors : public QObject {
    Q_OBJECT

private slots:
    void violations_data();
    void violations();
    void violationDoomsTheTransaction_data();
    void violationDoomsTheTransaction();
};

void TestConstraintErrors::violations_data() {
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("tenant");    // the scope the failing statement runs in ("" = platform)
    QTest::addColumn<QString>("statement"); // runs after tenant t1 with user u1 (a@shop.test) exists
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message"); // empty: any non-empty message

    const char* user = "INSERT INTO users (tenant_id, id, email, password_hash, role, created_at) VALUES ";
    for (Backend backend : kBothBackends) {
        const char* name = backendName(backend);
        QTest::addRow("%s: second user with the same email in a tenant", name)
            << backend << "t1" << QString(user) + "('t1', 'u2', 'a@shop.test', 'h', 'cashier', 1)"
            << "unique_violation"
            << "users(tenant_id, email)";
        QTest::addRow("%s: primary key taken", name)
            << backend << "t1" << QString(user) + "('t1', 'u1', 'b@shop.test', 'h', 'cashier', 1)"
            << "unique_violation"
            << "users(tenant_id, id)";
        QTest::addRow("%s: tenant slug taken", name)
            << backend << ""
            << "INSERT INTO tenants (id, slug, name, plan_id, created_at, updated_at) "
               "VALUES ('t9', 'shop-t1', 'Copy', 'basic', 1, 1)"
            << "unique_violation"
            << "tenants(slug)";
        QTest::addRow("%s: store code taken", name)
            << backend << "t1"
            << "INSERT INTO stores (tenant_id, id, code, name, currency, locale, timezone, created_at, updated_at) "
               "VALUES ('t1', 's2', 'MAIN', 'Again', 'EUR', 'de_DE', 'Europe/Berlin', 1, 1)"
            << "unique_violation"
            << "stores(tenant_id, code)";
        QTest::addRow("%s: user of an unknown tenant", name)
            << backend << "" << QString(user) + "('nobody', 'u9', 'x@shop.test', 'h', 'cashier', 1)"
            << "foreign_key_violation"
            << "";
        QTest::addRow("%s: device of an unknown store", name)
            << backend << "t1"
            << "INSERT INTO devices (tenant_id, id, store_id, name, token_hash, created_at) "
               "VALUES ('t1', 'd1', 'no-such-store', 'Till 1', 'hash', 1)"
            << "foreign_key_violation"
            << "";
        QTest::addRow("%s: user without an email", name)
            << backend << "t1" << QString(user) + "('t1', 'u3', NULL, 'h', 'cashier', 1)"
            << "not_null_violation"
            << "users.email";
        QTest::addRow("%s: role outside the list", name)
            << backend << "t1" << QString(user) + "('t1', 'u4', 'c@shop.test', 'h', 'janitor', 1)"
            << "check_violation"
            << "";
        QTest::addRow("%s: unknown plan", name)
            << backend << ""
            << "INSERT INTO tenants (id, slug, name, plan_id, created_at, updated_at) "
               "VALUES ('t8', 'shop-t8', 'Eight', 'platinum', 1, 1)"
            << "foreign_key_violation"
            << "";
        QTest::addRow("%s: syntax error", name) << backend << ""
                                                << "SELEKT 1"
                                                << "database_error"
                                                << "";
    }
}

void TestConstraintErrors::violations() {
    QFETCH(Backend, backend);
    QFETCH(QString, tenant);
    QFETCH(QString, statement);
    QFETCH(QString, code);
    QFETCH(QString, message);
    TP_ASSIGN_OK(opened, openScratch(backend));
    Database& db = *opened.database;
    TP_VERIFY_OK(insertTenant(db, "t1"));
    TP_VERIFY_OK(insertUser(db, "t1", "u1", "a@shop.test"));
    TP_VERIFY_OK(db.transaction(Scope::tenant("t1"), TransactionKind::Write, [](Connection& connection) {
        auto store = connection.execute(
            "INSERT INTO stores (tenant_id, id, code, name, currency, locale, timezone, created_at, updated_at) "
            "VALUES ('t1', 's1', 'MAIN', 'Main street', 'EUR', 'de_DE', 'Europe/Berlin', 1, 1)");
        return store ? Result<void>{} : Result<void>{store.error()};
    }));

    const Scope scope = tenant.isEmpty() ? Scope::platformAdmin() : Scope::tenant(tenant.toStdString());
    auto failed = db.transaction(scope, TransactionKind::Write, [&](Connection& connection) -> Result<void> {
        auto executed = connection.execute(statement.toStdString());
        if (!executed)
            return executed.error();
        return {};
    });
    QVERIFY2(!failed, "the statement should have failed");
    QCOMPARE(qs(failed.error().code), code);
    QVERIFY(!failed.error().message.empty());
    if (!message.isEmpty())
        QCOMPARE(qs(failed.error().message), message);
}

void TestConstraintErrors::violationDoomsTheTransaction_data() {
    QTest::addColumn<Backend>("backend");
    for (Backend backend : kBothBackends)
        QTest::newRow(backendName(backend)) << backend;
}

// Work that swallows a violation and carries on cannot commit on either backend: what
// PostgreSQL forbids, SQLite is made to forbid too, so the same code behaves the same.
void TestConstraintErrors::violationDoomsTheTransaction() {
    QFETCH(Backend, backend);
    TP_ASSIGN_OK(opened, openScratch(backend));
    Database& db = *opened.database;
    TP_VERIFY_OK(insertTenant(db, "t1"));
    TP_VERIFY_OK(insertUser(db, "t1", "u1", "a@shop.test"));

    const char* insert = "INSERT INTO users (tenant_id, id, email, password_hash, role, created_at) "
                         "VALUES ('t1', ?, ?, 'h', 'cashier', 1)";
    Result<SqlResult> afterwards = SqlResult{};
    auto outcome = db.transaction(Scope::tenant("t1"), TransactionKind::Write, [&](Connection& connection) {
        auto ok = connection.execute(insert, {std::string("u2"), std::string("b@shop.test")});
        if (!ok)
            return Result<void>{ok.error()};
        static_cast<void>(connection.execute(insert, {std::string("u3"), std::string("a@shop.test")})); // ignored
        afterwards = connection.execute("SELECT COUNT(*) FROM users");
        return Result<void>{};
    });
    TP_VERIFY_ERROR(afterwards, "unique_violation");
    TP_VERIFY_ERROR(outcome, "unique_violation");
    QCOMPARE(qs(outcome.error().message), QStringLiteral("users(tenant_id, email)"));

    auto count = db.transact<std::int64_t>(Scope::tenant("t1"), TransactionKind::Read,
                                           [](Connection& connection) -> Result<std::int64_t> {
                                               auto rows = connection.execute("SELECT COUNT(*) FROM users");
                                               if (!rows)
                                                   return rows.error();
                                               return rows->first().integer(0);
                                           });
    TP_VERIFY_OK(count);
    QCOMPARE(count.value(), std::int64_t{1}); // u2 was rolled back with the rest
}

QTEST_GUILESS_MAIN(TestConstraintErrors)
#include "tst_constrainterrors.moc"
