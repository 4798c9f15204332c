#include "catalog/ProductMutations.h"

#include "catalog/ProductRecords.h"
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
    return sync::versionedResult("product_id", written->id, written->version);
}

// "product.store_price": a variant's price in one store, set or removed offline. The variant is
// named by its sku (a variant made offline has no server id the office could know yet).
Result<Poco::JSON::Object::Ptr> setStorePrice(sync::MutationScope& scope) {
    if (auto allowed = scope.requireOwnerOrManager("edit the catalog"); !allowed)
        return allowed.error();
    const std::string& tenantId = scope.pusher.tenantId;
    const protocol::JsonFields fields(scope.mutation.data, "data");
    auto productId = fields.requiredString("product_id", 64);
    if (!productId)
        return productId.error();
    auto sku = fields.requiredString("sku", 64);
    if (!sku)
        return sku.error();
    auto storeId = fields.requiredString("store_id", 64);
    if (!storeId)
        return storeId.error();
    auto version = fields.optionalInteger("version");
    if (!version)
        return version.error();
    if (!version.value())
        return invalidField("data.version", "is required to change a price");
    if (!scope.mutation.data->has("price"))
        return invalidField("data.price", "is required (null removes the store's price)");
    auto stored = ProductRecords::loadOne(scope.connection, tenantId, productId.value());
    if (!stored)
        return stored.error();
    if (stored->version != *version.value()) {
        scope.current = stored->toJson();
        return makeError("version_conflict", "the product was changed by someone else (version " +
                                                 std::to_string(stored->version) + ", you edited " +
                                                 std::to_string(*version.value()) + ")");
    }
    const auto variant = std::find_if(stored->fields.variants.begin(), stored->fields.variants.end(),
                                      [&](const Variant& v) { return v.sku == sku.value(); });
    if (variant == stored->fields.variants.end())
        return invalidField("data.sku", "is no variant of product " + productId.value());
    Poco::JSON::Object::Ptr body;
    if (!scope.mutation.data->isNull("price")) {
        body = new Poco::JSON::Object;
        body->set("price", scope.mutation.data->get("price"));
        body->set("version", *version.value());
    }
    const auto newId = [&scope] {
        return scope.newId();
    };
    auto written = Products::applyStorePrice(scope.connection, scope.context.productDocuments.get(), newId, tenantId,
                                             productId.value(), variant->id, storeId.value(), body, scope.actor,
                                             scope.now, scope.current);
    if (!written)
        return written.error();
    return sync::versionedResult("product_id", written->id, written->version);
}

} // namespace

void registerProductMutations(sync::MutationRegistry& registry) {
    registry.add("product.upsert", upsertProduct);
    registry.add("product.store_price", setStorePrice);
}

} // namespace tp::server::catalog
