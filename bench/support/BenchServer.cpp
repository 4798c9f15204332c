#include "BenchServer.h"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

namespace tp::bench {

BenchServer::BenchServer(const std::string& backend, const std::filesystem::path& workDir, int threads)
    : m_backend(backend)
    , m_workDir(workDir) {
    tp::server::app::ServerConfig config;
    config.listenHost = "127.0.0.1";
    config.listenPort = 0;
    config.dataDir = (workDir / "data").string();
    config.threads = threads;
    config.poolSize = 16;
    if (backend == "postgresql") {
        const std::string command = "bash " TP_SOURCE_DIR "/tests/server/postgres/start.sh " +
                                    (workDir / "pg").string() + " " + (workDir / "pg-url").string() + " >/dev/null";
        if (std::system(command.c_str()) != 0)
            throw std::runtime_error("cannot start PostgreSQL: " + command);
        std::ifstream(workDir / "pg-url") >> config.database;
    } else if (backend != "sqlite") {
        throw std::runtime_error("unknown backend " + backend + " (sqlite or postgresql)");
    }
    std::ostringstream quiet;
    tp::server::app::TillpointServer::StartOptions options;
    // Logins are not what is measured; the production KDF would only slow the setup down.
    options.passwordIterations = 1000;
    options.announcements = &quiet;
    auto server = tp::server::app::TillpointServer::start(config, options);
    if (!server)
        throw std::runtime_error("server did not start: " + server.error().message);
    m_server = std::move(server).value();
}

BenchServer::~BenchServer() {
    m_server.reset();
    if (m_backend == "postgresql") {
        const std::string command = "bash " TP_SOURCE_DIR "/tests/server/postgres/stop.sh " +
                                    (m_workDir / "pg").string() + " " + (m_workDir / "pg-url").string() +
                                    " >/dev/null 2>&1";
        [[maybe_unused]] const int ignored = std::system(command.c_str());
    }
}

std::string BenchServer::baseUrl() const {
    return "http://127.0.0.1:" + std::to_string(m_server->port());
}

Poco::JSON::Object::Ptr BenchServer::call(const std::string& method, const std::string& path, const std::string& body,
                                          const std::string& token, std::string* rawBody) {
    Poco::Net::HTTPClientSession session("127.0.0.1", m_server->port());
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!token.empty())
        request.set("Authorization", "Bearer " + token);
    if (!body.empty()) {
        request.setContentType("application/json");
        request.setContentLength(static_cast<std::streamsize>(body.size()));
    }
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    std::string text;
    Poco::StreamCopier::copyToString(session.receiveResponse(response), text);
    if (response.getStatus() >= 300)
        throw std::runtime_error(method + " " + path + " answered " + std::to_string(response.getStatus()) + ": " +
                                 text);
    if (rawBody)
        *rawBody = text;
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

BenchServer::Tenant BenchServer::createTenant(const std::string& slug, const std::string& plan) {
    const std::string password = "benchmark password";
    auto created =
        call("POST", "/api/v1/admin/tenants",
             "{\"slug\":\"" + slug + "\",\"name\":\"Bench " + slug + "\",\"plan\":\"" + plan +
                 "\",\"owner\":{\"email\":\"owner@" + slug + ".example\",\"password\":\"" + password + "\"}}",
             m_server->adminToken());
    Tenant tenant;
    tenant.id = created->getObject("tenant")->getValue<std::string>("id");
    tenant.slug = slug;
    tenant.token = login(slug, "owner@" + slug + ".example", password);
    return tenant;
}

std::string BenchServer::login(const std::string& slug, const std::string& email, const std::string& password) {
    auto session =
        call("POST", "/api/v1/auth/login",
             "{\"tenant\":\"" + slug + "\",\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", {});
    return session->getValue<std::string>("access_token");
}

} // namespace tp::bench
