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
class ProductListModel;
} // namespace tp::backoffice

namespace tp::backoffice::ui {

class ImportDialog;

// The catalog: a search box (name or sku; Ctrl+F) over the product list, sorted by clicking a
// column's header; products imported from a Shopify CSV file (ImportDialog) and the catalog
// exported to one, with progress and Cancel.
class CatalogScreen : public QWidget {
    Q_OBJECT

public:
    // `currency`: the currency a file's prices are read in (the shop's), asked when a file is.
    CatalogScreen(ProductListModel& products, CatalogImport& import, CatalogExport& exporter,
                  std::function<domain::Currency()> currency, QWidget* parent = nullptr);

    // After a sync: the list as the replica has it now.
    void refresh();

    // The Import… and Export… buttons ask for a file, then do these.
    ImportDialog* importFrom(const QString& path);
    void exportTo(const QString& path);

private:
    void onExportState();

    ProductListModel& m_products;
    CatalogImport& m_import;
    CatalogExport& m_export;
    std::function<domain::Currency()> m_currency;
    QLineEdit* m_search;
    QTableView* m_table;
    QPushButton* m_exportButton;
    QLabel* m_message;
    ImportDialog* m_importDialog = nullptr;
    QString m_exportPath;
};

} // namespace tp::backoffice::ui
