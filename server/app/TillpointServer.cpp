#include "app/TillpointServer.h"

#include <filesystem>
#include <iostream>
#include <thread>
#include <vector>

#include <Poco/Logger.h>

#include "app/DemoRegister.h"
#include "app/DemoShop.h"
#include "app/OpsRoutes.h"
#include "app/SecretFile.h"
#include "app/ServerLock.h"
#include "auth/AccessTokens.h"
#include "auth/AdminToken.h"
#include "auth/LoginRateLimiter.h"
#include "auth/OpaqueTokens.h"
#include "auth/PasswordHasher.h"
#include "auth/RefreshTokenPolicy.h"
#include "campaigns/CampaignMutations.h"
#include "catalog/CatalogRoutes.h"
#include "catalog/CategoryMutations.h"
#include "catalog/ImageRoutes.h"
#include "catalog/ImageStore.h"
#include "catalog/ProductDocumentCache.h"
#include "catalog/ProductDocuments.h"
#include "catalog/ProductMutations.h"
#include "control/ControlRoutes.h"
#include "control/FeatureFlags.h"
#include "control/Tenants.h"
#include "coupons/CouponMutations.h"
#include "coupons/CouponRoutes.h"
#include "customers/CustomerMutations.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "db/PostgresNotificationListener.h"
#include "http/HttpServer.h"
#include "http/Metrics.h"
#include "identity/DevicePresence.h"
#include "identity/DeviceRoutes.h"
#include "identity/Devices.h"
#include "identity/EnrolledDevices.h"
#include "identity/IdentityRoutes.h"
#include "identity/RegisterPins.h"
#include "identity/StaffRoutes.h"
#include "identity/StaffSessions.h"
#include "identity/TokenAuthenticator.h"
#include "inventory/InventoryRoutes.h"
#include "inventory/StockMutations.h"
#include "mail/MailSpool.h"
#include "mail/ReceiptEmails.h"
#include "orders/OrderMutations.h"
#include "orders/OrderRoutes.h"
#include "storedvalue/StoredValueMutations.h"
#include "storedvalue/StoredValueRoutes.h"
#include "stores/StoreMutations.h"
#include "stores/StoreRoutes.h"
#include "stores/Stores.h"
#include "sync/SyncRoutes.h"

namespace tp::server::app {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

// On SQLite this server must be the only one using the database: its product document cache
// hears of no write but its own (ProductDocumentCache.h), and the secrets it generates into the
// data directory must not be raced for either. So it claims the data directory (server.lock)
// and, when --database names a SQLite file elsewhere, that file too (a lock file beside it). On
// PostgreSQL several servers sharing one database is the design: no lock, and each server's
// cache hears the others' writes (listenForProductWrites).
Result<std::vector<ServerLock>> claimSqliteStorage(const std::string& url, const std::filesystem::path& dataDir) {
    std::vector<ServerLock> locks;
    const auto parsed = db::DatabaseUrl::parse(url);
    if (!parsed || parsed->backend != db::Backend::Sqlite)
        return locks; // a bad URL is Database::open's to report
    auto directory = ServerLock::acquire(dataDir / "server.lock", dataDir.string());
    if (!directory)
        return directory.error();
    locks.push_back(std::move(directory).value());
    if (parsed->inMemory)
        return locks;
    std::error_code ec;
    const std::filesystem::path file = std::filesystem::weakly_canonical(parsed->target, ec);
    if (!ec && file.parent_path() != std::filesystem::weakly_canonical(dataDir, ec)) {
        auto beside = ServerLock::acquire(file.string() + ".server.lock", file.string());
        if (!beside)
            return beside.error();
        locks.push_back(std::move(beside).value());
    }
    return locks;
}

// On PostgreSQL other servers may write products too: each write notifies (refresh() in
// ProductDocuments.cpp) and the listener started here makes `cache` forget what it hears. While
// the listener is not listening — before its first LISTEN, and from a lost connection until the
// next — writes may go unheard, so the cache is suspended and every read goes to the database.
Result<std::unique_ptr<db::PostgresNotificationListener>>
listenForProductWrites(const std::string& url, const std::shared_ptr<catalog::ProductDocumentCache>& cache) {
    auto parsed = db::DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    cache->suspend();
    db::PostgresNotificationListener::Options options;
    options.uri = parsed->target;
    options.channel = catalog::ProductDocuments::kChangedChannel;
    Poco::Logger* log = &Poco::Logger::get("tillpoint.catalog.cache");
    db::PostgresNotificationListener::Callbacks callbacks;
    callbacks.notified = [cache](std::string_view payload) {
        catalog::ProductDocuments::forgetNotified(*cache, payload);
    };
    callbacks.connected = [cache, log] {
        cache->resume();
        log->information("product documents are cached: listening for other servers' writes");
    };
    callbacks.disconnected = [cache, log](const std::string& reason) {
        cache->suspend();
        log->warning("product documents are not cached until the listener is back: " + reason);
    };
    return db::PostgresNotificationListener::start(std::move(options), std::move(callbacks));
}

// HTTP event loops when the configuration leaves it open. A loop runs its requests' handlers
// itself. On SQLite a read is all CPU: one loop per core serves the most, more only add context
// switches. On PostgreSQL a handler may wait for the database, so twice as many keep it busy;
// many more (say one per pooled connection) measured worse here: product reads, answered from
// memory, then compete with dozens of runnable threads and their p99 went from 3 ms to 250 ms
// and beyond. A database on another machine, with longer waits, may want more (--threads).
int httpLoopsFor(db::Backend backend) {
    const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    return backend == db::Backend::Sqlite ? std::max(2, cores) : std::max(4, 2 * cores);
}

} // namespace

// Everything the server is made of, in construction order (members are destroyed in reverse,
// so the HTTP server stops before the modules and the database it calls go away, and the
// storage locks go last).
struct TillpointServer::Parts {
    std::vector<ServerLock> storageLocks;
    std::unique_ptr<db::Database> database;
    tp::domain::UuidV7Generator ids{tp::domain::UuidV7Generator::systemClock(),
                                    tp::domain::UuidV7Generator::systemRandomSource()};
    std::unique_ptr<ServerContext> context;
    std::unique_ptr<db::PostgresNotificationListener> productWrites; // PostgreSQL only
    std::string adminTokenText;
    std::optional<auth::AdminToken> adminToken;
    std::optional<auth::AccessTokens> accessTokens;
    std::unique_ptr<auth::PasswordHasher> hasher;
    std::unique_ptr<identity::RegisterPins> registerPins;
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
    std::unique_ptr<catalog::ImageStore> images;
    std::unique_ptr<inventory::Inventory> inventory;
    std::unique_ptr<identity::StaffSessions> sessions;
    std::unique_ptr<identity::Devices> devices;
    std::unique_ptr<identity::EnrolledDevices> enrolledDevices;
    std::unique_ptr<identity::DevicePresence> devicePresence;
    std::unique_ptr<identity::StaffChanges> staffChanges;
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
    auto locks = claimSqliteStorage(databaseOptions.url, dataDir);
    if (!locks)
        return locks.error();
    parts->storageLocks = std::move(locks).value();
    auto database = db::Database::open(databaseOptions);
    if (!database)
        return database.error();
    parts->database = std::move(database).value();
    parts->context = std::make_unique<ServerContext>(ServerContext{*parts->database, clock, parts->ids});
    // Product reads are served from memory. Every write of this server makes the cache forget
    // the product once committed; on SQLite no one else writes (the storage locks above), on
    // PostgreSQL the other servers' writes are heard through LISTEN/NOTIFY.
    parts->context->productDocuments = std::make_shared<catalog::ProductDocumentCache>();
    if (parts->database->backend() == db::Backend::Postgres) {
        auto listener = listenForProductWrites(databaseOptions.url, parts->context->productDocuments);
        if (!listener)
            return listener.error();
        parts->productWrites = std::move(listener).value();
    }

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
    parts->images = std::make_unique<catalog::ImageStore>(context, dataDir / "images");
    parts->inventory = std::make_unique<inventory::Inventory>(context);
    parts->sessions = std::make_unique<identity::StaffSessions>(context, *parts->hasher, *parts->accessTokens,
                                                                *parts->refreshPolicy, *parts->rateLimiter);
    parts->devices = std::make_unique<identity::Devices>(context);
    parts->enrolledDevices = std::make_unique<identity::EnrolledDevices>(context);
    parts->devicePresence = std::make_unique<identity::DevicePresence>(context);
    parts->staffChanges = std::make_unique<identity::StaffChanges>(context);
    parts->registerPins = std::make_unique<identity::RegisterPins>(
        context, options.passwordIterations > 0
                     ? auth::PasswordHasher(options.passwordIterations, auth::PasswordHasher::WeakForTests{})
                     : auth::PasswordHasher::forRegisterPins());
    parts->orders = std::make_unique<orders::Orders>(context);
    orders::registerOrderMutations(parts->mutations);
    inventory::registerStockMutations(parts->mutations);
    catalog::registerProductMutations(parts->mutations);
    catalog::registerCategoryMutations(parts->mutations);
    customers::registerCustomerMutations(parts->mutations);
    stores::registerStoreMutations(parts->mutations);
    coupons::registerCouponMutations(parts->mutations);
    campaigns::registerCampaignMutations(parts->mutations);
    storedvalue::registerStoredValueMutations(parts->mutations);
    auto spool = std::make_shared<const mail::MailSpool>(
        config.mailSpool.empty() ? dataDir / "mail-outbox" : std::filesystem::path(config.mailSpool), config.mailFrom);
    mail::registerReceiptEmails(parts->mutations, spool);
    // Messages a crash left queued between their commit and the spool go out now.
    if (auto flushed = spool->deliverQueued(context); !flushed)
        out << "warning: queued e-mail could not be spooled: " << flushed.error().message << "\n";
    parts->changeFeed = std::make_unique<sync::ChangeFeed>(context);
    parts->syncPush = std::make_unique<sync::SyncPush>(context, parts->mutations);

    control::addControlRoutes(parts->router, context, *parts->tenants, *parts->hasher);
    identity::addIdentityRoutes(parts->router, *parts->sessions, *parts->devices);
    identity::addDeviceRoutes(parts->router, *parts->enrolledDevices);
    identity::addStaffRoutes(parts->router, context, *parts->hasher, *parts->registerPins, *parts->staffChanges);
    stores::addStoreRoutes(parts->router, *parts->stores);
    catalog::addCatalogRoutes(parts->router, *parts->products, *parts->categories, *parts->attributeSets);
    catalog::addImageRoutes(parts->router, *parts->images);
    inventory::addInventoryRoutes(parts->router, *parts->inventory);
    orders::addOrderRoutes(parts->router, *parts->orders);
    coupons::addCouponRoutes(parts->router, context);
    storedvalue::addStoredValueRoutes(parts->router, context);
    sync::addSyncRoutes(parts->router, *parts->changeFeed, *parts->syncPush, *parts->devicePresence);
    addOpsRoutes(parts->router, *parts->database, parts->metrics);

    if (config.demo) {
        auto seeded = seedDemoShop(context, *parts->tenants, *parts->stores, *parts->hasher, dataDir, out);
        if (!seeded)
            return seeded.error();
        if (auto till = prepareDemoRegister(context, *parts->devices, *parts->registerPins, dataDir, out); !till)
            return till.error();
    }

    http::HttpServerOptions httpOptions;
    httpOptions.host = config.listenHost;
    httpOptions.port = config.listenPort;
    httpOptions.threads = config.threads > 0 ? config.threads : httpLoopsFor(parts->database->backend());
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
