#include "ui/CatalogScreen.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include "models/ProductListModel.h"

namespace tp::backoffice::ui {

CatalogScreen::CatalogScreen(ProductListModel& products, QWidget* parent)
    : QWidget(parent)
    , m_products(products)
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this)) {
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setPlaceholderText(tr("Search by name or SKU (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("products"));
    m_table->setModel(&m_products);
    m_table->setSortingEnabled(true); // header clicks reach ProductListModel::sort
    m_table->sortByColumn(ProductListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(ProductListModel::Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_products.setFilter(text);
        refresh();
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
}

void CatalogScreen::refresh() {
    (void)m_products.reload(); // a replica that cannot be read leaves the list as it was
}

} // namespace tp::backoffice::ui
