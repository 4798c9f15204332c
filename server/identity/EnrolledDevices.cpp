#include "identity/EnrolledDevices.h"

#include <Poco/JSON/Array.h>

#include "control/AuditLog.h"
#include "control/Plans.h"
#include "core/Validation.h"
#include "domain/core/Timestamp.h"
#include "protocol/Rfc3339.h"

namespace tp::server::identity {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

constexpr const char* kColumns =
    "id, store_id, name, created_at, last_seen_at, app_version, pending_uploads, revoked_at";

Poco::Dynamic::Var timeOrNull(std::optional<std::int64_t> millis) {
    if (!millis)
        return {};
    return protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(*millis));
}

Poco::JSON::Object::Ptr deviceFrom(const db::SqlRow& row) {
    Poco::JSON::Object::Ptr device = new Poco::JSON::Object;
    device->set("id", row.text("id"));
    device->set("store_id", row.text("store_id"));
    device->set("name", row.text("name"));
    const auto revokedAt = row.optionalInteger("revoked_at");
    device->set("status", revokedAt ? "revoked" : "active");
    device->set("enrolled_at", timeOrNull(row.optionalInteger("created_at")));
    device->set("last_seen_at", timeOrNull(row.optionalInteger("last_seen_at")));
    const auto version = row.optionalText("app_version");
    device->set("app_version", version ? Poco::Dynamic::Var(*version) : Poco::Dynamic::Var());
    const auto pending = row.optionalInteger("pending_uploads");
    device->set("pending_uploads", pending ? Poco::Dynamic::Var(*pending) : Poco::Dynamic::Var());
    device->set("revoked_at", timeOrNull(revokedAt));
    return device;
}

} // namespace

Result<Poco::JSON::Object::Ptr> EnrolledDevices::list(const std::string& tenantId, const PageRequest& page) {
    return m_context.database.transact<Poco::JSON::Object::Ptr>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) -> Result<Poco::JSON::Object::Ptr> {
            auto rows = connection.execute(std::string("SELECT ") + kColumns +
                                               " FROM devices WHERE tenant_id = ? AND id > ? ORDER BY id LIMIT ?",
                                           {tenantId, page.cursor.value_or(""), std::int64_t{page.limit}});
            if (!rows)
                return rows.error();
            Poco::JSON::Array::Ptr devices = new Poco::JSON::Array;
            std::string lastId;
            for (const auto& row : rows->rows()) {
                devices->add(deviceFrom(row));
                lastId = row.text("id");
            }
            Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
            body->set("devices", devices);
            setNextCursor(body, page, devices->size(), lastId);
            return body;
        });
}

Result<Poco::JSON::Object::Ptr> EnrolledDevices::revoke(const std::string& tenantId, const std::string& deviceId,
                                                        const std::string& actor) {
    if (!looksLikeId(deviceId))
        return makeError("not_found", "no register with id " + deviceId);
    const std::int64_t now = m_context.nowMillis();
    return m_context.database.transact<Poco::JSON::Object::Ptr>(
        db::Scope::tenant(tenantId), db::TransactionKind::Write,
        [&](db::Connection& connection) -> Result<Poco::JSON::Object::Ptr> {
            const std::string select =
                std::string("SELECT ") + kColumns + " FROM devices WHERE tenant_id = ? AND id = ?";
            auto before = connection.execute(select, {tenantId, deviceId});
            if (!before)
                return before.error();
            if (before->empty())
                return makeError("not_found", "no register with id " + deviceId);
            if (before->first().isNull("revoked_at")) {
                auto revoked = connection.execute("UPDATE devices SET revoked_at = ? WHERE tenant_id = ? AND id = ?",
                                                  {now, tenantId, deviceId});
                if (!revoked)
                    return revoked.error();
                // A revoked register no longer holds a place in the plan.
                if (auto released = control::Plans::consume(connection, tenantId, control::UsageMetric::Registers, -1);
                    !released)
                    return released.error();
                const control::AuditEvent event{
                    tenantId, actor, "device.revoke", "device:" + deviceId, deviceFrom(before->first()), nullptr};
                if (auto audited = control::AuditLog::record(connection, m_context.newId(), now, event); !audited)
                    return audited.error();
            }
            auto after = connection.execute(select, {tenantId, deviceId});
            if (!after)
                return after.error();
            Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
            body->set("device", deviceFrom(after->first()));
            return body;
        });
}

} // namespace tp::server::identity
