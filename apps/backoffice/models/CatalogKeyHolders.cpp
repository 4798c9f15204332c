#include "models/CatalogKeyHolders.h"

#include "client/replica/ReplicaDatabase.h"

namespace tp::backoffice {

namespace {

domain::Result<std::optional<QString>> firstName(domain::Result<client::SqlRows> rows) {
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<QString>();
    return std::optional(rows->first().at(0).toString());
}

} // namespace

domain::Result<std::optional<QString>> CatalogKeyHolders::ofSku(client::ReplicaDatabase& db, const QString& sku,
                                                                const QString& exceptProductId) {
    return firstName(db.select(QStringLiteral("SELECT name FROM products WHERE sku = ? AND id IS NOT ? UNION ALL "
                                              "SELECT p.name FROM variants v JOIN products p ON p.id = v.product_id "
                                              "WHERE v.sku = ? AND v.product_id IS NOT ? LIMIT 1"),
                               {sku, exceptProductId, sku, exceptProductId}));
}

domain::Result<std::optional<QString>> CatalogKeyHolders::ofBarcode(client::ReplicaDatabase& db, const QString& barcode,
                                                                    const QString& exceptProductId) {
    return firstName(db.select(QStringLiteral("SELECT p.name FROM variant_barcodes b JOIN variants v ON v.id = "
                                              "b.variant_id JOIN products p ON p.id = v.product_id WHERE "
                                              "b.barcode = ? AND p.id IS NOT ? LIMIT 1"),
                               {barcode, exceptProductId}));
}

} // namespace tp::backoffice
