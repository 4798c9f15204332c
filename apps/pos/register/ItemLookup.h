#pragma once

#include <QList>
#include <QString>
#include <optional>

#include "domain/core/Result.h"
#include "register/SellableItem.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::pos {

// Finds sellable variants in the replica for one store: by the barcode a scanner read, or
// by sku (typed, or picked from a search hit). Nothing found is an empty answer, not an
// error; a variant that is archived or has no price is an error in words ("item_not_for_sale"),
// because the cashier must hear why the scan did nothing.
class ItemLookup {
public:
    ItemLookup(client::ReplicaDatabase& db, QString storeId)
        : m_db(db)
        , m_storeId(std::move(storeId)) {}

    domain::Result<std::optional<SellableItem>> byBarcode(const QString& barcode);
    domain::Result<std::optional<SellableItem>> bySku(const QString& sku);
    // A product's variants that can be sold here (active, priced), in catalogue order: what
    // the variant grid offers after a search picked the product.
    domain::Result<QList<SellableItem>> variantsOf(const QString& productId);

private:
    domain::Result<std::optional<SellableItem>> first(const QString& sql, const QString& key);

    client::ReplicaDatabase& m_db;
    QString m_storeId;
};

} // namespace tp::pos
