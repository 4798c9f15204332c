#include "http/HttpServer.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <istream>
#include <mutex>
#include <optional>

#include <Poco/Exception.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/TCPServer.h>
#include <Poco/String.h>
#include <Poco/ThreadPool.h>

#include "http/AccessLog.h"
#include "http/CorsPolicy.h"
#include "http/Dispatcher.h"
#include "http/JsonString.h"
#include "http/KeepAliveConnection.h"
#include "http/Metrics.h"
#include "http/PercentDecoding.h"
#include "http/RequestId.h"
#include "http/ResponseHead.h"

namespace tp::server::http {

namespace {

using tp::domain::makeError;

constexpr std::string_view unmatchedRoute = "(unmatched)";
// After a chunked body overflowed, up to this much more is read and dropped before the
// connection closes: closing on unread data makes the kernel send a reset, which can destroy
// the 413 before the client reads it.
constexpr std::size_t chunkedDrainBytes = 64 * 1024;
// A body declared too large by Content-Length is read and dropped, up to this size, when the
// client is already sending it (no "Expect: 100-continue"), for the same reason: the client
// then reads the 413 instead of a reset. Larger declared bodies are refused without reading.
constexpr std::uint64_t declaredDrainBytes = 16 * 1024 * 1024;

// Methods outside this set are counted as "other": the method is client-chosen text and would
// otherwise grow the metrics without bound.
std::string_view methodLabel(std::string_view method) {
    static constexpr std::string_view known[] = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
    return std::find(std::begin(known), std::end(known), method) != std::end(known) ? method : "other";
}

// Splits the request target into path and decoded query. An absolute-form target
// ("http://host/path", which proxies send) is reduced to its path.
tp::domain::Result<void> parseTarget(std::string_view target, Request& request) {
    if (const std::size_t scheme = target.find("://"); scheme != std::string_view::npos && target.front() != '/') {
        const std::size_t pathStart = target.find('/', scheme + 3);
        target = pathStart == std::string_view::npos ? std::string_view("/") : target.substr(pathStart);
    }
    if (const std::size_t hash = target.find('#'); hash != std::string_view::npos)
        target = target.substr(0, hash);
    const std::size_t question = target.find('?');
    request.path.assign(target.substr(0, question));
    if (question == std::string_view::npos)
        return {};

    std::string_view query = target.substr(question + 1);
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty())
            continue;
        const std::size_t equals = pair.find('=');
        std::string name;
        std::string value;
        if (!appendPercentDecoded(name, pair.substr(0, equals), true) ||
            (equals != std::string_view::npos && !appendPercentDecoded(value, pair.substr(equals + 1), true)))
            return makeError("invalid_request", "the query string has a malformed percent escape");
        if (!isCleanText(name) || !isCleanText(value))
            return makeError("invalid_request", "query parameter '" + name + "' is not valid UTF-8 text");
        request.query.emplace(std::move(name), std::move(value));
    }
    return {};
}

void copyHeaders(const Poco::Net::HTTPServerRequest& in, Request& request) {
    for (const auto& [name, value] : in) {
        std::string lower = name;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
        auto [it, inserted] = request.headers.try_emplace(std::move(lower), value);
        if (!inserted) { // a repeated header is one comma-separated list (RFC 9110, 5.3)
            it->second.append(", ");
            it->second.append(value);
        }
    }
}

std::string internalErrorBody(std::string_view requestId) {
    std::string body = R"({"error":{"code":"internal_error","message":)";
    appendJsonString(body, "internal error; request id " + std::string(requestId));
    body.append("}}");
    return body;
}

} // namespace

struct HttpServer::Impl {
    Impl(HttpServerOptions options, const Router& router, Authenticator& authenticator, FeatureGate& features,
         Metrics& metrics)
        : options(std::move(options))
        , router(router)
        , dispatcher(router, authenticator, features, this->options.baseDomain)
        , cors(this->options.corsOrigins)
        , metrics(metrics)
        , errorLog(Poco::Logger::get("tillpoint.http"))
        , pool("tillpoint.http", std::min(2, std::max(1, this->options.threads)), std::max(1, this->options.threads)) {}

    class Handler;
    class HandlerFactory;

    // One request, start to end: answer(), then the 500 rewrite, sending, metrics, access log.
    void handle(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out);

    struct Answer {
        Response response;
        const Route* route = nullptr;
        std::string_view routeLabel = unmatchedRoute; // for metrics: the pattern, never the raw path
        bool close = false;                           // body bytes left unread: the connection cannot be reused
    };
    // Request id, body limit, CORS, then the dispatcher; fills `request` on the way.
    Answer answer(Poco::Net::HTTPServerRequest& in, Request& request);
    // The body within the limit; an error response (413, 400) when it cannot be had. `close`
    // is set when the connection cannot be reused because body bytes were left unread.
    std::optional<Response> readBody(Poco::Net::HTTPServerRequest& in, Request& request, bool& close) const;
    void send(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out, const Response& response,
              bool close, const Request& request);
    void requestStarted() { inFlight.fetch_add(1); }
    void requestFinished() {
        if (inFlight.fetch_sub(1) == 1 && draining.load()) {
            const std::lock_guard lock(idleMutex);
            idle.notify_all();
        }
    }
    bool waitUntilIdle(std::chrono::steady_clock::time_point deadline) {
        std::unique_lock lock(idleMutex);
        return idle.wait_until(lock, deadline, [this] { return inFlight.load() == 0; });
    }
    void waitUntilIdle() {
        std::unique_lock lock(idleMutex);
        idle.wait(lock, [this] { return inFlight.load() == 0; });
    }

    HttpServerOptions options;
    const Router& router;
    Dispatcher dispatcher;
    CorsPolicy cors;
    Metrics& metrics;
    AccessLog accessLog;
    Poco::Logger& errorLog;

    std::atomic<int> inFlight{0};
    std::atomic<bool> draining{false};
    std::mutex idleMutex;
    std::condition_variable idle;

    std::mutex lifecycle; // start() and stop()
    bool stopped = false;
    std::uint16_t boundPort = 0;
    Poco::Net::ServerSocket socket;
    Poco::ThreadPool pool;
    ConnectionRegistry connections; // outlives the server and the pool's threads
    // After the pool, so it is destroyed first, while the threads its connections run on exist.
    std::unique_ptr<Poco::Net::TCPServer> server;
};

// Poco creates one handler per request; it only forwards to the shared Impl.
class HttpServer::Impl::Handler : public Poco::Net::HTTPRequestHandler {
public:
    explicit Handler(Impl& impl)
        : m_impl(impl) {}
    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override {
        m_impl.handle(request, response);
    }

private:
    Impl& m_impl;
};

class HttpServer::Impl::HandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    explicit HandlerFactory(Impl& impl)
        : m_impl(impl) {}

    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override {
        // Poco answers "Expect: 100-continue" before the handler runs unless the response is
        // already marked as failed: this keeps a client from sending a body we will refuse.
        try {
            if (request.hasContentLength() &&
                static_cast<std::uint64_t>(request.getContentLength64()) > m_impl.options.maxBodyBytes)
                request.response().setStatus(Poco::Net::HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE);
        } catch (const Poco::Exception&) {
            // A malformed Content-Length: the handler answers it.
        }
        return new Handler(m_impl);
    }

private:
    Impl& m_impl;
};

std::optional<Response> HttpServer::Impl::readBody(Poco::Net::HTTPServerRequest& in, Request& request,
                                                   bool& close) const {
    const std::size_t limit = options.maxBodyBytes;
    const auto tooLarge = [&] {
        close = true;
        return Response::error(makeError("payload_too_large", "the request body is larger than the limit of " +
                                                                  std::to_string(limit) + " bytes"));
    };
    const auto unreadable = [&] {
        close = true;
        return Response::error(makeError("invalid_request", "the request body could not be read in full"));
    };
    try {
        std::istream& stream = in.stream();
        if (in.getChunkedTransferEncoding()) {
            char block[16 * 1024];
            while (stream.read(block, sizeof block) || stream.gcount() > 0) {
                request.body.append(block, static_cast<std::size_t>(stream.gcount()));
                if (request.body.size() > limit) {
                    std::size_t drained = 0;
                    while (drained < chunkedDrainBytes && (stream.read(block, sizeof block) || stream.gcount() > 0))
                        drained += static_cast<std::size_t>(stream.gcount());
                    return tooLarge();
                }
            }
            if (stream.bad())
                return unreadable();
        } else if (in.hasContentLength()) {
            const auto length = in.getContentLength64();
            if (length < 0)
                return unreadable();
            if (static_cast<std::uint64_t>(length) > limit) {
                const bool clientWaits = Poco::icompare(in.get("Expect", ""), "100-continue") == 0;
                if (!clientWaits && static_cast<std::uint64_t>(length) <= declaredDrainBytes) {
                    // Only what is already on its way: a client that announced a body and sends
                    // nothing must not hold the thread, so reads time out quickly here.
                    if (auto* socketRequest = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&in))
                        socketRequest->socket().setReceiveTimeout(Poco::Timespan(0, 250 * 1000));
                    try {
                        char block[16 * 1024];
                        while (stream.read(block, sizeof block) || stream.gcount() > 0) {
                        }
                    } catch (const Poco::Exception&) {
                        // A timeout or reset ends the drain; the 413 is sent either way.
                    }
                }
                return tooLarge();
            }
            request.body.resize(static_cast<std::size_t>(length));
            stream.read(request.body.data(), length);
            if (stream.gcount() != length)
                return unreadable();
        }
        // Neither: HTTP/1.1 says there is no body, and reading "until close" would hang.
    } catch (const Poco::Exception&) {
        return unreadable();
    }
    return std::nullopt;
}

void HttpServer::Impl::send(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out,
                            const Response& response, bool close, const Request& request) {
    try {
        out.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
        if (close)
            out.setKeepAlive(false);
        for (const auto& [name, value] : response.headers)
            out.add(name, value);
        // No body and, as RFC 9110 wants, no Content-Length for 1xx, 204 and 304.
        const bool bodyless = response.status == 204 || response.status == 304 || response.status < 200;
        if (!bodyless) {
            if (!response.contentType.empty())
                out.setContentType(response.contentType);
            out.setContentLength64(static_cast<Poco::Int64>(response.body.size()));
        }
        const bool withBody = !bodyless && in.getMethod() != Poco::Net::HTTPRequest::HTTP_HEAD;
        auto* socketRequest = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&in);
        if (socketRequest == nullptr) { // not from a socket (never in the server): Poco's own path
            if (withBody)
                out.sendBuffer(response.body.data(), response.body.size());
            else
                out.send().flush();
            return;
        }
        // Head and body leave in one send: Poco's sendBuffer() writes them separately, which
        // costs a system call and a TCP segment per answer.
        std::string wire = formatResponseHead(out);
        if (withBody)
            wire.append(response.body);
        if (!sendAll(socketRequest->socket(), wire))
            out.setKeepAlive(false); // the peer is gone; Poco ends the connection
    } catch (const Poco::Exception& exception) {
        // The client went away; nothing to answer to.
        out.setKeepAlive(false);
        errorLog.debug("request " + request.requestId + ": sending the answer failed: " + exception.displayText());
    }
}

HttpServer::Impl::Answer HttpServer::Impl::answer(Poco::Net::HTTPServerRequest& in, Request& request) {
    Answer answer;
    try {
        request.method = in.getMethod();
        copyHeaders(in, request);
        request.remoteAddress = in.clientAddress().host().toString();
        const auto suppliedId = request.headers.find("x-request-id");
        request.requestId = suppliedId != request.headers.end() && RequestId::isSane(suppliedId->second)
                                ? suppliedId->second
                                : RequestId::generate();
        const auto target = parseTarget(in.getURI(), request);
        const auto origin = request.headers.find("origin");
        const std::string_view allowOrigin =
            origin == request.headers.end() ? std::string_view() : cors.allowOriginFor(origin->second);

        if (auto failure = readBody(in, request, answer.close)) {
            answer.response = std::move(*failure);
        } else if (!target) {
            answer.response = Response::error(target.error());
        } else if (CorsPolicy::isPreflight(request) && !allowOrigin.empty()) {
            answer.response = cors.preflight(allowOrigin);
            const auto match = router.match(request.headers.at("access-control-request-method"), request.path);
            if (match.route != nullptr)
                answer.routeLabel = match.route->pattern;
            return answer;
        } else {
            auto outcome = dispatcher.dispatch(request);
            answer.response = std::move(outcome.response);
            answer.route = outcome.route;
            if (answer.route != nullptr)
                answer.routeLabel = answer.route->pattern;
        }
        cors.decorate(answer.response, allowOrigin);
    } catch (const std::exception& exception) {
        // Only the edge's own code runs here (the dispatcher catches what handlers throw).
        answer.response = Response::error(500, makeError("edge_failure", exception.what()));
    }
    return answer;
}

void HttpServer::Impl::handle(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out) {
    const auto started = std::chrono::steady_clock::now();
    requestStarted();
    struct Finished {
        Impl& impl;
        ~Finished() { impl.requestFinished(); }
    } finished{*this};

    Request request;
    Answer answer = this->answer(in, request);
    Response& response = answer.response;
    if (request.requestId.empty())
        request.requestId = RequestId::generate();
    if (response.internalError) {
        errorLog.error("request " + request.requestId + " " + request.method + " " + request.path +
                       " failed: " + response.internalError->code + ": " + response.internalError->message);
        response.body = internalErrorBody(request.requestId);
        response.contentType = "application/json";
    }
    response.headers.emplace_back("X-Request-Id", request.requestId);
    // While stopping, every answer closes its connection so clients reconnect elsewhere.
    send(in, out, response, answer.close || draining.load(), request);

    const auto duration = std::chrono::steady_clock::now() - started;
    metrics.recordRequest(methodLabel(request.method), answer.routeLabel, response.status, request.tenantId, duration);
    const bool bodyless = response.status == 204 || response.status == 304 || response.status < 200;
    accessLog.write({std::chrono::system_clock::now(), request.requestId, request.method, request.path,
                     answer.route != nullptr ? std::string_view(answer.route->pattern) : std::string_view(),
                     response.status, bodyless ? 0 : response.body.size(), duration, request.tenantId,
                     request.remoteAddress});
}

HttpServer::HttpServer(HttpServerOptions options, const Router& router, Authenticator& authenticator,
                       FeatureGate& features, Metrics& metrics)
    : m_impl(std::make_unique<Impl>(std::move(options), router, authenticator, features, metrics)) {}

HttpServer::~HttpServer() {
    stop();
    if (m_impl->server) {
        m_impl->waitUntilIdle();
        m_impl->server.reset();
        m_impl->pool.joinAll();
    }
}

tp::domain::Result<void> HttpServer::start() {
    Impl& impl = *m_impl;
    const std::lock_guard lock(impl.lifecycle);
    if (impl.server || impl.stopped)
        return makeError("invalid_state", "the HTTP server was started before; create a new one");
    const HttpServerOptions& options = impl.options;
    try {
        const Poco::Net::SocketAddress address(options.host, options.port);
        // SO_REUSEADDR lets a restart bind while old connections linger in TIME_WAIT; no
        // SO_REUSEPORT, which would let a second server share the port silently.
        impl.socket.bind(address, true, false);
        impl.socket.listen(std::max(64, options.maxQueued));
        impl.boundPort = impl.socket.address().port();
    } catch (const Poco::Exception& exception) {
        impl.socket.close();
        return makeError("listen_failed", "cannot listen on " + options.host + ":" + std::to_string(options.port) +
                                              ": " + exception.displayText());
    }

    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(std::max(1, options.threads));
    params->setMaxQueued(std::max(1, options.maxQueued));
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(options.keepAliveTimeout.count(), 0));
    params->setMaxKeepAliveRequests(1000);
    params->setTimeout(Poco::Timespan(options.ioTimeout.count(), 0));
    params->setSoftwareVersion("Tillpoint");
    // Poco's TCPServer (accept loop, thread pool, queue) with Poco's HTTP session, request and
    // response per connection; see KeepAliveConnection for why not HTTPServerConnection.
    impl.server = std::make_unique<Poco::Net::TCPServer>(
        new KeepAliveConnectionFactory(params, new Impl::HandlerFactory(impl), impl.connections), impl.pool,
        impl.socket, params);
    impl.server->start();
    impl.errorLog.information("listening on " + options.host + ":" + std::to_string(impl.boundPort));
    return {};
}

void HttpServer::stop(std::chrono::milliseconds grace) {
    Impl& impl = *m_impl;
    const std::lock_guard lock(impl.lifecycle);
    if (!impl.server || impl.stopped)
        return;
    impl.stopped = true;
    const auto deadline = std::chrono::steady_clock::now() + grace;
    impl.draining.store(true);
    // No new connections: the accept loop ends (within its 250 ms poll), connections still
    // queued for a thread are dropped, and closing the socket makes new ones refused rather
    // than left hanging in the backlog.
    impl.server->stop();
    impl.socket.close();
    const bool idle = impl.waitUntilIdle(deadline);
    if (!idle)
        impl.errorLog.warning("stopping with " + std::to_string(impl.inFlight.load()) +
                              " request(s) still running after the grace period");
    // Wakes kept-alive connections waiting for their next request. With requests still
    // running after the grace period, their sockets are shut down instead of waited for.
    impl.connections.stopAll(!idle);
    impl.errorLog.information("stopped");
}

std::uint16_t HttpServer::port() const {
    return m_impl->boundPort;
}

} // namespace tp::server::http
