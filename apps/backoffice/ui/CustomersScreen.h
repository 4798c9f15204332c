#pragma once

#include <QWidget>

#include <optional>

#include "models/customers/CustomerProfile.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace tp::backoffice {
class CustomerActions;
class CustomerListModel;
} // namespace tp::backoffice

namespace tp::backoffice::ui {

// Customers: a customer-service search (name, e-mail, phone or an order's number; Ctrl+F) over
// the list, and the chosen customer's profile — details to edit (Ctrl+S), loyalty points, their
// orders and everything that happened to them, newest first — with the privacy actions: their
// data written to a file, their personal data erased (asked twice: it cannot be undone).
class CustomersScreen : public QWidget {
    Q_OBJECT

public:
    using Load = std::function<domain::Result<CustomerProfile>(const QString& customerId)>;

    CustomersScreen(CustomerListModel& customers, CustomerActions& actions, Load load, QWidget* parent = nullptr);

    void refresh();
    void choose(int row);
    void newCustomer();
    bool save();
    bool exportTo(const QString& path);
    // `confirmed`: the person said yes to "erase for good?" (the button asks).
    bool anonymize(bool confirmed);
    const std::optional<CustomerProfile>& profile() const { return m_profile; }

private:
    void showProfile(const CustomerProfile& profile);
    void say(const QString& message, bool problem);

    CustomerListModel& m_customers;
    CustomerActions& m_actions;
    Load m_load;
    std::optional<CustomerProfile> m_profile;
    QLineEdit* m_search;
    QTableView* m_table;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_tags;
    QPlainTextEdit* m_addresses;
    QPlainTextEdit* m_notes;
    QLabel* m_points;
    QTableWidget* m_history;
    QLineEdit* m_historyFilter = nullptr;
    QPushButton* m_export;
    QPushButton* m_anonymize;
    QLabel* m_message;
};

} // namespace tp::backoffice::ui
