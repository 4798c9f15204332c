#include "identity/StaffChanges.h"

#include "control/AuditLog.h"
#include "control/Plans.h"
#include "core/Actor.h"
#include "core/Validation.h"
#include "identity/StaffAccounts.h"
#include "protocol/JsonFields.h"
#include "sync/ChangeLog.h"

namespace tp::server::identity {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

Result<void> checkChange(const StaffChanges::Change& change) {
    if (change.role && *change.role != "manager" && *change.role != "cashier")
        return protocol::invalidField("role", "must be \"manager\" or \"cashier\" (a tenant has one owner)");
    if (change.status && *change.status != "active" && *change.status != "disabled")
        return protocol::invalidField("status", "must be \"active\" or \"disabled\"");
    return {};
}

Result<void> mayChange(const http::Principal& caller, const StaffMember& member, const StaffChanges::Change& change) {
    if (member.role == "owner")
        return makeError("forbidden", "the owner's role and access cannot be changed");
    if (caller.userId == member.id)
        return makeError("forbidden", "nobody changes their own role or access; ask the owner");
    if (caller.role == http::StaffRole::Owner)
        return {};
    if (change.role && *change.role != member.role)
        return makeError("forbidden", "only the owner changes roles");
    if (member.role != "cashier")
        return makeError("forbidden", "a manager may disable or enable cashiers only");
    return {};
}

// What the registers check PINs against: the member with their PIN's hash (if they have one).
Result<void> publishToRegisters(db::Connection& connection, const std::string& tenantId, const StaffMember& member,
                                std::int64_t now) {
    auto pin = connection.execute("SELECT pin_hash FROM users WHERE tenant_id = ? AND id = ?", {tenantId, member.id});
    if (!pin)
        return pin.error();
    const auto pinHash = pin->empty() ? std::nullopt : pin->first().optionalText(0);
    if (!pinHash)
        return {}; // no register knows them
    Poco::JSON::Object::Ptr forRegisters = member.toJson();
    forRegisters->set("pin_hash", *pinHash);
    auto appended = sync::ChangeLog::append(connection, tenantId, "register_staff", member.id,
                                            sync::ChangeLog::Op::Upsert, forRegisters, now);
    if (!appended)
        return appended.error();
    return {};
}

} // namespace

Result<Poco::JSON::Object::Ptr> StaffChanges::update(const http::Principal& caller, const std::string& staffId,
                                                     const Change& change) {
    if (!looksLikeId(staffId))
        return makeError("not_found", "no staff member with id " + staffId);
    if (auto valid = checkChange(change); !valid)
        return valid.error();
    const std::string& tenantId = caller.tenantId;
    const std::int64_t now = m_context.nowMillis();
    return m_context.database.transact<Poco::JSON::Object::Ptr>(
        db::Scope::tenant(tenantId), db::TransactionKind::Write,
        [&](db::Connection& connection) -> Result<Poco::JSON::Object::Ptr> {
            auto found = StaffAccounts::findById(connection, tenantId, staffId);
            if (!found)
                return found.error();
            if (!found.value())
                return makeError("not_found", "no staff member with id " + staffId);
            const StaffMember before = *found.value();
            if (auto allowed = mayChange(caller, before, change); !allowed)
                return allowed.error();
            StaffMember after = before;
            after.role = change.role.value_or(before.role);
            after.status = change.status.value_or(before.status);
            if (after.role == before.role && after.status == before.status)
                return after.toJson();

            if (after.status != before.status) {
                const std::int64_t seat = after.status == "active" ? 1 : -1;
                if (auto counted = control::Plans::consume(connection, tenantId, control::UsageMetric::Staff, seat);
                    !counted)
                    return counted.error();
            }
            auto updated = connection.execute("UPDATE users SET role = ?, status = ? WHERE tenant_id = ? AND id = ?",
                                              {after.role, after.status, tenantId, staffId});
            if (!updated)
                return updated.error();
            if (after.status == "disabled") {
                // Sessions end with their access tokens' short lives: no refresh brings a new one.
                auto revoked = connection.execute("UPDATE refresh_tokens SET revoked_at = ? WHERE tenant_id = ? AND "
                                                  "user_id = ? AND revoked_at IS NULL",
                                                  {now, tenantId, staffId});
                if (!revoked)
                    return revoked.error();
            }
            auto appended = sync::ChangeLog::append(connection, tenantId, "staff", staffId, sync::ChangeLog::Op::Upsert,
                                                    after.toJson(), now);
            if (!appended)
                return appended.error();
            if (auto published = publishToRegisters(connection, tenantId, after, now); !published)
                return published.error();
            const control::AuditEvent event{tenantId,          actorOf(caller), "staff.update",
                                            "user:" + staffId, before.toJson(), after.toJson()};
            if (auto audited = control::AuditLog::record(connection, m_context.newId(), now, event); !audited)
                return audited.error();
            return after.toJson();
        });
}

} // namespace tp::server::identity
