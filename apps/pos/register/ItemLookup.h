#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
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
//
// The price is the store's own or the variant's, unless a price campaign of this store runs at
// the clock's moment: then the campaign's (the lowest where campaigns overlap).
class ItemLookup {
public:
    using Clock = std::function<QDateTime()>;

    ItemLookup(client::ReplicaDatabase& db, QString storeId, Clock clock = &QDateTime::currentDateTimeUtc)
        : m_db(db)
        , m_storeId(std::move(storeId))
        , m_clock(std::move(clock)) {}

    domain::Result<std::optional<SellableItem>> byBarcode(const QString& barcode);
    domain::Result<std::optional<SellableItem>> bySku(const QString& sku);
    // A product's variants that can be sold here (active, priced), in catalogue order: what
    // the variant grid offers after a search picked the product.
    domain::Result<QList<SellableItem>> variantsOf(const QString& productId);

private:
    domain::Result<std::optional<SellableItem>> first(const QString& sql, const QString& key);
    // Puts the running campaign's price on `item`, if one has it.
    domain::Result<void> applyCampaign(SellableItem& item);

    client::ReplicaDatabase& m_db;
    QString m_storeId;
    Clock m_clock;
};

} // namespace tp::pos
