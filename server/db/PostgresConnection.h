#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "db/BackendConnection.h"

struct pg_conn;
struct pg_result;

namespace tp::server::db {

// A libpq connection to PostgreSQL.
//
// Statements are rewritten from `?` to $n (PostgresPlaceholders), prepared once per connection
// and cached by their SQL text. Parameters go as text with their types left for the server to
// infer; results come back as text and are converted by column type: int2/int4/int8, bool
// (1/0) and integral numeric (SUM of a BIGINT column) become integers, everything else text.
//
// Transactions: Write is READ COMMITTED behind a per-tenant advisory lock (writers of a tenant
// queue, as on SQLite), Read is REPEATABLE READ READ ONLY, so code that is correct on SQLite
// stays correct here without serialization failures under one tenant's contention. Each
// transaction first sets tillpoint.tenant_id and tillpoint.platform from its Scope, which the
// row-level-security policies read.
//
// Errors: SQLSTATE 23505 becomes unique_violation "<table>(<col>, <col>)". The column list
// cannot come from the error's detail (PostgreSQL omits it on tables with row-level security),
// so prepareForServing() loads the columns of every unique index once and looks the violated
// constraint up by name.
class PostgresConnection final : public BackendConnection {
public:
    static tp::domain::Result<std::unique_ptr<PostgresConnection>> open(const std::string& uri);
    ~PostgresConnection() override;
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    Backend backend() const override { return Backend::Postgres; }
    tp::domain::Result<void> prepareForServing(const DatabaseOptions& options) override;

protected:
    tp::domain::Result<SqlResult> run(std::string_view sql, const SqlParams& params) override;
    tp::domain::Result<void> runScript(std::string_view sql) override;
    tp::domain::Result<void> beginTransaction(const Scope& scope, TransactionKind kind) override;
    tp::domain::Result<void> commitTransaction() override;
    tp::domain::Result<void> rollbackTransaction() override;
    bool idle() const override;

private:
    struct Prepared {
        std::string name;
        int parameters = 0;
    };

    explicit PostgresConnection(pg_conn* handle);

    tp::domain::Result<const Prepared*> prepared(std::string_view sql);
    tp::domain::Result<void> plain(const char* sql);
    tp::domain::Result<void> loadUniqueKeys();
    tp::domain::Error errorOf(const pg_result* result);

    pg_conn* m_handle = nullptr;
    std::unordered_map<std::string, Prepared> m_statements;
    int m_nextStatement = 0;
    bool m_staleStatements = false;                            // DEALLOCATE ALL and forget the cache at the next chance
    std::unordered_map<std::string, std::string> m_uniqueKeys; // index name -> "table(col, col)"
};

} // namespace tp::server::db
