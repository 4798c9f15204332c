#pragma once

#include <QJsonObject>
#include <QString>

#include "domain/core/Result.h"

namespace tp::client {

class ReplicaDatabase;
class SearchIndexBatch;

// Projects the feed's "product" entity (the product wire JSON with its variants) into
// products, variants, variant_barcodes and variant_store_prices; its catalog_search row goes
// into `search`, which the caller writes once the page's other changes are stored.
// A product's variants are replaced as a whole on every upsert, so a variant removed on the
// server disappears here too.
class ProductProjection {
public:
    ProductProjection(ReplicaDatabase& db, SearchIndexBatch& search)
        : m_db(db)
        , m_search(search) {}

    // `json` is `product` as text (the server's, when the page had it). A change older than
    // the stored copy (a lower `seq`) changes nothing, nor does a delete older than it.
    domain::Result<void> upsert(const QString& productId, qint64 seq, const QJsonObject& product, const QString& json);
    domain::Result<void> remove(const QString& productId, qint64 seq);

private:
    domain::Result<void> insertVariant(const QString& productId, const QJsonObject& product,
                                       const QJsonObject& variant);

    ReplicaDatabase& m_db;
    SearchIndexBatch& m_search;
};

} // namespace tp::client
