#pragma once

#include <string>
#include <vector>

#include <Poco/JSON/Array.h>

#include "core/ServerContext.h"
#include "domain/core/Result.h"
#include "http/Principal.h"
#include "sync/Mutation.h"

namespace tp::server::sync {

// POST /api/v1/sync/push (ARCHITECTURE.md, Sync rule 2): mutations applied in order, each in
// its own write transaction that first claims the mutation_id in sync_mutations (INSERT … ON
// CONFLICT DO NOTHING RETURNING — an atomic claim, never check-then-insert) and then applies
// it, so the claim exists exactly when the effect does. Per mutation the answer is
//   {"mutation_id","status":"applied","result":{…}}
//   {"mutation_id","status":"duplicate","result":{…}}     a repeat of an applied one
//   {"mutation_id","status":"rejected","error":{"code","message"},"current"?}
// A rejection is recorded (in its own transaction, after the effect rolled back), so a repeat
// is rejected again with the same reason rather than applied or lost; a mutation_id reused for
// different content is rejected as a conflict. When the server itself fails, the push stops
// with that error: what was applied before stays applied and comes back as duplicates.
class SyncPush {
public:
    static constexpr std::size_t kMaxMutations = 500;

    SyncPush(ServerContext& context, const MutationRegistry& registry)
        : m_context(context)
        , m_registry(registry) {}

    tp::domain::Result<Poco::JSON::Array::Ptr> push(const http::Principal& pusher, const std::vector<Mutation>& batch);

private:
    tp::domain::Result<Poco::JSON::Object::Ptr> pushOne(const http::Principal& pusher, const std::string& actor,
                                                        const Mutation& mutation);

    ServerContext& m_context;
    const MutationRegistry& m_registry;
};

// A stable fingerprint of a mutation's type and content (64-bit FNV-1a of the canonical JSON,
// in hex): it tells a true retry from a mutation_id reused for something else.
std::string mutationFingerprint(const std::string& type, const std::string& dataText);
// The canonical JSON the fingerprint is taken of (Poco writes keys sorted).
std::string mutationDataText(const Mutation& mutation);

} // namespace tp::server::sync
