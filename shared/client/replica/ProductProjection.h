#pragma once

#include <QJsonObject>
#include <QString>

#include "domain/core/Result.h"

namespace tp::client {

class ReplicaDatabase;

// Projects the feed's "product" entity (the product wire JSON with its variants) into
// products, variants, variant_barcodes, variant_store_prices and the catalog_search index.
// A product's variants are replaced as a whole on every upsert, so a variant removed on the
// server disappears here too.
class ProductProjection {
public:
    explicit ProductProjection(ReplicaDatabase& db)
        : m_db(db) {}

    // `json` is `product` as compact text, already made for the entities table: the first
    // sync of a large catalog spends much of its time serializing JSON, so it is made once.
    domain::Result<void> upsert(const QString& productId, const QJsonObject& product, const QString& json);
    domain::Result<void> remove(const QString& productId);

private:
    domain::Result<void> insertVariant(const QString& productId, const QJsonObject& product,
                                       const QJsonObject& variant);

    ReplicaDatabase& m_db;
};

} // namespace tp::client
