#include "catalog/CatalogRoutes.h"

#include <Poco/JSON/Array.h>

#include "catalog/ProductRequest.h"
#include "core/Actor.h"
#include "core/Envelopes.h"
#include "core/Validation.h"
#include "protocol/JsonFields.h"

namespace tp::server::catalog {

using http::Access;
using http::Request;
using http::Response;
using http::StaffRole;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

const std::vector<StaffRole> kEditors{StaffRole::Owner, StaffRole::Manager};

// A failed edit as the client sees it: a version conflict carries the stored copy.
template <typename Item>
Response page(const std::string& key, const std::vector<Item>& items, const PageRequest& request) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const Item& item : items)
        array->add(item.toJson());
    Poco::JSON::Object::Ptr body = wrap(key, array);
    setNextCursor(body, request, items.size(), items.empty() ? std::string() : items.back().id);
    return Response::json(200, body);
}

Result<Response> listProducts(Request& request, Products& products) {
    auto pageRequest = readPage(request);
    if (!pageRequest)
        return pageRequest.error();
    ProductQuery query;
    query.page = pageRequest.value();
    query.q = request.queryValue("q").value_or("");
    if (query.q.size() > 200)
        return makeError("invalid_request", "q must be at most 200 bytes long");
    query.status = request.queryValue("status").value_or("");
    if (!query.status.empty() && query.status != "draft" && query.status != "active" && query.status != "archived")
        return makeError("invalid_request", "status must be draft, active or archived");
    query.categoryId = request.queryValue("category_id").value_or("");
    if (!query.categoryId.empty() && !looksLikeId(query.categoryId))
        return makeError("invalid_request", "category_id must be a category id");
    auto list = products.list(request.principal->tenantId, query);
    if (!list)
        return list.error();
    return Response::jsonText(200, pageOfJsonTexts("products", list->documents, query.page, list->lastId));
}

Result<Response> setStorePrice(Request& request, Products& products, bool remove) {
    Poco::JSON::Object::Ptr body;
    if (!remove) {
        auto parsed = request.jsonObject();
        if (!parsed)
            return parsed.error();
        body = parsed.value();
    }
    Poco::JSON::Object::Ptr current;
    auto updated = products.setStorePrice(request.principal->tenantId, request.param("id"), request.param("variant_id"),
                                          request.param("store_id"), body, actorOf(*request.principal), current);
    if (!updated)
        return editFailure(updated.error(), current);
    return Response::json(200, wrap("product", updated->toJson()));
}

void addProductRoutes(http::Router& router, Products& products) {
    router.add({"POST",
                "/api/v1/products",
                Access::Staff,
                kEditors,
                {},
                [&](Request& r) -> Result<Response> {
                    auto body = r.jsonObject();
                    if (!body)
                        return body.error();
                    auto fields = ProductRequest::read(body.value(), ProductFields{}, true);
                    if (!fields)
                        return fields.error();
                    auto created = products.create(r.principal->tenantId, fields.value());
                    if (!created)
                        return created.error();
                    return Response::json(201, wrap("product", created->toJson()));
                },
                "Create a product with its variants (a single default variant when none are given); counts "
                "against the plan's product limit",
                "CreateProduct",
                "ProductEnvelope",
                201});
    router.add({"GET",
                "/api/v1/products",
                Access::StaffOrDevice,
                {},
                {},
                [&](Request& r) { return listProducts(r, products); },
                "List products: q (name substring, sku or barcode prefix), status, category_id, cursor, limit",
                "",
                "ProductList"});
    router.add({"GET",
                "/api/v1/products/{id}",
                Access::StaffOrDevice,
                {},
                {},
                [&](Request& r) -> Result<Response> {
                    auto product = products.get(r.principal->tenantId, r.param("id"));
                    if (!product)
                        return product.error();
                    return Response::jsonText(200, wrapJsonText("product", *product.value()));
                },
                "Read a product with its variants",
                "",
                "ProductEnvelope",
                200,
                true});
    router.add({"PATCH",
                "/api/v1/products/{id}",
                Access::Staff,
                kEditors,
                {},
                [&](Request& r) -> Result<Response> {
                    auto body = r.jsonObject();
                    if (!body)
                        return body.error();
                    Poco::JSON::Object::Ptr current;
                    auto updated = products.update(r.principal->tenantId, r.param("id"), body.value(),
                                                   actorOf(*r.principal), current);
                    if (!updated)
                        return editFailure(updated.error(), current);
                    return Response::json(200, wrap("product", updated->toJson()));
                },
                "Edit a product and its variants (the variants list is complete: left-out variants are archived); "
                "send the version you edited (409 version_conflict with current otherwise)",
                "UpdateProduct",
                "ProductEnvelope",
                200,
                true});
    router.add({"PUT",
                "/api/v1/products/{id}/variants/{variant_id}/prices/{store_id}",
                Access::Staff,
                kEditors,
                {},
                [&](Request& r) { return setStorePrice(r, products, false); },
                "Set a variant's price in one store (in the store's currency)",
                "StorePrice",
                "ProductEnvelope",
                200,
                true});
    router.add({"DELETE",
                "/api/v1/products/{id}/variants/{variant_id}/prices/{store_id}",
                Access::Staff,
                kEditors,
                {},
                [&](Request& r) { return setStorePrice(r, products, true); },
                "Remove a variant's price in one store (the product's price applies again)",
                "",
                "ProductEnvelope",
                200,
                true});
}

Result<Response> updateCategory(Request& request, Categories& categories) {
    auto body = request.jsonObject();
    if (!body)
        return body.error();
    const std::string& tenantId = request.principal->tenantId;
    auto stored = categories.get(tenantId, request.param("id"));
    if (!stored)
        return stored.error();
    auto version = protocol::JsonFields(body.value()).requiredInteger("version");
    if (!version)
        return version.error();
    bool slugGiven = false;
    auto fields = Categories::readFields(body.value(), stored->fields, false, slugGiven);
    if (!fields)
        return fields.error();
    Poco::JSON::Object::Ptr current;
    auto updated = categories.update(tenantId, request.param("id"), version.value(), fields.value(), current);
    if (!updated)
        return editFailure(updated.error(), current);
    return Response::json(200, wrap("category", updated->toJson()));
}

void addCategoryRoutes(http::Router& router, Categories& categories) {
    router.add({"POST",
                "/api/v1/categories",
                Access::Staff,
                kEditors,
                {},
                [&](Request& r) -> Result<Response> {
                    auto body = r.jsonObject();
                    if (!body)
                        return body.error();
                    bool slugGiven = false;
                    auto fields = Categories::readFields(body.value(), CategoryFields{}, true, slugGiven);
                    if (!fields)
                        return fields.error();
                    auto created = categories.create(r.principal->tenantId, fields.value(), slugGiven);
                    if (!created)
                        return created.error();
                    return Response::json(201, wrap("category", created->toJson()));
                },
                "Create a category (parent_id for a subcategory)",
                "CreateCategory",
                "CategoryEnvelope",
                201});
    router.add({"GET",
                "/api/v1/categories",
                Access::StaffOrDevice,
                {},
                {},
                [&](Request& r) -> Result<Response> {
                    auto pageRequest = readPage(r);
                    if (!pageRequest)
                        return pageRequest.error();
                    std::optional<std::string> parent = r.queryValue("parent_id");
                    if (parent && !parent->empty() && !looksLikeId(*parent))
                        return makeError("invalid_request", "parent_id must be a category id (empty for the roots)");
                    auto list = categories.list(r.principal->tenantId, parent, pageRequest.value());
                    if (!list)
                        return list.error();
                    return page("categories", list.value(), pageRequest.value());
                },
                "List categories (parent_id= for one level, empty for the roots)",
                "",
                "CategoryList"});
    router.add({"GET",
                "/api/v1/categories/{id}",
                Access::StaffOrDevice,
                {},
                {},
                [&](Request& r) -> Result<Response> {
                    auto category = categories.get(r.principal->tenantId, r.param("id"));
                    if (!category)
                        return category.error();
                    return Response::json(200, wrap("category", category->toJson()));
                },
                "Read a category",
                "",
                "CategoryEnvelope",
                200,
                true});
    router.add({"PATCH",
                "/api/v1/categories/{id}",
                Access::Staff,
                kEditors,
                {},
                [&](Request& r) { return updateCategory(r, categories); },
                "Edit or move a category (a move that would make a cycle is refused); send the version you edited",
                "UpdateCategory",
                "CategoryEnvelope",
                200,
                true});
}

Result<Response> updateAttributeSet(Request& request, AttributeSets& sets) {
    auto body = request.jsonObject();
    if (!body)
        return body.error();
    const std::string& tenantId = request.principal->tenantId;
    auto stored = sets.get(tenantId, request.param("id"));
    if (!stored)
        return stored.error();
    auto version = protocol::JsonFields(body.value()).requiredInteger("version");
    if (!version)
        return version.error();
    auto fields = AttributeSets::readFields(body.value(), stored->fields, false);
    if (!fields)
        return fields.error();
    Poco::JSON::Object::Ptr current;
    auto updated = sets.update(tenantId, request.param("id"), version.value(), fields.value(), current);
    if (!updated)
        return editFailure(updated.error(), current);
    return Response::json(200, wrap("attribute_set", updated->toJson()));
}

void addAttributeSetRoutes(http::Router& router, AttributeSets& sets) {
    router.add({"POST",
                "/api/v1/attribute-sets",
                Access::Staff,
                kEditors,
                {},
                [&](Request& r) -> Result<Response> {
                    auto body = r.jsonObject();
                    if (!body)
                        return body.error();
                    auto fields = AttributeSets::readFields(body.value(), AttributeSetFields{}, true);
                    if (!fields)
                        return fields.error();
                    auto created = sets.create(r.principal->tenantId, fields.value());
                    if (!created)
                        return created.error();
                    return Response::json(201, wrap("attribute_set", created->toJson()));
                },
                "Create an attribute set: typed attributes (text, integer, boolean, enum) for a kind of product",
                "CreateAttributeSet",
                "AttributeSetEnvelope",
                201});
    router.add({"GET",
                "/api/v1/attribute-sets",
                Access::StaffOrDevice,
                {},
                {},
                [&](Request& r) -> Result<Response> {
                    auto pageRequest = readPage(r);
                    if (!pageRequest)
                        return pageRequest.error();
                    auto list = sets.list(r.principal->tenantId, pageRequest.value());
                    if (!list)
                        return list.error();
                    return page("attribute_sets", list.value(), pageRequest.value());
                },
                "List attribute sets",
                "",
                "AttributeSetList"});
    router.add({"GET",
                "/api/v1/attribute-sets/{id}",
                Access::StaffOrDevice,
                {},
                {},
                [&](Request& r) -> Result<Response> {
                    auto set = sets.get(r.principal->tenantId, r.param("id"));
                    if (!set)
                        return set.error();
                    return Response::json(200, wrap("attribute_set", set->toJson()));
                },
                "Read an attribute set",
                "",
                "AttributeSetEnvelope",
                200,
                true});
    router.add({"PATCH",
                "/api/v1/attribute-sets/{id}",
                Access::Staff,
                kEditors,
                {},
                [&](Request& r) { return updateAttributeSet(r, sets); },
                "Edit an attribute set (existing products are not re-checked); send the version you edited",
                "UpdateAttributeSet",
                "AttributeSetEnvelope",
                200,
                true});
}

} // namespace

void addCatalogRoutes(http::Router& router, Products& products, Categories& categories, AttributeSets& attributeSets) {
    addProductRoutes(router, products);
    addCategoryRoutes(router, categories);
    addAttributeSetRoutes(router, attributeSets);
}

} // namespace tp::server::catalog
