#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace tp::backoffice {

// One axis a product varies along and its values in order ("Size": S, M, L).
struct ProductOptionDraft {
    QString name;
    QStringList values;

    friend bool operator==(const ProductOptionDraft&, const ProductOptionDraft&) = default;
};

struct VariantDraft {
    QString id; // the replica's id
    // Made here and not yet confirmed by the server: its id is this office's own, so the
    // server matches it by sku.
    bool local = false;
    QString sku;
    QMap<QString, QString> options; // option name → value
    std::optional<qint64> price;    // none: the product's price
    QStringList barcodes;
    QString status = QStringLiteral("active"); // active | archived
    // Its own price in some stores, in minor units of that store's currency (store id → amount).
    QMap<QString, qint64> storePrices;

    friend bool operator==(const VariantDraft&, const VariantDraft&) = default;
};

// One of a product's images: its bytes' SHA-256 (ProductImages keeps them) and alt text.
struct ProductImageRef {
    QString sha256;
    QString alt;

    friend bool operator==(const ProductImageRef&, const ProductImageRef&) = default;
};

// A product as the editor holds it, read from and written back to the wire form (API.md)
// the replica keeps. Fields the editor does not manage (tax class, categories) ride along
// unchanged in `source`.
struct ProductDocument {
    QString id;
    // The version the server has (or will have once this office's queued edits are applied);
    // 0 for a product that has never been saved.
    qint64 version = 0;
    qint64 seq = 0; // the replica's, for the local copy
    QString sku;
    QString name;
    QString description;
    QString status = QStringLiteral("active"); // draft | active | archived
    qint64 price = 0;
    QString currency;
    QList<ProductOptionDraft> options;
    QList<VariantDraft> variants;
    QString attributeSetId;        // the product's template, empty for none
    QJsonObject attributes;        // its values, code → value
    QList<ProductImageRef> images; // in order: the first is the main image
    // The shop's stores and their currencies (store id → code): where a store price can be set
    // and in what money. Filled by ProductEditor.
    QMap<QString, QString> storeCurrencies;
    QMap<QString, QString> storeNames;
    QJsonObject source;

    bool isNew() const { return version == 0; }
    // A product without options sells as itself: one variant carrying the product's sku.
    bool isSimple() const { return options.isEmpty(); }

    static ProductDocument fromJson(const QJsonObject& json, qint64 seq);
    // The wire form with this office's edits over `source`; variants keep their ids, ones
    // made here are marked "local".
    QJsonObject toJson() const;

    // Product-level fields as product.upsert takes them, by wire name: "sku", "name",
    // "description", "status", "price", "images", "options", "variants" (variants made here
    // without an id, an inherited price as null), "barcodes" for a simple product.
    QJsonObject mutationFields() const;
};

} // namespace tp::backoffice
