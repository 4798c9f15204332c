#include "ui/CatalogScreen.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include "models/ProductListModel.h"
#include "models/csv/CatalogExport.h"
#include "models/csv/CatalogImport.h"
#include "ui/ImportDialog.h"

namespace tp::backoffice::ui {

CatalogScreen::CatalogScreen(ProductListModel& products, CatalogImport& import, CatalogExport& exporter,
                             std::function<domain::Currency()> currency, QWidget* parent)
    : QWidget(parent)
    , m_products(products)
    , m_import(import)
    , m_export(exporter)
    , m_currency(std::move(currency))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_exportButton(new QPushButton(tr("E&xport CSV…"), this))
    , m_message(new QLabel(this)) {
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setPlaceholderText(tr("Search by name or SKU (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
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
    m_table->horizontalHeader()->setSectionResizeMode(ProductListModel::Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(importButton);
    top->addWidget(m_exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
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
