#pragma once

#include <QWidget>

#include "register/ReceiptReturns.h"

class QLabel;
class QLineEdit;
class QTableWidget;

namespace tp::pos {
class Till;
}

namespace tp::pos::ui {

// A return with the receipt, under the ticket: the receipt's lines with what can still come
// back, how many do (0 to leave a line), the reason, and the card terminal's refund reference
// when part of the money goes back to a card.
class ReturnPanel : public QWidget {
    Q_OBJECT

public:
    ReturnPanel(Till& till, QWidget* parent = nullptr);

    void open(const ReturnableSale& sale);

signals:
    void finished(const QString& message);

private:
    void refund();

    Till& m_till;
    ReturnableSale m_sale;
    QLabel* m_title;
    QTableWidget* m_lines;
    QLineEdit* m_reason;
    QLineEdit* m_reference;
    QLabel* m_message;
};

} // namespace tp::pos::ui
