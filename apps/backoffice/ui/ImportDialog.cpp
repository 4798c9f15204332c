#include "ui/ImportDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "models/csv/ImportPlanModels.h"

namespace tp::backoffice::ui {

ImportDialog::ImportDialog(CatalogImport& import, domain::Currency currency, QWidget* parent)
    : QDialog(parent)
    , m_import(import)
    , m_currency(currency)
    , m_preview(new ImportPreviewModel(this))
    , m_errors(new ImportErrorsModel(this))
    , m_file(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_filter(new QLineEdit(this))
    , m_tabs(new QTabWidget(this)) {
    setWindowTitle(tr("Import products from a CSV file"));
    resize(900, 600);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A product CSV file as Shopify writes it"));
    auto* choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseFile"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_filter->setObjectName(QStringLiteral("importFilter"));
    m_filter->setPlaceholderText(tr("Filter the tables"));
    m_filter->setClearButtonEnabled(true);
    m_tabs->setObjectName(QStringLiteral("importTabs"));
    m_tabs->addTab(table(*m_preview, m_previewProxy, "importPreview"), tr("Products"));
    m_tabs->addTab(table(*m_errors, m_errorsProxy, "importErrors"), tr("Left out"));

    auto* buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startImport"));
    m_start->setEnabled(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeImport"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_filter);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_start, &QPushButton::clicked, &m_import, &CatalogImport::start);
    connect(m_cancel, &QPushButton::clicked, &m_import, &CatalogImport::cancel);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_previewProxy->setFilterFixedString(text);
        m_errorsProxy->setFilterFixedString(text);
    });
    connect(&m_import, &CatalogImport::stateChanged, this, &ImportDialog::onState);
    connect(&m_import, &CatalogImport::progress, this, &ImportDialog::onProgress);
    onState(m_import.state());
}

QTableView* ImportDialog::table(QAbstractItemModel& source, QSortFilterProxyModel*& proxy, const char* name) {
    proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(&source);
    proxy->setSortRole(Qt::UserRole); // numbers sort as numbers
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1); // any column
    auto* view = new QTableView(this);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

void ImportDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import products"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        readFile(path);
}

void ImportDialog::readFile(const QString& path) {
    m_file->setText(QDir::toNativeSeparators(path));
    m_import.read(path, m_currency);
}

void ImportDialog::onProgress(qint64 done, qint64 total) {
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    if (m_import.state() == CatalogImport::State::Importing)
        m_summary->setText(tr("Importing… %1 of %2 products").arg(done).arg(total));
}

void ImportDialog::onState(CatalogImport::State state) {
    using State = CatalogImport::State;
    const ImportPlan& plan = m_import.plan();
    m_start->setEnabled(state == State::Ready && !plan.products.isEmpty());
    m_cancel->setEnabled(state == State::Reading || state == State::Importing || state == State::Ready);
    switch (state) {
    case State::Idle:
        m_summary->setText(tr("Choose a file to see what it would import."));
        break;
    case State::Reading:
        m_wasImporting = false;
        m_progress->setValue(0);
        m_summary->setText(tr("Reading %1…").arg(QFileInfo(m_file->text()).fileName()));
        break;
    case State::Ready: {
        m_progress->setValue(m_progress->maximum());
        m_preview->show(plan, m_currency);
        m_errors->show(plan.errors);
        m_tabs->setTabText(0, tr("Products (%1)").arg(plan.products.size()));
        m_tabs->setTabText(1, tr("Left out (%1)").arg(plan.errors.size()));
        int updates = 0;
        for (const ImportedProduct& product : plan.products)
            updates += product.existingId.isEmpty() ? 0 : 1;
        QStringList lines;
        lines << tr("Products to import: %1, with %2 variants (%3 new, %4 updating products of the catalog).")
                     .arg(plan.products.size())
                     .arg(plan.variantCount())
                     .arg(plan.products.size() - updates)
                     .arg(updates);
        if (!plan.errors.isEmpty())
            lines << tr("Problems found: %1. Those rows are left out (see \"Left out\").").arg(plan.errors.size());
        if (plan.imageRows > 0)
            lines << tr("Image rows not imported: %1 (images are added in the product editor).").arg(plan.imageRows);
        if (!plan.ignoredColumns.isEmpty())
            lines << tr("Columns not imported: %1.").arg(plan.ignoredColumns.join(QLatin1String(", ")));
        m_summary->setText(lines.join(QLatin1Char('\n')));
        if (plan.products.isEmpty() && !plan.errors.isEmpty())
            m_tabs->setCurrentIndex(1);
        break;
    }
    case State::Importing:
        m_wasImporting = true;
        m_progress->setValue(0);
        break;
    case State::Finished:
        m_progress->setValue(m_progress->maximum());
        m_summary->setText(
            tr("Products imported: %1. They reach the server with the next sync.").arg(m_import.importedProducts()));
        emit imported();
        break;
    case State::Cancelled:
        if (m_wasImporting) {
            m_summary->setText(tr("Cancelled after %1 of %2 products: those are imported, the others are not.")
                                   .arg(m_import.importedProducts())
                                   .arg(plan.products.size()));
            emit imported();
        } else {
            m_summary->setText(tr("Cancelled: nothing was imported."));
        }
        break;
    case State::Failed:
        m_summary->setText(m_import.failure());
        if (m_wasImporting)
            emit imported(); // batches before the failure are written
        break;
    }
}

} // namespace tp::backoffice::ui
