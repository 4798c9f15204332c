#include "control/AuditLog.h"

#include "protocol/JsonText.h"
#include "protocol/Rfc3339.h"

namespace tp::server::control {

tp::domain::Result<void> AuditLog::record(db::Connection& connection, const std::string& id, std::int64_t atMillis,
                                          const AuditEvent& event) {
    auto inserted =
        connection.execute("INSERT INTO audit_log (tenant_id, id, at, actor, action, target, before_json, after_json) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           {db::sqlText(event.tenantId), id, atMillis, event.actor, event.action, event.target,
                            event.before ? db::SqlValue(protocol::toJsonText(event.before)) : db::sqlNull(),
                            event.after ? db::SqlValue(protocol::toJsonText(event.after)) : db::sqlNull()});
    if (!inserted)
        return inserted.error();
    return {};
}

namespace {

Poco::Dynamic::Var jsonOrNull(const std::optional<std::string>& text) {
    if (!text)
        return {};
    auto parsed = protocol::parseJsonObject(*text);
    return parsed ? Poco::Dynamic::Var(parsed.value()) : Poco::Dynamic::Var(*text);
}

} // namespace

tp::domain::Result<std::vector<Poco::JSON::Object::Ptr>> AuditLog::query(db::Database& database, const Query& query) {
    // UUIDv7 ids sort by creation time, so id order is time order and makes a stable cursor.
    std::string sql =
        "SELECT id, at, tenant_id, actor, action, target, before_json, after_json FROM audit_log WHERE 1 = 1";
    db::SqlParams params;
    if (query.tenantId) {
        sql += " AND tenant_id = ?";
        params.emplace_back(*query.tenantId);
    }
    if (query.fromMillis) {
        sql += " AND at >= ?";
        params.emplace_back(*query.fromMillis);
    }
    if (query.toMillis) {
        sql += " AND at < ?";
        params.emplace_back(*query.toMillis);
    }
    if (query.page.cursor) {
        sql += " AND id < ?";
        params.emplace_back(*query.page.cursor);
    }
    sql += " ORDER BY id DESC LIMIT ?";
    params.emplace_back(static_cast<std::int64_t>(query.page.limit));

    return database.transact<std::vector<Poco::JSON::Object::Ptr>>(
        db::Scope::platformAdmin(), db::TransactionKind::Read,
        [&](db::Connection& connection) -> tp::domain::Result<std::vector<Poco::JSON::Object::Ptr>> {
            auto rows = connection.execute(sql, params);
            if (!rows)
                return rows.error();
            std::vector<Poco::JSON::Object::Ptr> events;
            for (const auto& row : rows->rows()) {
                Poco::JSON::Object::Ptr event = new Poco::JSON::Object;
                event->set("id", row.text("id"));
                event->set("at", protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(row.integer("at"))));
                const auto tenant = row.optionalText("tenant_id");
                event->set("tenant_id", tenant ? Poco::Dynamic::Var(*tenant) : Poco::Dynamic::Var());
                event->set("actor", row.text("actor"));
                event->set("action", row.text("action"));
                event->set("target", row.text("target"));
                event->set("before", jsonOrNull(row.optionalText("before_json")));
                event->set("after", jsonOrNull(row.optionalText("after_json")));
                events.push_back(event);
            }
            return events;
        });
}

} // namespace tp::server::control
