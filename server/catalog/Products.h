#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "catalog/Product.h"
#include "catalog/ProductDocumentCache.h"
#include "core/Pagination.h"
#include "core/ServerContext.h"
#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::catalog {

// A page of products as their stored wire JSON (see ProductDocuments), and the id of the last
// one for the next cursor.
struct ProductPage {
    std::vector<std::string> documents;
    std::string lastId;
};

// What GET /api/v1/products filters on.
struct ProductQuery {
    std::string q;          // "" = all; else name substring, or sku / barcode prefix (case-insensitive sku)
    std::string status;     // "" = any
    std::string categoryId; // "" = any; else products directly in that category
    PageRequest page;
};

// A tenant's products with their variants (ARCHITECTURE.md "Sync" rule 4: optimistic
// concurrency on `version`). Every write runs in one transaction that also counts the product
// against the plan (creation), claims its skus and barcodes, and appends the whole product —
// variants, barcodes, store prices — to the change log as entity "product", so registers
// replace their copy in one step. Reads send the document each write stores (ProductDocuments);
// get() takes it from the context's ProductDocumentCache when there is one, and every write
// makes that cache forget the product once committed (the `cache` argument of the static
// writers below: pass the context's, null only where no cache exists).
class Products {
public:
    explicit Products(ServerContext& context)
        : m_context(context) {}

    tp::domain::Result<Product> create(const std::string& tenantId, const ProductFields& fields);
    // Keyset pages by id. The sku and barcode prefix searches run on their indexes; the name
    // substring search scans the tenant's products in id order until the page is full.
    tp::domain::Result<ProductPage> list(const std::string& tenantId, const ProductQuery& query);
    // The product's wire JSON, or not_found. A cache hit runs no database transaction.
    tp::domain::Result<ProductDocumentCache::Document> get(const std::string& tenantId, const std::string& id);
    // PATCH: the body must carry the "version" it edits; a stale one → version_conflict with
    // the stored copy in `current`. Price changes go to the audit log under `actor`.
    tp::domain::Result<Product> update(const std::string& tenantId, const std::string& id,
                                       const Poco::JSON::Object::Ptr& body, const std::string& actor,
                                       Poco::JSON::Object::Ptr& current);
    // Sets (`body` {"price", "version"?}) or removes (`body` null) a variant's price in one
    // store; the price must be in the store's currency. Audited; bumps the product's version.
    tp::domain::Result<Product> setStorePrice(const std::string& tenantId, const std::string& productId,
                                              const std::string& variantId, const std::string& storeId,
                                              const Poco::JSON::Object::Ptr& body, const std::string& actor,
                                              Poco::JSON::Object::Ptr& current);

    // setStorePrice() inside the caller's transaction.
    static tp::domain::Result<Product> applyStorePrice(db::Connection& connection, ProductDocumentCache* cache,
                                                       const std::function<std::string()>& newId,
                                                       const std::string& tenantId, const std::string& productId,
                                                       const std::string& variantId, const std::string& storeId,
                                                       const Poco::JSON::Object::Ptr& body, const std::string& actor,
                                                       std::int64_t now, Poco::JSON::Object::Ptr& current);

    // Inside the caller's transaction (the demo catalog uses it in batches). Store prices the
    // variants carry are written too, unchecked: the caller vouches for their currencies.
    // `id`: the product's id when the client made one (sync push), else a new one.
    static tp::domain::Result<Product> insert(db::Connection& connection, ProductDocumentCache* cache,
                                              const std::string& tenantId, const std::function<std::string()>& newId,
                                              const ProductFields& fields, std::int64_t now,
                                              const std::string& id = {});
    // update() inside the caller's transaction.
    static tp::domain::Result<Product> applyUpdate(db::Connection& connection, ProductDocumentCache* cache,
                                                   const std::string& tenantId, const std::string& id,
                                                   const Poco::JSON::Object::Ptr& body, const std::string& actor,
                                                   const std::function<std::string()>& newId, std::int64_t now,
                                                   Poco::JSON::Object::Ptr& current);

private:
    ServerContext& m_context;
};

} // namespace tp::server::catalog
