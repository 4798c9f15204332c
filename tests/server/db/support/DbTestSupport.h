#pragma once

#include <QMetaType>
#include <QTest>

#include <array>
#include <functional>
#include <memory>
#include <string>

#include "DomainTestSupport.h"
#include "ScratchDatabase.h"
#include "db/Database.h"

Q_DECLARE_METATYPE(tp::server::db::Backend)

namespace tp::server::db::testing {

// Every db test class runs its cases on both backends: a "backend" data column and rows named
// "<backend>: <scenario>".
constexpr std::array<Backend, 2> kBothBackends{Backend::Sqlite, Backend::Postgres};
const char* backendName(Backend backend);

// A scratch database with the built-in schema opened on it by Database::open. The database is
// closed before its scratch storage goes away (member order).
struct OpenedDatabase {
    std::unique_ptr<ScratchDatabase> scratch;
    std::unique_ptr<Database> database;
};
tp::domain::Result<OpenedDatabase> openScratch(Backend backend,
                                               const std::function<void(DatabaseOptions&)>& adjust = {});

// Runs DDL as the schema's owner, the way a migration would: on PostgreSQL through the login
// role (the serving role may not create tables), on SQLite through the database itself.
tp::domain::Result<void> runAsOwner(const OpenedDatabase& opened, const std::string& script);

// Inserts an active tenant on the basic plan (platform scope), with its change counter at 0.
tp::domain::Result<void> insertTenant(Database& database, const std::string& id);

// Inserts a staff member of `tenantId` under that tenant's scope.
tp::domain::Result<void> insertUser(Database& database, const std::string& tenantId, const std::string& id,
                                    const std::string& email);

// How many staff members `tenantId` has, read in a transaction of its own.
tp::domain::Result<std::int64_t> userCount(Database& database, const std::string& tenantId);

// Adds a manager of tenant "t1" inside the caller's transaction (the rollback tests' write).
tp::domain::Result<void> addUser(Connection& connection, const std::string& id, const std::string& email);

} // namespace tp::server::db::testing

// Unwraps a Result into `target` or fails the test with the error.
#define TP_ASSIGN_OK(target, expression)                                                                               \
    auto target##Result_ = (expression);                                                                               \
    TP_VERIFY_OK(target##Result_);                                                                                     \
    auto target = std::move(target##Result_).value()
