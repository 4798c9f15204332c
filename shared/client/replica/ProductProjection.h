#pragma once

#include <QSet>
#include <QString>

#include <limits>

#include "client/replica/ProductRows.h"
#include "domain/core/Result.h"

namespace tp::client {

class ReplicaDatabase;
class SearchIndexBatch;

// What ProductProjection knows about the page it writes in: rowids from firstNewRowid on
// were created by this page (`upserted` holds those written so far).
struct ProductPage {
    qint64 firstNewRowid = std::numeric_limits<qint64>::max();
    QSet<qint64> upserted;
};

// Writes a feed product's rows (ProductRows) into products, variants, variant_barcodes and
// variant_store_prices; its catalog_search row goes into `search`, which the caller writes
// once the page's other changes are stored.
// A product's variants are replaced as a whole on every upsert, so a variant removed on the
// server disappears here too.
class ProductProjection {
public:
    ProductProjection(ReplicaDatabase& db, SearchIndexBatch& search, ProductPage& page)
        : m_db(db)
        , m_search(search)
        , m_page(page) {}

    // A change older than the stored copy (a lower seq) changes nothing, nor does a delete
    // older than it.
    domain::Result<void> upsert(const ProductRows& rows);
    domain::Result<void> remove(const QString& productId, qint64 seq);

private:
    ReplicaDatabase& m_db;
    SearchIndexBatch& m_search;
    ProductPage& m_page;
};

} // namespace tp::client
