#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

#include "models/csv/ShopifyProductCsv.h"

namespace tp::backoffice {

// The two JSON forms of an imported product.
//   mutation(): the product.upsert data — the fields the file sets, "version" when it updates
//               a product of the catalog; variants matched by the server by sku.
//   replica():  the product as the feed would bring it, for the replica until the feed does:
//               variants keep the catalog's ids where they have one (stock levels refer to
//               them), new ones get `newVariantId()` and are marked "local"; the version is
//               the one the server will have once the upsert is applied.
QJsonObject importMutation(const ImportedProduct& product, const QString& id, const QString& currency);
QJsonObject importReplicaCopy(const ImportedProduct& product, const QString& id, const QString& currency,
                              const std::function<QString()>& newVariantId);

} // namespace tp::backoffice
