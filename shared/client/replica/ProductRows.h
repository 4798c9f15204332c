#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include "client/replica/SearchIndexBatch.h"
#include "domain/core/Result.h"

namespace tp::client {

// One product of the feed (the product wire JSON with its variants) as the replica's rows,
// made from its JSON without the database: on a first sync the page is read, and its rows
// made, on one thread while another writes the previous page, which then only binds values
// and steps statements. Values are in the order of ProductProjection's statements.
struct ProductRows {
    QString productId;
    QVariantList product;            // the products upsert; its JSON as Utf8Text
    QList<QVariantList> variants;    // one insert each; a variant without an id is left out
    QList<QVariantList> barcodes;    // (barcode, variant_id)
    QList<QVariantList> storePrices; // (variant_id, store_id, amount, currency)
    SearchIndexBatch::Entry search;

    // `json` is the product's JSON text (UTF-8; the server's, as it wrote it): stored as it
    // is and read for the columns. Text that is not a JSON object is an error. A missing or
    // mistyped field becomes '' or NULL (coalesce in the SQL): one odd product must not stop
    // the whole feed.
    static domain::Result<ProductRows> fromJson(const QString& productId, qint64 seq, const QByteArray& json);
};

} // namespace tp::client
