#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "catalog/Product.h"
#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::catalog {

// The stored wire form of products (products.document): what GET /products/{id} and the
// product list send, kept in the products row so a read is one indexed lookup instead of
// five queries and a JSON build. Every change to a product or its parts bumps its version
// and ends in refresh(), inside the same transaction, so the document can never lag behind.
class ProductDocuments {
public:
    // After a write: reads the product back with all its parts, stores its document and
    // publishes it to the change log. Returns the product as stored.
    static tp::domain::Result<Product> refresh(db::Connection& connection, const std::string& tenantId,
                                               const std::string& productId, std::int64_t nowMillis);

    // The wire JSON of one product, or not_found.
    static tp::domain::Result<std::string> one(db::Connection& connection, const std::string& tenantId,
                                               const std::string& productId);

    // The wire JSON of listed products from rows of (id, document), in row order. Rows stored
    // before documents existed (document NULL) are rendered from their parts.
    static tp::domain::Result<std::vector<std::string>>
    fromRows(db::Connection& connection, const std::string& tenantId, const db::SqlResult& rows);
};

} // namespace tp::server::catalog
