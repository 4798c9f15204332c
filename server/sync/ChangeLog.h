#pragma once

#include <cstdint>
#include <string>

#include <Poco/JSON/Object.h>

#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::sync {

// The per-tenant change log that registers and backoffices pull (ARCHITECTURE.md, Sync rule 1).
//
// Every server write a client must learn about calls append() inside the write's own
// transaction, so the entry exists exactly when the change does. The sequence is per tenant
// and strictly increasing: tenant_counters.change_seq is bumped with UPDATE … RETURNING,
// which also serialises concurrent writers of one tenant at that row (PostgreSQL row lock,
// SQLite's single writer), so sequence numbers are handed out in commit order.
class ChangeLog {
public:
    enum class Op { Upsert, Delete };

    // Returns the entry's seq. `data` is the entity as clients should store it. `storeId` names
    // the store an entry belongs to (a stock level, an order): registers of other stores do not
    // get it. Empty: the whole tenant's.
    static tp::domain::Result<std::int64_t> append(db::Connection& connection, const std::string& tenantId,
                                                   const std::string& entity, const std::string& entityId, Op op,
                                                   const Poco::JSON::Object::Ptr& data, std::int64_t nowMillis,
                                                   const std::string& storeId = {});

    // append() with `dataText` already serialised (a JSON object), for writers that keep it.
    static tp::domain::Result<std::int64_t> append(db::Connection& connection, const std::string& tenantId,
                                                   const std::string& entity, const std::string& entityId, Op op,
                                                   const std::string& dataText, std::int64_t nowMillis,
                                                   const std::string& storeId = {});

    // append() of an upsert for writers that only publish and have no use for the seq: the
    // entity's wire JSON under its id (a store, a product with its variants, a category, …).
    static tp::domain::Result<void> publishUpsert(db::Connection& connection, const std::string& tenantId,
                                                  const std::string& entity, const std::string& entityId,
                                                  const Poco::JSON::Object::Ptr& data, std::int64_t nowMillis,
                                                  const std::string& storeId = {});
    static tp::domain::Result<void> publishUpsert(db::Connection& connection, const std::string& tenantId,
                                                  const std::string& entity, const std::string& entityId,
                                                  const std::string& dataText, std::int64_t nowMillis);

    // Creates the tenant's counter row; called once when the tenant is created.
    static tp::domain::Result<void> startTenant(db::Connection& connection, const std::string& tenantId);
};

} // namespace tp::server::sync
