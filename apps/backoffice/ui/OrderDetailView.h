#pragma once

#include <QWidget>

#include <optional>

#include "models/orders/OrderView.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tp::backoffice {
class OrderActions;
}

namespace tp::backoffice::ui {

// One order: who, where, when and how it stands; its lines and payments; its history (status
// changes with tracking, refunds, notes — the office's own marked until the server confirms
// them); and what the office can do: move it on (only the moves its channel allows), add an
// internal note, refund.
class OrderDetailView : public QWidget {
    Q_OBJECT

public:
    OrderDetailView(OrderActions& actions, QWidget* parent = nullptr);

    void showOrder(const OrderView& order);
    void clear();
    const std::optional<OrderView>& order() const { return m_order; }

signals:
    // Something was done to the order: the list and this view should read it again.
    void changed(const QString& orderId);
    void refundRequested(const tp::backoffice::OrderView& order);

private:
    void applyStatus();
    void addNote();
    void say(const QString& message, bool problem);

    OrderActions& m_actions;
    std::optional<OrderView> m_order;
    QLabel* m_title;
    QLabel* m_facts;
    QTableWidget* m_lines;
    QLabel* m_totals;
    QTableWidget* m_history;
    QComboBox* m_nextStatus;
    QLineEdit* m_tracking;
    QPushButton* m_applyStatus;
    QPlainTextEdit* m_note;
    QPushButton* m_refund;
    QLabel* m_message;
};

} // namespace tp::backoffice::ui
