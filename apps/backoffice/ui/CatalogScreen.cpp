#include "ui/CatalogScreen.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include "models/BulkProductEdits.h"
#include "models/ProductEditor.h"
#include "models/ProductListModel.h"
#include "models/csv/CatalogExport.h"
#include "models/csv/CatalogImport.h"
#include "ui/CategoriesDialog.h"
#include "ui/ImportDialog.h"
#include "ui/ProductEditorDialog.h"

namespace tp::backoffice::ui {

CatalogScreen::CatalogScreen(ProductListModel& products, ProductEditor& editor, CatalogImport& import,
                             CatalogExport& exporter, std::function<domain::Currency()> currency, QWidget* parent)
    : QWidget(parent)
    , m_products(products)
    , m_editor(editor)
    , m_import(import)
    , m_export(exporter)
    , m_currency(std::move(currency))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_exportButton(new QPushButton(tr("E&xport CSV…"), this))
    , m_categoriesButton(new QPushButton(tr("Ca&tegories…"), this))
    , m_message(new QLabel(this)) {
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setPlaceholderText(tr("Search by name or SKU (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto* newButton = new QPushButton(tr("&New product"), this);
    newButton->setObjectName(QStringLiteral("newProduct"));
    newButton->setToolTip(tr("New product (Ctrl+N)"));
    auto* pricesButton = new QPushButton(tr("Change &prices…"), this);
    pricesButton->setObjectName(QStringLiteral("changePrices"));
    pricesButton->setToolTip(tr("Raise or lower the selected products' prices by a percentage"));
    auto* archiveButton = new QPushButton(tr("A&rchive"), this);
    archiveButton->setObjectName(QStringLiteral("archiveSelected"));
    auto* activateButton = new QPushButton(tr("Put on &sale"), this);
    activateButton->setObjectName(QStringLiteral("activateSelected"));
    auto* importButton = new QPushButton(tr("&Import CSV…"), this);
    importButton->setObjectName(QStringLiteral("importProducts"));
    m_exportButton->setObjectName(QStringLiteral("exportProducts"));
    m_message->setObjectName(QStringLiteral("catalogMessage"));
    m_message->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("products"));
    m_table->setModel(&m_products);
    m_table->setSortingEnabled(true); // header clicks reach ProductListModel::sort
    m_table->sortByColumn(ProductListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ProductListModel::Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(newButton);
    top->addWidget(m_categoriesButton);
    top->addWidget(importButton);
    top->addWidget(m_exportButton);
    auto* selection = new QHBoxLayout;
    selection->addWidget(new QLabel(tr("Selected products:"), this));
    selection->addWidget(pricesButton);
    selection->addWidget(archiveButton);
    selection->addWidget(activateButton);
    selection->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(selection);
    layout->addWidget(m_message);
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
    m_categoriesButton->setObjectName(QStringLiteral("categories"));
    m_categoriesButton->setEnabled(false);
    connect(m_categoriesButton, &QPushButton::clicked, this, [this] {
        auto* dialog = new CategoriesDialog(*m_categoryTree, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    auto* newKey = new QShortcut(QKeySequence::New, this);
    connect(newKey, &QShortcut::activated, this, &CatalogScreen::newProduct);
    connect(newButton, &QPushButton::clicked, this, &CatalogScreen::newProduct);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openProduct(m_products.productId(index.row())); });
    connect(pricesButton, &QPushButton::clicked, this, &CatalogScreen::askPercent);
    connect(archiveButton, &QPushButton::clicked, this, [this] { setSelectedStatus(QStringLiteral("archived")); });
    connect(activateButton, &QPushButton::clicked, this, [this] { setSelectedStatus(QStringLiteral("active")); });
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    connect(importButton, &QPushButton::clicked, this, [this, documents] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import products"), documents,
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importFrom(path)->show();
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this, documents] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export products"), QDir(documents).filePath(tr("products.csv")), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(&m_export, &CatalogExport::stateChanged, this, &CatalogScreen::onExportState);
}

void CatalogScreen::refresh() {
    (void)m_products.reload(); // a replica that cannot be read leaves the list as it was
}

ImportDialog* CatalogScreen::importFrom(const QString& path) {
    if (!m_importDialog) {
        m_importDialog = new ImportDialog(m_import, m_currency(), this);
        connect(m_importDialog, &ImportDialog::imported, this, &CatalogScreen::refresh);
    }
    m_importDialog->readFile(path);
    return m_importDialog;
}

void CatalogScreen::exportTo(const QString& path) {
    m_exportPath = path;
    auto* progress = new QProgressDialog(tr("Exporting the catalog…"), tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(500);
    connect(progress, &QProgressDialog::canceled, &m_export, &CatalogExport::cancel);
    connect(&m_export, &CatalogExport::progress, progress,
            [progress](qint64 done, qint64 total) { progress->setValue(total > 0 ? int(done * 1000 / total) : 0); });
    connect(&m_export, &CatalogExport::stateChanged, progress, [progress](CatalogExport::State state) {
        if (state != CatalogExport::State::Writing)
            progress->close();
    });
    m_exportButton->setEnabled(false);
    m_export.write(path);
}

void CatalogScreen::setCategoryTree(CategoryTreeModel& tree) {
    m_categoryTree = &tree;
    m_categoriesButton->setEnabled(true);
}

ProductEditorDialog* CatalogScreen::showEditor(ProductEditorDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductEditorDialog::saved, this, &CatalogScreen::refresh);
    dialog->show();
    return dialog;
}

ProductEditorDialog* CatalogScreen::openProduct(const QString& productId) {
    auto product = m_editor.load(productId);
    if (!product) {
        say(QString::fromStdString(product.error().message));
        return nullptr;
    }
    return showEditor(new ProductEditorDialog(m_editor, *product, this, m_productImages, m_imageSync));
}

ProductEditorDialog* CatalogScreen::newProduct() {
    return showEditor(new ProductEditorDialog(m_editor, m_editor.create(QString::fromStdString(m_currency().code())),
                                              this, m_productImages, m_imageSync));
}

QStringList CatalogScreen::selectedProductIds() const {
    QStringList ids;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        ids << m_products.productId(row.row());
    return ids;
}

void CatalogScreen::askPercent() {
    if (selectedProductIds().isEmpty()) {
        say(tr("Select the products first."));
        return;
    }
    bool ok = false;
    const QString typed = QInputDialog::getText(this, tr("Change prices"),
                                                tr("Change by how many percent? (10 raises by 10 %, -5 lowers by 5 %)"),
                                                QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString number = typed.trimmed();
    number.remove(QLatin1Char('%'));
    bool read = false;
    double percent = QLocale().toDouble(number.trimmed(), &read);
    if (!read)
        percent = number.trimmed().toDouble(&read);
    if (!read) {
        say(tr("\"%1\" is not a percentage.").arg(typed));
        return;
    }
    changeSelectedPrices(qRound64(percent * 100));
}

bool CatalogScreen::changeSelectedPrices(qint64 basisPoints) {
    const QStringList ids = selectedProductIds();
    BulkProductEdits bulk(m_editor);
    if (auto changed = bulk.changePrices(ids, basisPoints); !changed) {
        say(QString::fromStdString(changed.error().message));
        return false;
    }
    say(tr("Prices of %1 products changed by %2 %.").arg(ids.size()).arg(QLocale().toString(basisPoints / 100.0)));
    refresh();
    return true;
}

bool CatalogScreen::setSelectedStatus(const QString& status) {
    const QStringList ids = selectedProductIds();
    if (ids.isEmpty()) {
        say(tr("Select the products first."));
        return false;
    }
    BulkProductEdits bulk(m_editor);
    if (auto changed = bulk.setStatus(ids, status); !changed) {
        say(QString::fromStdString(changed.error().message));
        return false;
    }
    say(status == QLatin1String("archived") ? tr("%1 products archived.").arg(ids.size())
                                            : tr("%1 products on sale.").arg(ids.size()));
    refresh();
    return true;
}

void CatalogScreen::say(const QString& message) {
    m_message->setText(message);
}

void CatalogScreen::onExportState() {
    switch (m_export.state()) {
    case CatalogExport::State::Idle:
    case CatalogExport::State::Writing:
        return;
    case CatalogExport::State::Finished:
        m_message->setText(tr("Products exported to %1: %2.")
                               .arg(QDir::toNativeSeparators(m_exportPath))
                               .arg(m_export.exportedProducts()));
        break;
    case CatalogExport::State::Cancelled:
        m_message->setText(tr("Export cancelled: no file was written."));
        break;
    case CatalogExport::State::Failed:
        m_message->setText(m_export.failure());
        break;
    }
    m_exportButton->setEnabled(true);
}

} // namespace tp::backoffice::ui
