#include "ScratchDatabase.h"

#include <libpq-fe.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include <unistd.h>

namespace tp::server::db::testing {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

struct ConnectionCloser {
    void operator()(PGconn* connection) const { PQfinish(connection); }
};
using PgConnection = std::unique_ptr<PGconn, ConnectionCloser>;

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == '\r'))
        text.pop_back();
    return text;
}

// The URL of another database on the same server: the path segment is the database name.
std::string withDatabase(const std::string& url, const std::string& database) {
    const auto query = url.find('?');
    const std::string base = url.substr(0, query);
    const std::string rest = query == std::string::npos ? "" : url.substr(query);
    return base.substr(0, base.rfind('/') + 1) + database + rest;
}

std::string uniqueSuffix() {
    static std::atomic<int> counter{0};
    static const unsigned salt = std::random_device{}() % 100000;
    return std::to_string(::getpid()) + "_" + std::to_string(salt) + "_" + std::to_string(++counter);
}

} // namespace

Result<std::vector<std::vector<std::string>>> runAsLoginRole(const std::string& url, const std::string& sql) {
    PgConnection connection(PQconnectdb(url.c_str()));
    if (PQstatus(connection.get()) != CONNECTION_OK)
        return makeError("database_unavailable", trimmed(PQerrorMessage(connection.get())));
    PQsetNoticeProcessor(
        connection.get(), [](void*, const char*) {}, nullptr);
    PGresult* result = PQexec(connection.get(), sql.c_str());
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        std::string message = trimmed(PQresultErrorMessage(result));
        PQclear(result);
        return makeError("database_error", message);
    }
    std::vector<std::vector<std::string>> rows;
    for (int row = 0; row < PQntuples(result); ++row) {
        std::vector<std::string> values;
        for (int column = 0; column < PQnfields(result); ++column)
            values.emplace_back(PQgetvalue(result, row, column));
        rows.push_back(std::move(values));
    }
    PQclear(result);
    return rows;
}

Result<std::string> postgresFixtureUrl() {
    const char* file = std::getenv("TILLPOINT_TEST_PG_URL_FILE");
    if (file == nullptr || *file == '\0')
        return makeError("database_unavailable",
                         "TILLPOINT_TEST_PG_URL_FILE is not set: run this test through ctest, whose fixture "
                         "server.postgres.start starts the test PostgreSQL");
    std::ifstream in(file);
    std::string url;
    if (!in || !std::getline(in, url) || url.empty())
        return makeError("database_unavailable",
                         std::string("no PostgreSQL URL in ") + file + ": did the fixture server.postgres.start fail?");
    return url;
}

Result<std::unique_ptr<ScratchDatabase>> ScratchDatabase::create(Backend backend) {
    const std::string suffix = uniqueSuffix();
    if (backend == Backend::Sqlite) {
        std::error_code error;
        const auto directory = std::filesystem::temp_directory_path(error) / ("tp_db_test_" + suffix);
        std::filesystem::create_directories(directory, error);
        if (error)
            return makeError("database_unavailable", "cannot create " + directory.string() + ": " + error.message());
        return std::unique_ptr<ScratchDatabase>(
            new ScratchDatabase(backend, "sqlite://" + (directory / "tillpoint.db").string(), directory.string(), {}));
    }
    auto fixture = postgresFixtureUrl();
    if (!fixture)
        return fixture.error();
    const std::string name = "tp_test_" + suffix;
    auto created = runAsLoginRole(fixture.value(), "CREATE DATABASE " + name);
    if (!created)
        return makeError(created.error().code,
                         "cannot create a scratch PostgreSQL database: " + created.error().message);
    return std::unique_ptr<ScratchDatabase>(
        new ScratchDatabase(backend, withDatabase(fixture.value(), name), {}, name));
}

ScratchDatabase::ScratchDatabase(Backend backend, std::string url, std::string directory, std::string postgresName)
    : m_backend(backend)
    , m_url(std::move(url))
    , m_directory(std::move(directory))
    , m_postgresName(std::move(postgresName)) {}

ScratchDatabase::~ScratchDatabase() {
    if (!m_directory.empty()) {
        std::error_code ignored;
        std::filesystem::remove_all(m_directory, ignored);
    }
    if (!m_postgresName.empty()) {
        if (auto fixture = postgresFixtureUrl())
            static_cast<void>(
                runAsLoginRole(fixture.value(), "DROP DATABASE IF EXISTS " + m_postgresName + " WITH (FORCE)"));
    }
}

DatabaseOptions ScratchDatabase::options() const {
    DatabaseOptions options;
    options.url = m_url;
    options.poolSize = 4;
    options.acquireTimeout = std::chrono::seconds(20);
    return options;
}

Result<std::vector<std::vector<std::string>>> ScratchDatabase::admin(const std::string& sql) const {
    if (m_backend != Backend::Postgres)
        return makeError("database_error", "admin() is for PostgreSQL scratch databases");
    return runAsLoginRole(m_url, sql);
}

} // namespace tp::server::db::testing
