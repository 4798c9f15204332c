#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

#include "domain/core/Result.h"

namespace tp::client {
class ReplicaDatabase;
class SyncApi;
} // namespace tp::client

namespace tp::backoffice {

struct EnrolmentCode {
    QString code;
    QString storeId;
    QString name;
    QDateTime expiresAt;
};

// An enrolled register as the server lists it, with what it reported when it last synced.
struct RegisterView {
    QString id;
    QString storeId;
    QString name;
    bool revoked = false;
    QDateTime enrolledAt;
    QDateTime lastSeenAt;    // invalid: never synced
    QString appVersion;      // empty: not reported
    int pendingUploads = -1; // -1: not reported

    // Worth a look: never synced, silent for a day, or holding changes it has not sent for an hour.
    bool needsAttention(const QDateTime& now) const;
};

// "just now", "12 minutes ago", "3 hours ago", "2 days ago", else the date; "never".
QString lastSeenText(const QDateTime& seen, const QDateTime& now);

// A member of the shop's staff as the feed brings them (entity "staff").
struct StaffMemberView {
    QString id;
    QString email;
    QString role;   // owner | manager | cashier
    QString status; // active | …
};

// The office's actions that need the server there and then (they make secrets or accounts,
// which cannot wait in an outbox, or show what registers report now): a one-time enrolment
// code for a new register, the registers with when they were last seen, revoking one, a new
// staff member with a password, a register PIN, a member's role or access. Offline each
// answers in words that it needs the server. The staff list itself comes from the replica.
class OfficeAdmin {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::OfficeAdmin)

public:
    template <typename T>
    using Done = std::function<void(domain::Result<T>)>;

    OfficeAdmin(client::ReplicaDatabase& db, client::SyncApi& api)
        : m_db(db)
        , m_api(api) {}

    // Errors: "invalid_name", the server's ("offline" in words when it cannot be reached).
    void makeEnrolmentCode(const QString& storeId, const QString& registerName, Done<EnrolmentCode> done);
    // Errors: "invalid_email", "invalid_password" (at least 10 characters), the server's.
    void addStaff(const QString& email, const QString& password, const QString& role, Done<QString> done);
    // Errors: "invalid_pin" (4 to 8 digits), the server's.
    void setPin(const QString& staffId, const QString& pin, Done<void> done);

    // A new store (owner only; it counts against the plan). Errors: "invalid_code" (1–64 of
    // letters, digits, '.', '_', '-'), "invalid_name", "invalid_currency", the server's
    // (plan_limit, a code taken). Answers the store's id; the list shows it after the next sync.
    void addStore(const QString& code, const QString& name, const QString& currency, const QString& timezone,
                  Done<QString> done);
    // Every page of GET /api/v1/devices, in enrolment order.
    void registers(Done<QList<RegisterView>> done);
    void revokeRegister(const QString& deviceId, Done<void> done);
    // `role` "manager" | "cashier" or empty (unchanged), `status` "active" | "disabled" or empty.
    void changeStaff(const QString& staffId, const QString& role, const QString& status, Done<void> done);

    domain::Result<QList<StaffMemberView>> staff();

private:
    void registersFrom(const QString& cursor, QList<RegisterView> sofar, Done<QList<RegisterView>> done);

public:
private:
    client::ReplicaDatabase& m_db;
    client::SyncApi& m_api;
};

} // namespace tp::backoffice
