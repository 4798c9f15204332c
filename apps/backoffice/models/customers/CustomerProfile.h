#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/core/Result.h"
#include "models/orders/OrderView.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice {

// One line of a customer's consolidated history: every order of every channel and what
// happened to it since (status changes, refunds, notes), newest first.
struct CustomerHistoryEntry {
    QString at; // RFC 3339
    QString orderId;
    QString orderNumber;
    QString kind; // created | status | refund | note
    QString status;
    QString details;
};

// A customer as the office sees them, from the replica: their details (name, contact,
// addresses, tags, notes), loyalty points, and every order with its history.
struct CustomerProfile {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::CustomerProfile)

public:
    QString id;
    qint64 version = 0; // 0: not saved yet
    QString name;
    QString email;
    QString phone;
    QString notes;
    QStringList tags;
    QStringList addresses; // one address per entry, as typed
    bool anonymized = false;
    qint64 points = 0;
    QList<OrderView> orders; // newest first
    QJsonObject json;        // the entity as stored

    static domain::Result<CustomerProfile> load(client::ReplicaDatabase& db, const QString& customerId);
    QList<CustomerHistoryEntry> history() const;
};

} // namespace tp::backoffice
