#include <QTest>

#include <algorithm>
#include <optional>

#include "DbTestSupport.h"

using namespace tp::server::db;
using namespace tp::server::db::testing;
using tp::domain::Result;

namespace {

Result<SqlResult> query(Database& db, const Scope& scope, const std::string& sql, const SqlParams& params = {}) {
    return db.transact<SqlResult>(scope, TransactionKind::Read,
                                  [&](Connection& connection) { return connection.execute(sql, params); });
}

Result<SqlResult> write(Database& db, const Scope& scope, const std::string& sql, const SqlParams& params = {}) {
    return db.transact<SqlResult>(scope, TransactionKind::Write,
                                  [&](Connection& connection) { return connection.execute(sql, params); });
}

std::vector<std::string> column(const SqlResult& result, const char* name) {
    std::vector<std::string> values;
    for (const auto& row : result.rows())
        values.push_back(row.text(name));
    std::sort(values.begin(), values.end());
    return values;
}

} // namespace

// PostgreSQL's row-level security: the second wall between tenants. Queries here deliberately
// lack WHERE tenant_id = ?: the policies alone must keep tenants apart. (SQLite has no
// row-level security; there the queries' own tenant filter is the only wall, so these cases
// are PostgreSQL's alone.)
class TestRowLevelSecurity : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tenantScopeSeesOnlyItsRows_data();
    void tenantScopeSeesOnlyItsRows();
    void platformScopeSeesEveryRow();
    void noScopeSeesNoTenantRows();
    void otherTenantsRowIsRefused_data();
    void otherTenantsRowIsRefused();
    void platformEventsStayWithThePlatform();
    void scopeEndsWithTheTransaction();
    void servingRoleIsNeitherSuperuserNorOwner();
    void servingRoleCannotSwitchSecurityOff();
    void tenantTableWithoutSecurityStopsOpen();

private:
    std::optional<OpenedDatabase> m_opened;
};

void TestRowLevelSecurity::init() {
    auto opened = openScratch(Backend::Postgres, [](DatabaseOptions& options) { options.poolSize = 1; });
    TP_VERIFY_OK(opened);
    m_opened = std::move(opened).value();
    Database& db = *m_opened->database;
    for (const char* tenant : {"tA", "tB"}) {
        TP_VERIFY_OK(insertTenant(db, tenant));
        TP_VERIFY_OK(insertUser(db, tenant, std::string("owner-") + tenant, std::string("owner@") + tenant));
        TP_VERIFY_OK(insertUser(db, tenant, std::string("cashier-") + tenant, std::string("cashier@") + tenant));
        TP_VERIFY_OK(write(db, Scope::tenant(tenant),
                           "INSERT INTO stores (tenant_id, id, code, name, currency, locale, timezone, created_at, "
                           "updated_at) VALUES (?, 'main', 'MAIN', 'Main', 'EUR', 'de_DE', 'Europe/Berlin', 1, 1)",
                           {std::string(tenant)}));
    }
}

void TestRowLevelSecurity::cleanup() {
    m_opened.reset();
}

void TestRowLevelSecurity::tenantScopeSeesOnlyItsRows_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("perTenant");
    QTest::newRow("postgresql: users") << "SELECT * FROM users" << 2;
    QTest::newRow("postgresql: stores") << "SELECT * FROM stores" << 1;
    QTest::newRow("postgresql: change counters") << "SELECT * FROM tenant_counters" << 1;
    QTest::newRow("postgresql: users joined to stores")
        << "SELECT u.tenant_id FROM users u JOIN stores s ON s.tenant_id = u.tenant_id" << 2;
}

void TestRowLevelSecurity::tenantScopeSeesOnlyItsRows() {
    QFETCH(QString, sql);
    QFETCH(int, perTenant);
    for (const char* tenant : {"tA", "tB"}) {
        TP_ASSIGN_OK(rows, query(*m_opened->database, Scope::tenant(tenant), sql.toStdString()));
        QCOMPARE(rows.rows().size(), static_cast<std::size_t>(perTenant));
        for (const auto& id : column(rows, "tenant_id"))
            QCOMPARE(qs(id), QString(tenant));
    }
}

void TestRowLevelSecurity::platformScopeSeesEveryRow() {
    TP_ASSIGN_OK(rows, query(*m_opened->database, Scope::platformAdmin(), "SELECT * FROM users"));
    QCOMPARE(column(rows, "tenant_id"), (std::vector<std::string>{"tA", "tA", "tB", "tB"}));
}

void TestRowLevelSecurity::noScopeSeesNoTenantRows() {
    Database& db = *m_opened->database;
    TP_ASSIGN_OK(users, query(db, Scope::none(), "SELECT * FROM users"));
    QVERIFY(users.empty());
    // Control-plane tables have no tenant_id and stay visible: a login looks up its tenant.
    TP_ASSIGN_OK(tenants, query(db, Scope::none(), "SELECT * FROM tenants"));
    QCOMPARE(tenants.rows().size(), std::size_t{2});
    TP_ASSIGN_OK(plans, query(db, Scope::none(), "SELECT * FROM plans"));
    QCOMPARE(plans.rows().size(), std::size_t{3});
}

void TestRowLevelSecurity::otherTenantsRowIsRefused_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("code"); // what the statement fails with under scope tA
    QTest::addColumn<int>("affected"); // when it does not fail: rows changed (must be 0)

    QTest::newRow("postgresql: insert a user of tenant B")
        << "INSERT INTO users (tenant_id, id, email, password_hash, role, created_at) "
           "VALUES ('tB', 'intruder', 'x@tB', 'h', 'owner', 1)"
        << "permission_denied" << 0;
    QTest::newRow("postgresql: move a user to tenant B") << "UPDATE users SET tenant_id = 'tB' WHERE id = 'owner-tA'"
                                                         << "permission_denied" << 0;
    QTest::newRow("postgresql: update every user") << "UPDATE users SET role = 'manager'"
                                                   << "" << 2;
    QTest::newRow("postgresql: delete tenant B's store") << "DELETE FROM stores WHERE tenant_id = 'tB'"
                                                         << "" << 0;
}

void TestRowLevelSecurity::otherTenantsRowIsRefused() {
    QFETCH(QString, sql);
    QFETCH(QString, code);
    QFETCH(int, affected);
    Database& db = *m_opened->database;

    auto outcome = write(db, Scope::tenant("tA"), sql.toStdString());
    if (code.isEmpty()) {
        TP_VERIFY_OK(outcome);
        QCOMPARE(outcome->affectedRows(), std::int64_t{affected}); // only tA's own rows, if any
    } else {
        QVERIFY(!outcome);
        QCOMPARE(qs(outcome.error().code), code);
    }
    TP_ASSIGN_OK(tenantB, query(db, Scope::platformAdmin(),
                                "SELECT u.id, u.role, s.id AS store FROM users u JOIN stores s ON s.tenant_id = "
                                "u.tenant_id WHERE u.tenant_id = 'tB' ORDER BY u.id"));
    QCOMPARE(column(tenantB, "id"), (std::vector<std::string>{"cashier-tB", "owner-tB"}));
    QCOMPARE(column(tenantB, "role"), (std::vector<std::string>{"cashier", "cashier"}));
}

void TestRowLevelSecurity::platformEventsStayWithThePlatform() {
    Database& db = *m_opened->database;
    TP_VERIFY_OK(write(db, Scope::platformAdmin(),
                       "INSERT INTO audit_log (id, tenant_id, at, actor, action, target) "
                       "VALUES ('p1', NULL, 1, 'admin', 'tenant.create', 'tA')"));
    TP_VERIFY_OK(write(db, Scope::tenant("tA"),
                       "INSERT INTO audit_log (id, tenant_id, at, actor, action, target) "
                       "VALUES ('a1', 'tA', 2, 'owner-tA', 'drawer.open', 'till-1')"));

    TP_ASSIGN_OK(seenByTenant, query(db, Scope::tenant("tA"), "SELECT * FROM audit_log"));
    QCOMPARE(column(seenByTenant, "id"), std::vector<std::string>{"a1"});
    TP_ASSIGN_OK(seenByPlatform, query(db, Scope::platformAdmin(), "SELECT * FROM audit_log"));
    QCOMPARE(column(seenByPlatform, "id"), (std::vector<std::string>{"a1", "p1"}));

    auto forged = write(db, Scope::tenant("tA"),
                        "INSERT INTO audit_log (id, tenant_id, at, actor, action, target) "
                        "VALUES ('p2', NULL, 3, 'owner-tA', 'tenant.create', 'tA')");
    TP_VERIFY_ERROR(forged, "permission_denied");
}

// The scope is set with set_config(…, true): it lasts one transaction, so a connection back in
// the pool carries nothing over to the next transaction (the pool has a single connection here).
void TestRowLevelSecurity::scopeEndsWithTheTransaction() {
    Database& db = *m_opened->database;
    TP_ASSIGN_OK(inside, query(db, Scope::tenant("tA"),
                               "SELECT current_setting('tillpoint.tenant_id', true) AS tenant, "
                               "current_setting('tillpoint.platform', true) AS platform"));
    QCOMPARE(inside.first().text("tenant"), std::string("tA"));
    QCOMPARE(inside.first().text("platform"), std::string("off"));

    TP_ASSIGN_OK(next, query(db, Scope::none(), "SELECT * FROM users"));
    QVERIFY(next.empty());
    TP_ASSIGN_OK(outside, db.transact<SqlResult>(Scope::none(), TransactionKind::Read, [](Connection& connection) {
        return connection.execute("SELECT current_setting('tillpoint.tenant_id', true) AS tenant");
    }));
    QCOMPARE(outside.first().text("tenant"), std::string());
}

void TestRowLevelSecurity::servingRoleIsNeitherSuperuserNorOwner() {
    Database& db = *m_opened->database;
    TP_ASSIGN_OK(roles, query(db, Scope::none(),
                              "SELECT current_user AS serving, session_user AS login, "
                              "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS serving_super, "
                              "(SELECT rolbypassrls FROM pg_roles WHERE rolname = current_user) AS serving_bypass, "
                              "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user) AS login_super, "
                              "(SELECT rolbypassrls FROM pg_roles WHERE rolname = session_user) AS login_bypass, "
                              "(SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() "
                              "AND tableowner = current_user) AS owned_tables, "
                              "(SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()) AS all_tables"));
    const SqlRow& row = roles.first();
    QCOMPARE(row.text("serving"), std::string("tillpoint_app"));
    QVERIFY(row.text("login") != "tillpoint_app");
    QCOMPARE(row.integer("serving_super"), std::int64_t{0});
    QCOMPARE(row.integer("serving_bypass"), std::int64_t{0});
    QCOMPARE(row.integer("login_super"), std::int64_t{0});
    QCOMPARE(row.integer("login_bypass"), std::int64_t{0});
    QCOMPARE(row.integer("owned_tables"), std::int64_t{0});
    QVERIFY(row.integer("all_tables") >= 12);
}

void TestRowLevelSecurity::servingRoleCannotSwitchSecurityOff() {
    Database& db = *m_opened->database;
    for (const char* sql : {"ALTER TABLE users DISABLE ROW LEVEL SECURITY",
                            "ALTER TABLE users NO FORCE ROW LEVEL SECURITY", "DROP POLICY tenant_isolation ON users"}) {
        auto outcome = write(db, Scope::tenant("tA"), sql);
        TP_VERIFY_ERROR(outcome, "permission_denied");
    }

    // RESET ROLE works (SET ROLE guards against mistakes, not against our own SQL), but the
    // login role that owns the tables is bound by FORCE ROW LEVEL SECURITY just the same. The
    // transaction is rolled back, which also undoes the RESET for the pooled connection.
    std::int64_t seen = -1;
    std::string role;
    auto outcome = db.transaction(Scope::tenant("tA"), TransactionKind::Write, [&](Connection& connection) {
        auto reset = connection.execute("RESET ROLE");
        auto rows = connection.execute("SELECT COUNT(*), current_user FROM users");
        if (reset && rows) {
            seen = rows->first().integer(0);
            role = rows->first().text(1);
        }
        return Result<void>{tp::domain::makeError("undo", "roll back the RESET ROLE")};
    });
    TP_VERIFY_ERROR(outcome, "undo");
    QVERIFY(role != "tillpoint_app");
    QCOMPARE(seen, std::int64_t{2});
    TP_ASSIGN_OK(after, query(db, Scope::none(), "SELECT current_user"));
    QCOMPARE(after.first().text(0), std::string("tillpoint_app"));
}

// A later migration that creates a tenant table must also put it behind the policy; the server
// refuses to open until it does (a .postgresql.sql migration calling tillpoint_enable_tenant_rls).
void TestRowLevelSecurity::tenantTableWithoutSecurityStopsOpen() {
    const ScratchDatabase& scratch = *m_opened->scratch;
    TP_VERIFY_OK(scratch.admin("CREATE TABLE loyalty_cards (tenant_id TEXT NOT NULL REFERENCES tenants (id), "
                               "id TEXT NOT NULL, points BIGINT NOT NULL, PRIMARY KEY (tenant_id, id))"));
    auto refused = Database::open(scratch.options());
    TP_VERIFY_ERROR(refused, "migration_failed");
    QVERIFY2(refused.error().message.find("loyalty_cards") != std::string::npos, refused.error().message.c_str());

    TP_VERIFY_OK(scratch.admin("SELECT tillpoint_enable_tenant_rls('loyalty_cards')"));
    TP_ASSIGN_OK(db, Database::open(scratch.options()));
    TP_VERIFY_OK(write(*db, Scope::tenant("tA"), "INSERT INTO loyalty_cards VALUES ('tA', 'c1', 10)"));
    TP_VERIFY_OK(write(*db, Scope::tenant("tB"), "INSERT INTO loyalty_cards VALUES ('tB', 'c1', 20)"));
    TP_ASSIGN_OK(cards, query(*db, Scope::tenant("tB"), "SELECT * FROM loyalty_cards"));
    QCOMPARE(column(cards, "tenant_id"), std::vector<std::string>{"tB"});
}

QTEST_GUILESS_MAIN(TestRowLevelSecurity)
#include "tst_rowlevelsecurity.moc"
