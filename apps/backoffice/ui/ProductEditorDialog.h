#pragma once

#include <QDialog>

#include "domain/money/Currency.h"
#include "models/AttributeTemplates.h"
#include "models/ProductDocument.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace tp::backoffice {
class ImageSync;
class ProductEditor;
class ProductImages;
} // namespace tp::backoffice

namespace tp::backoffice::ui {

class ProductImagesEditor;

// One product, edited: SKU, name, description, status, price and images; up to three options whose
// values (comma-separated) make the variants; per variant its SKU, own price (empty: the
// product's), barcodes (a GTIN's check digit is checked on save) and whether it is sold, a new
// in-store EAN-13 for the selected variant, and each variant's own price per store (in that
// store's currency; empty: the usual price). Save (Ctrl+S) writes the replica at once and
// queues the change; the first problem is shown in words and nothing is lost.
class ProductEditorDialog : public QDialog {
    Q_OBJECT

public:
    enum VariantColumn { VariantSku, VariantOptions, VariantPrice, VariantBarcodes, VariantSold, VariantColumns };
    static constexpr int kOptionRows = 3;

    // Without `images` the product's images are kept as they are and not shown.
    ProductEditorDialog(ProductEditor& editor, ProductDocument product, QWidget* parent = nullptr,
                        ProductImages* images = nullptr, ImageSync* imageSync = nullptr);

    bool save();
    const ProductDocument& product() const { return m_saved; }

signals:
    void saved(const QString& productId);

private:
    void showProduct(const ProductDocument& product);
    void showVariants(const ProductDocument& product);
    // The document as the widgets have it; false (and the reason shown) when a typed price
    // cannot be read.
    bool readForm(ProductDocument& product);
    bool readVariants(ProductDocument& product);
    void showStorePrices(const ProductDocument& product);
    bool readStorePrices(ProductDocument& product);
    void makeVariants();
    void newBarcode();
    void say(const QString& message, bool problem);
    void showTemplate(const ProductDocument& product);
    bool readTemplate(ProductDocument& product);

    ProductEditor& m_editor;
    ProductDocument m_saved;   // as last saved (or loaded): what a save is compared with
    ProductDocument m_working; // the variants as last made or saved, ids and all
    std::optional<domain::Currency> m_currency;
    QLineEdit* m_sku;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QComboBox* m_status;
    QLineEdit* m_price;
    QList<QLineEdit*> m_optionNames;
    QList<QLineEdit*> m_optionValues;
    QComboBox* m_template;
    QFormLayout* m_attributes;
    QList<AttributeTemplate> m_templates;
    QTableWidget* m_variants;
    QTableWidget* m_storePrices;
    ProductImagesEditor* m_images = nullptr;
    QLabel* m_message;
};

} // namespace tp::backoffice::ui
