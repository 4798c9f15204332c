#include "client/replica/ProductRows.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <simdjson.h>

#include "client/replica/ReplicaDatabase.h"

namespace tp::client {

namespace {

using simdjson::dom::element;
using simdjson::dom::object;

// Missing and mistyped alike answer the empty default: the SQL decides what that means.
QString text(element value, const QString& otherwise = QString()) {
    std::string_view view;
    if (value.get_string().get(view) != simdjson::SUCCESS)
        return otherwise;
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

QString text(simdjson::simdjson_result<element> value, const QString& otherwise = QString()) {
    element found;
    if (std::move(value).get(found) != simdjson::SUCCESS)
        return otherwise;
    return text(found, otherwise);
}

QStringList stringList(simdjson::simdjson_result<element> value) {
    QStringList list;
    simdjson::dom::array array;
    if (value.get_array().get(array) != simdjson::SUCCESS)
        return list;
    for (element item : array) {
        const QString entry = text(item);
        if (!entry.isEmpty())
            list << entry;
    }
    return list;
}

// A whole number as the wire writes integers; a fraction or anything else is no integer.
std::optional<qint64> integer(simdjson::simdjson_result<element> value) {
    int64_t whole = 0;
    if (value.get_int64().get(whole) == simdjson::SUCCESS)
        return whole;
    double real = 0;
    if (value.get_double().get(real) == simdjson::SUCCESS && std::trunc(real) == real && std::fabs(real) < 9.0e18)
        return qint64(real);
    return std::nullopt;
}

// Money on the wire: {"amount": <integer minor units>, "currency": "EUR"}; absent → NULLs.
QVariantList moneyColumns(simdjson::simdjson_result<element> price) {
    object money;
    if (price.get_object().get(money) != simdjson::SUCCESS)
        return {QVariant(), QVariant()};
    const std::optional<qint64> amount = integer(money["amount"]);
    if (!amount)
        return {QVariant(), QVariant()};
    return {QVariant(*amount), text(money["currency"])};
}

QString optionValue(element value) {
    switch (value.type()) {
    case simdjson::dom::element_type::STRING:
        return text(value);
    case simdjson::dom::element_type::INT64:
        return QString::number(qint64(value.get_int64().value_unsafe()));
    case simdjson::dom::element_type::UINT64:
        return QString::number(quint64(value.get_uint64().value_unsafe()));
    case simdjson::dom::element_type::DOUBLE:
        return QString::number(value.get_double().value_unsafe());
    case simdjson::dom::element_type::BOOL:
        return value.get_bool().value_unsafe() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString();
    }
}

// "T-Shirt (M, red)": the product's name with the variant's option values, ordered by
// option name so the same variant always reads the same.
QString variantName(const QString& productName, object variant) {
    const QString own = text(variant["name"]);
    if (!own.isEmpty())
        return own;
    QList<std::pair<QString, QString>> options;
    object optionObject;
    if (variant["options"].get_object().get(optionObject) == simdjson::SUCCESS) {
        for (auto [key, value] : optionObject) {
            const QString rendered = optionValue(value);
            if (!rendered.isEmpty())
                options.append({QString::fromUtf8(key.data(), qsizetype(key.size())), rendered});
        }
    }
    if (options.isEmpty())
        return productName;
    std::sort(options.begin(), options.end(),
              [](const auto& left, const auto& right) { return left.first < right.first; });
    QStringList values;
    for (const auto& option : std::as_const(options))
        values << option.second;
    return QStringLiteral("%1 (%2)").arg(productName, values.join(QLatin1String(", ")));
}

} // namespace

domain::Result<ProductRows> ProductRows::fromJson(const QString& productId, qint64 seq, const QByteArray& json) {
    // One parser per thread: it keeps its buffers from product to product.
    thread_local simdjson::dom::parser parser;
    object product;
    if (auto error = parser.parse(json.constData(), size_t(json.size())).get_object().get(product);
        error != simdjson::SUCCESS)
        return domain::makeError("malformed_response", std::string("product ") + productId.toStdString() +
                                                           " is not a JSON object: " + simdjson::error_message(error));

    ProductRows rows;
    rows.productId = productId;
    const QString sku = text(product["sku"]);
    const QString name = text(product["name"]);
    const QStringList barcodes = stringList(product["barcodes"]);
    const QVariantList price = moneyColumns(product["price"]);
    const std::optional<qint64> version = integer(product["version"]);
    const QString status = text(product["status"], QStringLiteral("active"));
    rows.product = {productId,
                    sku,
                    name,
                    barcodes.join(QLatin1Char(' ')),
                    price.at(0),
                    price.at(1),
                    status,
                    version ? QVariant(*version) : QVariant(),
                    QVariant::fromValue(Utf8Text{json}),
                    seq};

    QStringList searchNames{name};
    QStringList searchSkus{sku};
    QStringList searchBarcodes = barcodes;
    // One variant's rows; a variant that is not an object adds nothing.
    const auto addVariant = [&](element value) {
        object variant;
        if (value.get_object().get(variant) != simdjson::SUCCESS)
            return;
        const QString variantSku = text(variant["sku"]);
        const QString ownName = variantName(name, variant);
        QStringList variantBarcodes = stringList(variant["barcodes"]);
        if (ownName != name)
            searchNames << ownName;
        searchSkus << variantSku;
        searchBarcodes << variantBarcodes;

        const QString variantId = text(variant["id"]);
        if (variantId.isEmpty())
            return; // nothing a sale could refer to; the product itself is still searchable
        // The default variant answers to the product's own barcodes as well.
        if (variantSku == sku)
            variantBarcodes << barcodes;
        variantBarcodes.removeDuplicates();
        const QVariantList variantPrice = variant["price"].is_object() ? moneyColumns(variant["price"]) : price;
        rows.variants << QVariantList{variantId,
                                      productId,
                                      variantSku,
                                      ownName,
                                      variantBarcodes.join(QLatin1Char(' ')),
                                      variantPrice.at(0),
                                      variantPrice.at(1),
                                      text(variant["status"], status)};
        for (const QString& barcode : std::as_const(variantBarcodes))
            rows.barcodes << QVariantList{barcode, variantId};
        simdjson::dom::array storePrices;
        if (variant["store_prices"].get_array().get(storePrices) != simdjson::SUCCESS)
            return;
        for (element entry : storePrices) {
            object storePrice;
            if (entry.get_object().get(storePrice) != simdjson::SUCCESS)
                continue;
            const QVariantList money = moneyColumns(storePrice["price"]);
            const QString storeId = text(storePrice["store_id"]);
            if (storeId.isEmpty() || money.at(0).isNull())
                continue;
            rows.storePrices << QVariantList{variantId, storeId, money.at(0), money.at(1)};
        }
    };
    simdjson::dom::array variants;
    if (product["variants"].get_array().get(variants) == simdjson::SUCCESS) {
        for (element value : variants)
            addVariant(value);
    }
    searchSkus.removeDuplicates();
    searchBarcodes.removeDuplicates();
    rows.search = {searchNames.join(QLatin1Char(' ')), searchSkus.join(QLatin1Char(' ')),
                   searchBarcodes.join(QLatin1Char(' '))};
    return rows;
}

} // namespace tp::client
