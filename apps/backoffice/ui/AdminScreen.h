#pragma once

#include <QWidget>

#include <functional>

#include "models/OfficeAdmin.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tp::backoffice::ui {

// Registers and staff: a one-time enrolment code for a new register of a store (shown large,
// with how long it is valid and what to do with it), the staff with their roles, a new staff
// member with a password, and a register PIN for the selected one. These need the server there
// and then; offline they say so.
class AdminScreen : public QWidget {
    Q_OBJECT

public:
    AdminScreen(OfficeAdmin& admin, std::function<QList<std::pair<QString, QString>>()> stores,
                QWidget* parent = nullptr);

    void refresh();
    void makeCode();
    void addStaff();
    void setPin();

signals:
    // An action finished (for tests and the status line): its message.
    void answered(const QString& message);

private:
    void say(QLabel* where, const QString& message, bool problem);

    OfficeAdmin& m_admin;
    std::function<QList<std::pair<QString, QString>>()> m_stores;
    QComboBox* m_store;
    QLineEdit* m_registerName;
    QLabel* m_code;
    QLabel* m_codeMessage;
    QTableWidget* m_staff;
    QLineEdit* m_email;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLineEdit* m_pin;
    QLabel* m_staffMessage;
};

} // namespace tp::backoffice::ui
