#pragma once

#include <QWidget>

#include <functional>
#include <optional>

#include "domain/core/Result.h"
#include "register/Staff.h"

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tp::pos {
class Till;
}

namespace tp::pos::ui {

class ItemPicker;
class ReturnPanel;

// The sale as the cashier rings it. Everything goes through one entry line: scan or type a
// code and Enter; or type a number, then a function key (F2 quantity, F3 discount, F8 cash
// tendered, F10 price; reasons for F4 void line and F7 void sale; the card terminal's
// reference for F9; a receipt number for Shift+F4, a return; an item for Ctrl+F4, a return
// without receipt). With nothing typed, F8 is cash for exactly what is due — or pays out
// what the sale owes the customer. Lines are picked with the arrow keys (the
// last one by default). A change that needs a manager opens the approval panel under the ticket; the change is made
// once a manager's PIN and a reason are in.
class SaleScreen : public QWidget {
    Q_OBJECT

public:
    SaleScreen(Till& till, QWidget* parent = nullptr);

    // Shows the sale as the till has it now.
    void refresh();
    // Errors and confirmations in words, where the cashier looks.
    void say(const QString& message);
    // A code from a scanner that is not a keyboard: rung as if typed and entered.
    void scanned(const QString& code);

signals:
    void shiftRequested();

private:
    using Change = std::function<domain::Result<void>(const std::optional<Approval>&)>;

    void enter();
    void quantity();
    void discount(bool wholeTicket);
    void voidLine();
    void park();
    void recall();
    void voidSale();
    void startReturn();
    void findCustomer();
    void coupon();
    void giftCard();
    void storeCredit();
    // The answer of a gift card or store credit tender, which comes after the server's.
    void tendered(const domain::Result<void>& result);
    void returnWithoutReceipt();
    void settleOwed(qint64 due);
    void cash(std::optional<qint64> tendered);
    void card();
    void price();
    // Runs a change; when it needs a manager, keeps it for the approval panel.
    void attempt(const Change& change);
    void approve();
    void cancelApproval();
    void refreshQuickCash();
    int selectedLine() const;
    QString takeTyped();
    bool done(const domain::Result<void>& result);

    Till& m_till;
    QLabel* m_who;
    QLineEdit* m_entry;
    QTableWidget* m_lines;
    QLabel* m_total;
    QLabel* m_due;
    QLabel* m_coupon;
    QLabel* m_message;
    QWidget* m_approval;
    QLabel* m_approvalWhy;
    QComboBox* m_approver;
    QLineEdit* m_approverPin;
    QLineEdit* m_approvalReason;
    QHBoxLayout* m_quickCash;
    ReturnPanel* m_returns;
    ItemPicker* m_picker;
    std::optional<Change> m_pending;
};

} // namespace tp::pos::ui
