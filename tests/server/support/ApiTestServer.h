#pragma once

#include <QTemporaryDir>

#include <map>
#include <memory>
#include <string>

#include <Poco/JSON/Object.h>

#include "app/TillpointServer.h"

namespace tp::test {

// One HTTP exchange as a test sees it.
struct ApiResponse {
    int status = 0;
    std::string body;
    std::map<std::string, std::string> headers; // names lower-cased
    Poco::JSON::Object::Ptr json;               // null unless the body is a JSON object

    std::string errorCode() const; // json.error.code, or ""
    std::string header(const std::string& name) const;
};

// A real tillpoint-server running in this process on a loopback port, over the backend the
// test run asks for: TILLPOINT_TEST_BACKEND=sqlite (a fresh file in a temp dir) or
// postgresql (the database the CTest fixture started; its URL in the file named by
// TILLPOINT_TEST_PG_URL_FILE). Requests go through real sockets with Poco's HTTP client.
class ApiTestServer {
public:
    ApiTestServer();
    ~ApiTestServer();

    // Starts the server; false (with the reason in error()) if it could not.
    bool start();
    // Starts a second server on the data directory, and so the database and secrets, of `first`
    // (started): tokens of one are good on the other. On SQLite the first one's storage lock
    // refuses it (data_dir_in_use); on PostgreSQL both serve the fixture's database.
    bool startBeside(const ApiTestServer& first);
    const std::string& error() const { return m_error; }
    std::string backend() const { return m_backend; }

    ApiResponse request(const std::string& method, const std::string& path, const std::string& body = {},
                        const std::string& token = {}, const std::map<std::string, std::string>& headers = {}) const;
    ApiResponse get(const std::string& path, const std::string& token = {}) const {
        return request("GET", path, {}, token);
    }
    ApiResponse post(const std::string& path, const std::string& body, const std::string& token = {}) const {
        return request("POST", path, body, token);
    }

    const std::string& adminToken() const { return m_server->adminToken(); }
    std::uint16_t port() const { return m_server->port(); }
    tp::server::app::TillpointServer& server() { return *m_server; }

    // A slug no other test run has used (PostgreSQL databases outlive one executable).
    std::string uniqueSlug(const std::string& stem) const;

    struct Tenant {
        std::string id;
        std::string slug;
        std::string ownerEmail;
        std::string ownerPassword;
        std::string ownerToken; // a fresh access token of the owner
        std::string mainStoreId;
    };
    // Creates a tenant through the admin API and logs its owner in; fails the test if not.
    Tenant createTenant(const std::string& stem, const std::string& plan = "standard") const;
    // Logs in and returns the access token ("" on failure).
    std::string login(const std::string& slug, const std::string& email, const std::string& password) const;

    // The database URL the server was started on.
    const std::string& databaseUrl() const { return m_databaseUrl; }
    // The server's data directory (its mail spool is mail-outbox in it).
    const std::string& dataDir() const { return m_dataDirPath; }

private:
    bool startIn(const std::string& dataDir);

    QTemporaryDir m_dataDir;
    std::string m_databaseUrl;
    std::string m_dataDirPath;
    std::string m_backend;
    std::string m_error;
    std::unique_ptr<tp::server::app::TillpointServer> m_server;
};

} // namespace tp::test
