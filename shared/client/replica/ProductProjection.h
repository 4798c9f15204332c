#pragma once

#include <QString>

#include "client/replica/ProductRows.h"
#include "domain/core/Result.h"

namespace tp::client {

class ReplicaDatabase;
class SearchIndexBatch;

// Writes a feed product's rows (ProductRows) into products, variants, variant_barcodes and
// variant_store_prices; its catalog_search row goes into `search`, which the caller writes
// once the page's other changes are stored.
// A product's variants are replaced as a whole on every upsert, so a variant removed on the
// server disappears here too.
class ProductProjection {
public:
    ProductProjection(ReplicaDatabase& db, SearchIndexBatch& search)
        : m_db(db)
        , m_search(search) {}

    // A change older than the stored copy (a lower seq) changes nothing, nor does a delete
    // older than it.
    domain::Result<void> upsert(const ProductRows& rows);
    domain::Result<void> remove(const QString& productId, qint64 seq);

private:
    ReplicaDatabase& m_db;
    SearchIndexBatch& m_search;
};

} // namespace tp::client
