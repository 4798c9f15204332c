#include "models/csv/ShopifyProductCsv.h"

#include <QSet>

#include "domain/money/Money.h"
#include "models/BarcodeRule.h"
#include "models/SkuText.h"

namespace tp::backoffice {

namespace {

constexpr int kOptionColumns = 3; // Shopify's Option1..Option3
constexpr qsizetype kMaxNameBytes = 200;
constexpr qsizetype kMaxDescriptionBytes = 10000;
constexpr qsizetype kMaxOptionNameBytes = 50;
constexpr qsizetype kMaxOptionValueBytes = 100;
constexpr qsizetype kMaxCodeLength = 64;

QString optionName(int k) {
    return QStringLiteral("Option%1 Name").arg(k + 1);
}

QString optionValue(int k) {
    return QStringLiteral("Option%1 Value").arg(k + 1);
}

qsizetype utf8Size(const QString& text) {
    return text.toUtf8().size();
}

bool hasControlCharacters(const QString& text) {
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

} // namespace

int ImportPlan::variantCount() const {
    int count = 0;
    for (const ImportedProduct& product : products)
        count += int(product.variants.size());
    return count;
}

QStringList ShopifyProductCsv::columns() {
    QStringList names{QStringLiteral("Handle"), QStringLiteral("Title"), QStringLiteral("Body (HTML)"),
                      QStringLiteral("Status")};
    for (int k = 0; k < kOptionColumns; ++k)
        names << optionName(k) << optionValue(k);
    names << QStringLiteral("Variant SKU") << QStringLiteral("Variant Price") << QStringLiteral("Variant Barcode");
    return names;
}

domain::Result<void> ShopifyProductCsv::readHeader(const CsvRecord& header) {
    QSet<QString> understood;
    for (const QString& name : columns())
        understood.insert(name.toLower());
    understood << QStringLiteral("image src") << QStringLiteral("published");
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        const QString key = name.toLower();
        if (name.isEmpty())
            continue;
        if (m_columns.contains(key))
            return domain::makeError("csv_duplicate_column",
                                     tr("The column \"%1\" appears twice in the first line.").arg(name).toStdString());
        m_columns.insert(key, i);
        if (!understood.contains(key))
            m_plan.ignoredColumns << name;
    }
    if (!m_columns.contains(QStringLiteral("handle")))
        return domain::makeError("csv_no_handle", tr("This is not a product CSV file: its first line has no "
                                                     "\"Handle\" column.")
                                                      .toStdString());
    return {};
}

QString ShopifyProductCsv::field(const CsvRecord& row, const char* column) const {
    const int index = m_columns.value(QString::fromLatin1(column).toLower(), -1);
    if (index < 0 || index >= row.fields.size())
        return QString();
    return row.fields.at(index).trimmed();
}

bool ShopifyProductCsv::hasVariantData(const CsvRecord& row) const {
    if (!field(row, "Variant SKU").isEmpty() || !field(row, "Variant Price").isEmpty() ||
        !field(row, "Variant Barcode").isEmpty() || !field(row, "Title").isEmpty())
        return true;
    for (int k = 0; k < kOptionColumns; ++k)
        if (!field(row, optionValue(k).toLatin1().constData()).isEmpty())
            return true;
    return false;
}

void ShopifyProductCsv::error(qint64 line, const QString& column, const QString& message) {
    m_plan.errors << CsvRowError{line, column, message};
}

void ShopifyProductCsv::addRow(const CsvRecord& row) {
    ++m_plan.rows;
    const QString handle = field(row, "Handle");
    if (handle.isEmpty()) {
        error(row.line, QStringLiteral("Handle"), tr("The row has no handle, so it belongs to no product."));
        return;
    }
    if (!hasVariantData(row)) {
        if (!field(row, "Image Src").isEmpty())
            ++m_plan.imageRows;
        else
            error(row.line, QString(), tr("The row holds nothing to import (no title, option, SKU or price)."));
        return;
    }
    if (const auto failed = m_failedHandles.constFind(handle); failed != m_failedHandles.constEnd()) {
        error(row.line, QStringLiteral("Handle"),
              tr("Left out with its product: the product's first row (line %1) has errors.").arg(failed.value()));
        return;
    }
    auto known = m_productIndex.constFind(handle);
    if (known == m_productIndex.constEnd()) {
        if (!startProduct(row, handle)) {
            m_failedHandles.insert(handle, row.line);
            return;
        }
        known = m_productIndex.constFind(handle);
    } else if (!field(row, "Title").isEmpty() && field(row, "Title") != m_plan.products.at(known.value()).name) {
        error(row.line, QStringLiteral("Title"),
              tr("A second product with the handle \"%1\" (line %2 has another title): handles must be unique.")
                  .arg(handle)
                  .arg(m_plan.products.at(known.value()).line));
        return;
    }
    addVariant(row, m_plan.products[known.value()]);
}

bool ShopifyProductCsv::startProduct(const CsvRecord& row, const QString& handle) {
    ImportedProduct product;
    product.line = row.line;
    product.handle = handle;
    bool ok = true;

    product.name = field(row, "Title");
    if (product.name.isEmpty()) {
        error(row.line, QStringLiteral("Title"), tr("The product's first row needs its title."));
        ok = false;
    } else if (utf8Size(product.name) > kMaxNameBytes || hasControlCharacters(product.name)) {
        error(row.line, QStringLiteral("Title"),
              tr("A title may be at most %1 characters long, without control characters.").arg(kMaxNameBytes));
        ok = false;
    }
    product.description = field(row, "Body (HTML)");
    if (utf8Size(product.description) > kMaxDescriptionBytes) {
        error(row.line, QStringLiteral("Body (HTML)"),
              tr("The description is longer than %1 characters.").arg(kMaxDescriptionBytes));
        ok = false;
    }

    const QString status = field(row, "Status").toLower();
    const QString published = field(row, "Published").toLower();
    if (status == QLatin1String("active") || status == QLatin1String("draft") || status == QLatin1String("archived"))
        product.status = status;
    else if (!status.isEmpty()) {
        error(row.line, QStringLiteral("Status"),
              tr("\"%1\" is no status: write active, draft or archived.").arg(field(row, "Status")));
        ok = false;
    } else if (published == QLatin1String("false"))
        product.status = QStringLiteral("draft");
    else
        product.status = QStringLiteral("active");

    // Shopify writes a product without options as Option1 "Title" = "Default Title".
    const bool defaultTitle = field(row, "Option1 Name") == QLatin1String("Title") &&
                              field(row, "Option1 Value") == QLatin1String("Default Title") &&
                              field(row, "Option2 Name").isEmpty();
    if (!defaultTitle) {
        for (int k = 0; k < kOptionColumns; ++k) {
            const QString name = field(row, optionName(k).toLatin1().constData());
            if (name.isEmpty())
                continue;
            if (k > product.optionNames.size()) {
                error(row.line, optionName(k),
                      tr("%1 is given but %2 is empty: fill the options from the first one.")
                          .arg(optionName(k), optionName(k - 1)));
                ok = false;
            } else if (utf8Size(name) > kMaxOptionNameBytes || hasControlCharacters(name)) {
                error(row.line, optionName(k),
                      tr("An option's name may be at most %1 characters long.").arg(kMaxOptionNameBytes));
                ok = false;
            } else if (product.optionNames.contains(name)) {
                error(row.line, optionName(k), tr("The option \"%1\" is named twice.").arg(name));
                ok = false;
            }
            product.optionNames << name;
        }
    }
    if (!ok)
        return false;
    m_productIndex.insert(handle, int(m_plan.products.size()));
    m_plan.products << product;
    return true;
}

void ShopifyProductCsv::addVariant(const CsvRecord& row, ImportedProduct& product) {
    ImportedVariant variant;
    variant.line = row.line;
    bool ok = true;

    if (product.isSimple() && !product.variants.isEmpty()) {
        error(row.line, QString(),
              tr("A second variant of \"%1\", which has no options: name its options (Option1 Name) on its first "
                 "row.")
                  .arg(product.name));
        return;
    }
    for (int k = 0; k < kOptionColumns; ++k) {
        const QString value = field(row, optionValue(k).toLatin1().constData());
        if (k < product.optionNames.size()) {
            if (value.isEmpty()) {
                error(row.line, optionValue(k),
                      tr("Every variant needs a value for \"%1\".").arg(product.optionNames.at(k)));
                ok = false;
            } else if (utf8Size(value) > kMaxOptionValueBytes || hasControlCharacters(value)) {
                error(row.line, optionValue(k),
                      tr("An option value may be at most %1 characters long.").arg(kMaxOptionValueBytes));
                ok = false;
            }
            variant.optionValues << value;
        } else if (!value.isEmpty() && !(product.isSimple() && k == 0 && value == QLatin1String("Default Title"))) {
            error(row.line, optionValue(k),
                  tr("%1 is given but the product's first row has no %2.").arg(optionValue(k), optionName(k)));
            ok = false;
        }
    }
    if (ok && !variant.optionValues.isEmpty()) {
        for (const ImportedVariant& other : std::as_const(product.variants))
            if (other.optionValues == variant.optionValues) {
                error(row.line, optionValue(0),
                      tr("The variant %1 is on line %2 already.")
                          .arg(variant.optionValues.join(QLatin1String(" / ")))
                          .arg(other.line));
                ok = false;
            }
    }

    const QString price = field(row, "Variant Price");
    if (price.isEmpty()) {
        error(row.line, QStringLiteral("Variant Price"), tr("Every variant needs a price."));
        ok = false;
    } else {
        auto money = domain::Money::parse(price.toStdString(), m_currency);
        if (!money) {
            error(row.line, QStringLiteral("Variant Price"),
                  tr("\"%1\" is not a price in %2: write digits with at most %3 decimals after a point, as in %4.")
                      .arg(price, QString::fromStdString(m_currency.code()))
                      .arg(m_currency.exponent())
                      .arg(m_currency.exponent() == 0 ? QStringLiteral("1250") : QStringLiteral("12.50")));
            ok = false;
        } else if (money->isNegative()) {
            error(row.line, QStringLiteral("Variant Price"), tr("A price cannot be below zero."));
            ok = false;
        } else {
            variant.price = money->minorUnits();
        }
    }

    variant.sku = field(row, "Variant SKU");
    if (!variant.sku.isEmpty()) {
        if (!isSku(variant.sku)) {
            error(row.line, QStringLiteral("Variant SKU"),
                  tr("\"%1\" cannot be a SKU: use 1 to 64 letters, digits, '.', '_' or '-'.").arg(variant.sku));
            ok = false;
        } else if (const auto holder = m_skus.constFind(variant.sku); holder != m_skus.constEnd()) {
            error(row.line, QStringLiteral("Variant SKU"),
                  tr("The SKU %1 is on line %2 already.").arg(variant.sku).arg(holder.value()));
            ok = false;
        }
    }

    variant.barcode = field(row, "Variant Barcode");
    QString barcodeKey;
    if (!variant.barcode.isEmpty()) {
        auto key = BarcodeRule::key(variant.barcode);
        if (!key) {
            error(row.line, QStringLiteral("Variant Barcode"), QString::fromStdString(key.error().message));
            ok = false;
        } else {
            barcodeKey = *key;
        }
        if (ok && !barcodeKey.isEmpty()) {
            if (const auto holder = m_barcodes.constFind(barcodeKey); holder != m_barcodes.constEnd()) {
                error(row.line, QStringLiteral("Variant Barcode"),
                      tr("The barcode %1 is on line %2 already.").arg(variant.barcode).arg(holder.value()));
                ok = false;
            }
        }
    }
    if (!ok)
        return;
    if (!variant.sku.isEmpty())
        m_skus.insert(variant.sku, row.line);
    if (!barcodeKey.isEmpty())
        m_barcodes.insert(barcodeKey, row.line);
    product.variants << variant;
}

QString ShopifyProductCsv::claimSku(const QString& wanted, qint64 line) {
    QString sku = wanted;
    for (int n = 2; m_skus.contains(sku); ++n) {
        const QString suffix = QStringLiteral("-%1").arg(n);
        sku = wanted.left(kMaxCodeLength - suffix.size()) + suffix;
    }
    m_skus.insert(sku, line);
    return sku;
}

ImportPlan ShopifyProductCsv::finish() {
    QList<ImportedProduct> kept;
    kept.reserve(m_plan.products.size());
    for (ImportedProduct& product : m_plan.products) {
        if (product.variants.isEmpty()) {
            error(product.line, QString(),
                  tr("\"%1\" is left out: none of its variants could be imported.").arg(product.name));
            continue;
        }
        const QString fromHandle = skuFrom(product.handle);
        if (product.isSimple()) {
            ImportedVariant& only = product.variants.first();
            if (only.sku.isEmpty()) {
                if (fromHandle.isEmpty()) {
                    error(product.line, QStringLiteral("Variant SKU"),
                          tr("\"%1\" needs a SKU: its handle has no letters or digits to make one from.")
                              .arg(product.name));
                    continue;
                }
                only.sku = claimSku(fromHandle, product.line);
            }
            product.sku = only.sku;
        } else {
            if (fromHandle.isEmpty()) {
                error(product.line, QStringLiteral("Handle"),
                      tr("The handle \"%1\" has no letters or digits to make the product's SKU from.")
                          .arg(product.handle));
                continue;
            }
            // The product's own sku: its handle, unless one of its variants (or another row) has it.
            bool ownVariant = false;
            for (const ImportedVariant& variant : std::as_const(product.variants))
                ownVariant = ownVariant || variant.sku == fromHandle;
            product.sku = ownVariant ? fromHandle : claimSku(fromHandle, product.line);
            for (ImportedVariant& variant : product.variants)
                if (variant.sku.isEmpty())
                    variant.sku =
                        claimSku(skuFrom(product.sku + QLatin1Char('-') + variant.optionValues.join(QLatin1Char('-'))),
                                 variant.line);
        }
        kept << product;
    }
    m_plan.products = kept;
    std::stable_sort(m_plan.errors.begin(), m_plan.errors.end(),
                     [](const CsvRowError& a, const CsvRowError& b) { return a.line < b.line; });
    return std::move(m_plan);
}

} // namespace tp::backoffice
