#include "register/StaffLogin.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

#include "client/replica/ReplicaDatabase.h"
#include "register/PinHash.h"
#include "register/RegisterAudit.h"

namespace tp::pos {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

StaffMember memberFromJson(const QString& id, const QJsonObject& json) {
    return StaffMember{id, json.value(QLatin1String("email")).toString(), json.value(QLatin1String("role")).toString(),
                       json.value(QLatin1String("status")).toString() == QLatin1String("active"),
                       json.value(QLatin1String("pin_hash")).toString()};
}

QString isoText(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

StaffLogin::StaffLogin(client::ReplicaDatabase& db, RegisterAudit& audit, Clock clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(std::move(clock)) {}

domain::Result<QList<StaffMember>> StaffLogin::staff() {
    auto rows = m_db.select(QStringLiteral("SELECT id, data FROM entities WHERE entity = 'register_staff'"));
    if (!rows)
        return rows.error();
    QList<StaffMember> members;
    for (const client::SqlRow& row : *rows) {
        StaffMember member =
            memberFromJson(row.at(0).toString(), QJsonDocument::fromJson(row.at(1).toString().toUtf8()).object());
        if (member.active && !member.pinHash.isEmpty())
            members << member;
    }
    std::sort(members.begin(), members.end(), [](const StaffMember& a, const StaffMember& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return members;
}

domain::Result<StaffMember> StaffLogin::member(const QString& staffId) {
    auto rows =
        m_db.select(QStringLiteral("SELECT data FROM entities WHERE entity = 'register_staff' AND id = ?"), {staffId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return refusal("staff_unknown",
                       tr("This person is not known at this register yet; their PIN arrives with the next sync."));
    StaffMember member =
        memberFromJson(staffId, QJsonDocument::fromJson(rows->first().value(0).toString().toUtf8()).object());
    if (!member.active)
        return refusal("staff_inactive", tr("%1 may not work at the register any more.").arg(member.name));
    if (member.pinHash.isEmpty())
        return refusal("pin_not_set", tr("%1 has no register PIN yet; set one in the backoffice.").arg(member.name));
    return member;
}

domain::Result<StaffMember> StaffLogin::checkPin(const QString& staffId, const QString& pin, const QString& purpose) {
    auto found = member(staffId);
    if (!found)
        return found.error();
    const QDateTime now = m_clock();
    auto state =
        m_db.select(QStringLiteral("SELECT failures, locked_until FROM pin_failures WHERE staff_id = ?"), {staffId});
    if (!state)
        return state.error();
    int failures = state->isEmpty() ? 0 : state->first().value(0).toInt();
    if (!state->isEmpty() && !state->first().value(1).isNull()) {
        const QDateTime lockedUntil = QDateTime::fromString(state->first().value(1).toString(), Qt::ISODateWithMs);
        if (now < lockedUntil)
            return refusal("pin_locked", tr("Too many wrong PINs: %1 is locked out until %2.")
                                             .arg(found->name, QLocale().toString(lockedUntil.toLocalTime().time(),
                                                                                  QLocale::ShortFormat)));
        failures = 0; // the lock has run out: a fresh start
    }
    auto right = PinHash::matches(pin, found->pinHash);
    if (!right)
        return right.error();
    if (!right.value()) {
        if (auto recorded = recordFailure(found.value(), failures, purpose); !recorded)
            return recorded.error();
        const int left = kMaxFailures - (failures + 1);
        if (left <= 0)
            return refusal(
                "pin_locked",
                tr("Wrong PIN. %1 is now locked out for %n minute(s).", nullptr, kLockMinutes).arg(found->name));
        return refusal("pin_wrong", tr("Wrong PIN. %n more try(s) before the lockout.", nullptr, left));
    }
    if (failures > 0 || !state->isEmpty()) {
        if (auto cleared = m_db.exec(QStringLiteral("DELETE FROM pin_failures WHERE staff_id = ?"), {staffId});
            !cleared)
            return cleared.error();
    }
    return found;
}

domain::Result<void> StaffLogin::recordFailure(const StaffMember& member, int failuresBefore, const QString& purpose) {
    const int failures = failuresBefore + 1;
    const QDateTime now = m_clock();
    const bool locks = failures >= kMaxFailures;
    const QVariant lockedUntil = locks ? QVariant(isoText(now.addSecs(qint64(kLockMinutes) * 60))) : QVariant();
    auto stored = m_db.exec(QStringLiteral("INSERT INTO pin_failures(staff_id, failures, locked_until) VALUES(?, ?, ?) "
                                           "ON CONFLICT(staff_id) DO UPDATE SET failures = excluded.failures, "
                                           "locked_until = excluded.locked_until"),
                            {member.id, locks ? 0 : failures, lockedUntil});
    if (!stored)
        return stored.error();
    QJsonObject detail{
        {"staff", RegisterAudit::person(member.id, member.name)}, {"purpose", purpose}, {"failures", failures}};
    if (locks)
        detail.insert(QStringLiteral("locked_until"), lockedUntil.toString());
    return m_audit.append(locks ? QStringLiteral("pin_locked") : QStringLiteral("pin_wrong"), detail, now);
}

domain::Result<StaffSession> StaffLogin::login(const QString& staffId, const QString& pin) {
    auto member = checkPin(staffId, pin, QStringLiteral("login"));
    if (!member)
        return member.error();
    StaffSession session{member->id, member->name, member->role};
    if (auto audited = m_audit.append(QStringLiteral("login"), {{"staff", RegisterAudit::person(session)}}, m_clock());
        !audited)
        return audited.error();
    return session;
}

domain::Result<Approval> StaffLogin::approve(const QString& managerId, const QString& pin, const QString& reason) {
    if (reason.trimmed().isEmpty())
        return refusal("approval_reason_required", tr("Say why this is approved."));
    // The role first: a cashier who cannot approve anyway spends no try of their PIN.
    auto approver = this->member(managerId);
    if (!approver)
        return approver.error();
    if (!approver->canApprove())
        return refusal("approver_not_manager", tr("%1 cannot approve this; a manager must.").arg(approver->name));
    auto member = checkPin(managerId, pin, QStringLiteral("approval"));
    if (!member)
        return member.error();
    return Approval{member->id, member->name, reason.trimmed(), m_clock()};
}

} // namespace tp::pos
