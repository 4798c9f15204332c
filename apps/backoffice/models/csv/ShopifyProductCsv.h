#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/core/Result.h"
#include "domain/money/Currency.h"
#include "models/csv/CsvReader.h"

namespace tp::backoffice {

// A problem with one row of an import file, in words a store owner can act on.
struct CsvRowError {
    qint64 line = 0; // of the file (1: the header)
    QString column;  // the file's column name, empty for the row as a whole
    QString message;
};

struct ImportedVariant {
    qint64 line = 0;
    QString sku;              // as given, or made from the product's sku and option values
    QStringList optionValues; // one per option name of the product
    qint64 price = 0;         // minor units of the import's currency
    QString barcode;          // empty: none
    QString existingId;       // the catalog's variant with this sku (CatalogImport fills it in)
};

// One product of the file: its rows grouped by Handle.
struct ImportedProduct {
    qint64 line = 0; // its first row
    QString handle;
    QString sku; // the product's own: the only variant's for a simple product, else the handle
    QString name;
    QString description;
    QString status; // active | draft | archived
    QStringList optionNames;
    QList<ImportedVariant> variants;
    // The catalog's product with this sku, which the import updates (CatalogImport fills it in).
    QString existingId;
    qint64 existingVersion = 0;
    qint64 existingSeq = 0;

    // One variant without options of its own: sold as the product itself.
    bool isSimple() const { return optionNames.isEmpty(); }
};

// What a file holds after reading: the products to import, the rows left out and why.
struct ImportPlan {
    QList<ImportedProduct> products;
    QList<CsvRowError> errors;
    qint64 rows = 0;            // data rows read (the header not counted)
    qint64 imageRows = 0;       // rows that only add an image (images are not imported)
    QStringList ignoredColumns; // columns of the file this catalog has no place for
    int variantCount() const;
};

// Shopify's product CSV (help.shopify.com, "Using CSV files to import and export products"):
// one row per variant, rows of a product sharing its Handle; the product's first row carries
// Title, Body (HTML) and Status; Option1..3 Name on the first row, Option1..3 Value on every
// row; Variant SKU, Variant Price, Variant Barcode per row; a row with only Image Src adds an
// image. A simple product has one row whose only option is "Title" = "Default Title".
//
// Rows are checked as the server will check the products (names, skus, prices in the
// currency's decimals, barcodes with GTIN check digits, duplicates within the file), so what
// is imported is not refused later; a bad row is reported and left out, and a product whose
// first row is bad is left out with all its rows.
class ShopifyProductCsv {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::ShopifyProductCsv)

public:
    explicit ShopifyProductCsv(domain::Currency currency)
        : m_currency(currency) {}

    // The header row. Errors: "csv_no_handle" (no Handle column: not a product file),
    // "csv_duplicate_column".
    domain::Result<void> readHeader(const CsvRecord& header);
    void addRow(const CsvRecord& row);
    // Checks what needs every row (products left without variants, made-up skus) and hands
    // the plan over.
    ImportPlan finish();

    // The columns this reader understands, in the order the export writes them.
    static QStringList columns();

private:
    QString field(const CsvRecord& row, const char* column) const;
    bool hasVariantData(const CsvRecord& row) const;
    bool startProduct(const CsvRecord& row, const QString& handle);
    void addVariant(const CsvRecord& row, ImportedProduct& product);
    void error(qint64 line, const QString& column, const QString& message);
    QString claimSku(const QString& wanted, qint64 line);

    domain::Currency m_currency;
    QHash<QString, int> m_columns;          // column name → index in a row
    QHash<QString, int> m_productIndex;     // handle → index in m_plan.products
    QHash<QString, qint64> m_failedHandles; // handle → line of its bad first row
    QHash<QString, qint64> m_skus;          // sku → line that holds it
    QHash<QString, qint64> m_barcodes;      // barcode key → line that holds it
    ImportPlan m_plan;
};

} // namespace tp::backoffice
