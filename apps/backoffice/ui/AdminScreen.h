#pragma once

#include <QWidget>

#include <functional>

#include "models/OfficeAdmin.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tp::backoffice::ui {

// Registers and staff: the registers with when each was last seen, its app version and the
// changes it has not sent yet (those worth a look in red), revoking one, a one-time enrolment
// code for a new register of a store (shown large, with how long it is valid and what to do
// with it); the staff with their roles and access, a new staff member with a password, and for
// the selected one a register PIN, another role, or disabling them. These need the server
// there and then; offline they say so.
class AdminScreen : public QWidget {
    Q_OBJECT

public:
    AdminScreen(OfficeAdmin& admin, std::function<QList<std::pair<QString, QString>>()> stores,
                QWidget* parent = nullptr);

    // The stores, the staff from the replica and the registers from the server.
    void refresh();
    void loadRegisters();
    void makeCode();
    // Asks first (the register stops syncing at once and must be enrolled again).
    void revokeRegister();
    void addStaff();
    void setPin();
    void changeRole();
    // Disables the selected member, or enables them again; disabling asks first.
    void toggleAccess();

    // For tests: whether revoking and disabling ask before they act (they do).
    void setConfirmations(bool ask) { m_confirm = ask; }

signals:
    // An action finished (for tests and the status line): its message.
    void answered(const QString& message);

private:
    void say(QLabel* where, const QString& message, bool problem);
    void showRegisters(const QList<RegisterView>& registers);
    bool confirmed(const QString& question);
    // The answer to an online action: nothing once the screen is gone, a refusal in words on
    // `where`, else `then` with what came back.
    template <typename T, typename Then>
    OfficeAdmin::Done<T> whenAnswered(QLabel* where, Then then);
    static QString roleText(const QString& role);
    // The selected staff member's id and status, or an empty id (said in words).
    std::pair<QString, QString> selectedMember();

    OfficeAdmin& m_admin;
    std::function<QList<std::pair<QString, QString>>()> m_stores;
    QComboBox* m_store;
    QLineEdit* m_registerName;
    QLabel* m_code;
    QLabel* m_codeMessage;
    QLineEdit* m_registerFilter;
    QTableWidget* m_registers;
    QLabel* m_registersMessage;
    QLineEdit* m_staffFilter;
    QTableWidget* m_staff;
    QLineEdit* m_email;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLineEdit* m_pin;
    QComboBox* m_newRole;
    QPushButton* m_access;
    QLabel* m_staffMessage;
    bool m_confirm = true;
};

} // namespace tp::backoffice::ui
