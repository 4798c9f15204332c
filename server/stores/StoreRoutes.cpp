#include "stores/StoreRoutes.h"

#include "core/Envelopes.h"
#include "protocol/JsonFields.h"

namespace tp::server::stores {

using http::Access;
using http::Request;
using http::Response;
using http::StaffRole;
using tp::domain::Result;

namespace {

Result<Response> update(Request& request, Stores& stores) {
    // The object first: another tenant's id answers 404 whatever the body says.
    const std::string& tenantId = request.principal->tenantId;
    auto stored = stores.get(tenantId, request.param("id"));
    if (!stored)
        return stored.error();
    auto body = request.jsonObject();
    if (!body)
        return body.error();
    auto version = protocol::JsonFields(body.value()).requiredInteger("version");
    if (!version)
        return version.error();
    auto fields = Stores::readFields(body.value(), stored->fields, false);
    if (!fields)
        return fields.error();
    Poco::JSON::Object::Ptr current;
    auto updated = stores.update(tenantId, request.param("id"), version.value(), fields.value(), current);
    if (!updated)
        return editFailure(updated.error(), current);
    return Response::json(200, wrap("store", updated->toJson()));
}

} // namespace

void addStoreRoutes(http::Router& router, Stores& stores) {
    router.add({"GET",
                "/api/v1/stores",
                Access::StaffOrDevice,
                {},
                {},
                [&](Request& r) -> Result<Response> {
                    auto list = stores.list(r.principal->tenantId);
                    if (!list)
                        return list.error();
                    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
                    for (const Store& store : list.value())
                        items->add(store.toJson());
                    return Response::json(200, wrap("stores", items));
                },
                "List the tenant's stores",
                "",
                "StoreList"});
    router.add({"POST",
                "/api/v1/stores",
                Access::Staff,
                {StaffRole::Owner},
                {},
                [&](Request& r) -> Result<Response> {
                    auto body = r.jsonObject();
                    if (!body)
                        return body.error();
                    auto fields = Stores::readFields(body.value(), StoreFields{}, true);
                    if (!fields)
                        return fields.error();
                    auto created = stores.create(r.principal->tenantId, fields.value());
                    if (!created)
                        return created.error();
                    return Response::json(201, wrap("store", created->toJson()));
                },
                "Create a store (counts against the plan's store limit)",
                "CreateStore",
                "StoreEnvelope",
                201});
    router.add({"GET",
                "/api/v1/stores/{id}",
                Access::StaffOrDevice,
                {},
                {},
                [&](Request& r) -> Result<Response> {
                    auto store = stores.get(r.principal->tenantId, r.param("id"));
                    if (!store)
                        return store.error();
                    return Response::json(200, wrap("store", store->toJson()));
                },
                "Read a store",
                "",
                "StoreEnvelope",
                200,
                true});
    router.add({"PATCH",
                "/api/v1/stores/{id}",
                Access::Staff,
                {StaffRole::Owner, StaffRole::Manager},
                {},
                [&](Request& r) { return update(r, stores); },
                "Edit a store; send the version you edited (409 version_conflict with current otherwise)",
                "UpdateStore",
                "StoreEnvelope",
                200,
                true});
}

} // namespace tp::server::stores
