#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/Product.h"
#include "catalog/ProductDocumentCache.h"
#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::catalog {

// The stored wire form of products (products.document): what GET /products/{id} and the
// product list send, kept in the products row so a read is one indexed lookup instead of
// five queries and a JSON build. Every change to a product or its parts bumps its version
// and ends in refresh(), inside the same transaction, so the document can never lag behind —
// nor can the copy in a ProductDocumentCache, which refresh() tells once the write committed:
// this server's at once, those of other servers sharing a PostgreSQL database by a NOTIFY.
class ProductDocuments {
public:
    // The PostgreSQL channel refresh() notifies, payload "<tenant id> <product id>". PostgreSQL
    // delivers a notification when its transaction commits and drops it when it rolls back, so
    // a listener hears exactly the committed writes (TillpointServer listens on it).
    static constexpr const char* kChangedChannel = "tillpoint_product_documents";

    // After a write: reads the product back with all its parts, stores its document and
    // publishes it to the change log; after the commit, `cache` (null: none) forgets the
    // product and, on PostgreSQL, every server listening on kChangedChannel hears of it.
    // Returns the product as stored.
    static tp::domain::Result<Product> refresh(db::Connection& connection, ProductDocumentCache* cache,
                                               const std::string& tenantId, const std::string& productId,
                                               std::int64_t nowMillis);

    // What a listener does with a kChangedChannel payload: `cache` forgets the product named.
    // A payload it cannot read (not ours) empties the whole cache rather than risk a stale copy.
    static void forgetNotified(ProductDocumentCache& cache, std::string_view payload);

    // The wire JSON of one product, or not_found.
    static tp::domain::Result<std::string> one(db::Connection& connection, const std::string& tenantId,
                                               const std::string& productId);

    // The wire JSON of listed products from rows of (id, document), in row order. Rows stored
    // before documents existed (document NULL) are rendered from their parts.
    static tp::domain::Result<std::vector<std::string>>
    fromRows(db::Connection& connection, const std::string& tenantId, const db::SqlResult& rows);
};

} // namespace tp::server::catalog
