#pragma once

#include <QDateTime>
#include <QString>

namespace tp::pos {

// A person who may work this register, as the feed's "register_staff" entity brought them
// (the server sends registers each staff member's role, status and PIN hash).
struct StaffMember {
    QString id;
    QString name; // what the register shows and the audit names (the e-mail until staff have names)
    QString role; // owner | manager | cashier
    bool active = true;
    QString pinHash;

    // Owners and managers approve what a cashier may not do alone.
    bool canApprove() const { return role == QLatin1String("owner") || role == QLatin1String("manager"); }
};

// Who is logged in at the register.
struct StaffSession {
    QString staffId;
    QString name;
    QString role;

    bool canApprove() const { return role == QLatin1String("owner") || role == QLatin1String("manager"); }
};

// A manager's yes to one action of a cashier, with the manager's PIN checked and a reason
// given. Only StaffLogin::approve makes them.
struct Approval {
    QString managerId;
    QString managerName;
    QString reason;
    QDateTime at;
};

} // namespace tp::pos
