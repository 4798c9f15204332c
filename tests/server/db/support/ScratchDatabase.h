#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "db/Database.h"
#include "domain/core/Result.h"

namespace tp::server::db::testing {

// A fresh, empty database that lives as long as this object: a SQLite file in a temporary
// directory, or a database of its own in the test PostgreSQL cluster that the CTest fixture
// "postgres" starts (tests/server/postgres/start.sh writes its URL to the file named by
// TILLPOINT_TEST_PG_URL_FILE). Creation fails, rather than skips, when that cluster is missing.
//
// The PostgreSQL databases belong to the cluster's non-superuser login role, which is what
// the server connects as; the pool then switches to the application role (SET ROLE).
class ScratchDatabase {
public:
    static tp::domain::Result<std::unique_ptr<ScratchDatabase>> create(Backend backend);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    Backend backend() const { return m_backend; }
    const std::string& url() const { return m_url; }
    // url plus a small pool and short timeouts suited to tests.
    DatabaseOptions options() const;

    // PostgreSQL only: runs one statement as the login role (the database owner) on a
    // connection of its own, outside any pool, and returns the rows as text (NULL as "").
    // For looking behind the server's back and for breaking things on purpose.
    tp::domain::Result<std::vector<std::vector<std::string>>> admin(const std::string& sql) const;

private:
    ScratchDatabase(Backend backend, std::string url, std::string directory, std::string postgresName);

    Backend m_backend;
    std::string m_url;
    std::string m_directory;    // SQLite: the temporary directory holding the file
    std::string m_postgresName; // PostgreSQL: the database to drop at the end
};

// The PostgreSQL URL of the test cluster's own database (for tests that need the server-wide view).
tp::domain::Result<std::string> postgresFixtureUrl();

// What admin() does, for any PostgreSQL URL: one statement as the URL's login role on a
// connection of its own, the rows as text (NULL as "").
tp::domain::Result<std::vector<std::vector<std::string>>> runAsLoginRole(const std::string& url,
                                                                         const std::string& sql);

} // namespace tp::server::db::testing
