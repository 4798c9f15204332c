#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include "client/replica/SearchIndexBatch.h"

namespace tp::client {

// One product of the feed (the product wire JSON with its variants) as the replica's rows,
// made from its JSON without the database: on a first sync the page is read, and its rows
// made, on one thread while another writes the previous page, which then only binds values
// and steps statements. Values are in the order of ProductProjection's statements.
struct ProductRows {
    QString productId;
    QVariantList product;            // the products upsert
    QList<QVariantList> variants;    // one insert each; a variant without an id is left out
    QList<QVariantList> barcodes;    // (barcode, variant_id)
    QList<QVariantList> storePrices; // (variant_id, store_id, amount, currency)
    SearchIndexBatch::Entry search;

    // `json` is `product` as text (the server's, when the page had it). A missing text field
    // becomes '' (coalesce in the SQL): one odd product must not stop the whole feed.
    static ProductRows fromJson(const QString& productId, qint64 seq, const QJsonObject& product, const QString& json);
};

} // namespace tp::client
