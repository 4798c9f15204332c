#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>

#include <Poco/JSON/Object.h>

#include "core/ServerContext.h"
#include "db/Connection.h"
#include "domain/core/Result.h"
#include "http/Principal.h"

namespace tp::server::sync {

// One entry of POST /api/v1/sync/push: {"mutation_id", "type", "data"}.
struct Mutation {
    std::string id; // the client-made mutation_id
    std::string type;
    Poco::JSON::Object::Ptr data;
};

// The result of a mutation that wrote a versioned record: {"<idField>": id, "version": version},
// what the office keeps to base its next edit on.
inline Poco::JSON::Object::Ptr versionedResult(const std::string& idField, const std::string& id,
                                               std::int64_t version) {
    Poco::JSON::Object::Ptr result = new Poco::JSON::Object;
    result->set(idField, id);
    result->set("version", version);
    return result;
}

// What a handler applying one mutation has: the mutation's own open write transaction (the
// same one that holds its idempotency claim), who pushed it, and the server's time and ids.
struct MutationScope {
    db::Connection& connection;
    const http::Principal& pusher;
    const std::string& actor; // as the audit log names the pusher
    const Mutation& mutation;
    const std::string& dataText; // mutation.data as JSON text, keys sorted (as it is fingerprinted)
    ServerContext& context;
    std::int64_t now;
    // A handler that refuses may leave here what the client needs to resolve it (the server's
    // copy on version_conflict); it goes out as "current" beside the error.
    Poco::JSON::Object::Ptr current;

    std::string newId() { return context.newId(); }
    // For handlers that act for one store: a register may only act for its own.
    tp::domain::Result<void> checkStoreAllowed(const std::string& storeId, const std::string& field) const;
    // For the office's own work (the catalog, coupons, gift cards): owners and managers only,
    // never a register or a cashier. `doing` completes "only owners and managers …".
    tp::domain::Result<void> requireOwnerOrManager(const std::string& doing) const;
};

// Applies one mutation type. The object returned is its result (kept and sent again to a
// retry). An error whose HTTP status is 4xx rejects the mutation with that reason; a 5xx one
// means the server failed and the push stops there (the client retries later).
using MutationHandler = std::function<tp::domain::Result<Poco::JSON::Object::Ptr>(MutationScope&)>;

// Mutation types by name; modules register theirs at startup.
class MutationRegistry {
public:
    void add(const std::string& type, MutationHandler handler) { m_handlers[type] = std::move(handler); }
    const MutationHandler* find(const std::string& type) const {
        const auto found = m_handlers.find(type);
        return found == m_handlers.end() ? nullptr : &found->second;
    }

private:
    std::map<std::string, MutationHandler> m_handlers;
};

} // namespace tp::server::sync
