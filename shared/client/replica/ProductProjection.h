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

    // `json` is `product` as compact text, already made for the entities table: the first
    // sync of a large catalog spends much of its time serializing JSON, so it is made once.
    domain::Result<void> upsert(const QString& productId, const QJsonObject& product, const QString& json);
    domain::Result<void> remove(const QString& productId);

private:
    domain::Result<void> insertVariant(const QString& productId, const QJsonObject& product,
                                       const QJsonObject& variant);

    ReplicaDatabase& m_db;
    SearchIndexBatch& m_search;
};

} // namespace tp::client
