#include "models/ProductDocument.h"

#include <QJsonArray>

namespace tp::backoffice {

namespace {

QJsonObject money(qint64 amount, const QString& currency) {
    return QJsonObject{{"amount", amount}, {"currency", currency}};
}

QStringList strings(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& entry : value.toArray())
        list << entry.toString();
    return list;
}

QJsonArray optionsJson(const QList<ProductOptionDraft>& options) {
    QJsonArray list;
    for (const ProductOptionDraft& option : options)
        list.append(QJsonObject{{"name", option.name}, {"values", QJsonArray::fromStringList(option.values)}});
    return list;
}

QJsonArray imagesJson(const QList<ProductImageRef>& images) {
    QJsonArray list;
    for (const ProductImageRef& image : images)
        list.append(QJsonObject{{"sha256", image.sha256}, {"alt", image.alt}});
    return list;
}

QJsonObject variantOptions(const VariantDraft& variant) {
    QJsonObject options;
    for (auto it = variant.options.constBegin(); it != variant.options.constEnd(); ++it)
        options.insert(it.key(), it.value());
    return options;
}

} // namespace

ProductDocument ProductDocument::fromJson(const QJsonObject& json, qint64 seq) {
    ProductDocument document;
    document.source = json;
    document.seq = seq;
    document.id = json.value(QLatin1String("id")).toString();
    document.version = json.value(QLatin1String("version")).toInteger();
    document.sku = json.value(QLatin1String("sku")).toString();
    document.name = json.value(QLatin1String("name")).toString();
    document.description = json.value(QLatin1String("description")).toString();
    document.status = json.value(QLatin1String("status")).toString(QStringLiteral("active"));
    const QJsonObject price = json.value(QLatin1String("price")).toObject();
    document.price = price.value(QLatin1String("amount")).toInteger();
    document.currency = price.value(QLatin1String("currency")).toString();
    document.attributeSetId = json.value(QLatin1String("attribute_set_id")).toString();
    document.attributes = json.value(QLatin1String("attributes")).toObject();
    for (const QJsonValue& image : json.value(QLatin1String("images")).toArray())
        document.images << ProductImageRef{image.toObject().value(QLatin1String("sha256")).toString(),
                                           image.toObject().value(QLatin1String("alt")).toString()};
    for (const QJsonValue& option : json.value(QLatin1String("options")).toArray())
        document.options << ProductOptionDraft{option.toObject().value(QLatin1String("name")).toString(),
                                               strings(option.toObject().value(QLatin1String("values")))};
    const QStringList productBarcodes = strings(json.value(QLatin1String("barcodes")));
    for (const QJsonValue& value : json.value(QLatin1String("variants")).toArray()) {
        const QJsonObject entry = value.toObject();
        VariantDraft variant;
        variant.id = entry.value(QLatin1String("id")).toString();
        variant.local = entry.value(QLatin1String("local")).toBool();
        variant.sku = entry.value(QLatin1String("sku")).toString();
        const QJsonObject options = entry.value(QLatin1String("options")).toObject();
        for (auto it = options.constBegin(); it != options.constEnd(); ++it)
            variant.options.insert(it.key(), it.value().toString());
        if (!entry.value(QLatin1String("inherits_price")).toBool() && entry.value(QLatin1String("price")).isObject())
            variant.price = entry.value(QLatin1String("price")).toObject().value(QLatin1String("amount")).toInteger();
        variant.barcodes = strings(entry.value(QLatin1String("barcodes")));
        if (variant.barcodes.isEmpty() && variant.sku == document.sku)
            variant.barcodes = productBarcodes; // the default variant answers to the product's
        variant.status = entry.value(QLatin1String("status")).toString(QStringLiteral("active"));
        for (const QJsonValue& price : entry.value(QLatin1String("store_prices")).toArray())
            variant.storePrices.insert(
                price.toObject().value(QLatin1String("store_id")).toString(),
                price.toObject().value(QLatin1String("price")).toObject().value(QLatin1String("amount")).toInteger());
        document.variants << variant;
    }
    return document;
}

QJsonObject ProductDocument::toJson() const {
    QJsonObject json = source;
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("version"), version);
    json.insert(QStringLiteral("sku"), sku);
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("description"), description);
    json.insert(QStringLiteral("status"), status);
    json.insert(QStringLiteral("price"), money(price, currency));
    json.insert(QStringLiteral("options"), optionsJson(options));
    json.insert(QStringLiteral("attribute_set_id"),
                attributeSetId.isEmpty() ? QJsonValue() : QJsonValue(attributeSetId));
    json.insert(QStringLiteral("attributes"), attributes);
    json.insert(QStringLiteral("images"), imagesJson(images));
    json.insert(QStringLiteral("barcodes"), isSimple() && !variants.isEmpty()
                                                ? QJsonArray::fromStringList(variants.first().barcodes)
                                                : QJsonArray{});
    QJsonArray list;
    for (const VariantDraft& variant : variants) {
        QJsonObject entry{{"id", variant.id},
                          {"sku", variant.sku},
                          {"options", variantOptions(variant)},
                          {"price", money(variant.price.value_or(price), currency)},
                          {"inherits_price", !variant.price.has_value()},
                          {"barcodes", QJsonArray::fromStringList(variant.barcodes)},
                          {"status", variant.status}};
        QJsonArray prices;
        for (auto it = variant.storePrices.constBegin(); it != variant.storePrices.constEnd(); ++it)
            prices.append(QJsonObject{{"store_id", it.key()},
                                      {"price", money(it.value(), storeCurrencies.value(it.key(), currency))}});
        entry.insert(QStringLiteral("store_prices"), prices);
        if (variant.local)
            entry.insert(QStringLiteral("local"), true);
        list.append(entry);
    }
    json.insert(QStringLiteral("variants"), list);
    return json;
}

QJsonObject ProductDocument::mutationFields() const {
    QJsonObject fields{{"sku", sku},
                       {"name", name},
                       {"description", description},
                       {"status", status},
                       {"price", money(price, currency)},
                       {"attributes", attributes},
                       {"images", imagesJson(images)}};
    if (!attributeSetId.isEmpty())
        fields.insert(QStringLiteral("attribute_set_id"), attributeSetId);
    if (isSimple()) {
        fields.insert(QStringLiteral("barcodes"),
                      QJsonArray::fromStringList(variants.isEmpty() ? QStringList{} : variants.first().barcodes));
        return fields;
    }
    fields.insert(QStringLiteral("options"), optionsJson(options));
    QJsonArray list;
    for (const VariantDraft& variant : variants) {
        QJsonObject entry{{"sku", variant.sku},
                          {"options", variantOptions(variant)},
                          {"price", variant.price ? QJsonValue(money(*variant.price, currency)) : QJsonValue()},
                          {"barcodes", QJsonArray::fromStringList(variant.barcodes)},
                          {"status", variant.status}};
        if (!variant.local && !variant.id.isEmpty())
            entry.insert(QStringLiteral("id"), variant.id);
        list.append(entry);
    }
    fields.insert(QStringLiteral("variants"), list);
    return fields;
}

} // namespace tp::backoffice
