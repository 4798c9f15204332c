#include "identity/Devices.h"

#include "auth/OpaqueTokens.h"
#include "control/AuditLog.h"
#include "control/Plans.h"
#include "core/Validation.h"

namespace tp::server::identity {

Poco::JSON::Object::Ptr EnrolledDevice::toJson() const {
    Poco::JSON::Object::Ptr device = new Poco::JSON::Object;
    device->set("id", id);
    device->set("store_id", storeId);
    device->set("name", name);
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("device", device);
    json->set("device_token", token);
    return json;
}

tp::domain::Result<EnrolledDevice> Devices::enrol(const std::string& tenantId, const std::string& storeId,
                                                  const std::string& name, const std::string& actor) {
    auto token = auth::OpaqueTokens::generateDeviceToken();
    if (!token)
        return token.error();
    auto hash = auth::OpaqueTokens::hashToken(token.value());
    if (!hash)
        return hash.error();
    EnrolledDevice device{m_context.newId(), storeId, name, token.value()};
    const std::int64_t now = m_context.nowMillis();
    auto stored = m_context.database.transaction(
        db::Scope::tenant(tenantId), db::TransactionKind::Write,
        [&](db::Connection& connection) -> tp::domain::Result<void> {
            if (!looksLikeId(storeId))
                return tp::domain::makeError("not_found", "no store with id " + storeId);
            auto store =
                connection.execute("SELECT id FROM stores WHERE tenant_id = ? AND id = ?", {tenantId, storeId});
            if (!store)
                return store.error();
            if (store->empty())
                return tp::domain::makeError("not_found", "no store with id " + storeId);
            if (auto within = control::Plans::consume(connection, tenantId, control::UsageMetric::Registers); !within)
                return within.error();
            auto inserted = connection.execute("INSERT INTO devices (tenant_id, id, store_id, name, token_hash, "
                                               "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                                               {tenantId, device.id, storeId, name, hash.value(), now});
            if (!inserted)
                return inserted.error();
            Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
            after->set("store_id", storeId);
            after->set("name", name);
            control::AuditEvent event{tenantId, actor, "device.enrol", "device:" + device.id, nullptr, after};
            return control::AuditLog::record(connection, m_context.newId(), now, event);
        });
    if (!stored)
        return stored.error();
    return device;
}

} // namespace tp::server::identity
