#pragma once

#include <QDialog>

#include "models/orders/OrderActions.h"
#include "models/orders/OrderView.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tp::backoffice {
class OrderActions;
}

namespace tp::backoffice::ui {

// A refund of an order: how many of each line come back (their share of what was paid is
// shown as it is typed), how the money goes back (a way the order was paid, or the customer's
// store credit), whether the goods go back on the shelf, and why.
class RefundDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { Item, Sold, Back, Amount, Columns };

    RefundDialog(OrderActions& actions, OrderView order, QWidget* parent = nullptr);

    // Refunds what the dialog says; false (and the reason shown) when it cannot.
    bool refund();

private:
    QList<RefundLine> lines(bool* ok) const;
    void updateAmount();

    OrderActions& m_actions;
    OrderView m_order;
    QTableWidget* m_lines;
    QComboBox* m_method;
    QCheckBox* m_restock;
    QLineEdit* m_reason;
    QLabel* m_amount;
    QLabel* m_message;
};

} // namespace tp::backoffice::ui
