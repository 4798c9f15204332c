#include "control/ControlRoutes.h"

#include "control/AuditLog.h"
#include "control/FeatureFlags.h"
#include "control/Plans.h"
#include "core/Actor.h"
#include "core/Envelopes.h"
#include "core/Validation.h"
#include "protocol/JsonFields.h"
#include "protocol/Rfc3339.h"

namespace tp::server::control {

using http::Access;
using http::Request;
using http::Response;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

Result<Response> createTenant(Request& request, Tenants& tenants, const auth::PasswordHasher& hasher) {
    auto body = request.jsonObject();
    if (!body)
        return body.error();
    const protocol::JsonFields fields(body.value());
    NewTenant tenant;
    auto slug = fields.requiredString("slug", 40);
    if (!slug)
        return slug.error();
    if (auto valid = checkSlug(slug.value(), "slug"); !valid)
        return valid.error();
    auto name = fields.requiredString("name", 200);
    if (!name)
        return name.error();
    if (auto valid = checkName(name.value(), "name"); !valid)
        return valid.error();
    auto plan = fields.optionalString("plan", 40);
    if (!plan)
        return plan.error();
    auto owner = fields.requiredObject("owner");
    if (!owner)
        return owner.error();
    const protocol::JsonFields ownerFields = fields.nested(owner.value(), "owner");
    auto email = ownerFields.requiredString("email", 254);
    if (!email)
        return email.error();
    if (auto valid = checkEmail(email.value(), "owner.email"); !valid)
        return valid.error();
    auto password = ownerFields.requiredString("password", 1024);
    if (!password)
        return password.error();
    if (auto valid = checkPassword(password.value(), "owner.password"); !valid)
        return valid.error();
    auto currency = fields.optionalString("currency", 3);
    if (!currency)
        return currency.error();
    if (currency.value()) {
        if (auto known = tp::domain::Currency::fromCode(*currency.value()); !known)
            return protocol::invalidField("currency", "must be an ISO 4217 code: " + known.error().message);
        tenant.storeCurrency = *currency.value();
    }
    auto hash = hasher.hash(password.value());
    if (!hash)
        return hash.error();
    tenant.slug = slug.value();
    tenant.name = name.value();
    tenant.planId = plan.value().value_or("standard");
    tenant.ownerEmail = lowercase(email.value());
    tenant.ownerPasswordHash = hash.value();
    auto created = tenants.create(tenant, actorOf(*request.principal));
    if (!created)
        return created.error();
    return Response::json(201, wrap("tenant", created->toJson()));
}

Result<Response> listTenants(Request& request, Tenants& tenants) {
    auto page = readPage(request);
    if (!page)
        return page.error();
    auto list = tenants.list(page.value());
    if (!list)
        return list.error();
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const Tenant& tenant : list.value())
        items->add(tenant.toJson());
    Poco::JSON::Object::Ptr body = wrap("tenants", items);
    setNextCursor(body, page.value(), list->size(), list->empty() ? std::string{} : list->back().id);
    return Response::json(200, body);
}

// One tenant with its features and usage: what an operator looks at before acting.
Result<Response> tenantDetail(ServerContext& context, const Tenant& tenant, int status) {
    auto extra = context.database.transact<std::pair<std::map<std::string, bool>, std::map<std::string, std::int64_t>>>(
        db::Scope::platformAdmin(), db::TransactionKind::Read,
        [&](db::Connection& connection)
            -> Result<std::pair<std::map<std::string, bool>, std::map<std::string, std::int64_t>>> {
            auto features = FeatureFlags::effective(connection, tenant.id);
            if (!features)
                return features.error();
            auto usage = Plans::usage(connection, tenant.id);
            if (!usage)
                return usage.error();
            return std::pair{features.value(), usage.value()};
        });
    if (!extra)
        return extra.error();
    Poco::JSON::Object::Ptr json = tenant.toJson();
    Poco::JSON::Object::Ptr features = new Poco::JSON::Object;
    for (const auto& [name, enabled] : extra->first)
        features->set(name, enabled);
    json->set("features", features);
    Poco::JSON::Object::Ptr usage = new Poco::JSON::Object;
    for (const auto& [metric, value] : extra->second)
        usage->set(metric, value);
    json->set("usage", usage);
    return Response::json(status, wrap("tenant", json));
}

Result<Response> updateTenant(Request& request, ServerContext& context, Tenants& tenants) {
    auto body = request.jsonObject();
    if (!body)
        return body.error();
    const protocol::JsonFields fields(body.value());
    TenantChanges changes;
    auto status = fields.optionalString("status", 20);
    if (!status)
        return status.error();
    if (status.value() && *status.value() != "active" && *status.value() != "suspended")
        return protocol::invalidField("status", "must be \"active\" or \"suspended\" (DELETE removes a tenant)");
    changes.status = status.value();
    auto plan = fields.optionalString("plan", 40);
    if (!plan)
        return plan.error();
    changes.planId = plan.value();
    auto name = fields.optionalString("name", 200);
    if (!name)
        return name.error();
    if (name.value()) {
        if (auto valid = checkName(*name.value(), "name"); !valid)
            return valid.error();
    }
    changes.name = name.value();
    auto updated = tenants.update(request.param("id"), changes, actorOf(*request.principal));
    if (!updated)
        return updated.error();
    return tenantDetail(context, updated.value(), 200);
}

Result<Response> queryAudit(Request& request, ServerContext& context) {
    auto page = readPage(request);
    if (!page)
        return page.error();
    AuditLog::Query query;
    query.page = page.value();
    query.tenantId = request.queryValue("tenant_id");
    for (auto [name, target] : {std::pair{"from", &query.fromMillis}, std::pair{"to", &query.toMillis}}) {
        if (const auto text = request.queryValue(name)) {
            auto at = protocol::parseRfc3339(*text, name);
            if (!at)
                return at.error();
            *target = tp::domain::unixMillis(at.value());
        }
    }
    auto events = AuditLog::query(context.database, query);
    if (!events)
        return events.error();
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const auto& event : events.value())
        items->add(event);
    Poco::JSON::Object::Ptr body = wrap("events", items);
    setNextCursor(body, page.value(), events->size(),
                  events->empty() ? std::string{} : events->back()->getValue<std::string>("id"));
    return Response::json(200, body);
}

Result<Response> listPlans(ServerContext& context) {
    auto plans =
        context.database.transact<std::vector<Plan>>(db::Scope::none(), db::TransactionKind::Read,
                                                     [](db::Connection& connection) { return Plans::all(connection); });
    if (!plans)
        return plans.error();
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const Plan& plan : plans.value())
        items->add(plan.toJson());
    return Response::json(200, wrap("plans", items));
}

} // namespace

void addControlRoutes(http::Router& router, ServerContext& context, Tenants& tenants,
                      const auth::PasswordHasher& hasher) {
    router.add({"POST",
                "/api/v1/admin/tenants",
                Access::PlatformAdmin,
                {},
                {},
                [&](Request& r) { return createTenant(r, tenants, hasher); },
                "Create a tenant with its owner and first store",
                "CreateTenant",
                "TenantEnvelope",
                201,
                false,
                true}); // offload: hashing the owner's password takes a quarter of a second of CPU
    router.add({"GET",
                "/api/v1/admin/tenants",
                Access::PlatformAdmin,
                {},
                {},
                [&](Request& r) { return listTenants(r, tenants); },
                "List tenants",
                "",
                "TenantList"});
    router.add({"GET",
                "/api/v1/admin/tenants/{id}",
                Access::PlatformAdmin,
                {},
                {},
                [&](Request& r) -> Result<Response> {
                    auto tenant = tenants.get(r.param("id"));
                    if (!tenant)
                        return tenant.error();
                    return tenantDetail(context, tenant.value(), 200);
                },
                "Read a tenant with its features and usage",
                "",
                "TenantEnvelope"});
    router.add({"PATCH",
                "/api/v1/admin/tenants/{id}",
                Access::PlatformAdmin,
                {},
                {},
                [&](Request& r) { return updateTenant(r, context, tenants); },
                "Suspend, reactivate, rename or change the plan of a tenant",
                "UpdateTenant",
                "TenantEnvelope"});
    router.add({"DELETE",
                "/api/v1/admin/tenants/{id}",
                Access::PlatformAdmin,
                {},
                {},
                [&](Request& r) -> Result<Response> {
                    auto removed = tenants.remove(r.param("id"), actorOf(*r.principal));
                    if (!removed)
                        return removed.error();
                    return Response::json(200, wrap("tenant", removed->toJson()));
                },
                "Delete a tenant (soft: blocked at once, data kept for export)",
                "",
                "TenantEnvelope"});
    router.add({"PUT",
                "/api/v1/admin/tenants/{id}/features/{flag}",
                Access::PlatformAdmin,
                {},
                {},
                [&](Request& r) -> Result<Response> {
                    auto body = r.jsonObject();
                    if (!body)
                        return body.error();
                    auto enabled = protocol::JsonFields(body.value()).requiredBool("enabled");
                    if (!enabled)
                        return enabled.error();
                    const std::string& flag = r.param("flag");
                    if (auto valid = checkCode(flag, "flag"); !valid)
                        return valid.error();
                    if (auto set = tenants.setFeature(r.param("id"), flag, enabled.value(), actorOf(*r.principal));
                        !set)
                        return set.error();
                    Poco::JSON::Object::Ptr feature = new Poco::JSON::Object;
                    feature->set("name", flag);
                    feature->set("enabled", enabled.value());
                    return Response::json(200, wrap("feature", feature));
                },
                "Turn a feature on or off for one tenant",
                "SetFeature",
                "FeatureEnvelope"});
    router.add({"GET",
                "/api/v1/admin/tenants/{id}/plan-history",
                Access::PlatformAdmin,
                {},
                {},
                [&](Request& r) -> Result<Response> {
                    const std::string id = r.param("id");
                    if (auto tenant = tenants.get(id); !tenant)
                        return tenant.error();
                    auto rows = context.database.transact<db::SqlResult>(
                        db::Scope::platformAdmin(), db::TransactionKind::Read,
                        [&](db::Connection& connection) -> Result<db::SqlResult> {
                            return connection.execute("SELECT plan_id, assigned_at, assigned_by FROM "
                                                      "tenant_plan_history WHERE tenant_id = ? ORDER BY assigned_at",
                                                      {id});
                        });
                    if (!rows)
                        return rows.error();
                    Poco::JSON::Array::Ptr history = new Poco::JSON::Array;
                    for (const auto& row : rows->rows()) {
                        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
                        entry->set("plan", row.text(0));
                        entry->set("assigned_at",
                                   protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(row.integer(1))));
                        entry->set("assigned_by", row.text(2));
                        history->add(entry);
                    }
                    return Response::json(200, wrap("plan_history", history));
                },
                "The plans a tenant had, oldest first (billing)",
                "",
                "PlanHistory"});
    router.add({"GET",
                "/api/v1/admin/plans",
                Access::PlatformAdmin,
                {},
                {},
                [&](Request&) { return listPlans(context); },
                "List plans with limits and features",
                "",
                "PlanList"});
    router.add({"GET",
                "/api/v1/admin/audit",
                Access::PlatformAdmin,
                {},
                {},
                [&](Request& r) { return queryAudit(r, context); },
                "Audit events, newest first, by tenant_id and from/to time",
                "",
                "AuditList"});
}

} // namespace tp::server::control
