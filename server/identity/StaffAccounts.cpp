#include "identity/StaffAccounts.h"

#include "control/Plans.h"
#include "core/Validation.h"

namespace tp::server::identity {

namespace {

constexpr const char* kColumns = "id, email, role, status, password_hash";

StaffMember memberFromRow(const db::SqlRow& row) {
    return StaffMember{row.text("id"), row.text("email"), row.text("role"), row.text("status"),
                       row.text("password_hash")};
}

} // namespace

Poco::JSON::Object::Ptr StaffMember::toJson() const {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", id);
    json->set("email", email);
    json->set("role", role);
    json->set("status", status);
    return json;
}

tp::domain::Result<void> StaffAccounts::insert(db::Connection& connection, const std::string& tenantId,
                                               const NewStaff& staff, std::int64_t now) {
    if (auto within = control::Plans::consume(connection, tenantId, control::UsageMetric::Staff); !within)
        return within.error();
    auto inserted =
        connection.execute("INSERT INTO users (tenant_id, id, email, password_hash, role, status, created_at) "
                           "VALUES (?, ?, ?, ?, ?, 'active', ?)",
                           {tenantId, staff.id, lowercase(staff.email), staff.passwordHash, staff.role, now});
    if (!inserted) {
        if (inserted.error().code == "unique_violation")
            return tp::domain::makeError("email_taken", "a user with the e-mail " + staff.email + " already exists");
        return inserted.error();
    }
    return {};
}

tp::domain::Result<std::optional<StaffMember>>
StaffAccounts::findByEmail(db::Connection& connection, const std::string& tenantId, const std::string& email) {
    auto rows = connection.execute(std::string("SELECT ") + kColumns + " FROM users WHERE tenant_id = ? AND email = ?",
                                   {tenantId, lowercase(email)});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<StaffMember>{};
    return std::optional<StaffMember>(memberFromRow(rows->first()));
}

tp::domain::Result<std::optional<StaffMember>>
StaffAccounts::findById(db::Connection& connection, const std::string& tenantId, const std::string& id) {
    auto rows = connection.execute(std::string("SELECT ") + kColumns + " FROM users WHERE tenant_id = ? AND id = ?",
                                   {tenantId, id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<StaffMember>{};
    return std::optional<StaffMember>(memberFromRow(rows->first()));
}

} // namespace tp::server::identity
