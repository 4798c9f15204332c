#pragma once

// What the HTTP edge's tests share: fake Authenticator and FeatureGate, a real HttpServer on a
// free loopback port with a set of routes that exercise every access kind and failure, and a
// small client over Poco::Net::HTTPClientSession. No part of the server is mocked.

#include <QString>
#include <QTest>

#include <cctype>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <Poco/AutoPtr.h>
#include <Poco/Channel.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Logger.h>
#include <Poco/Message.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include "DomainTestSupport.h"
#include "http/Authenticator.h"
#include "http/HttpServer.h"
#include "http/Metrics.h"
#include "http/Router.h"

namespace tp::server::http::test {

using tp::domain::makeError;

// Bearer tokens the fake knows. Tenant "acme" (id t-acme) and "bobs" (id t-bobs).
class FakeAuthenticator : public Authenticator {
public:
    FakeAuthenticator() {
        add("owner-acme", staff("t-acme", "acme", StaffRole::Owner));
        add("manager-acme", staff("t-acme", "acme", StaffRole::Manager));
        add("cashier-acme", staff("t-acme", "acme", StaffRole::Cashier));
        add("owner-bobs", staff("t-bobs", "bobs", StaffRole::Owner));
        Principal device;
        device.kind = Principal::Kind::Device;
        device.tenantId = "t-acme";
        device.tenantSlug = "acme";
        device.deviceId = "d-1";
        device.storeId = "s-1";
        add("device-acme", device);
        Principal admin;
        admin.kind = Principal::Kind::PlatformAdmin;
        add("admin", admin);
    }

    tp::domain::Result<Principal> authenticate(const Request& request) override {
        const std::string header = request.header("Authorization");
        if (header.rfind("Bearer ", 0) != 0)
            return makeError("unauthorized", "an Authorization: Bearer token is required");
        const std::string token = header.substr(7);
        if (token == "suspended")
            return makeError("tenant_suspended", "this tenant is suspended");
        if (token == "explode")
            throw std::runtime_error("token store unreachable at 10.9.8.7");
        const auto it = m_tokens.find(token);
        if (it == m_tokens.end())
            return makeError("unauthorized", "the token is invalid or expired");
        return it->second;
    }

private:
    static Principal staff(std::string tenantId, std::string slug, StaffRole role) {
        Principal principal;
        principal.kind = Principal::Kind::Staff;
        principal.tenantId = std::move(tenantId);
        principal.tenantSlug = std::move(slug);
        principal.userId = "u-1";
        principal.role = role;
        return principal;
    }
    void add(std::string token, Principal principal) { m_tokens.emplace(std::move(token), std::move(principal)); }

    std::map<std::string, Principal> m_tokens;
};

// Every feature is on except the (tenant id, feature) pairs listed.
class FakeFeatureGate : public FeatureGate {
public:
    explicit FakeFeatureGate(std::set<std::pair<std::string, std::string>> disabled = {})
        : m_disabled(std::move(disabled)) {}
    bool isEnabled(const std::string& tenantId, const std::string& feature) override {
        return m_disabled.count({tenantId, feature}) == 0;
    }

private:
    std::set<std::pair<std::string, std::string>> m_disabled;
};

inline Poco::JSON::Object::Ptr object(std::initializer_list<std::pair<std::string, Poco::Dynamic::Var>> members) {
    Poco::JSON::Object::Ptr result = new Poco::JSON::Object;
    for (const auto& [key, value] : members)
        result->set(key, value);
    return result;
}

inline Route route(std::string method, std::string pattern, Access access, Handler handler) {
    Route result;
    result.method = std::move(method);
    result.pattern = std::move(pattern);
    result.access = access;
    result.handler = std::move(handler);
    return result;
}

// The routes most tests use: one per access kind and failure a handler can produce.
inline void addStandardRoutes(Router& router) {
    router.add(route("GET", "/healthz", Access::Public, [](Request&) {
        return Response::json(200, object({{"status", "ok"}}));
    }));
    router.add(route("GET", "/api/v1/products", Access::Staff, [](Request&) {
        return Response::json(200, object({{"products", "[]"}}));
    }));
    router.add(route("GET", "/api/v1/products/search", Access::Staff, [](Request&) {
        return Response::json(200, object({{"route", "search"}}));
    }));
    router.add(route("GET", "/api/v1/products/{id}", Access::Staff, [](Request& request) {
        return Response::json(200, object({{"id", request.param("id")}, {"tenant", request.tenantId}}));
    }));
    Route create =
        route("POST", "/api/v1/products", Access::Staff, [](Request& request) -> tp::domain::Result<Response> {
            auto body = request.jsonObject();
            if (!body)
                return body.error();
            if ((*body)->has("fail_with"))
                return makeError((*body)->getValue<std::string>("fail_with"),
                                 "secret detail: connection to db-7.internal refused");
            return Response::json(201, object({{"sku", (*body)->optValue<std::string>("sku", "")}}));
        });
    create.roles = {StaffRole::Owner, StaffRole::Manager};
    router.add(std::move(create));
    router.add(route("POST", "/api/v1/echo", Access::Public, [](Request& request) -> tp::domain::Result<Response> {
        auto body = request.jsonObject();
        if (!body)
            return body.error();
        return Response::json(200, *body);
    }));
    router.add(route("POST", "/api/v1/upload", Access::Public, [](Request& request) {
        return Response::json(200, object({{"bytes", static_cast<Poco::UInt64>(request.body.size())}}));
    }));
    router.add(route("GET", "/api/v1/admin/tenants", Access::PlatformAdmin, [](Request&) {
        return Response::json(200, object({{"tenants", 0}}));
    }));
    router.add(route("GET", "/api/v1/sync/changes", Access::StaffOrDevice, [](Request& request) {
        return Response::json(200, object({{"tenant", request.tenantId}}));
    }));
    router.add(route("GET", "/api/v1/devices/me", Access::Device, [](Request& request) {
        return Response::json(200, object({{"store", request.principal->storeId}}));
    }));
    Route reports = route("GET", "/api/v1/reports", Access::Staff, [](Request&) {
        return Response::json(200, object({{"reports", 0}}));
    });
    reports.feature = "reports";
    router.add(std::move(reports));
    router.add(route("GET", "/api/v1/boom", Access::Staff, [](Request&) -> tp::domain::Result<Response> {
        throw std::runtime_error("secret detail: password=hunter2");
    }));
    router.add(route("GET", "/api/v1/store/products", Access::Public, [](Request& request) {
        return Response::json(200, object({{"tenant_hint", request.tenantHint}}));
    }));
}

// A real HttpServer on 127.0.0.1, any free port, with the standard routes plus `extraRoutes`.
class TestServer {
public:
    explicit TestServer(std::function<void(Router&)> extraRoutes = {},
                        std::function<void(HttpServerOptions&)> configure = {})
        : features(std::set<std::pair<std::string, std::string>>{{"t-acme", "reports"}}) {
        addStandardRoutes(router);
        if (extraRoutes)
            extraRoutes(router);
        HttpServerOptions options;
        options.port = 0;
        options.threads = 4;
        options.maxBodyBytes = 4096;
        options.baseDomain = "shop.test";
        options.corsOrigins = {"https://shop.example"};
        if (configure)
            configure(options);
        server = std::make_unique<HttpServer>(options, router, authenticator, features, metrics);
        const auto started = server->start();
        if (!started)
            throw std::runtime_error("server did not start: " + started.error().message);
    }

    std::uint16_t port() const { return server->port(); }

    Router router;
    FakeAuthenticator authenticator;
    FakeFeatureGate features;
    Metrics metrics;
    std::unique_ptr<HttpServer> server;
};

struct Reply {
    int status = 0;
    std::map<std::string, std::string> headers; // names lower-cased
    std::string body;

    std::string header(std::string name) const {
        for (char& c : name)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
    bool hasHeader(const std::string& name) const { return !header(name).empty(); }

    // The body as a JSON object, or null when it is not one.
    Poco::JSON::Object::Ptr json() const {
        try {
            Poco::JSON::Parser parser;
            const auto parsed = parser.parse(body);
            if (parsed.type() == typeid(Poco::JSON::Object::Ptr))
                return parsed.extract<Poco::JSON::Object::Ptr>();
        } catch (const Poco::Exception&) {
        }
        return nullptr;
    }
    std::string errorField(const std::string& field) const {
        const auto root = json();
        if (!root || !root->isObject("error"))
            return {};
        return root->getObject("error")->optValue<std::string>(field, "");
    }
    std::string errorCode() const { return errorField("code"); }
    std::string errorMessage() const { return errorField("message"); }
};

struct Call {
    std::string method = "GET";
    std::string target = "/";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    bool chunked = false;
    // Declares this Content-Length but sends no body (a client that would upload too much).
    std::optional<std::uint64_t> declaredLength;
};

inline Call get(std::string target, std::vector<std::pair<std::string, std::string>> headers = {}) {
    Call call;
    call.target = std::move(target);
    call.headers = std::move(headers);
    return call;
}

inline Call post(std::string target, std::string body, std::vector<std::pair<std::string, std::string>> headers = {}) {
    Call call;
    call.method = "POST";
    call.target = std::move(target);
    call.body = std::move(body);
    call.headers = std::move(headers);
    return call;
}

inline std::pair<std::string, std::string> bearer(const std::string& token) {
    return {"Authorization", "Bearer " + token};
}

// Sends one request on `session` (which may be reused: keep-alive) and reads the whole answer.
// Throws Poco::Exception on network failure.
inline Reply send(Poco::Net::HTTPClientSession& session, const Call& call) {
    Poco::Net::HTTPRequest request(call.method, call.target, Poco::Net::HTTPMessage::HTTP_1_1);
    for (const auto& [name, value] : call.headers)
        request.set(name, value);
    if (call.chunked)
        request.setChunkedTransferEncoding(true);
    else if (call.declaredLength)
        request.setContentLength64(static_cast<Poco::Int64>(*call.declaredLength));
    else if (!call.body.empty() || call.method == "POST" || call.method == "PUT" || call.method == "PATCH")
        request.setContentLength64(static_cast<Poco::Int64>(call.body.size()));
    std::ostream& out = session.sendRequest(request);
    if (!call.declaredLength)
        out << call.body;
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    Reply reply;
    reply.status = static_cast<int>(response.getStatus());
    for (const auto& [name, value] : response) {
        std::string lower = name;
        for (char& c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        auto [it, inserted] = reply.headers.try_emplace(lower, value);
        if (!inserted)
            it->second += ", " + value;
    }
    Poco::StreamCopier::copyToString(in, reply.body);
    return reply;
}

inline std::unique_ptr<Poco::Net::HTTPClientSession> session(std::uint16_t port) {
    auto result = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", port);
    result->setTimeout(Poco::Timespan(10, 0));
    result->setKeepAlive(true);
    return result;
}

// One request on a fresh connection.
inline Reply send(std::uint16_t port, const Call& call) {
    return send(*session(port), call);
}

// A Poco channel that keeps every message text, for asserting on log lines.
class CapturingChannel : public Poco::Channel {
public:
    void log(const Poco::Message& message) override {
        const std::lock_guard lock(m_mutex);
        m_lines.push_back(message.getText());
    }
    std::vector<std::string> lines() const {
        const std::lock_guard lock(m_mutex);
        return m_lines;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<std::string> m_lines;
};

// Polls `condition` for up to two seconds: the edge logs and counts a request just after the
// answer is sent, so a client can see the answer first.
inline bool eventually(const std::function<bool()>& condition) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return condition();
}

} // namespace tp::server::http::test
