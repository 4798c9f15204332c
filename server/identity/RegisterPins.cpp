#include "identity/RegisterPins.h"

#include <algorithm>

#include "control/AuditLog.h"
#include "core/Actor.h"
#include "core/Validation.h"
#include "identity/StaffAccounts.h"
#include "protocol/JsonFields.h"
#include "sync/ChangeLog.h"

namespace tp::server::identity {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

// Whether every digit is the one before it plus `step` (a run such as 2345 or 9876).
bool isRun(std::string_view pin, int step) {
    for (std::size_t i = 1; i < pin.size(); ++i) {
        if (pin[i] - pin[i - 1] != step)
            return false;
    }
    return true;
}

// Whether `caller` may set the PIN of someone holding `role` (id `staffId`).
bool maySetPinOf(const http::Principal& caller, const std::string& staffId, const std::string& role) {
    if (caller.userId == staffId || caller.role == http::StaffRole::Owner)
        return true;
    return caller.role == http::StaffRole::Manager && role == "cashier";
}

} // namespace

Result<void> checkRegisterPin(std::string_view pin, const std::string& field) {
    if (pin.size() < 4 || pin.size() > 8 ||
        !std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return protocol::invalidField(field, "must be 4 to 8 digits");
    if (isRun(pin, 0))
        return protocol::invalidField(field, "must not be one digit repeated");
    if (isRun(pin, 1) || isRun(pin, -1))
        return protocol::invalidField(field, "must not be a straight run of digits such as 1234");
    return {};
}

Result<Poco::JSON::Object::Ptr> RegisterPins::set(const http::Principal& caller, const std::string& staffId,
                                                  const std::string& pin) {
    if (!looksLikeId(staffId))
        return makeError("not_found", "no staff member with id " + staffId);
    if (auto valid = checkRegisterPin(pin, "pin"); !valid)
        return valid.error();
    // Hashed before the transaction: a tenth of a second of CPU should not hold a write lock.
    auto hash = m_hasher.hash(pin);
    if (!hash)
        return hash.error();
    const std::string& tenantId = caller.tenantId;
    const std::int64_t now = m_context.nowMillis();
    return m_context.database.transact<Poco::JSON::Object::Ptr>(
        db::Scope::tenant(tenantId), db::TransactionKind::Write,
        [&](db::Connection& connection) -> Result<Poco::JSON::Object::Ptr> {
            auto member = StaffAccounts::findById(connection, tenantId, staffId);
            if (!member)
                return member.error();
            if (!member.value())
                return makeError("not_found", "no staff member with id " + staffId);
            if (!maySetPinOf(caller, staffId, member.value()->role))
                return makeError("forbidden", "a manager may set the PINs of cashiers only (and their own)");
            auto stored = connection.execute("UPDATE users SET pin_hash = ? WHERE tenant_id = ? AND id = ?",
                                             {hash.value(), tenantId, staffId});
            if (!stored)
                return stored.error();
            Poco::JSON::Object::Ptr forRegisters = member.value()->toJson();
            forRegisters->set("pin_hash", hash.value());
            auto appended = sync::ChangeLog::append(connection, tenantId, "register_staff", staffId,
                                                    sync::ChangeLog::Op::Upsert, forRegisters, now);
            if (!appended)
                return appended.error();
            // The audit names the change, never the PIN or its hash.
            const control::AuditEvent event{tenantId,          actorOf(caller), "staff.pin_set",
                                            "user:" + staffId, nullptr,         member.value()->toJson()};
            if (auto audited = control::AuditLog::record(connection, m_context.newId(), now, event); !audited)
                return audited.error();
            return member.value()->toJson();
        });
}

} // namespace tp::server::identity
