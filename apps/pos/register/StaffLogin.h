#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

#include "domain/core/Result.h"
#include "register/Staff.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::pos {

class RegisterAudit;

// Staff log in at the register with their PIN, and managers approve with theirs, checked
// offline against the hashes the feed brought (entity "register_staff").
//
// Five wrong PINs in a row lock that person out for five minutes — at this register, across
// restarts (pin_failures in the replica) — whether they were trying to log in or to approve.
// A right PIN clears the count. Logins, wrong PINs and lockouts go to the register's audit.
class StaffLogin {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::StaffLogin)

public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 5;
    using Clock = std::function<QDateTime()>;

    StaffLogin(client::ReplicaDatabase& db, RegisterAudit& audit, Clock clock);

    // Who may log in here: active staff with a PIN, by name.
    domain::Result<QList<StaffMember>> staff();

    // Errors, each in words: "staff_unknown", "staff_inactive", "pin_not_set", "pin_wrong"
    // (with the tries left), "pin_locked" (with the time it opens again).
    domain::Result<StaffSession> login(const QString& staffId, const QString& pin);
    // A manager's (or the owner's) yes to something `cashier` may not do alone. Besides the
    // login errors: "approver_not_manager", "approval_reason_required".
    domain::Result<Approval> approve(const QString& managerId, const QString& pin, const QString& reason);

private:
    domain::Result<StaffMember> member(const QString& staffId);
    // Checks the PIN with the lockout rules; the member when it is right.
    domain::Result<StaffMember> checkPin(const QString& staffId, const QString& pin, const QString& purpose);
    domain::Result<void> recordFailure(const StaffMember& member, int failuresBefore, const QString& purpose);

    client::ReplicaDatabase& m_db;
    RegisterAudit& m_audit;
    Clock m_clock;
};

} // namespace tp::pos
