#include "client/replica/ProductProjection.h"

#include "client/replica/ReplicaDatabase.h"
#include "client/replica/SearchIndexBatch.h"

namespace tp::client {

domain::Result<void> ProductProjection::upsert(const ProductRows& rows) {
    // No RETURNING rowid: on an upsert it cost SQLite more than the rest of the statement
    // (about 20 us a product, a third of a first sync's writing). An insert sets the
    // connection's last rowid; an update in place does not, and looks its row up instead.
    const qint64 rowidBefore = m_db.lastInsertRowid();
    auto changed = m_db.exec(
        QStringLiteral("INSERT INTO products(id, sku, name, barcodes, price_amount, price_currency, status, version, "
                       "data, seq) VALUES(?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?, ?) ON "
                       "CONFLICT(id) DO UPDATE SET sku = excluded.sku, "
                       "name = excluded.name, barcodes = excluded.barcodes, price_amount = excluded.price_amount, "
                       "price_currency = excluded.price_currency, status = excluded.status, "
                       "version = excluded.version, data = excluded.data, seq = excluded.seq "
                       "WHERE excluded.seq >= products.seq"),
        rows.product);
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return {}; // the replica already holds a newer version
    qint64 rowid = m_db.lastInsertRowid();
    if (rowid == rowidBefore) {
        auto found = m_db.select(QStringLiteral("SELECT rowid FROM products WHERE id = ?"), {rows.productId});
        if (!found)
            return found.error();
        if (found->isEmpty())
            return storageError(QStringLiteral("product %1").arg(rows.productId),
                                QStringLiteral("stored but not found again"));
        rowid = found->first().value(0).toLongLong();
    }

    // A product's variants are replaced whole: one removed on the server goes here too. A
    // product this page created has none yet, unless it came earlier in the page.
    const bool created = rowid >= m_page.firstNewRowid;
    const bool firstTimeInPage = !m_page.upserted.contains(rowid);
    m_page.upserted.insert(rowid);
    if (!created || !firstTimeInPage) {
        if (auto cleared = m_db.exec(QStringLiteral("DELETE FROM variants WHERE product_id = ?"), {rows.productId});
            !cleared)
            return cleared.error();
    }
    for (const QVariantList& variant : rows.variants) {
        auto inserted = m_db.exec(
            QStringLiteral("INSERT INTO variants(id, product_id, sku, name, barcodes, price_amount, price_currency, "
                           "status) VALUES(?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?, ?)"),
            variant);
        if (!inserted)
            return inserted.error();
    }
    for (const QVariantList& barcode : rows.barcodes) {
        auto mapped = m_db.exec(
            QStringLiteral("INSERT OR IGNORE INTO variant_barcodes(barcode, variant_id) VALUES(?, ?)"), barcode);
        if (!mapped)
            return mapped.error();
    }
    for (const QVariantList& price : rows.storePrices) {
        auto priced = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO variant_store_prices(variant_id, store_id, "
                                               "price_amount, price_currency) VALUES(?, ?, ?, ?)"),
                                price);
        if (!priced)
            return priced.error();
    }
    m_search.put(rowid, rows.search);
    return {};
}

domain::Result<void> ProductProjection::remove(const QString& productId, qint64 seq) {
    // Variants, their barcodes and store prices go with the product (ON DELETE CASCADE).
    auto removed =
        m_db.select(QStringLiteral("DELETE FROM products WHERE id = ? AND seq <= ? RETURNING rowid"), {productId, seq});
    if (!removed)
        return removed.error();
    for (const SqlRow& row : *removed)
        m_search.remove(row.value(0).toLongLong());
    return {};
}

} // namespace tp::client
