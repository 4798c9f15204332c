#include "ApiTestServer.h"

#include <QTest>

#include <fstream>
#include <random>
#include <sstream>

#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

namespace tp::test {

std::string ApiResponse::errorCode() const {
    if (!json || !json->has("error"))
        return {};
    auto error = json->getObject("error");
    return error ? error->optValue<std::string>("code", "") : std::string{};
}

std::string ApiResponse::header(const std::string& name) const {
    const auto found = headers.find(name);
    return found == headers.end() ? std::string{} : found->second;
}

ApiTestServer::ApiTestServer() {
    const char* backend = std::getenv("TILLPOINT_TEST_BACKEND");
    m_backend = backend && *backend ? backend : "sqlite";
}

ApiTestServer::~ApiTestServer() {
    if (m_server)
        m_server->stop();
}

bool ApiTestServer::start() {
    return startIn(m_dataDir.path().toStdString());
}

bool ApiTestServer::startBeside(const ApiTestServer& first) {
    return startIn(first.m_dataDir.path().toStdString());
}

bool ApiTestServer::startIn(const std::string& dataDir) {
    m_dataDirPath = dataDir;
    tp::server::app::ServerConfig config;
    config.listenHost = "127.0.0.1";
    config.listenPort = 0;
    config.dataDir = dataDir;
    config.threads = 8;
    config.poolSize = 8;
    config.corsOrigins = {"https://shop.example"};
    config.baseDomain = "shop.example";
    if (m_backend == "postgresql") {
        const char* urlFile = std::getenv("TILLPOINT_TEST_PG_URL_FILE");
        std::ifstream file(urlFile ? urlFile : "");
        std::getline(file, config.database);
        if (config.database.empty()) {
            m_error = "TILLPOINT_TEST_PG_URL_FILE does not name a file with the test database URL";
            return false;
        }
    } else if (m_backend != "sqlite") {
        m_error = "unknown TILLPOINT_TEST_BACKEND " + m_backend;
        return false;
    }
    m_databaseUrl = config.databaseUrl();
    std::ostringstream announcements;
    tp::server::app::TillpointServer::StartOptions options;
    options.passwordIterations = 1000; // the 600,000-iteration default is tested in tests/server/auth
    options.announcements = &announcements;
    auto server = tp::server::app::TillpointServer::start(config, options);
    if (!server) {
        m_error = server.error().code + ": " + server.error().message;
        return false;
    }
    m_server = std::move(server).value();
    return true;
}

ApiResponse ApiTestServer::request(const std::string& method, const std::string& path, const std::string& body,
                                   const std::string& token, const std::map<std::string, std::string>& headers) const {
    Poco::Net::HTTPClientSession session("127.0.0.1", m_server->port());
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!token.empty())
        request.set("Authorization", "Bearer " + token);
    for (const auto& [name, value] : headers)
        request.set(name, value);
    if (!body.empty() || method == "POST" || method == "PATCH" || method == "PUT") {
        request.setContentType("application/json");
        request.setContentLength(static_cast<std::streamsize>(body.size()));
    }
    std::ostream& out = session.sendRequest(request);
    out << body;
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    ApiResponse result;
    result.status = static_cast<int>(response.getStatus());
    Poco::StreamCopier::copyToString(in, result.body);
    for (const auto& [name, value] : response) {
        std::string lower = name;
        for (char& c : lower)
            c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        result.headers[lower] = value;
    }
    try {
        Poco::JSON::Parser parser;
        auto parsed = parser.parse(result.body);
        if (parsed.type() == typeid(Poco::JSON::Object::Ptr))
            result.json = parsed.extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception&) {
    }
    return result;
}

std::string ApiTestServer::uniqueSlug(const std::string& stem) const {
    static std::mt19937_64 random(std::random_device{}());
    static const char* alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::string slug = stem.substr(0, 28) + "-";
    for (int i = 0; i < 8; ++i)
        slug += alphabet[random() % 36];
    return slug;
}

std::string ApiTestServer::login(const std::string& slug, const std::string& email, const std::string& password) const {
    const ApiResponse answer = post("/api/v1/auth/login", R"({"tenant":")" + slug + R"(","email":")" + email +
                                                              R"(","password":")" + password + R"("})");
    if (answer.status != 200 || !answer.json)
        return {};
    return answer.json->optValue<std::string>("access_token", "");
}

ApiTestServer::Tenant ApiTestServer::createTenant(const std::string& stem, const std::string& plan) const {
    Tenant tenant;
    tenant.slug = uniqueSlug(stem);
    tenant.ownerEmail = "owner@" + tenant.slug + ".example";
    tenant.ownerPassword = "correct horse battery staple";
    const ApiResponse created = request("POST", "/api/v1/admin/tenants",
                                        R"({"slug":")" + tenant.slug + R"(","name":"Shop )" + tenant.slug +
                                            R"(","plan":")" + plan + R"(","owner":{"email":")" + tenant.ownerEmail +
                                            R"(","password":")" + tenant.ownerPassword + R"("}})",
                                        adminToken());
    if (created.status != 201 || !created.json) {
        QTest::qFail(("creating tenant failed: " + std::to_string(created.status) + " " + created.body).c_str(),
                     __FILE__, __LINE__);
        return tenant;
    }
    tenant.id = created.json->getObject("tenant")->getValue<std::string>("id");
    tenant.ownerToken = login(tenant.slug, tenant.ownerEmail, tenant.ownerPassword);
    const ApiResponse stores = get("/api/v1/stores", tenant.ownerToken);
    if (stores.status == 200 && stores.json && stores.json->getArray("stores")->size() > 0)
        tenant.mainStoreId = stores.json->getArray("stores")->getObject(0)->getValue<std::string>("id");
    return tenant;
}

} // namespace tp::test
