#include "identity/StaffRoutes.h"

#include "control/AuditLog.h"
#include "core/Actor.h"
#include "core/Validation.h"
#include "identity/StaffAccounts.h"
#include "identity/StaffChanges.h"
#include "protocol/JsonFields.h"
#include "sync/ChangeLog.h"

namespace tp::server::identity {

using http::Access;
using http::Request;
using http::Response;
using http::StaffRole;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

Result<Response> addStaff(Request& request, ServerContext& context, const auth::PasswordHasher& hasher) {
    auto body = request.jsonObject();
    if (!body)
        return body.error();
    const protocol::JsonFields fields(body.value());
    auto email = fields.requiredString("email", 254);
    if (!email)
        return email.error();
    if (auto valid = checkEmail(email.value(), "email"); !valid)
        return valid.error();
    auto password = fields.requiredString("password", 1024);
    if (!password)
        return password.error();
    if (auto valid = checkPassword(password.value(), "password"); !valid)
        return valid.error();
    auto role = fields.requiredString("role", 20);
    if (!role)
        return role.error();
    if (role.value() != "manager" && role.value() != "cashier")
        return protocol::invalidField("role", "must be \"manager\" or \"cashier\" (a tenant has one owner)");
    if (request.principal->role == StaffRole::Manager && role.value() != "cashier")
        return makeError("forbidden", "a manager may add cashiers only");

    auto hash = hasher.hash(password.value());
    if (!hash)
        return hash.error();
    const std::string& tenantId = request.principal->tenantId;
    const NewStaff staff{context.newId(), lowercase(email.value()), hash.value(), role.value()};
    const std::int64_t now = context.nowMillis();
    StaffMember member{staff.id, staff.email, staff.role, "active", {}};
    auto stored = context.database.transaction(
        db::Scope::tenant(tenantId), db::TransactionKind::Write, [&](db::Connection& connection) -> Result<void> {
            if (auto inserted = StaffAccounts::insert(connection, tenantId, staff, now); !inserted)
                return inserted.error();
            auto appended = sync::ChangeLog::append(connection, tenantId, "staff", staff.id,
                                                    sync::ChangeLog::Op::Upsert, member.toJson(), now);
            if (!appended)
                return appended.error();
            control::AuditEvent event{
                tenantId, actorOf(*request.principal), "staff.create", "user:" + staff.id, nullptr, member.toJson()};
            return control::AuditLog::record(connection, context.newId(), now, event);
        });
    if (!stored)
        return stored.error();
    Poco::JSON::Object::Ptr answer = new Poco::JSON::Object;
    answer->set("user", member.toJson());
    return Response::json(201, answer);
}

Result<Response> listStaff(Request& request, ServerContext& context) {
    const std::string& tenantId = request.principal->tenantId;
    auto rows = context.database.transact<db::SqlResult>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read, [&](db::Connection& connection) {
            return connection.execute("SELECT id, email, role, status FROM users WHERE tenant_id = ? ORDER BY email",
                                      {tenantId});
        });
    if (!rows)
        return rows.error();
    Poco::JSON::Array::Ptr users = new Poco::JSON::Array;
    for (const auto& row : rows->rows()) {
        Poco::JSON::Object::Ptr user = new Poco::JSON::Object;
        user->set("id", row.text("id"));
        user->set("email", row.text("email"));
        user->set("role", row.text("role"));
        user->set("status", row.text("status"));
        users->add(user);
    }
    Poco::JSON::Object::Ptr answer = new Poco::JSON::Object;
    answer->set("users", users);
    return Response::json(200, answer);
}

Result<Response> setPin(Request& request, RegisterPins& pins) {
    auto body = request.jsonObject();
    if (!body)
        return body.error();
    auto pin = protocol::JsonFields(body.value()).requiredString("pin", 16);
    if (!pin)
        return pin.error();
    auto member = pins.set(*request.principal, request.param("id"), pin.value());
    if (!member)
        return member.error();
    Poco::JSON::Object::Ptr answer = new Poco::JSON::Object;
    answer->set("user", member.value());
    return Response::json(200, answer);
}

Result<Response> updateStaff(Request& request, StaffChanges& changes) {
    auto body = request.jsonObject();
    if (!body)
        return body.error();
    const protocol::JsonFields fields(body.value());
    auto role = fields.optionalString("role", 20);
    if (!role)
        return role.error();
    auto status = fields.optionalString("status", 20);
    if (!status)
        return status.error();
    if (!role.value() && !status.value())
        return protocol::invalidField("role", "or status is required: what to change");
    auto member = changes.update(*request.principal, request.param("id"), {role.value(), status.value()});
    if (!member)
        return member.error();
    Poco::JSON::Object::Ptr answer = new Poco::JSON::Object;
    answer->set("user", member.value());
    return Response::json(200, answer);
}

} // namespace

void addStaffRoutes(http::Router& router, ServerContext& context, const auth::PasswordHasher& hasher,
                    RegisterPins& pins, StaffChanges& changes) {
    router.add({"POST",
                "/api/v1/staff",
                Access::Staff,
                {StaffRole::Owner, StaffRole::Manager},
                {},
                [&](Request& r) { return addStaff(r, context, hasher); },
                "Add a manager or cashier (409 email_taken; 403 plan_limit)",
                "AddStaff",
                "UserEnvelope",
                201,
                false,
                true}); // offload: hashing the password takes a quarter of a second of CPU
    router.add({"GET",
                "/api/v1/staff",
                Access::Staff,
                {StaffRole::Owner, StaffRole::Manager},
                {},
                [&](Request& r) { return listStaff(r, context); },
                "List the tenant's staff",
                "",
                "UserList"});
    router.add({"PATCH",
                "/api/v1/staff/{id}",
                Access::Staff,
                {StaffRole::Owner, StaffRole::Manager},
                {},
                [&](Request& r) { return updateStaff(r, changes); },
                "Change a staff member's role (owner) or disable/enable them (a manager: cashiers only)",
                "UpdateStaff",
                "UserEnvelope",
                200,
                true});
    router.add({"PUT",
                "/api/v1/staff/{id}/pin",
                Access::Staff,
                {},
                {},
                [&](Request& r) { return setPin(r, pins); },
                "Set the PIN a staff member logs in with at registers (own; a manager also cashiers'; the owner "
                "anyone's)",
                "SetRegisterPin",
                "UserEnvelope",
                200,
                true,
                true}); // offload: hashing the PIN
}

} // namespace tp::server::identity
