#include "models/ProductEditor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "domain/barcode/InStoreGtin.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/BarcodeRule.h"
#include "models/CatalogKeyHolders.h"
#include "models/LocalProductCopy.h"
#include "models/SkuText.h"

namespace tp::backoffice {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

bool hasControlCharacters(const QString& text) {
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

QString variantLabel(const VariantDraft& variant) {
    return variant.sku.isEmpty() ? QStringList(variant.options.values()).join(QLatin1String(" / ")) : variant.sku;
}

} // namespace

domain::Result<ProductDocument> ProductEditor::load(const QString& productId) {
    auto rows = m_outbox.database().select(QStringLiteral("SELECT data, seq FROM products WHERE id = ?"), {productId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return refusal("not_found", tr("This product is not in the catalog here (yet)."));
    const QJsonObject json = QJsonDocument::fromJson(rows->first().at(0).toByteArray()).object();
    ProductDocument document = ProductDocument::fromJson(json, rows->first().at(1).toLongLong());
    addStores(document);
    return document;
}

void ProductEditor::addStores(ProductDocument& document) {
    auto stores = m_outbox.database().select(
        QStringLiteral("SELECT id, json_extract(data, '$.currency'), json_extract(data, '$.name') FROM entities "
                       "WHERE entity = 'store' ORDER BY json_extract(data, '$.name'), id"));
    if (!stores)
        return; // no stores to price in: the product's own prices stand
    for (const client::SqlRow& row : *stores) {
        document.storeCurrencies.insert(row.at(0).toString(), row.at(1).toString());
        document.storeNames.insert(row.at(0).toString(), row.at(2).toString());
    }
}

ProductDocument ProductEditor::create(const QString& currency) {
    ProductDocument document;
    document.id = QString::fromStdString(m_ids.next().toString());
    document.currency = currency;
    VariantDraft only;
    only.id = QString::fromStdString(m_ids.next().toString());
    only.local = true;
    document.variants << only;
    addStores(document);
    return document;
}

domain::Result<void> ProductEditor::generateVariants(ProductDocument& document) {
    QList<QMap<QString, QString>> combinations{{}};
    for (const ProductOptionDraft& option : std::as_const(document.options)) {
        QList<QMap<QString, QString>> longer;
        for (const auto& combination : std::as_const(combinations))
            for (const QString& value : option.values) {
                auto next = combination;
                next.insert(option.name, value);
                longer << next;
            }
        combinations = longer;
        if (combinations.size() > kMaxVariants)
            return refusal("too_many_variants", tr("These options make more than %1 variants.").arg(kMaxVariants));
    }
    QList<VariantDraft> variants;
    QSet<QString> kept;
    for (const auto& combination : std::as_const(combinations)) {
        auto existing = std::find_if(document.variants.begin(), document.variants.end(),
                                     [&](const VariantDraft& v) { return v.options == combination; });
        if (existing != document.variants.end()) {
            VariantDraft variant = *existing;
            variant.status = QStringLiteral("active");
            kept.insert(variant.id);
            variants << variant;
            continue;
        }
        VariantDraft variant;
        variant.id = QString::fromStdString(m_ids.next().toString());
        variant.local = true;
        variant.options = combination;
        QStringList values;
        for (const ProductOptionDraft& option : std::as_const(document.options))
            values << combination.value(option.name);
        variant.sku = skuFrom(values.isEmpty() ? document.sku : document.sku + QLatin1Char('-') + values.join('-'));
        variants << variant;
    }
    for (const VariantDraft& old : std::as_const(document.variants)) {
        if (kept.contains(old.id) || old.local)
            continue;
        VariantDraft archived = old;
        archived.status = QStringLiteral("archived");
        variants << archived;
    }
    document.variants = variants;
    return {};
}

domain::Result<QString> ProductEditor::newInStoreBarcode(const ProductDocument& document) {
    QSet<QString> ownCodes;
    for (const VariantDraft& variant : document.variants)
        for (const QString& barcode : variant.barcodes)
            ownCodes.insert(barcode);
    // Random item numbers, not a counter: two offices making codes offline at the same time
    // would count alike. The server refuses a barcode another product holds, so a clash with
    // one made elsewhere and not yet here is caught there.
    for (int attempt = 0; attempt < 20; ++attempt) {
        auto gtin =
            domain::InStoreGtin::make(QRandomGenerator::global()->bounded(quint64(domain::InStoreGtin::kItemNumbers)));
        if (!gtin)
            return gtin.error();
        const QString code = QString::fromStdString(gtin->digits());
        if (ownCodes.contains(code))
            continue;
        auto taken =
            m_outbox.database().select(QStringLiteral("SELECT 1 FROM variant_barcodes WHERE barcode = ?"), {code});
        if (!taken)
            return taken.error();
        if (taken->isEmpty())
            return code;
    }
    return refusal("barcode_taken", tr("No free in-store barcode was found; try again."));
}

domain::Result<void> ProductEditor::check(const ProductDocument& document) {
    if (!isSku(document.sku))
        return refusal("invalid_sku", tr("The SKU must be 1 to 64 letters, digits, '.', '_' or '-'."));
    const QString name = document.name.trimmed();
    if (name.isEmpty() || name.toUtf8().size() > 200 || hasControlCharacters(name))
        return refusal("invalid_name", tr("A product needs a name of at most 200 characters."));
    if (document.description.toUtf8().size() > 10000)
        return refusal("invalid_description", tr("The description is longer than 10,000 characters."));
    if (document.price < 0)
        return refusal("invalid_price", tr("A price cannot be below zero."));
    if (document.status != QLatin1String("draft") && document.status != QLatin1String("active") &&
        document.status != QLatin1String("archived"))
        return refusal("invalid_status", tr("A product is a draft, active or archived."));
    QSet<QString> optionNames;
    for (const ProductOptionDraft& option : document.options) {
        if (option.name.trimmed().isEmpty() || option.name.toUtf8().size() > 50 || optionNames.contains(option.name))
            return refusal("invalid_option",
                           tr("Each option needs its own name of at most 50 characters (\"%1\").").arg(option.name));
        optionNames.insert(option.name);
        if (option.values.isEmpty())
            return refusal("invalid_option", tr("The option \"%1\" needs at least one value.").arg(option.name));
        QSet<QString> values;
        for (const QString& value : option.values) {
            if (value.trimmed().isEmpty() || value.toUtf8().size() > 100 || values.contains(value))
                return refusal(
                    "invalid_option",
                    tr("The values of \"%1\" must be different, each at most 100 characters.").arg(option.name));
            values.insert(value);
        }
    }
    if (document.variants.size() > kMaxVariants)
        return refusal("too_many_variants", tr("A product may have at most %1 variants.").arg(kMaxVariants));
    QSet<QString> skus;
    QHash<QString, QString> barcodes; // key → sku of the variant holding it
    for (const VariantDraft& variant : document.variants) {
        if (!document.isSimple() && !isSku(variant.sku))
            return refusal(
                "invalid_sku",
                tr("Variant %1: the SKU must be 1 to 64 letters, digits, '.', '_' or '-'.").arg(variantLabel(variant)));
        if (!document.isSimple() && skus.contains(variant.sku))
            return refusal("invalid_sku", tr("Two variants have the SKU %1.").arg(variant.sku));
        skus.insert(variant.sku);
        for (auto it = variant.storePrices.constBegin(); it != variant.storePrices.constEnd(); ++it)
            if (it.value() < 0)
                return refusal("invalid_price",
                               tr("Variant %1: a price cannot be below zero.").arg(variantLabel(variant)));
        if (variant.price && *variant.price < 0)
            return refusal("invalid_price", tr("Variant %1: a price cannot be below zero.").arg(variantLabel(variant)));
        for (const QString& barcode : variant.barcodes) {
            auto checked = BarcodeRule::key(barcode);
            if (!checked)
                return refusal(
                    "invalid_barcode",
                    tr("Variant %1: %2").arg(variantLabel(variant), QString::fromStdString(checked.error().message)));
            const QString key = *checked;
            if (barcodes.contains(key))
                return refusal("barcode_taken",
                               tr("The barcode %1 is on variant %2 already.").arg(barcode, barcodes.value(key)));
            barcodes.insert(key, variant.sku);
        }
    }
    if (!document.attributeSetId.isEmpty()) {
        auto known = templates();
        if (!known)
            return known.error();
        const auto set = std::find_if(known->begin(), known->end(),
                                      [&](const AttributeTemplate& t) { return t.id == document.attributeSetId; });
        if (set == known->end())
            return refusal("invalid_attribute", tr("The product's template is not here (yet)."));
        if (auto valid = set->check(document.attributes); !valid)
            return valid;
    } else if (!document.attributes.isEmpty()) {
        return refusal("invalid_attribute", tr("Attributes belong to a template: choose one."));
    }
    return checkCatalogKeys(document);
}

domain::Result<QList<AttributeTemplate>> ProductEditor::templates() {
    return AttributeTemplate::all(m_outbox.database());
}

domain::Result<void> ProductEditor::checkCatalogKeys(const ProductDocument& document) {
    client::ReplicaDatabase& db = m_outbox.database();
    QStringList skus{document.sku};
    for (const VariantDraft& variant : document.variants)
        if (!document.isSimple())
            skus << variant.sku;
    for (const QString& sku : std::as_const(skus)) {
        auto holder = CatalogKeyHolders::ofSku(db, sku, document.id);
        if (!holder)
            return holder.error();
        if (holder.value())
            return refusal("sku_taken", tr("The SKU %1 belongs to \"%2\" already.").arg(sku, *holder.value()));
    }
    for (const VariantDraft& variant : document.variants)
        for (const QString& barcode : variant.barcodes) {
            auto holder = CatalogKeyHolders::ofBarcode(db, barcode, document.id);
            if (!holder)
                return holder.error();
            if (holder.value())
                return refusal("barcode_taken",
                               tr("The barcode %1 belongs to \"%2\" already.").arg(barcode, *holder.value()));
        }
    return {};
}

domain::Result<ProductEditor::Prepared> ProductEditor::prepare(const ProductDocument& original,
                                                               const ProductDocument& edited) {
    ProductDocument saved = edited;
    saved.name = edited.name.trimmed();
    if (saved.isSimple() && !saved.variants.isEmpty()) {
        // The default variant follows the product: its sku, no options, the product's price.
        VariantDraft only = saved.variants.first();
        only.sku = saved.sku;
        only.options.clear();
        only.price.reset();
        only.status = QStringLiteral("active");
        saved.variants = {only};
    }
    if (auto valid = check(saved); !valid)
        return valid.error();

    const QJsonObject before = original.isNew() ? QJsonObject{} : original.mutationFields();
    QJsonObject after = saved.mutationFields();
    if (!original.isNew() && !original.isSimple() && saved.isSimple()) {
        // From variants back to one: the options go, the variants list says which one is left.
        after.insert(QStringLiteral("options"), QJsonArray{});
        after.insert(QStringLiteral("variants"),
                     QJsonArray{QJsonObject{{"sku", saved.sku},
                                            {"options", QJsonObject{}},
                                            {"price", QJsonValue()},
                                            {"barcodes", after.value(QLatin1String("barcodes"))}}});
        after.remove(QStringLiteral("barcodes"));
    }
    QJsonObject data{{"id", saved.id}};
    if (!original.isNew())
        data.insert(QStringLiteral("version"), original.version);
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        if (original.isNew() || before.value(it.key()) != it.value())
            data.insert(it.key(), it.value());
    const bool fieldsChanged = data.size() > (original.isNew() ? 1 : 2);
    // The version the server will have once each mutation is applied: the next starts there.
    qint64 version = original.isNew() ? 1 : original.version + (fieldsChanged ? 1 : 0);
    QList<QJsonObject> storePrices;
    for (const VariantDraft& variant : std::as_const(saved.variants)) {
        QMap<QString, qint64> was;
        for (const VariantDraft& old : original.variants)
            if (!variant.local && old.id == variant.id)
                was = old.storePrices;
        QStringList stores = was.keys() + variant.storePrices.keys();
        stores.removeDuplicates();
        for (const QString& store : std::as_const(stores)) {
            const auto now = variant.storePrices.constFind(store);
            if (now != variant.storePrices.constEnd() && was.value(store, -1) == now.value())
                continue;
            if (now == variant.storePrices.constEnd() && !was.contains(store))
                continue;
            QJsonObject priced{{"product_id", saved.id},
                               {"sku", saved.isSimple() ? saved.sku : variant.sku},
                               {"store_id", store},
                               {"version", version}};
            priced.insert(
                QStringLiteral("price"),
                now == variant.storePrices.constEnd()
                    ? QJsonValue()
                    : QJsonValue(QJsonObject{{"amount", now.value()},
                                             {"currency", saved.storeCurrencies.value(store, saved.currency)}}));
            storePrices << priced;
            ++version;
        }
    }
    if (!fieldsChanged && storePrices.isEmpty())
        return refusal("nothing_changed", tr("Nothing was changed."));
    saved.version = version; // after the upsert and every store price
    saved.seq = original.seq;
    return Prepared{fieldsChanged ? data : QJsonObject{}, storePrices, saved};
}

domain::Result<void> ProductEditor::write(const QList<Prepared>& saves) {
    auto written = m_outbox.write([&](client::LocalWrite& write) {
        LocalProductCopy local(m_outbox.database());
        domain::Result<void> stored;
        for (const Prepared& save : saves) {
            if (!save.mutation.isEmpty())
                write.enqueue(QStringLiteral("product.upsert"), save.mutation);
            for (const QJsonObject& price : save.storePrices)
                write.enqueue(QStringLiteral("product.store_price"), price);
            stored = local.put(save.copy.id, save.copy.seq, save.copy.toJson());
            if (!stored)
                break;
        }
        if (stored)
            stored = local.finish();
        if (!stored)
            write.fail(QString::fromStdString(stored.error().code), QString::fromStdString(stored.error().message));
    });
    if (!written)
        return written.error();
    return {};
}

domain::Result<void> ProductEditor::save(const ProductDocument& original, const ProductDocument& edited) {
    auto prepared = prepare(original, edited);
    if (!prepared)
        return prepared.error();
    return write({*prepared});
}

domain::Result<void> ProductEditor::saveAll(const QList<Edit>& edits) {
    QList<Prepared> saves;
    for (const Edit& edit : edits) {
        auto prepared = prepare(edit.original, edit.edited);
        if (!prepared) {
            if (prepared.error().code == "nothing_changed")
                continue; // e.g. archiving a selection that holds an archived product
            return domain::makeError(prepared.error().code, tr("%1 (%2): %3")
                                                                .arg(edit.original.name, edit.original.sku,
                                                                     QString::fromStdString(prepared.error().message))
                                                                .toStdString());
        }
        saves << *prepared;
    }
    if (saves.isEmpty())
        return refusal("nothing_changed", tr("Nothing was changed."));
    return write(saves);
}

} // namespace tp::backoffice
