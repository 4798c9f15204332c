#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/core/Result.h"

namespace tp::server::app {

// tillpoint-server's settings. Each comes from, in order of precedence: a command-line flag,
// an environment variable, the config file (--config FILE, lines of `key = value`, # comments),
// or the default. `--help` prints them all (helpText()).
struct ServerConfig {
    std::string listenHost = "127.0.0.1";
    std::uint16_t listenPort = 8080;
    std::string dataDir = "tillpoint-data";
    std::string database; // empty: sqlite:///<dataDir>/tillpoint.db
    std::string adminToken;
    std::string jwtSecret;
    int threads = 0; // HTTP event loops; 0: chosen for the backend (see TillpointServer)
    int poolSize = 8;
    std::size_t maxBodyBytes = 1 << 20;
    std::vector<std::string> corsOrigins;
    std::string baseDomain;
    std::string mailSpool; // empty: <dataDir>/mail-outbox
    std::string mailFrom = "Tillpoint <noreply@tillpoint.invalid>";
    bool demo = false;
    bool help = false;

    // Parses argv (without argv[0]) and the environment. Unknown flags and bad values are
    // errors with the flag named ("invalid_configuration").
    static tp::domain::Result<ServerConfig> fromArguments(const std::vector<std::string>& arguments,
                                                          const std::map<std::string, std::string>& environment);
    static std::string helpText();

    std::string databaseUrl() const;
};

// The process environment as a map (TILLPOINT_* only).
std::map<std::string, std::string> tillpointEnvironment();

} // namespace tp::server::app
