#include "sync/SyncPush.h"

#include <cstdio>
#include <optional>

#include "core/Actor.h"
#include "http/Response.h"
#include "protocol/JsonText.h"

namespace tp::server::sync {

using tp::domain::Error;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

Poco::JSON::Object::Ptr errorJson(const std::string& code, const std::string& message) {
    Poco::JSON::Object::Ptr error = new Poco::JSON::Object;
    error->set("code", code);
    error->set("message", message);
    return error;
}

Poco::JSON::Object::Ptr outcome(const Mutation& mutation, const std::string& status) {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("mutation_id", mutation.id);
    json->set("status", status);
    return json;
}

Poco::JSON::Object::Ptr rejected(const Mutation& mutation, const std::string& code, const std::string& message,
                                 const Poco::JSON::Object::Ptr& current) {
    auto json = outcome(mutation, "rejected");
    json->set("error", errorJson(code, message));
    if (current)
        json->set("current", current);
    return json;
}

// A failure of the server rather than of the mutation: the push stops and is retried.
bool isServerFailure(const Error& error) {
    return http::statusForError(error) >= 500;
}

// What a repeat of an already claimed mutation_id answers, from its stored row.
Result<Poco::JSON::Object::Ptr> replay(db::Connection& connection, const std::string& tenantId,
                                       const Mutation& mutation, const std::string& fingerprint) {
    auto rows = connection.execute("SELECT fingerprint, status, result, error_code, error_message FROM sync_mutations "
                                   "WHERE tenant_id = ? AND mutation_id = ?",
                                   {tenantId, mutation.id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError("database_error", "mutation " + mutation.id + " was claimed but its row is gone");
    const auto& row = rows->first();
    if (row.text(0) != fingerprint)
        return rejected(mutation, "conflict",
                        "mutation_id " + mutation.id +
                            " was already used for a different mutation; a retry must repeat it unchanged",
                        nullptr);
    if (row.text(1) == "rejected")
        return rejected(mutation, row.optionalText(3).value_or("invalid_request"), row.optionalText(4).value_or(""),
                        nullptr);
    auto json = outcome(mutation, "duplicate");
    auto result = protocol::parseJsonObject(row.text(2));
    json->set("result", result ? result.value() : Poco::JSON::Object::Ptr(new Poco::JSON::Object));
    return json;
}

} // namespace

std::string mutationDataText(const Mutation& mutation) {
    return mutation.data ? protocol::toJsonText(mutation.data) : std::string("null"); // Poco sorts keys
}

std::string mutationFingerprint(const std::string& type, const std::string& dataText) {
    std::uint64_t hash = 14695981039346656037ull;
    const auto feed = [&hash](const std::string& text) {
        for (const unsigned char c : text) {
            hash ^= c;
            hash *= 1099511628211ull;
        }
    };
    feed(type);
    feed("\n");
    feed(dataText);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

Result<Poco::JSON::Array::Ptr> SyncPush::push(const http::Principal& pusher, const std::vector<Mutation>& batch) {
    const std::string actor = actorOf(pusher);
    Poco::JSON::Array::Ptr results = new Poco::JSON::Array;
    for (const Mutation& mutation : batch) {
        auto result = pushOne(pusher, actor, mutation);
        if (!result)
            return result.error();
        results->add(result.value());
    }
    // The register drops its outbox rows once it hears this answer: what it acknowledges must
    // survive a power cut here first (ARCHITECTURE "Sync" rule 2). One sync for the batch.
    if (auto durable = m_context.database.makeCommittedDurable(); !durable)
        return durable.error();
    return results;
}

Result<Poco::JSON::Object::Ptr> SyncPush::pushOne(const http::Principal& pusher, const std::string& actor,
                                                  const Mutation& mutation) {
    const std::string& tenantId = pusher.tenantId;
    const std::string dataText = mutationDataText(mutation);
    const std::string fingerprint = mutationFingerprint(mutation.type, dataText);
    const MutationHandler* handler = m_registry.find(mutation.type);
    Poco::JSON::Object::Ptr current;
    std::optional<Error> refusal;
    if (handler == nullptr)
        refusal = makeError("invalid_request", "type: unknown mutation type \"" + mutation.type + "\"");

    if (!refusal) {
        const std::int64_t now = m_context.nowMillis();
        auto applied = m_context.database.transact<Poco::JSON::Object::Ptr>(
            db::Scope::tenant(tenantId), db::TransactionKind::Write,
            [&](db::Connection& connection) -> Result<Poco::JSON::Object::Ptr> {
                auto claimed = connection.execute(
                    "INSERT INTO sync_mutations (tenant_id, mutation_id, type, fingerprint, status, result, source, "
                    "created_at) VALUES (?, ?, ?, ?, 'applied', '{}', ?, ?) "
                    "ON CONFLICT (tenant_id, mutation_id) DO NOTHING RETURNING mutation_id",
                    {tenantId, mutation.id, mutation.type, fingerprint, actor, now});
                if (!claimed)
                    return claimed.error();
                if (claimed->empty())
                    return replay(connection, tenantId, mutation, fingerprint);
                MutationScope scope{connection, pusher, actor, mutation, dataText, m_context, now, nullptr};
                auto result = (*handler)(scope);
                if (!result) {
                    current = scope.current;
                    return result.error();
                }
                Poco::JSON::Object::Ptr kept =
                    result.value() ? result.value() : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
                auto stored =
                    connection.execute("UPDATE sync_mutations SET result = ? WHERE tenant_id = ? AND mutation_id = ?",
                                       {protocol::toJsonText(kept), tenantId, mutation.id});
                if (!stored)
                    return stored.error();
                auto json = outcome(mutation, "applied");
                json->set("result", kept);
                return json;
            });
        if (applied)
            return applied;
        if (isServerFailure(applied.error()))
            return applied.error();
        refusal = applied.error();
    }

    // Rejected: the effect rolled back; record the reason so that a retry hears it again.
    const std::string code = http::wireCodeForError(*refusal);
    const std::int64_t now = m_context.nowMillis();
    return m_context.database.transact<Poco::JSON::Object::Ptr>(
        db::Scope::tenant(tenantId), db::TransactionKind::Write,
        [&](db::Connection& connection) -> Result<Poco::JSON::Object::Ptr> {
            auto recorded = connection.execute(
                "INSERT INTO sync_mutations (tenant_id, mutation_id, type, fingerprint, status, result, error_code, "
                "error_message, source, created_at) VALUES (?, ?, ?, ?, 'rejected', '{}', ?, ?, ?, ?) "
                "ON CONFLICT (tenant_id, mutation_id) DO NOTHING RETURNING mutation_id",
                {tenantId, mutation.id, mutation.type, fingerprint, code, refusal->message, actor, now});
            if (!recorded)
                return recorded.error();
            if (recorded->empty()) // claimed meanwhile by a concurrent copy of this push
                return replay(connection, tenantId, mutation, fingerprint);
            return rejected(mutation, code, refusal->message, current);
        });
}

} // namespace tp::server::sync
