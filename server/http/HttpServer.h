#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "domain/core/Result.h"
#include "http/Authenticator.h"
#include "http/Router.h"

namespace tp::server::http {

class Metrics;

struct HttpServerOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080;          // 0: any free port (tests); port() tells which
    int threads = 16;                   // event loops; each serves its connections one request at a time
    int maxQueued = 256;                // the listen backlog
    int offloadThreads = 2;             // run the routes marked `offload` (Route.h)
    std::size_t maxBodyBytes = 1 << 20; // larger bodies → 413 payload_too_large
    std::chrono::seconds keepAliveTimeout{15};
    std::chrono::seconds ioTimeout{30};   // reading a request / writing an answer; bounds slow clients
    std::vector<std::string> corsOrigins; // "*" or exact origins allowed for browser calls
    std::string baseDomain;               // "shop.example" → tenant slug from "<slug>.shop.example"
};

// The HTTP/1.1 edge. Every request goes through one pipeline:
//   request id (X-Request-Id echoed or generated) → body limit (413) → CORS (preflight answered
//   here) → route match (404 / 405 + Allow) → authentication when the route needs it (401,
//   403 tenant_suspended) → role check (403 forbidden) → tenant hint (Host subdomain or
//   X-Tenant must match the token's tenant, else 404) → feature flag (403 feature_disabled) →
//   handler → JSON error envelope for every failure → JSON access log line → metrics.
// Exceptions thrown below never reach the loops: they become 500 internal_error and are logged.
// stop() stops accepting, lets in-flight requests finish (up to the grace period), and returns.
//
// Threads: an Acceptor hands connections round-robin to `threads` EventLoops (epoll); a loop
// runs the pipeline for each complete request on its own thread, so a slow handler delays the
// other connections of its loop (not the other loops); routes marked `offload` run on a small
// worker pool for that reason. Keep-alive (15 s idle, 1,000 requests per connection),
// pipelining and "Expect: 100-continue" are the loops' part. The pipeline's policy part is
// Dispatcher; CorsPolicy, TenantHint, RequestId, AccessLog and Metrics are the other steps.
// Errors are logged to "tillpoint.http", requests to "tillpoint.http.access".
//
// Lifetime: the router, authenticator, feature gate and metrics must outlive the server. stop()
// may be called from any thread but a handler's, and more than once; the destructor stops the
// server and then waits for handlers still running after an expired grace period, since they
// use this object.
class HttpServer {
public:
    HttpServer(HttpServerOptions options, const Router& router, Authenticator& authenticator, FeatureGate& features,
               Metrics& metrics);
    ~HttpServer();

    // Binds and starts serving. Errors: "listen_failed" (address in use, bad host),
    // "invalid_state" (started before).
    tp::domain::Result<void> start();
    void stop(std::chrono::milliseconds grace = std::chrono::milliseconds{10000});
    std::uint16_t port() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace tp::server::http
