#include "catalog/ProductMutations.h"

#include "catalog/ProductRequest.h"
#include "catalog/Products.h"
#include "core/Validation.h"
#include "protocol/JsonFields.h"

namespace tp::server::catalog {

using protocol::invalidField;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

Result<Poco::JSON::Object::Ptr> upsertProduct(sync::MutationScope& scope) {
    const http::Principal& pusher = scope.pusher;
    if (auto allowed = scope.requireOwnerOrManager("edit the catalog"); !allowed)
        return allowed.error();
    const protocol::JsonFields fields(scope.mutation.data, "data");
    auto id = fields.requiredString("id", 64);
    if (!id)
        return id.error();
    if (!looksLikeId(id.value()))
        return invalidField("data.id", "must be an id (UUID text)");
    auto exists = scope.connection.execute("SELECT 1 FROM products WHERE tenant_id = ? AND id = ?",
                                           {pusher.tenantId, id.value()});
    if (!exists)
        return exists.error();
    const auto newId = [&scope] {
        return scope.newId();
    };
    Result<Product> written = makeError("internal_error", "unreachable");
    if (exists->empty()) {
        auto product = ProductRequest::read(scope.mutation.data, ProductFields{}, true);
        if (!product)
            return product.error();
        written = Products::insert(scope.connection, scope.context.productDocuments.get(), pusher.tenantId, newId,
                                   product.value(), scope.now, id.value());
    } else {
        written = Products::applyUpdate(scope.connection, scope.context.productDocuments.get(), pusher.tenantId,
                                        id.value(), scope.mutation.data, scope.actor, newId, scope.now, scope.current);
    }
    if (!written)
        return written.error();
    Poco::JSON::Object::Ptr result = new Poco::JSON::Object;
    result->set("product_id", written->id);
    result->set("version", written->version);
    return result;
}

} // namespace

void registerProductMutations(sync::MutationRegistry& registry) {
    registry.add("product.upsert", upsertProduct);
}

} // namespace tp::server::catalog
