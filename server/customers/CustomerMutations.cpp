#include "customers/CustomerMutations.h"

#include "control/AuditLog.h"
#include "core/Validation.h"
#include "domain/core/Timestamp.h"
#include "protocol/JsonFields.h"
#include "protocol/JsonText.h"
#include "protocol/Rfc3339.h"
#include "sync/ChangeLog.h"

namespace tp::server::customers {

using protocol::invalidField;
using protocol::JsonFields;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

Poco::JSON::Object::Ptr customerJson(const Poco::JSON::Object::Ptr& given, const std::string& id, std::int64_t version,
                                     std::int64_t createdAt, std::int64_t updatedAt) {
    auto copy = protocol::parseJsonObject(protocol::toJsonText(given));
    Poco::JSON::Object::Ptr customer = copy ? copy.value() : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    customer->set("id", id);
    customer->set("version", version);
    customer->set("created_at", protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(createdAt)));
    customer->set("updated_at", protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(updatedAt)));
    return customer;
}

Result<Poco::JSON::Object::Ptr> upsertCustomer(sync::MutationScope& scope) {
    const std::string& tenantId = scope.pusher.tenantId;
    const JsonFields fields(scope.mutation.data, "data");
    auto id = fields.requiredString("id", 64);
    if (!id)
        return id.error();
    if (!looksLikeId(id.value()))
        return invalidField("data.id", "must be an id (UUID text)");
    auto name = fields.requiredString("name", 200);
    if (!name)
        return name.error();
    if (name.value().empty())
        return invalidField("data.name", "must not be empty");
    auto email = fields.optionalString("email", 254);
    if (!email)
        return email.error();
    if (email.value() && email.value()->find('@') == std::string::npos)
        return invalidField("data.email", "is not an email address");
    auto phone = fields.optionalString("phone", 40);
    if (!phone)
        return phone.error();
    auto version = fields.optionalInteger("version");
    if (!version)
        return version.error();

    auto stored = scope.connection.execute(
        "SELECT data, version, created_at, updated_at FROM customers WHERE tenant_id = ? AND id = ?",
        {tenantId, id.value()});
    if (!stored)
        return stored.error();
    Poco::JSON::Object::Ptr given = scope.mutation.data;
    std::int64_t nextVersion = 1;
    std::int64_t createdAt = scope.now;
    if (stored->empty()) {
        if (version.value() && *version.value() != 0)
            return makeError("not_found", "data.id: no customer " + id.value() + " to edit at version " +
                                              std::to_string(*version.value()));
    } else {
        const auto& row = stored->first();
        const std::int64_t current = row.integer(1);
        if (auto data = protocol::parseJsonObject(row.text(0)); data && data.value()->has("anonymized"))
            return makeError("customer_anonymized",
                             "customer " + id.value() + " was anonymized at their request and cannot be edited");
        if (!version.value())
            return invalidField("data.version", "is required to edit an existing customer");
        if (*version.value() != current) {
            auto data = protocol::parseJsonObject(row.text(0));
            scope.current = customerJson(data ? data.value() : Poco::JSON::Object::Ptr(new Poco::JSON::Object),
                                         id.value(), current, row.integer(2), row.integer(3));
            return makeError("version_conflict", "the customer was changed by someone else (version " +
                                                     std::to_string(current) + ", you edited " +
                                                     std::to_string(*version.value()) + ")");
        }
        nextVersion = current + 1;
        createdAt = row.integer(2);
    }
    auto customer = customerJson(given, id.value(), nextVersion, createdAt, scope.now);
    auto written = scope.connection.execute(
        "INSERT INTO customers (tenant_id, id, name, email, phone, data, version, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, id) DO UPDATE SET name = excluded.name, "
        "email = excluded.email, phone = excluded.phone, data = excluded.data, version = excluded.version, "
        "updated_at = excluded.updated_at",
        {tenantId, id.value(), name.value(), db::sqlText(email.value()), db::sqlText(phone.value()),
         protocol::toJsonText(customer), nextVersion, createdAt, scope.now});
    if (!written)
        return written.error();
    if (auto published =
            sync::ChangeLog::publishUpsert(scope.connection, tenantId, "customer", id.value(), customer, scope.now);
        !published)
        return published.error();
    return sync::versionedResult("customer_id", id.value(), nextVersion);
}

// Privacy: the customer's personal data goes for good — name, e-mail, phone, addresses, notes,
// tags — while the record stays (orders, loyalty and store credit refer to it by id), so
// sales figures are untouched. No version: a customer's right to be forgotten is not an edit
// to be refused because someone else edited first. The audit log says who did it, never what
// was there.
Result<Poco::JSON::Object::Ptr> anonymizeCustomer(sync::MutationScope& scope) {
    if (auto allowed = scope.requireOwnerOrManager("anonymize customers"); !allowed)
        return allowed.error();
    const std::string& tenantId = scope.pusher.tenantId;
    const JsonFields fields(scope.mutation.data, "data");
    auto id = fields.requiredString("id", 64);
    if (!id)
        return id.error();
    auto stored = scope.connection.execute("SELECT version, created_at FROM customers WHERE tenant_id = ? AND id = ?",
                                           {tenantId, id.value()});
    if (!stored)
        return stored.error();
    if (stored->empty())
        return makeError("not_found", "data.id: no customer " + id.value());
    const std::int64_t version = stored->first().integer(0) + 1;
    Poco::JSON::Object::Ptr kept = new Poco::JSON::Object;
    kept->set("name", "Anonymized customer");
    kept->set("anonymized", true);
    kept->set("anonymized_at", protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(scope.now)));
    auto customer = customerJson(kept, id.value(), version, stored->first().integer(1), scope.now);
    auto written = scope.connection.execute(
        "UPDATE customers SET name = ?, email = NULL, phone = NULL, data = ?, version = ?, updated_at = ? WHERE "
        "tenant_id = ? AND id = ?",
        {std::string("Anonymized customer"), protocol::toJsonText(customer), version, scope.now, tenantId, id.value()});
    if (!written)
        return written.error();
    Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
    after->set("anonymized", true);
    const control::AuditEvent event{tenantId, scope.actor, "customer.anonymize", "customer:" + id.value(),
                                    nullptr,  after};
    if (auto audited = control::AuditLog::record(scope.connection, scope.newId(), scope.now, event); !audited)
        return audited.error();
    if (auto published =
            sync::ChangeLog::publishUpsert(scope.connection, tenantId, "customer", id.value(), customer, scope.now);
        !published)
        return published.error();
    return sync::versionedResult("customer_id", id.value(), version);
}

} // namespace

void registerCustomerMutations(sync::MutationRegistry& registry) {
    registry.add("customer.upsert", upsertCustomer);
    registry.add("customer.anonymize", anonymizeCustomer);
}

} // namespace tp::server::customers
