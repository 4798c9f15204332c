#pragma once

#include <QCoreApplication>
#include <QString>

#include "domain/core/Result.h"
#include "models/AttributeTemplates.h"
#include "models/ProductDocument.h"

namespace tp::client {
class Outbox;
}
namespace tp::domain {
class UuidV7Generator;
}

namespace tp::backoffice {

// The product editor's actions, offline: open a product of the replica or start a new one,
// make its variants from its options (size × colour), give a variant a new in-store EAN-13,
// and save — checked as the server will check it (skus, names, prices, GTIN check digits,
// skus and barcodes no other product holds), written into the replica at once and queued as
// one product.upsert carrying only the fields that changed and the version they started from
// (a version_conflict comes back to ProductEdits::conflicts, never a silent overwrite).
class ProductEditor {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::ProductEditor)

public:
    static constexpr int kMaxVariants = 1000; // the server's limit

    ProductEditor(client::Outbox& outbox, domain::UuidV7Generator& ids)
        : m_outbox(outbox)
        , m_ids(ids) {}

    domain::Result<ProductDocument> load(const QString& productId);
    // A new product priced in `currency`, with its one (default) variant.
    ProductDocument create(const QString& currency);

    // One variant per combination of the options' values, in the options' order: a
    // combination that has a variant keeps it (id, sku, price, barcodes); a new one gets the
    // sku "<product sku>-<values>". A stored variant whose combination is gone is archived
    // (orders refer to it); one made here and never saved is dropped. Without options the
    // product has its one default variant again. Error "too_many_variants".
    domain::Result<void> generateVariants(ProductDocument& document);

    // A GS1 in-store EAN-13 (prefix 20) that no product here and no variant of `document`
    // carries yet.
    domain::Result<QString> newInStoreBarcode(const ProductDocument& document);

    // Errors: "nothing_changed", "invalid_sku", "invalid_name", "invalid_description",
    // "invalid_price", "invalid_status", "invalid_option", "invalid_barcode", "sku_taken",
    // "barcode_taken", "too_many_variants"; each message names the field (and variant).
    domain::Result<void> save(const ProductDocument& original, const ProductDocument& edited);

    // Several edits at once (bulk price changes, archiving a selection), all or none: the
    // first that fails stops the lot, its message naming the product.
    struct Edit {
        ProductDocument original;
        ProductDocument edited;
    };
    domain::Result<void> saveAll(const QList<Edit>& edits);

    // The product templates (attribute sets) the shop has, by name.
    domain::Result<QList<AttributeTemplate>> templates();

    // Checks without saving (the editor shows the first problem as it is typed).
    domain::Result<void> check(const ProductDocument& document);

private:
    // What one save queues and writes: the mutation's data and the replica's new copy.
    struct Prepared {
        QJsonObject mutation;           // product.upsert's data; empty when only store prices changed
        QList<QJsonObject> storePrices; // product.store_price data, each with its version
        ProductDocument copy;
    };
    // The stores' currencies and names into `document`.
    void addStores(ProductDocument& document);
    domain::Result<Prepared> prepare(const ProductDocument& original, const ProductDocument& edited);
    domain::Result<void> write(const QList<Prepared>& saves);
    domain::Result<void> checkCatalogKeys(const ProductDocument& document);

    client::Outbox& m_outbox;
    domain::UuidV7Generator& m_ids;
};

} // namespace tp::backoffice
