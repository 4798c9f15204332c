#pragma once

#include <QDialog>

#include "models/stock/StockHistory.h"

class QLabel;
class QTableWidget;

namespace tp::backoffice::ui {

// The movement history of one item in one store, newest first: when, what (received, sold,
// transferred, counted …), by how much, what was counted, by whom. Asked of the server when
// the dialog opens; offline it says so.
class StockHistoryDialog : public QDialog {
    Q_OBJECT

public:
    StockHistoryDialog(StockHistory& history, const QString& storeId, const QString& sku, const QString& title,
                       QWidget* parent = nullptr);

    bool isLoaded() const { return m_loaded; }

private:
    void showMovements(const domain::Result<StockHistoryPage>& page);

    QTableWidget* m_table;
    QLabel* m_message;
    bool m_loaded = false;
};

} // namespace tp::backoffice::ui
