#pragma once

#include <QList>
#include <QString>
#include <optional>

#include "domain/core/Result.h"

namespace tp::client {

class ReplicaDatabase;

// A product found by a search; prices in integer minor units of `currency`.
struct CatalogHit {
    QString productId;
    QString sku;
    QString name;
    QString status;
    std::optional<qint64> priceAmount;
    QString currency;
};

// A sellable variant found by its exact barcode (what a scanner reads).
struct ScannedVariant {
    QString variantId;
    QString productId;
    QString sku;
    QString name;
    std::optional<qint64> priceAmount;
    QString currency;
};

// Finds products in the replica as the cashier types: every word typed must start a word of
// the product's name, one of its skus or one of its barcodes ("tsh red" finds "T-Shirt red",
// "4006" finds barcode 4006381333931), best matches first (FTS5 bm25).
class CatalogSearch {
public:
    explicit CatalogSearch(ReplicaDatabase& db)
        : m_db(db) {}

    domain::Result<QList<CatalogHit>> search(const QString& typed, int limit = 50);
    domain::Result<std::optional<ScannedVariant>> findByBarcode(const QString& barcode);

    // The FTS5 query for what was typed: each word a quoted prefix ("tsh"*), so the user's
    // quotes, stars and operators are text, never query syntax. Empty when nothing to search.
    static QString matchExpression(const QString& typed);

private:
    ReplicaDatabase& m_db;
};

} // namespace tp::client
