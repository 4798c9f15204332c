#include "db/PostgresConnection.h"

#include <libpq-fe.h>

#include <charconv>
#include <memory>
#include <vector>

#include "db/PostgresPlaceholders.h"

namespace tp::server::db {

using tp::domain::Error;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

// Type OIDs from pg_type.h (server headers, which libpq-dev does not ship).
constexpr Oid kBoolOid = 16;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kNumericOid = 1700;

// See PostgresConnection's class comment: cached statements are per connection, bounded.
constexpr std::size_t kMaxCachedStatements = 512;

struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

std::string field(const PGresult* result, int code) {
    const char* value = result ? PQresultErrorField(result, code) : nullptr;
    return value ? value : "";
}

// "Key (tenant_id, email)=(t1, a@b.c) already exists." -> "tenant_id, email"; empty when the
// detail is missing, as it is on tables with row-level security.
std::string keyColumnsFromDetail(const std::string& detail) {
    constexpr std::string_view open = "Key (";
    const auto start = detail.find(open);
    if (start == std::string::npos)
        return {};
    const auto close = detail.find(")=(", start);
    if (close == std::string::npos)
        return {};
    return detail.substr(start + open.size(), close - start - open.size());
}

std::optional<std::int64_t> integerText(std::string_view text) {
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

SqlValue columnValue(const PGresult* result, int row, int column) {
    if (PQgetisnull(result, row, column))
        return std::monostate{};
    const std::string_view text(PQgetvalue(result, row, column),
                                static_cast<std::size_t>(PQgetlength(result, row, column)));
    switch (PQftype(result, column)) {
    case kBoolOid:
        return std::int64_t{text == "t" ? 1 : 0};
    case kInt2Oid:
    case kInt4Oid:
    case kInt8Oid:
    case kNumericOid:
        if (auto number = integerText(text))
            return *number;
        break;
    default:
        break;
    }
    return std::string(text);
}

void ignoreNotice(void*, const char*) {}

} // namespace

Result<std::unique_ptr<PostgresConnection>> PostgresConnection::open(const std::string& uri) {
    // Defaults first: with expand_dbname the URI's own parameters, coming later, win.
    const char* keywords[] = {"application_name", "connect_timeout", "client_encoding", "dbname", nullptr};
    const char* values[] = {"tillpoint-server", "10", "UTF8", uri.c_str(), nullptr};
    PGconn* handle = PQconnectdbParams(keywords, values, 1);
    if (handle == nullptr)
        return makeError("database_unavailable", "cannot connect to PostgreSQL: out of memory");
    if (PQstatus(handle) != CONNECTION_OK) {
        std::string message = trimmed(PQerrorMessage(handle));
        PQfinish(handle);
        return makeError("database_unavailable", "cannot connect to PostgreSQL: " + message);
    }
    PQsetNoticeProcessor(handle, ignoreNotice, nullptr);
    return std::unique_ptr<PostgresConnection>(new PostgresConnection(handle));
}

PostgresConnection::PostgresConnection(pg_conn* handle)
    : m_handle(handle) {}

PostgresConnection::~PostgresConnection() {
    PQfinish(m_handle);
}

Error PostgresConnection::errorOf(const pg_result* result) {
    const std::string state = field(result, PG_DIAG_SQLSTATE);
    std::string message = field(result, PG_DIAG_MESSAGE_PRIMARY);
    if (message.empty())
        message = trimmed(PQerrorMessage(m_handle));

    if (PQstatus(m_handle) == CONNECTION_BAD || state.starts_with("08") || state == "57P01" || state == "57P02" ||
        state == "57P03" || state == "53300")
        return makeError("database_unavailable", "lost the PostgreSQL connection: " + message);
    if (state == "40001" || state == "40P01")
        return makeError("serialization_failure", message);
    if (state == "23505") {
        const std::string table = field(result, PG_DIAG_TABLE_NAME);
        const std::string constraint = field(result, PG_DIAG_CONSTRAINT_NAME);
        if (auto known = m_uniqueKeys.find(constraint); known != m_uniqueKeys.end())
            return makeError("unique_violation", known->second);
        std::string columns = keyColumnsFromDetail(field(result, PG_DIAG_MESSAGE_DETAIL));
        return makeError("unique_violation", table + "(" + (columns.empty() ? constraint : columns) + ")");
    }
    if (state == "23503")
        return makeError("foreign_key_violation", message);
    if (state == "23514")
        return makeError("check_violation", message);
    if (state == "23502")
        return makeError("not_null_violation",
                         field(result, PG_DIAG_TABLE_NAME) + "." + field(result, PG_DIAG_COLUMN_NAME));
    if (state == "42501")
        return makeError("permission_denied", message);
    if (state == "0A000" && message.find("cached plan") != std::string::npos && !m_statements.empty()) {
        // The schema changed under a cached statement; drop them all so the rerun of the
        // transaction prepares afresh.
        m_staleStatements = true;
        return makeError("serialization_failure", message);
    }
    return makeError("database_error", state.empty() ? message : message + " (SQLSTATE " + state + ")");
}

Result<const PostgresConnection::Prepared*> PostgresConnection::prepared(std::string_view sql) {
    if (m_staleStatements && PQtransactionStatus(m_handle) != PQTRANS_INERROR) {
        // DEALLOCATE is not transactional, but an aborted transaction refuses it: wait for a
        // healthy moment rather than leak the server-side statements.
        auto dropped = plain("DEALLOCATE ALL");
        if (!dropped)
            return dropped.error();
        m_statements.clear();
        m_staleStatements = false;
    }
    const std::string key(sql);
    if (auto cached = m_statements.find(key); cached != m_statements.end())
        return &cached->second;
    if (m_statements.size() >= kMaxCachedStatements && PQtransactionStatus(m_handle) != PQTRANS_INERROR) {
        auto dropped = plain("DEALLOCATE ALL");
        if (!dropped)
            return dropped.error();
        m_statements.clear();
    }

    const PostgresPlaceholders rewritten = PostgresPlaceholders::rewrite(sql);
    Prepared statement{"tp_" + std::to_string(++m_nextStatement), rewritten.count};
    ResultPtr result(PQprepare(m_handle, statement.name.c_str(), rewritten.sql.c_str(), 0, nullptr));
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
        return errorOf(result.get());
    return &m_statements.emplace(key, std::move(statement)).first->second;
}

Result<SqlResult> PostgresConnection::run(std::string_view sql, const SqlParams& params) {
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    const Prepared& prepared = *statement.value();
    if (prepared.parameters != static_cast<int>(params.size()))
        return makeError("database_error", "the statement has " + std::to_string(prepared.parameters) +
                                               " placeholders but " + std::to_string(params.size()) +
                                               " parameters were given");

    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t index = 0; index < params.size(); ++index) {
        if (const auto* number = std::get_if<std::int64_t>(&params[index]))
            texts[index] = std::to_string(*number);
        else if (const auto* text = std::get_if<std::string>(&params[index]))
            texts[index] = *text;
        else
            continue; // NULL
        values[index] = texts[index].c_str();
    }

    ResultPtr result(PQexecPrepared(m_handle, prepared.name.c_str(), static_cast<int>(params.size()), values.data(),
                                    nullptr, nullptr, 0));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        return errorOf(result.get());

    std::vector<std::string> columns;
    const int columnCount = PQnfields(result.get());
    for (int column = 0; column < columnCount; ++column)
        columns.emplace_back(PQfname(result.get(), column));
    std::vector<std::vector<SqlValue>> rows;
    const int rowCount = PQntuples(result.get());
    rows.reserve(static_cast<std::size_t>(rowCount));
    for (int row = 0; row < rowCount; ++row) {
        std::vector<SqlValue> values;
        values.reserve(static_cast<std::size_t>(columnCount));
        for (int column = 0; column < columnCount; ++column)
            values.push_back(columnValue(result.get(), row, column));
        rows.push_back(std::move(values));
    }
    // PQcmdTuples also counts the rows a SELECT returned; only changed rows count here.
    const std::string_view command = PQcmdStatus(result.get());
    const std::int64_t affected =
        command.starts_with("SELECT") ? 0 : integerText(PQcmdTuples(result.get())).value_or(0);
    return SqlResult(std::move(columns), std::move(rows), affected);
}

Result<void> PostgresConnection::runScript(std::string_view sql) {
    const std::string script(sql);
    ResultPtr result(PQexec(m_handle, script.c_str()));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && status != PGRES_EMPTY_QUERY)
        return errorOf(result.get());
    return {};
}

Result<void> PostgresConnection::plain(const char* sql) {
    ResultPtr result(PQexec(m_handle, sql));
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
        return errorOf(result.get());
    return {};
}

Result<void> PostgresConnection::beginTransaction(const Scope& scope, TransactionKind kind) {
    // One round trip: BEGIN and the scope go together as a simple-protocol script, with the
    // tenant id escaped as a literal by libpq.
    std::unique_ptr<char, decltype(&PQfreemem)> tenant(
        PQescapeLiteral(m_handle, scope.tenantId.c_str(), scope.tenantId.size()), &PQfreemem);
    if (!tenant)
        return errorOf(nullptr);
    // Writes are READ COMMITTED and serialised per tenant by a transaction-scoped advisory lock,
    // taken first: every write of one tenant bumps the same rows (tenant_counters for the change
    // feed, tenant_usage for plan limits), so under SERIALIZABLE concurrent writers of a tenant
    // failed and retried endlessly. Queued on the lock instead, each writer sees what the one
    // before it committed (each statement takes a fresh snapshot), so read-compute-write logic
    // (stock counts as of a time) stays correct, while different tenants still write in
    // parallel. Writes outside a tenant (the platform scope) share one lock of their own.
    // Reads keep one consistent snapshot: REPEATABLE READ READ ONLY.
    std::string script;
    if (kind == TransactionKind::Write) {
        script = "BEGIN ISOLATION LEVEL READ COMMITTED; SELECT set_config('tillpoint.tenant_id', " +
                 std::string(tenant.get()) + ", true), set_config('tillpoint.platform', '" +
                 (scope.platform ? "on" : "off") + "', true); SELECT pg_advisory_xact_lock(" +
                 (scope.tenantId.empty() ? std::string("7400001") : "hashtextextended(" + std::string(tenant.get()) + ", 74)") +
                 ")";
    } else {
        script = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT set_config('tillpoint.tenant_id', " +
                 std::string(tenant.get()) + ", true), set_config('tillpoint.platform', '" +
                 (scope.platform ? "on" : "off") + "', true)";
    }
    ResultPtr result(PQexec(m_handle, script.c_str()));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return errorOf(result.get());
    return {};
}

Result<void> PostgresConnection::commitTransaction() {
    ResultPtr result(PQexec(m_handle, "COMMIT"));
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
        return errorOf(result.get());
    // COMMIT of a transaction that had failed answers ROLLBACK rather than an error.
    if (std::string_view(PQcmdStatus(result.get())) != "COMMIT")
        return makeError("database_error", "the transaction was rolled back by the server");
    return {};
}

Result<void> PostgresConnection::rollbackTransaction() {
    if (PQtransactionStatus(m_handle) == PQTRANS_IDLE)
        return {};
    return plain("ROLLBACK");
}

bool PostgresConnection::idle() const {
    return PQstatus(m_handle) == CONNECTION_OK && PQtransactionStatus(m_handle) == PQTRANS_IDLE;
}

Result<void> PostgresConnection::prepareForServing(const DatabaseOptions& options) {
    if (!options.postgresAppRole.empty()) {
        std::unique_ptr<char, decltype(&PQfreemem)> role(
            PQescapeIdentifier(m_handle, options.postgresAppRole.c_str(), options.postgresAppRole.size()), &PQfreemem);
        if (!role)
            return makeError("database_error", trimmed(PQerrorMessage(m_handle)));
        auto switched = plain(("SET ROLE " + std::string(role.get())).c_str());
        if (!switched)
            return makeError(switched.error().code, "cannot switch to the application role " + options.postgresAppRole +
                                                        ": " + switched.error().message);
    }
    return loadUniqueKeys();
}

Result<void> PostgresConnection::loadUniqueKeys() {
    // Every unique index on the search path's tables, with its key columns in key order:
    // the same order SQLite names them in its "UNIQUE constraint failed" message.
    auto keys =
        run("SELECT i.relname AS index_name, t.relname AS table_name, "
            "array_to_string(ARRAY(SELECT a.attname FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(num, pos) "
            "JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.num ORDER BY k.pos), ', ') "
            "AS columns "
            "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace "
            "WHERE x.indisunique AND n.nspname = ANY (current_schemas(false))",
            {});
    if (!keys)
        return keys.error();
    m_uniqueKeys.clear();
    for (const auto& row : keys->rows())
        m_uniqueKeys.emplace(row.text(0), row.text(1) + "(" + row.text(2) + ")");
    return {};
}

} // namespace tp::server::db
