#pragma once

#include <functional>
#include <memory>

#include "core/TenantStatusCache.h"
#include "db/Database.h"
#include "domain/core/Timestamp.h"
#include "domain/ids/UuidV7Generator.h"

namespace tp::server::catalog {
class ProductDocumentCache;
} // namespace tp::server::catalog

namespace tp::server {

using Clock = std::function<tp::domain::Timestamp()>;

// What every server module needs and nothing more: the storage, the time, and new ids.
// Passed by reference into each module's constructor (no singletons), so tests build one
// with a temp database and a controllable clock.
struct ServerContext {
    db::Database& database;
    Clock clock;
    tp::domain::UuidV7Generator& ids;
    // Shared by authentication (reads) and the control plane (forgets on every status change).
    std::shared_ptr<TenantStatusCache> tenantStatus = std::make_shared<TenantStatusCache>();
    // Product documents that reads served lately (catalog/ProductDocumentCache.h; declared only,
    // as core sits below the modules). Null means off; TillpointServer always sets one.
    std::shared_ptr<catalog::ProductDocumentCache> productDocuments = nullptr;

    std::string newId() { return ids.next().toString(); }
    std::int64_t nowMillis() const { return tp::domain::unixMillis(clock()); }
};

} // namespace tp::server
