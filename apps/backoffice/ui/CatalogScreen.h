#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;

namespace tp::backoffice {
class ProductListModel;
}

namespace tp::backoffice::ui {

// The catalog: a search box (name or sku; Ctrl+F) over the product list, sorted by clicking a
// column's header.
class CatalogScreen : public QWidget {
    Q_OBJECT

public:
    CatalogScreen(ProductListModel& products, QWidget* parent = nullptr);

    // After a sync: the list as the replica has it now.
    void refresh();

private:
    ProductListModel& m_products;
    QLineEdit* m_search;
    QTableView* m_table;
};

} // namespace tp::backoffice::ui
