#include "control/Tenants.h"

#include "control/AuditLog.h"
#include "control/FeatureFlags.h"
#include "control/Plans.h"
#include "core/Validation.h"
#include "identity/StaffAccounts.h"
#include "protocol/Rfc3339.h"
#include "stores/Stores.h"
#include "sync/ChangeLog.h"

namespace tp::server::control {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

constexpr const char* kColumns = "id, slug, name, status, plan_id, created_at, updated_at";

Tenant tenantFromRow(const db::SqlRow& row) {
    return Tenant{row.text("id"),      row.text("slug"),          row.text("name"),         row.text("status"),
                  row.text("plan_id"), row.integer("created_at"), row.integer("updated_at")};
}

Result<Tenant> loadTenant(db::Connection& connection, const std::string& id) {
    auto rows = connection.execute(std::string("SELECT ") + kColumns + " FROM tenants WHERE id = ?", {id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError("not_found", "no tenant with id " + id);
    return tenantFromRow(rows->first());
}

} // namespace

Poco::JSON::Object::Ptr Tenant::toJson() const {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", id);
    json->set("slug", slug);
    json->set("name", name);
    json->set("status", status);
    json->set("plan", planId);
    json->set("created_at", protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(createdAt)));
    json->set("updated_at", protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(updatedAt)));
    return json;
}

Result<Tenant> Tenants::create(const NewTenant& tenant, const std::string& actor) {
    const std::string tenantId = m_context.newId();
    const std::string ownerId = m_context.newId();
    const std::string storeId = m_context.newId();
    const std::int64_t now = m_context.nowMillis();
    return m_context.database.transact<Tenant>(
        db::Scope::platformAdmin(), db::TransactionKind::Write, [&](db::Connection& connection) -> Result<Tenant> {
            if (auto plan = Plans::load(connection, tenant.planId); !plan)
                return plan.error();
            auto inserted =
                connection.execute("INSERT INTO tenants (id, slug, name, status, plan_id, created_at, updated_at) "
                                   "VALUES (?, ?, ?, 'active', ?, ?, ?)",
                                   {tenantId, tenant.slug, tenant.name, tenant.planId, now, now});
            if (!inserted) {
                if (inserted.error().code == "unique_violation")
                    return makeError("slug_taken", "the slug \"" + tenant.slug + "\" is already taken");
                return inserted.error();
            }
            if (auto started = sync::ChangeLog::startTenant(connection, tenantId); !started)
                return started.error();
            if (auto history = connection.execute("INSERT INTO tenant_plan_history (tenant_id, plan_id, assigned_at, "
                                                  "assigned_by) VALUES (?, ?, ?, ?)",
                                                  {tenantId, tenant.planId, now, actor});
                !history)
                return history.error();

            identity::NewStaff owner{ownerId, tenant.ownerEmail, tenant.ownerPasswordHash, "owner"};
            if (auto created = identity::StaffAccounts::insert(connection, tenantId, owner, now); !created)
                return created.error();
            // The owner is staff like any other: the backoffice's staff list comes from the feed.
            const identity::StaffMember ownerMember{ownerId, lowercase(tenant.ownerEmail), "owner", "active", {}};
            if (auto appended = sync::ChangeLog::append(connection, tenantId, "staff", ownerId,
                                                        sync::ChangeLog::Op::Upsert, ownerMember.toJson(), now);
                !appended)
                return appended.error();

            stores::StoreFields store;
            store.code = "main";
            store.name = tenant.name;
            store.currency = tenant.storeCurrency;
            if (auto created = stores::Stores::insert(connection, tenantId, storeId, store, now); !created)
                return created.error();

            auto created = loadTenant(connection, tenantId);
            if (!created)
                return created.error();
            AuditEvent event{tenantId, actor, "tenant.create", "tenant:" + tenantId, nullptr, created->toJson()};
            if (auto audited = AuditLog::record(connection, m_context.newId(), now, event); !audited)
                return audited.error();
            return created;
        });
}

Result<std::vector<Tenant>> Tenants::list(const PageRequest& page) {
    return m_context.database.transact<std::vector<Tenant>>(
        db::Scope::platformAdmin(), db::TransactionKind::Read,
        [&](db::Connection& connection) -> Result<std::vector<Tenant>> {
            auto rows =
                page.cursor
                    ? connection.execute(std::string("SELECT ") + kColumns +
                                             " FROM tenants WHERE id > ? ORDER BY id LIMIT ?",
                                         {*page.cursor, std::int64_t{page.limit}})
                    : connection.execute(std::string("SELECT ") + kColumns + " FROM tenants ORDER BY id LIMIT ?",
                                         {std::int64_t{page.limit}});
            if (!rows)
                return rows.error();
            std::vector<Tenant> tenants;
            for (const auto& row : rows->rows())
                tenants.push_back(tenantFromRow(row));
            return tenants;
        });
}

Result<Tenant> Tenants::get(const std::string& id) {
    return m_context.database.transact<Tenant>(db::Scope::platformAdmin(), db::TransactionKind::Read,
                                               [&](db::Connection& connection) { return loadTenant(connection, id); });
}

Result<Tenant> Tenants::findBySlug(const std::string& slug) {
    return m_context.database.transact<Tenant>(
        db::Scope::none(), db::TransactionKind::Read, [&](db::Connection& connection) -> Result<Tenant> {
            auto rows = connection.execute(std::string("SELECT ") + kColumns + " FROM tenants WHERE slug = ?", {slug});
            if (!rows)
                return rows.error();
            if (rows->empty())
                return makeError("not_found", "no tenant \"" + slug + "\"");
            return tenantFromRow(rows->first());
        });
}

Result<Tenant> Tenants::update(const std::string& id, const TenantChanges& changes, const std::string& actor) {
    const std::int64_t now = m_context.nowMillis();
    // After the commit (or the failure): the tokens of a suspended tenant stop at once.
    const TenantStatusCache::ForgetOnExit forget(*m_context.tenantStatus, id);
    return m_context.database.transact<Tenant>(
        db::Scope::platformAdmin(), db::TransactionKind::Write, [&](db::Connection& connection) -> Result<Tenant> {
            auto before = loadTenant(connection, id);
            if (!before)
                return before.error();
            if (before->status == "deleted")
                return makeError("conflict", "tenant " + before->slug + " is deleted and cannot be changed");
            Tenant after = before.value();
            if (changes.status)
                after.status = *changes.status;
            if (changes.name)
                after.name = *changes.name;
            if (changes.planId && *changes.planId != before->planId) {
                if (auto plan = Plans::load(connection, *changes.planId); !plan)
                    return plan.error();
                after.planId = *changes.planId;
                if (auto history = connection.execute("INSERT INTO tenant_plan_history (tenant_id, plan_id, "
                                                      "assigned_at, assigned_by) VALUES (?, ?, ?, ?)",
                                                      {id, after.planId, now, actor});
                    !history)
                    return history.error();
            }
            after.updatedAt = now;
            if (auto written = connection.execute(
                    "UPDATE tenants SET status = ?, name = ?, plan_id = ?, updated_at = ? WHERE id = ?",
                    {after.status, after.name, after.planId, now, id});
                !written)
                return written.error();

            std::string action = "tenant.update";
            if (changes.status && *changes.status != before->status)
                action = *changes.status == "suspended" ? "tenant.suspend" : "tenant.reactivate";
            else if (changes.planId && *changes.planId != before->planId)
                action = "tenant.change_plan";
            AuditEvent event{id, actor, action, "tenant:" + id, before->toJson(), after.toJson()};
            if (auto audited = AuditLog::record(connection, m_context.newId(), now, event); !audited)
                return audited.error();
            return after;
        });
}

Result<Tenant> Tenants::remove(const std::string& id, const std::string& actor) {
    const std::int64_t now = m_context.nowMillis();
    const TenantStatusCache::ForgetOnExit forget(*m_context.tenantStatus, id);
    return m_context.database.transact<Tenant>(
        db::Scope::platformAdmin(), db::TransactionKind::Write, [&](db::Connection& connection) -> Result<Tenant> {
            auto before = loadTenant(connection, id);
            if (!before)
                return before.error();
            if (before->status == "deleted")
                return before;
            Tenant after = before.value();
            after.status = "deleted";
            after.updatedAt = now;
            if (auto written = connection.execute(
                    "UPDATE tenants SET status = 'deleted', deleted_at = ?, updated_at = ? WHERE id = ?",
                    {now, now, id});
                !written)
                return written.error();
            AuditEvent event{id, actor, "tenant.delete", "tenant:" + id, before->toJson(), after.toJson()};
            if (auto audited = AuditLog::record(connection, m_context.newId(), now, event); !audited)
                return audited.error();
            return after;
        });
}

Result<void> Tenants::setFeature(const std::string& id, const std::string& feature, bool enabled,
                                 const std::string& actor) {
    const std::int64_t now = m_context.nowMillis();
    return m_context.database.transaction(
        db::Scope::platformAdmin(), db::TransactionKind::Write, [&](db::Connection& connection) -> Result<void> {
            if (auto tenant = loadTenant(connection, id); !tenant)
                return tenant.error();
            auto wasEnabled = FeatureFlags::enabledIn(connection, id, feature);
            if (!wasEnabled)
                return wasEnabled.error();
            if (auto written = FeatureFlags::setOverride(connection, id, feature, enabled); !written)
                return written.error();
            Poco::JSON::Object::Ptr before = new Poco::JSON::Object;
            before->set(feature, wasEnabled.value());
            Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
            after->set(feature, enabled);
            AuditEvent event{id, actor, "tenant.feature", "tenant:" + id, before, after};
            return AuditLog::record(connection, m_context.newId(), now, event);
        });
}

} // namespace tp::server::control
