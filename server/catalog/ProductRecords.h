#pragma once

#include <functional>
#include <string>
#include <vector>

#include "catalog/Product.h"
#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::catalog {

// Products in SQL: a product is one row of products plus its rows in product_variants,
// variant_barcodes, variant_store_prices, product_categories and catalog_skus. Everything
// here runs inside the caller's transaction.
class ProductRecords {
public:
    // The products with these ids, in that order (ids that do not exist are left out). Five
    // queries whatever the number of products: no query per product.
    static tp::domain::Result<std::vector<Product>> load(db::Connection& connection, const std::string& tenantId,
                                                         const std::vector<std::string>& ids);
    // One product, or "not_found".
    static tp::domain::Result<Product> loadOne(db::Connection& connection, const std::string& tenantId,
                                               const std::string& id);

    // Writes `product` (new when `previousVersion` is 0, else an update of that version):
    // the row, its variants (new ones get ids from `newId`), skus, barcodes and categories.
    // Store prices are not touched. Fails with sku_taken / conflict for keys other products
    // hold, version_conflict when the stored version moved on.
    static tp::domain::Result<void> write(db::Connection& connection, const std::string& tenantId, Product& product,
                                          std::int64_t previousVersion, const std::function<std::string()>& newId);
};

} // namespace tp::server::catalog
