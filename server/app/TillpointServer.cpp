#include "app/TillpointServer.h"

#include <filesystem>
#include <iostream>

#include "app/DemoShop.h"
#include "app/OpsRoutes.h"
#include "app/SecretFile.h"
#include "auth/AccessTokens.h"
#include "auth/AdminToken.h"
#include "auth/LoginRateLimiter.h"
#include "auth/OpaqueTokens.h"
#include "auth/PasswordHasher.h"
#include "auth/RefreshTokenPolicy.h"
#include "catalog/CatalogRoutes.h"
#include "catalog/ProductMutations.h"
#include "control/ControlRoutes.h"
#include "control/FeatureFlags.h"
#include "control/Tenants.h"
#include "customers/CustomerMutations.h"
#include "db/Database.h"
#include "http/HttpServer.h"
#include "http/Metrics.h"
#include "identity/Devices.h"
#include "identity/IdentityRoutes.h"
#include "identity/StaffRoutes.h"
#include "identity/StaffSessions.h"
#include "identity/TokenAuthenticator.h"
#include "inventory/InventoryRoutes.h"
#include "inventory/StockMutations.h"
#include "orders/OrderMutations.h"
#include "orders/OrderRoutes.h"
#include "stores/StoreRoutes.h"
#include "stores/Stores.h"
#include "sync/SyncRoutes.h"

namespace tp::server::app {

using tp::domain::makeError;
using tp::domain::Result;

// Everything the server is made of, in construction order (members are destroyed in reverse,
// so the HTTP server stops before the modules and the database it calls go away).
struct TillpointServer::Parts {
    std::unique_ptr<db::Database> database;
    tp::domain::UuidV7Generator ids{tp::domain::UuidV7Generator::systemClock(),
                                    tp::domain::UuidV7Generator::systemRandomSource()};
    std::unique_ptr<ServerContext> context;
    std::string adminTokenText;
    std::optional<auth::AdminToken> adminToken;
    std::optional<auth::AccessTokens> accessTokens;
    std::unique_ptr<auth::PasswordHasher> hasher;
    std::unique_ptr<auth::RefreshTokenPolicy> refreshPolicy;
    std::unique_ptr<auth::LoginRateLimiter> rateLimiter;
    std::unique_ptr<identity::TokenAuthenticator> authenticator;
    std::unique_ptr<control::FeatureFlags> features;
    http::Metrics metrics;
    std::unique_ptr<control::Tenants> tenants;
    std::unique_ptr<stores::Stores> stores;
    std::unique_ptr<catalog::Products> products;
    std::unique_ptr<catalog::Categories> categories;
    std::unique_ptr<catalog::AttributeSets> attributeSets;
    std::unique_ptr<inventory::Inventory> inventory;
    std::unique_ptr<identity::StaffSessions> sessions;
    std::unique_ptr<identity::Devices> devices;
    std::unique_ptr<orders::Orders> orders;
    sync::MutationRegistry mutations;
    std::unique_ptr<sync::ChangeFeed> changeFeed;
    std::unique_ptr<sync::SyncPush> syncPush;
    http::Router router;
    std::unique_ptr<http::HttpServer> http;
};

TillpointServer::TillpointServer(std::unique_ptr<Parts> parts)
    : m_parts(std::move(parts)) {}

TillpointServer::~TillpointServer() {
    stop();
}

std::uint16_t TillpointServer::port() const {
    return m_parts->http->port();
}
const std::string& TillpointServer::adminToken() const {
    return m_parts->adminTokenText;
}
ServerContext& TillpointServer::context() {
    return *m_parts->context;
}
const http::Router& TillpointServer::router() const {
    return m_parts->router;
}

void TillpointServer::stop() {
    if (m_parts && m_parts->http)
        m_parts->http->stop();
}

Result<std::unique_ptr<TillpointServer>> TillpointServer::start(const ServerConfig& config, StartOptions options) {
    std::ostream& out = options.announcements ? *options.announcements : std::cout;
    auto parts = std::make_unique<Parts>();
    const Clock clock = options.clock ? options.clock : auth::systemClock();

    std::error_code ec;
    const std::filesystem::path dataDir = std::filesystem::absolute(config.dataDir);
    std::filesystem::create_directories(dataDir, ec);
    if (ec)
        return makeError("invalid_configuration", "cannot create the data directory " + dataDir.string());

    db::DatabaseOptions databaseOptions;
    databaseOptions.url = config.databaseUrl();
    databaseOptions.poolSize = config.poolSize;
    auto database = db::Database::open(databaseOptions);
    if (!database)
        return database.error();
    parts->database = std::move(database).value();
    parts->context = std::make_unique<ServerContext>(ServerContext{*parts->database, clock, parts->ids});

    // Secrets: from the configuration, else generated once into the data directory.
    bool created = false;
    std::string adminToken = config.adminToken;
    if (adminToken.empty()) {
        auto generated = loadOrCreateSecret(dataDir / "admin-token", auth::AdminToken::generate, created);
        if (!generated)
            return generated.error();
        adminToken = generated.value();
        if (created)
            out << "tillpoint-server: generated the platform admin token into " << (dataDir / "admin-token").string()
                << " (mode 0600)\n";
    }
    auto admin = auth::AdminToken::fromConfiguration(adminToken);
    if (!admin)
        return admin.error();
    parts->adminTokenText = adminToken;
    parts->adminToken.emplace(std::move(admin).value());

    std::string jwtSecret = config.jwtSecret;
    if (jwtSecret.empty()) {
        auto generated = loadOrCreateSecret(
            dataDir / "jwt-secret", []() -> Result<std::string> { return auth::OpaqueTokens::generate("jwt_"); },
            created);
        if (!generated)
            return generated.error();
        jwtSecret = generated.value();
    }
    auto accessTokens = auth::AccessTokens::create({jwtSecret, {}}, clock);
    if (!accessTokens)
        return accessTokens.error();
    parts->accessTokens.emplace(std::move(accessTokens).value());

    if (options.passwordIterations > 0)
        parts->hasher =
            std::make_unique<auth::PasswordHasher>(options.passwordIterations, auth::PasswordHasher::WeakForTests{});
    else
        parts->hasher = std::make_unique<auth::PasswordHasher>();
    parts->refreshPolicy = std::make_unique<auth::RefreshTokenPolicy>(clock);
    parts->rateLimiter = std::make_unique<auth::LoginRateLimiter>(clock);
    parts->authenticator = std::make_unique<identity::TokenAuthenticator>(
        *parts->database, *parts->adminToken, *parts->accessTokens, *parts->context->tenantStatus);
    parts->features = std::make_unique<control::FeatureFlags>(*parts->database);

    ServerContext& context = *parts->context;
    parts->tenants = std::make_unique<control::Tenants>(context);
    parts->stores = std::make_unique<stores::Stores>(context);
    parts->products = std::make_unique<catalog::Products>(context);
    parts->categories = std::make_unique<catalog::Categories>(context);
    parts->attributeSets = std::make_unique<catalog::AttributeSets>(context);
    parts->inventory = std::make_unique<inventory::Inventory>(context);
    parts->sessions = std::make_unique<identity::StaffSessions>(context, *parts->hasher, *parts->accessTokens,
                                                                *parts->refreshPolicy, *parts->rateLimiter);
    parts->devices = std::make_unique<identity::Devices>(context);
    parts->orders = std::make_unique<orders::Orders>(context);
    orders::registerOrderMutations(parts->mutations);
    inventory::registerStockMutations(parts->mutations);
    catalog::registerProductMutations(parts->mutations);
    customers::registerCustomerMutations(parts->mutations);
    parts->changeFeed = std::make_unique<sync::ChangeFeed>(context);
    parts->syncPush = std::make_unique<sync::SyncPush>(context, parts->mutations);

    control::addControlRoutes(parts->router, context, *parts->tenants, *parts->hasher);
    identity::addIdentityRoutes(parts->router, *parts->sessions, *parts->devices);
    identity::addStaffRoutes(parts->router, context, *parts->hasher);
    stores::addStoreRoutes(parts->router, *parts->stores);
    catalog::addCatalogRoutes(parts->router, *parts->products, *parts->categories, *parts->attributeSets);
    inventory::addInventoryRoutes(parts->router, *parts->inventory);
    orders::addOrderRoutes(parts->router, *parts->orders);
    sync::addSyncRoutes(parts->router, *parts->changeFeed, *parts->syncPush);
    addOpsRoutes(parts->router, *parts->database, parts->metrics);

    if (config.demo) {
        auto seeded = seedDemoShop(context, *parts->tenants, *parts->stores, *parts->hasher, dataDir, out);
        if (!seeded)
            return seeded.error();
    }

    http::HttpServerOptions httpOptions;
    httpOptions.host = config.listenHost;
    httpOptions.port = config.listenPort;
    httpOptions.threads = config.threads;
    httpOptions.maxBodyBytes = config.maxBodyBytes;
    httpOptions.corsOrigins = config.corsOrigins;
    httpOptions.baseDomain = config.baseDomain;
    parts->http = std::make_unique<http::HttpServer>(httpOptions, parts->router, *parts->authenticator,
                                                     *parts->features, parts->metrics);
    if (auto started = parts->http->start(); !started)
        return started.error();
    return std::unique_ptr<TillpointServer>(new TillpointServer(std::move(parts)));
}

} // namespace tp::server::app
