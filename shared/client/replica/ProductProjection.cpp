#include "client/replica/ProductProjection.h"

#include <QJsonArray>
#include <QStringList>

#include "client/replica/ReplicaDatabase.h"
#include "client/replica/SearchIndexBatch.h"

namespace tp::client {

namespace {

QStringList stringList(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        const QString text = item.toString();
        if (!text.isEmpty())
            list << text;
    }
    return list;
}

// Money on the wire: {"amount": <integer minor units>, "currency": "EUR"}; absent → NULLs.
QVariantList moneyColumns(const QJsonValue& price) {
    const QJsonObject money = price.toObject();
    const QJsonValue amount = money.value(QLatin1String("amount"));
    if (!amount.isDouble())
        return {QVariant(), QVariant()};
    return {QVariant(amount.toInteger()), money.value(QLatin1String("currency")).toString()};
}

// "T-Shirt (M, red)": the product's name with the variant's option values, ordered by
// option name so the same variant always reads the same.
QString variantName(const QJsonObject& product, const QJsonObject& variant) {
    const QString own = variant.value(QLatin1String("name")).toString();
    if (!own.isEmpty())
        return own;
    const QString base = product.value(QLatin1String("name")).toString();
    const QJsonObject options = variant.value(QLatin1String("options")).toObject();
    QStringList values;
    for (const QString& key : options.keys()) {
        const QJsonValue value = options.value(key);
        values << (value.isString() ? value.toString() : QString::number(value.toDouble()));
    }
    return values.isEmpty() ? base : QStringLiteral("%1 (%2)").arg(base, values.join(QLatin1String(", ")));
}

} // namespace

domain::Result<void> ProductProjection::upsert(const QString& productId, qint64 seq, const QJsonObject& product,
                                               const QString& json) {
    const QString sku = product.value(QLatin1String("sku")).toString();
    const QString name = product.value(QLatin1String("name")).toString();
    const QStringList barcodes = stringList(product.value(QLatin1String("barcodes")));
    const QJsonArray variants = product.value(QLatin1String("variants")).toArray();
    // A missing text field is stored as '' (coalesce in the SQL): one odd product must not
    // stop the whole feed.
    const QVariantList price = moneyColumns(product.value(QLatin1String("price")));
    const QJsonValue version = product.value(QLatin1String("version"));

    auto row = m_db.select(
        QStringLiteral("INSERT INTO products(id, sku, name, barcodes, price_amount, price_currency, status, version, "
                       "data, seq) VALUES(?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?, ?) ON "
                       "CONFLICT(id) DO UPDATE SET sku = excluded.sku, "
                       "name = excluded.name, barcodes = excluded.barcodes, price_amount = excluded.price_amount, "
                       "price_currency = excluded.price_currency, status = excluded.status, "
                       "version = excluded.version, data = excluded.data, seq = excluded.seq "
                       "WHERE excluded.seq >= products.seq RETURNING rowid"),
        {productId, sku, name, barcodes.join(QLatin1Char(' ')), price.at(0), price.at(1),
         product.value(QLatin1String("status")).toString(QStringLiteral("active")),
         version.isDouble() ? QVariant(version.toInteger()) : QVariant(), json, seq});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return {}; // the replica already holds a newer version
    const qint64 rowid = row->first().value(0).toLongLong();

    if (auto cleared = m_db.exec(QStringLiteral("DELETE FROM variants WHERE product_id = ?"), {productId}); !cleared)
        return cleared.error();
    QStringList searchNames{name};
    QStringList searchSkus{sku};
    QStringList searchBarcodes = barcodes;
    for (const QJsonValue& value : variants) {
        const QJsonObject variant = value.toObject();
        if (auto inserted = insertVariant(productId, product, variant); !inserted)
            return inserted;
        const QString ownName = variantName(product, variant);
        if (ownName != name)
            searchNames << ownName;
        searchSkus << variant.value(QLatin1String("sku")).toString();
        searchBarcodes << stringList(variant.value(QLatin1String("barcodes")));
    }
    searchSkus.removeDuplicates();
    searchBarcodes.removeDuplicates();

    m_search.put(rowid, {searchNames.join(QLatin1Char(' ')), searchSkus.join(QLatin1Char(' ')),
                         searchBarcodes.join(QLatin1Char(' '))});
    return {};
}

domain::Result<void> ProductProjection::insertVariant(const QString& productId, const QJsonObject& product,
                                                      const QJsonObject& variant) {
    const QString variantId = variant.value(QLatin1String("id")).toString();
    if (variantId.isEmpty())
        return {}; // nothing a sale could refer to; the product itself is still searchable
    const QString sku = variant.value(QLatin1String("sku")).toString();
    QStringList barcodes = stringList(variant.value(QLatin1String("barcodes")));
    // The default variant answers to the product's own barcodes as well.
    if (sku == product.value(QLatin1String("sku")).toString())
        barcodes << stringList(product.value(QLatin1String("barcodes")));
    barcodes.removeDuplicates();
    const QJsonValue ownPrice = variant.value(QLatin1String("price"));
    const QVariantList price = moneyColumns(ownPrice.isObject() ? ownPrice : product.value(QLatin1String("price")));
    const QString status = variant.value(QLatin1String("status"))
                               .toString(product.value(QLatin1String("status")).toString(QStringLiteral("active")));

    auto inserted =
        m_db.exec(QStringLiteral(
                      "INSERT INTO variants(id, product_id, sku, name, barcodes, price_amount, price_currency, status) "
                      "VALUES(?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?, ?)"),
                  {variantId, productId, sku, variantName(product, variant), barcodes.join(QLatin1Char(' ')),
                   price.at(0), price.at(1), status});
    if (!inserted)
        return inserted.error();
    for (const QString& barcode : barcodes) {
        auto mapped =
            m_db.exec(QStringLiteral("INSERT OR IGNORE INTO variant_barcodes(barcode, variant_id) VALUES(?, ?)"),
                      {barcode, variantId});
        if (!mapped)
            return mapped.error();
    }
    for (const QJsonValue& value : variant.value(QLatin1String("store_prices")).toArray()) {
        const QJsonObject storePrice = value.toObject();
        const QVariantList money = moneyColumns(storePrice.value(QLatin1String("price")));
        const QString storeId = storePrice.value(QLatin1String("store_id")).toString();
        if (storeId.isEmpty() || money.at(0).isNull())
            continue;
        auto priced = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO variant_store_prices(variant_id, store_id, "
                                               "price_amount, price_currency) VALUES(?, ?, ?, ?)"),
                                {variantId, storeId, money.at(0), money.at(1)});
        if (!priced)
            return priced.error();
    }
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
