#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include <Poco/JSON/Object.h>

#include "app/TillpointServer.h"

namespace tp::bench {

// A tillpoint-server for a benchmark: in this process on a loopback port, over SQLite in the
// work directory or over a throwaway PostgreSQL started with the test suite's own scripts
// (tests/server/postgres/start.sh) and stopped afterwards.
class BenchServer {
public:
    BenchServer(const std::string& backend, const std::filesystem::path& workDir, int threads);
    ~BenchServer();

    tp::server::app::TillpointServer& server() { return *m_server; }
    std::string baseUrl() const;

    struct Tenant {
        std::string id;
        std::string slug;
        std::string token; // the owner's access token
    };
    // Through the admin API and a login, as a real operator would.
    Tenant createTenant(const std::string& slug, const std::string& plan = "enterprise");
    // A staff login through the API; the access token.
    std::string login(const std::string& slug, const std::string& email, const std::string& password);

    // A JSON request on the server; throws std::runtime_error on a non-2xx answer.
    Poco::JSON::Object::Ptr call(const std::string& method, const std::string& path, const std::string& body,
                                 const std::string& token, std::string* rawBody = nullptr);

private:
    std::string m_backend;
    std::filesystem::path m_workDir;
    std::unique_ptr<tp::server::app::TillpointServer> m_server;
};

} // namespace tp::bench
