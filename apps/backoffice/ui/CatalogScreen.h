#pragma once

#include <QWidget>

#include <functional>

#include "domain/money/Currency.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tp::backoffice {
class CatalogExport;
class CatalogImport;
class CategoryTreeModel;
class ImageSync;
class ProductEditor;
class ProductImages;
class ProductListModel;
} // namespace tp::backoffice

namespace tp::backoffice::ui {

class ImportDialog;
class ProductEditorDialog;

// The catalog: a search box (name or sku; Ctrl+F) over the product list, sorted by clicking a
// column's header; a product opened (double click, Enter) or made (Ctrl+N) in the product
// editor; the selected products' prices changed by a percentage, or archived, or put on sale;
// products imported from a Shopify CSV file (ImportDialog) and the catalog exported to one.
class CatalogScreen : public QWidget {
    Q_OBJECT

public:
    // `currency`: the currency a file's prices are read in (the shop's), asked when a file is.
    CatalogScreen(ProductListModel& products, ProductEditor& editor, CatalogImport& import, CatalogExport& exporter,
                  std::function<domain::Currency()> currency, QWidget* parent = nullptr);

    // After a sync: the list as the replica has it now.
    void refresh();

    // The Import… and Export… buttons ask for a file, then do these.
    ImportDialog* importFrom(const QString& path);
    void exportTo(const QString& path);

    // The Categories… button opens the tree (drag and drop) once it has one.
    void setCategoryTree(CategoryTreeModel& tree);
    // Where the product editor keeps and fetches images; without it images are not shown.
    void setImages(ProductImages& images, ImageSync& sync) {
        m_productImages = &images;
        m_imageSync = &sync;
    }

    ProductEditorDialog* openProduct(const QString& productId);
    ProductEditorDialog* newProduct();
    // The selected rows' products; `basisPoints` as BulkProductEdits takes it.
    bool changeSelectedPrices(qint64 basisPoints);
    bool setSelectedStatus(const QString& status);
    QStringList selectedProductIds() const;

private:
    void onExportState();
    ProductEditorDialog* showEditor(ProductEditorDialog* dialog);
    void askPercent();
    void say(const QString& message);

    ProductListModel& m_products;
    ProductEditor& m_editor;
    ProductImages* m_productImages = nullptr;
    ImageSync* m_imageSync = nullptr;
    CatalogImport& m_import;
    CatalogExport& m_export;
    std::function<domain::Currency()> m_currency;
    QLineEdit* m_search;
    QTableView* m_table;
    QPushButton* m_exportButton;
    QPushButton* m_categoriesButton;
    CategoryTreeModel* m_categoryTree = nullptr;
    QLabel* m_message;
    ImportDialog* m_importDialog = nullptr;
    QString m_exportPath;
};

} // namespace tp::backoffice::ui
