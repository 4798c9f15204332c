#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "domain/core/Result.h"

namespace tp::client {
class Outbox;
}
namespace tp::domain {
class UuidV7Generator;
}

namespace tp::pos {

struct CustomerCard {
    QString id;
    QString name;
    QString email;
    QString phone;
};

// The shop's customers as the register has them (feed entity "customer"), found by name,
// e-mail or phone, and created at the till — offline too: the new customer is on this
// register at once and goes to the server as customer.upsert with the next sync.
class CustomerBook {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::CustomerBook)

public:
    CustomerBook(client::Outbox& outbox, domain::UuidV7Generator& ids)
        : m_outbox(outbox)
        , m_ids(ids) {}

    // The customer's loyalty points as the server last reported them (feed entity "loyalty"),
    // 0 for a customer who has none yet.
    domain::Result<qint64> points(const QString& customerId);
    // Up to `limit` customers whose name, e-mail or phone contains what was typed (case and
    // spaces aside), by name. Fewer than 2 characters find nobody.
    domain::Result<QList<CustomerCard>> search(const QString& typed, int limit = 20);
    // "Anna Berg, anna@example.com, +49 30 1234": a name, then optionally an e-mail and a
    // phone in any order. Errors: "name_required", "invalid_email".
    domain::Result<CustomerCard> create(const QString& typed);

private:
    client::Outbox& m_outbox;
    domain::UuidV7Generator& m_ids;
};

} // namespace tp::pos
