#include "app/ServerConfig.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

extern char** environ;

namespace tp::server::app {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

// One setting: its flag, environment variable, config-file key and help line.
struct Setting {
    const char* flag;
    const char* env;
    const char* key;
    const char* valueName;
    const char* help;
};

constexpr Setting kSettings[] = {
    {"--listen", "TILLPOINT_LISTEN", "listen", "HOST:PORT", "address to serve on (default 127.0.0.1:8080)"},
    {"--data-dir", "TILLPOINT_DATA_DIR", "data_dir", "DIR",
     "directory for the SQLite database and generated secrets (default ./tillpoint-data); "
     "with SQLite only one server may use it at a time"},
    {"--database", "TILLPOINT_DATABASE", "database", "URL",
     "sqlite:///path/file.db or postgresql://user:pass@host:port/db (default: SQLite in the data dir)"},
    {"--threads", "TILLPOINT_THREADS", "threads", "N",
     "HTTP event loops (default: the CPU count on SQLite, twice it on PostgreSQL)"},
    {"--pool-size", "TILLPOINT_POOL_SIZE", "pool_size", "N", "database connections (default 8)"},
    {"--max-body", "TILLPOINT_MAX_BODY", "max_body", "BYTES", "largest request body accepted (default 1048576)"},
    {"--cors-origins", "TILLPOINT_CORS_ORIGINS", "cors_origins", "LIST",
     "comma-separated browser origins allowed to call the API, or *"},
    {"--base-domain", "TILLPOINT_BASE_DOMAIN", "base_domain", "DOMAIN",
     "shop domain: <slug>.<DOMAIN> selects a tenant for public requests"},
    {"--mail-spool", "TILLPOINT_MAIL_SPOOL", "mail_spool", "DIR",
     "directory the server writes outgoing e-mail into, one RFC 5322 .eml file each, for the "
     "machine's mail system to send (default <data-dir>/mail-outbox)"},
    {"--mail-from", "TILLPOINT_MAIL_FROM", "mail_from", "ADDRESS",
     "sender of receipts and other e-mail (default \"Tillpoint <noreply@tillpoint.invalid>\")"},
    {"--admin-token", "TILLPOINT_ADMIN_TOKEN", "admin_token", "TOKEN",
     "platform admin token (default: generated on first start into <data-dir>/admin-token, mode 0600)"},
    {"--jwt-secret", "TILLPOINT_JWT_SECRET", "jwt_secret", "SECRET",
     "access-token signing secret, >= 32 bytes; share it between servers on one database "
     "(default: generated into <data-dir>/jwt-secret)"},
};

Result<int> parseInt(const std::string& value, const std::string& name, int low, int high) {
    int parsed = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (ec != std::errc{} || end != value.data() + value.size() || parsed < low || parsed > high) {
        return makeError("invalid_configuration",
                         name + " must be a whole number from " + std::to_string(low) + " to " + std::to_string(high));
    }
    return parsed;
}

Result<void> apply(ServerConfig& config, const std::string& key, const std::string& value, const std::string& source) {
    if (key == "listen") {
        const auto colon = value.rfind(':');
        if (colon == std::string::npos || colon == 0)
            return makeError("invalid_configuration", source + " must be HOST:PORT, e.g. 0.0.0.0:8080");
        auto port = parseInt(value.substr(colon + 1), source + " port", 0, 65535);
        if (!port)
            return port.error();
        config.listenHost = value.substr(0, colon);
        config.listenPort = static_cast<std::uint16_t>(port.value());
    } else if (key == "data_dir") {
        config.dataDir = value;
    } else if (key == "database") {
        if (value.rfind("sqlite:", 0) != 0 && value.rfind("postgresql://", 0) != 0 &&
            value.rfind("postgres://", 0) != 0)
            return makeError("invalid_configuration", source + " must start with sqlite: or postgresql://");
        config.database = value;
    } else if (key == "threads" || key == "pool_size") {
        auto number = parseInt(value, source, 1, 1024);
        if (!number)
            return number.error();
        (key == "threads" ? config.threads : config.poolSize) = number.value();
    } else if (key == "max_body") {
        auto number = parseInt(value, source, 1024, 1 << 30);
        if (!number)
            return number.error();
        config.maxBodyBytes = static_cast<std::size_t>(number.value());
    } else if (key == "cors_origins") {
        config.corsOrigins.clear();
        std::stringstream list(value);
        for (std::string origin; std::getline(list, origin, ',');) {
            if (!origin.empty())
                config.corsOrigins.push_back(origin);
        }
    } else if (key == "base_domain") {
        config.baseDomain = value;
    } else if (key == "mail_spool") {
        config.mailSpool = value;
    } else if (key == "mail_from") {
        if (value.find('@') == std::string::npos || value.find_first_of("\r\n") != std::string::npos)
            return makeError("invalid_configuration", source + " must be one e-mail address, e.g. shop@example.com");
        config.mailFrom = value;
    } else if (key == "admin_token") {
        config.adminToken = value;
    } else if (key == "jwt_secret") {
        config.jwtSecret = value;
    } else {
        return makeError("invalid_configuration", "unknown setting " + source);
    }
    return {};
}

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

Result<void> applyFile(ServerConfig& config, const std::string& path) {
    std::ifstream file(path);
    if (!file)
        return makeError("invalid_configuration", "cannot read the config file " + path);
    int lineNumber = 0;
    for (std::string line; std::getline(file, line);) {
        ++lineNumber;
        line = trim(line);
        if (line.empty() || line.front() == '#')
            continue;
        const auto equals = line.find('=');
        const std::string where = path + ":" + std::to_string(lineNumber);
        if (equals == std::string::npos)
            return makeError("invalid_configuration", where + ": expected `key = value`");
        const std::string key = trim(line.substr(0, equals));
        if (auto applied = apply(config, key, trim(line.substr(equals + 1)), where + " " + key); !applied)
            return applied.error();
    }
    return {};
}

} // namespace

std::string ServerConfig::databaseUrl() const {
    if (!database.empty())
        return database;
    return "sqlite://" + std::filesystem::absolute(dataDir).lexically_normal().string() + "/tillpoint.db";
}

Result<ServerConfig> ServerConfig::fromArguments(const std::vector<std::string>& arguments,
                                                 const std::map<std::string, std::string>& environment) {
    ServerConfig config;
    // Collect flags first: --config decides the file layer, which sits under env and flags.
    std::vector<std::pair<const Setting*, std::string>> flags;
    std::string configFile;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (argument == "--help" || argument == "-h") {
            config.help = true;
            continue;
        }
        if (argument == "--demo") {
            config.demo = true;
            continue;
        }
        std::string name = argument;
        std::optional<std::string> value;
        if (const auto equals = argument.find('='); equals != std::string::npos) {
            name = argument.substr(0, equals);
            value = argument.substr(equals + 1);
        }
        if (!value) {
            if (i + 1 >= arguments.size())
                return makeError("invalid_configuration", name + " needs a value (see --help)");
            value = arguments[++i];
        }
        if (name == "--config") {
            configFile = *value;
            continue;
        }
        const Setting* setting = nullptr;
        for (const Setting& candidate : kSettings) {
            if (name == candidate.flag)
                setting = &candidate;
        }
        if (!setting)
            return makeError("invalid_configuration", "unknown option " + name + " (see --help)");
        flags.emplace_back(setting, *value);
    }
    if (const auto env = environment.find("TILLPOINT_CONFIG"); configFile.empty() && env != environment.end())
        configFile = env->second;
    if (!configFile.empty()) {
        if (auto loaded = applyFile(config, configFile); !loaded)
            return loaded.error();
    }
    for (const Setting& setting : kSettings) {
        if (const auto env = environment.find(setting.env); env != environment.end()) {
            if (auto applied = apply(config, setting.key, env->second, setting.env); !applied)
                return applied.error();
        }
    }
    for (const auto& [setting, value] : flags) {
        if (auto applied = apply(config, setting->key, value, setting->flag); !applied)
            return applied.error();
    }
    if (const auto env = environment.find("TILLPOINT_DEMO"); env != environment.end() && env->second == "1")
        config.demo = true;
    return config;
}

std::string ServerConfig::helpText() {
    std::ostringstream out;
    out << "Usage: tillpoint-server [options]\n\n"
           "The Tillpoint server: control plane, staff API, catalog, stock and sync for registers,\n"
           "backoffices and the web shop. Settings come from flags, then environment variables, then\n"
           "the config file, then defaults.\n\nOptions (environment variable in brackets):\n";
    out << "  --config FILE              config file of `key = value` lines [TILLPOINT_CONFIG]\n";
    for (const Setting& setting : kSettings) {
        std::string left = std::string(setting.flag) + " " + setting.valueName;
        left.resize(std::max<std::size_t>(left.size(), 26), ' ');
        out << "  " << left << " " << setting.help << " [" << setting.env << "]\n";
    }
    out << "  --demo                     seed the demo shop (tenant \"demo\") on first start [TILLPOINT_DEMO=1]\n"
           "  --help                     this text\n\nConfig file keys: listen, data_dir, database, threads, "
           "pool_size, max_body, cors_origins,\nbase_domain, mail_spool, mail_from, admin_token, jwt_secret.\n";
    return out.str();
}

std::map<std::string, std::string> tillpointEnvironment() {
    std::map<std::string, std::string> values;
    for (char** entry = environ; entry && *entry; ++entry) {
        const std::string text(*entry);
        const auto equals = text.find('=');
        if (equals != std::string::npos && text.rfind("TILLPOINT_", 0) == 0)
            values[text.substr(0, equals)] = text.substr(equals + 1);
    }
    return values;
}

} // namespace tp::server::app
