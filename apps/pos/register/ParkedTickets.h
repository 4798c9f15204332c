#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/core/Result.h"
#include "register/Sale.h"

namespace tp::domain {
class UuidV7Generator;
}
namespace tp::client {
class ReplicaDatabase;
}

namespace tp::pos {

// A sale put aside (the customer went back for something) while the next customer is
// served; several at once, in the replica so they survive a restart or a crash. A parked
// sale keeps its lines exactly as rung (prices included) and its voided lines' reasons.
class ParkedTickets {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::ParkedTickets)

public:
    struct Summary {
        QString id;
        QString label;
        QDateTime parkedAt;
        int lines = 0;
        qint64 total = 0;
    };

    ParkedTickets(client::ReplicaDatabase& db, domain::UuidV7Generator& ids)
        : m_db(db)
        , m_ids(ids) {}

    // Answers the parked ticket's id. A sale with payments taken, or without lines, is
    // refused: money already taken must not wait on a shelf.
    domain::Result<QString> park(const Sale& sale, const QString& label, const QDateTime& at);
    // Oldest first.
    domain::Result<QList<Summary>> list();
    // The parked sale, taken off the shelf ("parked_ticket_unknown" if it is not there).
    domain::Result<Sale> recall(const QString& id, const StoreProfile& store);

private:
    client::ReplicaDatabase& m_db;
    domain::UuidV7Generator& m_ids;
};

} // namespace tp::pos
