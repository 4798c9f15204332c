#include "models/csv/ImportedProductJson.h"

#include <QJsonArray>

namespace tp::backoffice {

namespace {

QJsonObject money(qint64 amount, const QString& currency) {
    return QJsonObject{{"amount", amount}, {"currency", currency}};
}

QJsonArray barcodes(const ImportedVariant& variant) {
    return variant.barcode.isEmpty() ? QJsonArray{} : QJsonArray{variant.barcode};
}

QJsonObject optionsOf(const ImportedProduct& product, const ImportedVariant& variant) {
    QJsonObject options;
    for (qsizetype k = 0; k < product.optionNames.size() && k < variant.optionValues.size(); ++k)
        options.insert(product.optionNames.at(k), variant.optionValues.at(k));
    return options;
}

// {"name": "Size", "values": ["S", "M"]}: the values in the order the file first uses them.
QJsonArray optionList(const ImportedProduct& product) {
    QJsonArray list;
    for (qsizetype k = 0; k < product.optionNames.size(); ++k) {
        QStringList values;
        for (const ImportedVariant& variant : product.variants)
            if (k < variant.optionValues.size() && !values.contains(variant.optionValues.at(k)))
                values << variant.optionValues.at(k);
        list.append(QJsonObject{{"name", product.optionNames.at(k)}, {"values", QJsonArray::fromStringList(values)}});
    }
    return list;
}

// What both forms share: the product's own fields, priced as its first variant.
QJsonObject common(const ImportedProduct& product, const QString& id, const QString& currency) {
    return QJsonObject{{"id", id},
                       {"sku", product.sku},
                       {"name", product.name},
                       {"description", product.description},
                       {"status", product.status},
                       {"price", money(product.variants.first().price, currency)}};
}

} // namespace

QJsonObject importMutation(const ImportedProduct& product, const QString& id, const QString& currency) {
    QJsonObject data = common(product, id, currency);
    if (!product.existingId.isEmpty())
        data.insert(QStringLiteral("version"), product.existingVersion);
    if (product.isSimple()) {
        // The product's own barcodes belong to its default variant (the only one).
        data.insert(QStringLiteral("barcodes"), barcodes(product.variants.first()));
        return data;
    }
    data.insert(QStringLiteral("options"), optionList(product));
    QJsonArray variants;
    for (const ImportedVariant& variant : product.variants)
        variants.append(QJsonObject{{"sku", variant.sku},
                                    {"barcodes", barcodes(variant)},
                                    {"options", optionsOf(product, variant)},
                                    {"price", money(variant.price, currency)}});
    data.insert(QStringLiteral("variants"), variants);
    return data;
}

QJsonObject importReplicaCopy(const ImportedProduct& product, const QString& id, const QString& currency,
                              const std::function<QString()>& newVariantId) {
    QJsonObject copy = common(product, id, currency);
    // The version the server will have once this upsert is applied: a later edit here starts
    // from it.
    copy.insert(QStringLiteral("version"), product.existingId.isEmpty() ? 1 : product.existingVersion + 1);
    copy.insert(QStringLiteral("barcodes"), product.isSimple() ? barcodes(product.variants.first()) : QJsonArray{});
    copy.insert(QStringLiteral("options"), optionList(product));
    QJsonArray variants;
    for (const ImportedVariant& variant : product.variants) {
        QJsonObject entry{{"id", variant.existingId.isEmpty() ? newVariantId() : variant.existingId},
                          {"sku", variant.sku},
                          {"barcodes", barcodes(variant)},
                          {"options", optionsOf(product, variant)},
                          {"price", money(variant.price, currency)},
                          {"status", QStringLiteral("active")}};
        if (variant.existingId.isEmpty())
            entry.insert(QStringLiteral("local"), true); // an id of this office's: the server matches the sku
        variants.append(entry);
    }
    copy.insert(QStringLiteral("variants"), variants);
    return copy;
}

} // namespace tp::backoffice
