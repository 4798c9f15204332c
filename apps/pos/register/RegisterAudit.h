#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariant>

#include "domain/core/Result.h"
#include "register/Staff.h"

namespace tp::client {
class LocalWrite;
class ReplicaDatabase;
} // namespace tp::client

namespace tp::pos {

// The register's own audit trail (register_audit in the replica): logins, wrong PINs and
// lockouts, approvals, price overrides, voids. Each entry is on disk when append() answers;
// an action whose audit cannot be written is not done.
class RegisterAudit {
public:
    explicit RegisterAudit(client::ReplicaDatabase& db)
        : m_db(db) {}

    domain::Result<void> append(const QString& event, const QJsonObject& detail, const QDateTime& at);
    // The same entry inside a write of the outbox (a sale, a refund, a shift's close), so the
    // audit stands or falls with what it records. `orderId` null: no order.
    static void appendTo(client::LocalWrite& write, const QString& event, const QJsonObject& detail,
                         const QDateTime& at, const QVariant& orderId = {});

    // {"id","name"} as entries name people.
    static QJsonObject person(const QString& id, const QString& name) {
        return QJsonObject{{"id", id}, {"name", name}};
    }
    static QJsonObject person(const StaffSession& session) { return person(session.staffId, session.name); }

private:
    client::ReplicaDatabase& m_db;
};

} // namespace tp::pos
