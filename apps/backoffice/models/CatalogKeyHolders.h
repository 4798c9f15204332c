#pragma once

#include <QString>

#include <optional>

#include "domain/core/Result.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice {

// Which product of the replica's catalog already holds a sku or a barcode, other than the one
// being saved (`exceptProductId`, empty or null for a new product): the questions the product editor
// and the CSV import both ask before they queue anything, the server asking them again. A sku
// is held by a product's own sku or by any variant's; answers the holder's name.
class CatalogKeyHolders {
public:
    static domain::Result<std::optional<QString>> ofSku(client::ReplicaDatabase& db, const QString& sku,
                                                        const QString& exceptProductId);
    static domain::Result<std::optional<QString>> ofBarcode(client::ReplicaDatabase& db, const QString& barcode,
                                                            const QString& exceptProductId);
};

} // namespace tp::backoffice
