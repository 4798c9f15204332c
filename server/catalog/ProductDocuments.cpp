#include "catalog/ProductDocuments.h"

#include <map>

#include "catalog/ProductRecords.h"
#include "core/Validation.h"
#include "protocol/JsonText.h"
#include "sync/ChangeLog.h"

namespace tp::server::catalog {

using tp::domain::makeError;
using tp::domain::Result;

Result<Product> ProductDocuments::refresh(db::Connection& connection, ProductDocumentCache* cache,
                                          const std::string& tenantId, const std::string& productId,
                                          std::int64_t nowMillis) {
    // Read back rather than render what the writer holds: the stored parts (variant ids, store
    // prices kept from before, category order) are what readers must see.
    auto product = ProductRecords::loadOne(connection, tenantId, productId);
    if (!product)
        return product.error();
    const std::string document = protocol::toJsonText(product->toJson());
    auto stored = connection.execute("UPDATE products SET document = ? WHERE tenant_id = ? AND id = ?",
                                     {document, tenantId, productId});
    if (!stored)
        return stored.error();
    // After the commit, not now: until then readers still get the old document from the
    // database and could cache it again; after it, the cache turns away any reader that began
    // before (its generation check, ProductDocumentCache.h).
    if (cache)
        connection.afterCommit([cache, tenantId, productId] { cache->forget(tenantId, productId); });
    // Other servers sharing the database hear of it at the commit (never of a rollback), and
    // forget their copies (forgetNotified). pg_notify needs no grant and reads no table: neither
    // the application role nor row-level security stands in its way.
    if (connection.backend() == db::Backend::Postgres) {
        auto notified =
            connection.execute("SELECT pg_notify(?, ?)", {std::string(kChangedChannel), tenantId + " " + productId});
        if (!notified)
            return notified.error();
    }
    if (auto published =
            sync::ChangeLog::publishUpsert(connection, tenantId, "product", productId, document, nowMillis);
        !published)
        return published.error();
    return product;
}

void ProductDocuments::forgetNotified(ProductDocumentCache& cache, std::string_view payload) {
    const auto space = payload.find(' ');
    if (space == std::string_view::npos || space == 0 || space + 1 == payload.size()) {
        cache.clear();
        return;
    }
    cache.forget(payload.substr(0, space), payload.substr(space + 1));
}

Result<std::string> ProductDocuments::one(db::Connection& connection, const std::string& tenantId,
                                          const std::string& productId) {
    if (!looksLikeId(productId))
        return makeError("not_found", "no product with id " + productId);
    auto rows =
        connection.execute("SELECT id, document FROM products WHERE tenant_id = ? AND id = ?", {tenantId, productId});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError("not_found", "no product with id " + productId);
    auto documents = fromRows(connection, tenantId, rows.value());
    if (!documents)
        return documents.error();
    return std::move(documents->front());
}

Result<std::vector<std::string>> ProductDocuments::fromRows(db::Connection& connection, const std::string& tenantId,
                                                            const db::SqlResult& rows) {
    std::vector<std::string> documents;
    documents.reserve(rows.rows().size());
    std::map<std::string, std::size_t> missing; // id → position, for rows without a document
    for (const auto& row : rows.rows()) {
        if (row.isNull(1))
            missing.emplace(row.text(0), documents.size());
        documents.push_back(row.isNull(1) ? std::string() : row.text(1));
    }
    if (missing.empty())
        return documents;
    std::vector<std::string> ids;
    for (const auto& [id, position] : missing)
        ids.push_back(id);
    auto products = ProductRecords::load(connection, tenantId, ids);
    if (!products)
        return products.error();
    for (const Product& product : products.value())
        documents[missing.at(product.id)] = protocol::toJsonText(product.toJson());
    return documents;
}

} // namespace tp::server::catalog
