#pragma once

#include <QDialog>

#include "domain/money/Currency.h"
#include "models/csv/CatalogImport.h"

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace tp::backoffice {
class ImportErrorsModel;
class ImportPreviewModel;
} // namespace tp::backoffice

namespace tp::backoffice::ui {

// Importing a product CSV: pick the file, watch it being read (progress, Cancel), look at the
// preview — the products, new or updates, and every row left out with its line and reason,
// both tables sorted by a header click and narrowed by the filter — then Import, with
// progress and Cancel again. Nothing is written before Import.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    ImportDialog(CatalogImport& import, domain::Currency currency, QWidget* parent = nullptr);

    // Reads `path` into the preview (the Choose… button asks for it).
    void readFile(const QString& path);

signals:
    // Products were written: the catalog list should show them.
    void imported();

private:
    void chooseFile();
    void onState(CatalogImport::State state);
    void onProgress(qint64 done, qint64 total);
    QTableView* table(QAbstractItemModel& source, QSortFilterProxyModel*& proxy, const char* name);

    CatalogImport& m_import;
    domain::Currency m_currency;
    ImportPreviewModel* m_preview;
    ImportErrorsModel* m_errors;
    QSortFilterProxyModel* m_previewProxy = nullptr;
    QSortFilterProxyModel* m_errorsProxy = nullptr;
    QLineEdit* m_file;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QLineEdit* m_filter;
    QTabWidget* m_tabs;
    QPushButton* m_start;
    QPushButton* m_cancel;
    bool m_wasImporting = false;
};

} // namespace tp::backoffice::ui
