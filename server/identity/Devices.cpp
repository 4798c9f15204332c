#include "identity/Devices.h"

#include <cctype>

#include "auth/OpaqueTokens.h"
#include "auth/SecureRandom.h"
#include "control/AuditLog.h"
#include "control/Plans.h"
#include "core/Validation.h"
#include "domain/core/Timestamp.h"
#include "protocol/Rfc3339.h"

namespace tp::server::identity {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

// Crockford's base 32: no I, L, O or U, so nothing is misread off a screen or a note.
constexpr std::string_view kCodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kCodeLength = 10; // 50 random bits

Result<void> checkStore(db::Connection& connection, const std::string& tenantId, const std::string& storeId) {
    if (!looksLikeId(storeId))
        return makeError("not_found", "no store with id " + storeId);
    auto store = connection.execute("SELECT id FROM stores WHERE tenant_id = ? AND id = ?", {tenantId, storeId});
    if (!store)
        return store.error();
    if (store->empty())
        return makeError("not_found", "no store with id " + storeId);
    return {};
}

domain::Error invalidCode() {
    return makeError("enrolment_code_invalid",
                     "the enrolment code is not valid: it may be mistyped, used already or older than a day — make "
                     "a new one in the backoffice");
}

} // namespace

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

Poco::JSON::Object::Ptr EnrolmentCode::toJson() const {
    Poco::JSON::Object::Ptr enrolment = new Poco::JSON::Object;
    enrolment->set("code", code);
    enrolment->set("store_id", storeId);
    enrolment->set("name", name);
    enrolment->set("expires_at", protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(expiresAt)));
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("enrolment", enrolment);
    return json;
}

std::string Devices::normalizeCode(const std::string& typed) {
    std::string code;
    for (const char c : typed) {
        if (c == '-' || c == ' ')
            continue;
        char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        // What a person may read for what Crockford's alphabet leaves out.
        if (upper == 'O')
            upper = '0';
        else if (upper == 'I' || upper == 'L')
            upper = '1';
        code.push_back(upper);
    }
    return code;
}

Result<void> Devices::insertDevice(db::Connection& connection, const std::string& tenantId,
                                   const EnrolledDevice& device, const std::string& tokenHash, const std::string& actor,
                                   std::int64_t now) {
    if (auto within = control::Plans::consume(connection, tenantId, control::UsageMetric::Registers); !within)
        return within.error();
    auto inserted = connection.execute("INSERT INTO devices (tenant_id, id, store_id, name, token_hash, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?)",
                                       {tenantId, device.id, device.storeId, device.name, tokenHash, now});
    if (!inserted)
        return inserted.error();
    Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
    after->set("store_id", device.storeId);
    after->set("name", device.name);
    control::AuditEvent event{tenantId, actor, "device.enrol", "device:" + device.id, nullptr, after};
    return control::AuditLog::record(connection, m_context.newId(), now, event);
}

Result<EnrolledDevice> Devices::enrol(const std::string& tenantId, const std::string& storeId, const std::string& name,
                                      const std::string& actor) {
    auto token = auth::OpaqueTokens::generateDeviceToken();
    if (!token)
        return token.error();
    auto hash = auth::OpaqueTokens::hashToken(token.value());
    if (!hash)
        return hash.error();
    EnrolledDevice device{m_context.newId(), storeId, name, token.value()};
    const std::int64_t now = m_context.nowMillis();
    auto stored = m_context.database.transaction(
        db::Scope::tenant(tenantId), db::TransactionKind::Write, [&](db::Connection& connection) -> Result<void> {
            if (auto store = checkStore(connection, tenantId, storeId); !store)
                return store;
            return insertDevice(connection, tenantId, device, hash.value(), actor, now);
        });
    if (!stored)
        return stored.error();
    return device;
}

Result<EnrolmentCode> Devices::makeCode(const std::string& tenantId, const std::string& storeId,
                                        const std::string& name, const std::string& actor) {
    auto random = auth::secureRandomBytes(kCodeLength);
    if (!random)
        return random.error();
    std::string code;
    for (const char byte : random.value())
        code.push_back(kCodeAlphabet[static_cast<unsigned char>(byte) % kCodeAlphabet.size()]); // 256 % 32 == 0
    auto hash = auth::OpaqueTokens::hashToken(code);
    if (!hash)
        return hash.error();
    const std::int64_t now = m_context.nowMillis();
    EnrolmentCode made{code.substr(0, 5) + "-" + code.substr(5), storeId, name, now + kCodeLifetimeMillis};
    auto stored = m_context.database.transaction(
        db::Scope::tenant(tenantId), db::TransactionKind::Write, [&](db::Connection& connection) -> Result<void> {
            if (auto store = checkStore(connection, tenantId, storeId); !store)
                return store;
            auto inserted = connection.execute(
                "INSERT INTO device_enrolment_codes (code_hash, tenant_id, store_id, name, created_by, created_at, "
                "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                {hash.value(), tenantId, storeId, name, actor, now, made.expiresAt});
            if (!inserted)
                return inserted.error();
            Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
            after->set("store_id", storeId);
            after->set("name", name);
            after->set("expires_at", made.expiresAt);
            control::AuditEvent event{tenantId, actor, "device.enrolment_code", "store:" + storeId, nullptr, after};
            return control::AuditLog::record(connection, m_context.newId(), now, event);
        });
    if (!stored)
        return stored.error();
    return made;
}

Result<std::pair<EnrolledDevice, std::string>> Devices::enrolWithCode(const std::string& typed) {
    const std::string code = normalizeCode(typed);
    if (code.size() != kCodeLength || code.find_first_not_of(kCodeAlphabet) != std::string::npos)
        return invalidCode();
    auto hash = auth::OpaqueTokens::hashToken(code);
    if (!hash)
        return hash.error();
    // Whose code it is: a read across tenants (the caller has no tenant yet).
    auto owner = m_context.database.transact<std::optional<std::pair<std::string, std::string>>>(
        db::Scope::platformAdmin(), db::TransactionKind::Read,
        [&](db::Connection& connection) -> Result<std::optional<std::pair<std::string, std::string>>> {
            auto rows = connection.execute("SELECT c.tenant_id, t.slug FROM device_enrolment_codes c "
                                           "JOIN tenants t ON t.id = c.tenant_id WHERE c.code_hash = ?",
                                           {hash.value()});
            if (!rows)
                return rows.error();
            if (rows->empty())
                return std::optional<std::pair<std::string, std::string>>{};
            return std::optional(std::pair(rows->first().text(0), rows->first().text(1)));
        });
    if (!owner)
        return owner.error();
    if (!owner.value())
        return invalidCode();
    const auto& [tenantId, slug] = *owner.value();

    auto token = auth::OpaqueTokens::generateDeviceToken();
    if (!token)
        return token.error();
    auto tokenHash = auth::OpaqueTokens::hashToken(token.value());
    if (!tokenHash)
        return tokenHash.error();
    const std::int64_t now = m_context.nowMillis();
    EnrolledDevice device{m_context.newId(), {}, {}, token.value()};
    auto stored = m_context.database.transaction(
        db::Scope::tenant(tenantId), db::TransactionKind::Write, [&](db::Connection& connection) -> Result<void> {
            // The claim: one UPDATE that only an unused, unexpired code passes, so two registers
            // typing the same code cannot both get a token.
            auto claimed = connection.execute(
                "UPDATE device_enrolment_codes SET used_at = ?, device_id = ? WHERE code_hash = ? AND tenant_id = ? "
                "AND used_at IS NULL AND expires_at > ? RETURNING store_id, name, created_by",
                {now, device.id, hash.value(), tenantId, now});
            if (!claimed)
                return claimed.error();
            if (claimed->empty())
                return invalidCode();
            device.storeId = claimed->first().text(0);
            device.name = claimed->first().text(1);
            return insertDevice(connection, tenantId, device, tokenHash.value(),
                                claimed->first().text(2) + " (enrolment code)", now);
        });
    if (!stored)
        return stored.error();
    return std::pair(device, slug);
}

} // namespace tp::server::identity
