#include "sync/ChangeLog.h"

#include "protocol/JsonText.h"

namespace tp::server::sync {

tp::domain::Result<std::int64_t> ChangeLog::append(db::Connection& connection, const std::string& tenantId,
                                                   const std::string& entity, const std::string& entityId, Op op,
                                                   const Poco::JSON::Object::Ptr& data, std::int64_t nowMillis,
                                                   const std::string& storeId) {
    return append(connection, tenantId, entity, entityId, op, data ? protocol::toJsonText(data) : std::string("{}"),
                  nowMillis, storeId);
}

tp::domain::Result<std::int64_t> ChangeLog::append(db::Connection& connection, const std::string& tenantId,
                                                   const std::string& entity, const std::string& entityId, Op op,
                                                   const std::string& dataText, std::int64_t nowMillis,
                                                   const std::string& storeId) {
    auto seq = connection.execute(
        "UPDATE tenant_counters SET change_seq = change_seq + 1 WHERE tenant_id = ? RETURNING change_seq", {tenantId});
    if (!seq)
        return seq.error();
    if (seq->empty())
        return tp::domain::makeError("database_error", "tenant " + tenantId + " has no change counter");
    const std::int64_t next = seq->first().integer(0);
    auto inserted =
        connection.execute("INSERT INTO change_log (tenant_id, seq, entity, entity_id, op, data, created_at, store_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           {tenantId, next, entity, entityId, std::string(op == Op::Upsert ? "upsert" : "delete"),
                            dataText, nowMillis, storeId.empty() ? db::SqlValue() : db::SqlValue(storeId)});
    if (!inserted)
        return inserted.error();
    return next;
}

tp::domain::Result<void> ChangeLog::publishUpsert(db::Connection& connection, const std::string& tenantId,
                                                  const std::string& entity, const std::string& entityId,
                                                  const Poco::JSON::Object::Ptr& data, std::int64_t nowMillis,
                                                  const std::string& storeId) {
    auto appended = append(connection, tenantId, entity, entityId, Op::Upsert, data, nowMillis, storeId);
    if (!appended)
        return appended.error();
    return {};
}

tp::domain::Result<void> ChangeLog::publishUpsert(db::Connection& connection, const std::string& tenantId,
                                                  const std::string& entity, const std::string& entityId,
                                                  const std::string& dataText, std::int64_t nowMillis) {
    auto appended = append(connection, tenantId, entity, entityId, Op::Upsert, dataText, nowMillis);
    if (!appended)
        return appended.error();
    return {};
}

tp::domain::Result<void> ChangeLog::startTenant(db::Connection& connection, const std::string& tenantId) {
    auto inserted = connection.execute(
        "INSERT INTO tenant_counters (tenant_id, change_seq) VALUES (?, 0) ON CONFLICT (tenant_id) DO NOTHING",
        {tenantId});
    if (!inserted)
        return inserted.error();
    return {};
}

} // namespace tp::server::sync
