#include "DbTestSupport.h"

namespace tp::server::db::testing {

using tp::domain::Result;

const char* backendName(Backend backend) {
    return backend == Backend::Sqlite ? "sqlite" : "postgresql";
}

Result<OpenedDatabase> openScratch(Backend backend, const std::function<void(DatabaseOptions&)>& adjust) {
    auto scratch = ScratchDatabase::create(backend);
    if (!scratch)
        return scratch.error();
    DatabaseOptions options = scratch.value()->options();
    if (adjust)
        adjust(options);
    auto database = Database::open(options);
    if (!database)
        return database.error();
    return OpenedDatabase{std::move(scratch).value(), std::move(database).value()};
}

Result<void> runAsOwner(const OpenedDatabase& opened, const std::string& script) {
    if (opened.scratch->backend() == Backend::Postgres) {
        auto ran = opened.scratch->admin(script);
        if (!ran)
            return ran.error();
        return {};
    }
    return opened.database->transaction(Scope::platformAdmin(), TransactionKind::Write,
                                        [&](Connection& connection) { return connection.executeScript(script); });
}

Result<void> insertTenant(Database& database, const std::string& id) {
    return database.transaction(
        Scope::platformAdmin(), TransactionKind::Write, [&](Connection& connection) -> Result<void> {
            auto tenant =
                connection.execute("INSERT INTO tenants (id, slug, name, status, plan_id, created_at, updated_at) "
                                   "VALUES (?, ?, ?, 'active', 'basic', 1700000000000, 1700000000000)",
                                   {id, "shop-" + id, "Shop " + id});
            if (!tenant)
                return tenant.error();
            auto counter =
                connection.execute("INSERT INTO tenant_counters (tenant_id, change_seq) VALUES (?, 0)", {id});
            if (!counter)
                return counter.error();
            return {};
        });
}

Result<void> insertUser(Database& database, const std::string& tenantId, const std::string& id,
                        const std::string& email) {
    return database.transaction(
        Scope::tenant(tenantId), TransactionKind::Write, [&](Connection& connection) -> Result<void> {
            auto user = connection.execute("INSERT INTO users (tenant_id, id, email, password_hash, role, created_at) "
                                           "VALUES (?, ?, ?, 'hash', 'cashier', 1700000000000)",
                                           {tenantId, id, email});
            if (!user)
                return user.error();
            return {};
        });
}

Result<std::int64_t> userCount(Database& database, const std::string& tenantId) {
    return database.transact<std::int64_t>(
        Scope::tenant(tenantId), TransactionKind::Read, [&](Connection& connection) -> Result<std::int64_t> {
            auto rows = connection.execute("SELECT COUNT(*) FROM users WHERE tenant_id = ?", {tenantId});
            if (!rows)
                return rows.error();
            return rows->first().integer(0);
        });
}

Result<void> addUser(Connection& connection, const std::string& id, const std::string& email) {
    auto inserted = connection.execute("INSERT INTO users (tenant_id, id, email, password_hash, role, created_at) "
                                       "VALUES ('t1', ?, ?, 'h', 'manager', 1)",
                                       {id, email});
    return inserted ? Result<void>{} : Result<void>{inserted.error()};
}

} // namespace tp::server::db::testing
