#pragma once

#include <QWidget>

class QComboBox;
class QCheckBox;
class QDateEdit;
class QLineEdit;
class QTableView;

namespace tp::backoffice {
class OrderActions;
class OrderListModel;
} // namespace tp::backoffice

namespace tp::backoffice::ui {

class OrderDetailView;

// The orders of every channel: filters (channel, store, status, a date range, and a search by
// number, e-mail or phone; Ctrl+F) over a list sorted by any column, and the chosen order's
// detail beside it with what can be done to it.
class OrdersScreen : public QWidget {
    Q_OBJECT

public:
    OrdersScreen(OrderListModel& orders, OrderActions& actions, QWidget* parent = nullptr);

    // After a sync or an action: the list and the open order as the replica has them now.
    void refresh();
    // Shows the order of `row` of the list in the detail.
    void choose(int row);
    OrderDetailView* detail() const { return m_detail; }

private:
    void applyFilter();
    void fillStores();
    void openRefund();

    OrderListModel& m_orders;
    OrderActions& m_actions;
    QComboBox* m_channel;
    QComboBox* m_store;
    QComboBox* m_status;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_search;
    QTableView* m_table;
    OrderDetailView* m_detail;
};

} // namespace tp::backoffice::ui
