#include "client/replica/ProductRows.h"

#include <QJsonArray>
#include <QStringList>

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

ProductRows ProductRows::fromJson(const QString& productId, qint64 seq, const QJsonObject& product,
                                  const QString& json) {
    ProductRows rows;
    rows.productId = productId;
    const QString sku = product.value(QLatin1String("sku")).toString();
    const QString name = product.value(QLatin1String("name")).toString();
    const QStringList barcodes = stringList(product.value(QLatin1String("barcodes")));
    const QVariantList price = moneyColumns(product.value(QLatin1String("price")));
    const QJsonValue version = product.value(QLatin1String("version"));
    const QString status = product.value(QLatin1String("status")).toString(QStringLiteral("active"));
    rows.product = {productId,   sku,         name,   barcodes.join(QLatin1Char(' ')),
                    price.at(0), price.at(1), status, version.isDouble() ? QVariant(version.toInteger()) : QVariant(),
                    json,        seq};

    QStringList searchNames{name};
    QStringList searchSkus{sku};
    QStringList searchBarcodes = barcodes;
    for (const QJsonValue& value : product.value(QLatin1String("variants")).toArray()) {
        const QJsonObject variant = value.toObject();
        const QString variantSku = variant.value(QLatin1String("sku")).toString();
        const QString ownName = variantName(product, variant);
        QStringList variantBarcodes = stringList(variant.value(QLatin1String("barcodes")));
        if (ownName != name)
            searchNames << ownName;
        searchSkus << variantSku;
        searchBarcodes << variantBarcodes;

        const QString variantId = variant.value(QLatin1String("id")).toString();
        if (variantId.isEmpty())
            continue; // nothing a sale could refer to; the product itself is still searchable
        // The default variant answers to the product's own barcodes as well.
        if (variantSku == sku)
            variantBarcodes << barcodes;
        variantBarcodes.removeDuplicates();
        const QJsonValue ownPrice = variant.value(QLatin1String("price"));
        const QVariantList variantPrice =
            moneyColumns(ownPrice.isObject() ? ownPrice : product.value(QLatin1String("price")));
        rows.variants << QVariantList{variantId,
                                      productId,
                                      variantSku,
                                      ownName,
                                      variantBarcodes.join(QLatin1Char(' ')),
                                      variantPrice.at(0),
                                      variantPrice.at(1),
                                      variant.value(QLatin1String("status")).toString(status)};
        for (const QString& barcode : std::as_const(variantBarcodes))
            rows.barcodes << QVariantList{barcode, variantId};
        for (const QJsonValue& entry : variant.value(QLatin1String("store_prices")).toArray()) {
            const QJsonObject storePrice = entry.toObject();
            const QVariantList money = moneyColumns(storePrice.value(QLatin1String("price")));
            const QString storeId = storePrice.value(QLatin1String("store_id")).toString();
            if (storeId.isEmpty() || money.at(0).isNull())
                continue;
            rows.storePrices << QVariantList{variantId, storeId, money.at(0), money.at(1)};
        }
    }
    searchSkus.removeDuplicates();
    searchBarcodes.removeDuplicates();
    rows.search = {searchNames.join(QLatin1Char(' ')), searchSkus.join(QLatin1Char(' ')),
                   searchBarcodes.join(QLatin1Char(' '))};
    return rows;
}

} // namespace tp::client
