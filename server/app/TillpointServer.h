#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>

#include "app/ServerConfig.h"
#include "core/ServerContext.h"
#include "domain/core/Result.h"
#include "http/Router.h"

namespace tp::server::app {

// The whole server wired together: storage, modules, routes, HTTP. main() runs one; the
// integration tests run one in-process on a loopback port, against SQLite or PostgreSQL.
class TillpointServer {
public:
    struct StartOptions {
        // PBKDF2 iterations; 0 = the production default (600,000). Only tests lower it, to keep
        // suites that create hundreds of users fast; there is no flag for it.
        int passwordIterations = 0;
        Clock clock;                           // empty = the system clock
        std::ostream* announcements = nullptr; // where generated secrets' paths are printed
    };

    static tp::domain::Result<std::unique_ptr<TillpointServer>> start(const ServerConfig& config, StartOptions options);
    ~TillpointServer();

    std::uint16_t port() const;
    const std::string& adminToken() const;
    ServerContext& context();
    // Every route the server answers (the isolation tests walk it).
    const http::Router& router() const;
    // Stops accepting, finishes in-flight requests, closes the database.
    void stop();

private:
    struct Parts;
    explicit TillpointServer(std::unique_ptr<Parts> parts);
    std::unique_ptr<Parts> m_parts;
};

} // namespace tp::server::app
