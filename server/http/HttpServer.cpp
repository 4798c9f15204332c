#include "http/HttpServer.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <istream>
#include <mutex>
#include <optional>

#include <Poco/Exception.h>
#include <Poco/Logger.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include "http/Acceptor.h"
#include "http/AccessLog.h"
#include "http/CorsPolicy.h"
#include "http/Dispatcher.h"
#include "http/EventLoop.h"
#include "http/JsonString.h"
#include "http/Metrics.h"
#include "http/PercentDecoding.h"
#include "http/RequestId.h"
#include "http/ResponseWire.h"
#include "http/WorkerPool.h"

namespace tp::server::http {

namespace {

using tp::domain::makeError;

constexpr std::string_view unmatchedRoute = "(unmatched)";

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

// Header fields by lower-cased name; a repeated field is one comma-separated list (RFC 9110, 5.3).
void copyHeaders(const RequestHead& head, Request& request) {
    for (const auto& [name, value] : head.headers) {
        auto [it, inserted] = request.headers.try_emplace(name, value);
        if (!inserted) {
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
        , errorLog(Poco::Logger::get("tillpoint.http")) {}

    // One request, start to end: answer(), then the 500 rewrite, the wire form, metrics, access log.
    OutgoingAnswer handle(IncomingRequest& in);
    // What a loop calls: handle() now, or on the worker pool for an offloaded route.
    std::optional<OutgoingAnswer> handleOrHandOver(IncomingRequest& in, const DeferredAnswer& later);

    struct Answer {
        Response response;
        const Route* route = nullptr;
        std::string_view routeLabel = unmatchedRoute; // for metrics: the pattern, never the raw path
        bool close = false;                           // the request could not be read as sent
    };
    // Request id, framing failures (400, 413), CORS, then the dispatcher; fills `request` on the way.
    Answer answer(IncomingRequest& in, Request& request);

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
    bool started = false;
    bool stopped = false;
    std::uint16_t boundPort = 0;
    Poco::Net::ServerSocket socket;
    bool anyOffloadRoute = false;
    // Destroyed before the members above, which their threads use: loops join their threads.
    std::vector<std::unique_ptr<EventLoop>> loops;
    std::unique_ptr<WorkerPool> workers; // before the loops: its tasks deliver to them
    std::atomic<std::size_t> nextLoop{0};
    std::unique_ptr<Acceptor> acceptor;
};

HttpServer::Impl::Answer HttpServer::Impl::answer(IncomingRequest& in, Request& request) {
    Answer answer;
    try {
        request.method = in.head.method;
        copyHeaders(in.head, request);
        request.remoteAddress.assign(in.remoteAddress);
        request.body = std::move(in.body);
        const auto suppliedId = request.headers.find("x-request-id");
        request.requestId = suppliedId != request.headers.end() && RequestId::isSane(suppliedId->second)
                                ? suppliedId->second
                                : RequestId::generate();
        const auto target = parseTarget(in.head.target, request);
        const auto origin = request.headers.find("origin");
        const std::string_view allowOrigin =
            origin == request.headers.end() ? std::string_view() : cors.allowOriginFor(origin->second);

        if (in.framingError) {
            answer.response = Response::error(*in.framingError);
            answer.close = true;
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

OutgoingAnswer HttpServer::Impl::handle(IncomingRequest& in) {
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
    OutgoingAnswer outgoing;
    outgoing.close = answer.close || !in.mayKeepAlive || draining.load();
    appendResponse(outgoing.wire, in.head.version.empty() ? std::string_view("HTTP/1.1") : in.head.version, response,
                   request.method != "HEAD", !outgoing.close);

    const auto duration = std::chrono::steady_clock::now() - started;
    metrics.recordRequest(methodLabel(request.method), answer.routeLabel, response.status, request.tenantId, duration);
    const bool bodyless = response.status == 204 || response.status == 304 || response.status < 200;
    accessLog.write({std::chrono::system_clock::now(), request.requestId, request.method, request.path,
                     answer.route != nullptr ? std::string_view(answer.route->pattern) : std::string_view(),
                     response.status, bodyless ? 0 : response.body.size(), duration, request.tenantId,
                     request.remoteAddress});
    return outgoing;
}

std::optional<OutgoingAnswer> HttpServer::Impl::handleOrHandOver(IncomingRequest& in, const DeferredAnswer& later) {
    if (anyOffloadRoute && !in.framingError) {
        const std::string_view target = in.head.target;
        const Router::Match match = router.match(in.head.method, target.substr(0, target.find('?')));
        if (match.route != nullptr && match.route->offload) {
            // The loop reuses `in` and may close the connection whose address it points at.
            struct Handover {
                IncomingRequest request;
                std::string remoteAddress;
            };
            auto handover = std::make_shared<Handover>();
            handover->remoteAddress.assign(in.remoteAddress);
            handover->request = std::move(in);
            handover->request.remoteAddress = handover->remoteAddress;
            requestStarted(); // a stop waits for queued work too
            workers->submit([this, handover, later] {
                later.deliver(handle(handover->request));
                requestFinished();
            });
            return std::nullopt;
        }
    }
    return handle(in);
}

HttpServer::HttpServer(HttpServerOptions options, const Router& router, Authenticator& authenticator,
                       FeatureGate& features, Metrics& metrics)
    : m_impl(std::make_unique<Impl>(std::move(options), router, authenticator, features, metrics)) {}

HttpServer::~HttpServer() {
    stop();
    // Each loop's destructor waits for a handler still running on it after an expired grace
    // period, since the handler uses what this object holds.
    m_impl->acceptor.reset();
    m_impl->workers.reset(); // runs what is queued; its answers go to loops still alive
    m_impl->loops.clear();
}

tp::domain::Result<void> HttpServer::start() {
    Impl& impl = *m_impl;
    const std::lock_guard lock(impl.lifecycle);
    if (impl.started || impl.stopped)
        return makeError("invalid_state", "the HTTP server was started before; create a new one");
    const HttpServerOptions& options = impl.options;
    try {
        const Poco::Net::SocketAddress address(options.host, options.port);
        // SO_REUSEADDR lets a restart bind while old connections linger in TIME_WAIT; no
        // SO_REUSEPORT, which would let a second server share the port silently.
        impl.socket.bind(address, true, false);
        impl.socket.listen(std::max(64, options.maxQueued));
        impl.socket.setBlocking(false); // the acceptor takes connections until "would block"
        impl.boundPort = impl.socket.address().port();
    } catch (const Poco::Exception& exception) {
        impl.socket.close();
        return makeError("listen_failed", "cannot listen on " + options.host + ":" + std::to_string(options.port) +
                                              ": " + exception.displayText());
    }

    impl.anyOffloadRoute = std::any_of(impl.router.routes().begin(), impl.router.routes().end(),
                                       [](const Route& route) { return route.offload; });
    impl.workers = std::make_unique<WorkerPool>(std::max(1, options.offloadThreads));
    EventLoopSettings settings;
    settings.maxBodyBytes = options.maxBodyBytes;
    settings.keepAliveTimeout = options.keepAliveTimeout;
    settings.ioTimeout = options.ioTimeout;
    settings.maxRequestsPerConnection = 1000;
    settings.draining = &impl.draining;
    for (int i = 0; i < std::max(1, options.threads); ++i) {
        auto loop = std::make_unique<EventLoop>(settings, [&impl](IncomingRequest& in, const DeferredAnswer& later) {
            return impl.handleOrHandOver(in, later);
        });
        if (auto loopStarted = loop->start(); !loopStarted) {
            impl.loops.clear();
            impl.socket.close();
            return loopStarted.error();
        }
        impl.loops.push_back(std::move(loop));
    }
    impl.acceptor = std::make_unique<Acceptor>(impl.socket.impl()->sockfd(), [&impl](int socket, std::string remote) {
        impl.loops[impl.nextLoop.fetch_add(1) % impl.loops.size()]->adopt(socket, std::move(remote));
    });
    if (auto acceptorStarted = impl.acceptor->start(); !acceptorStarted) {
        impl.acceptor.reset();
        impl.loops.clear();
        impl.socket.close();
        return acceptorStarted.error();
    }
    impl.started = true;
    impl.errorLog.information("listening on " + options.host + ":" + std::to_string(impl.boundPort));
    return {};
}

void HttpServer::stop(std::chrono::milliseconds grace) {
    Impl& impl = *m_impl;
    const std::lock_guard lock(impl.lifecycle);
    if (!impl.started || impl.stopped)
        return;
    impl.stopped = true;
    const auto deadline = std::chrono::steady_clock::now() + grace;
    impl.draining.store(true);
    // No new connections: the acceptor ends, and closing the socket makes new ones refused
    // rather than left hanging in the backlog.
    impl.acceptor->stop();
    impl.socket.close();
    // Connections idle between requests close now; the others after their current answer.
    for (auto& loop : impl.loops)
        loop->drain();
    if (!impl.waitUntilIdle(deadline)) {
        impl.errorLog.warning("stopping with " + std::to_string(impl.inFlight.load()) +
                              " request(s) still running after the grace period");
        for (auto& loop : impl.loops)
            loop->abortAll();
    }
    impl.errorLog.information("stopped");
}

std::uint16_t HttpServer::port() const {
    return m_impl->boundPort;
}

} // namespace tp::server::http
