#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "domain/core/Result.h"
#include "models/orders/OrderView.h"

namespace tp::client {
class Outbox;
}
namespace tp::domain {
class UuidV7Generator;
}

namespace tp::backoffice {

// A line of an order coming back, by its index in the order.
struct RefundLine {
    int line = 0;
    qint64 qtyMilli = 0;
};

// What the office does to an order, offline like everything else: a status change (with the
// carrier's tracking number), an internal note, a refund. Each is one mutation in the outbox
// (order.status, note.add, order.refund — orders are facts, changed only by new facts) and
// shows in the replica's copy of the order at once, marked pending until the feed brings the
// server's.
class OrderActions {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::OrderActions)

public:
    OrderActions(client::Outbox& outbox, domain::UuidV7Generator& ids)
        : m_outbox(outbox)
        , m_ids(ids) {}

    // Errors: "invalid_status" (not a move this order may make now), "invalid_tracking".
    domain::Result<void> changeStatus(const OrderView& order, const QString& status, const QString& tracking);
    // Error "invalid_note" (empty or longer than 4000 characters).
    domain::Result<void> addNote(const OrderView& order, const QString& text);
    // Gives back the lines' share of what was paid (each line's total in proportion to the
    // quantity returned, rounded half up) by `method` (one the order was paid with, or
    // store_credit for a customer's order); `restock` puts the goods back on the shelf.
    // Errors: "nothing_to_refund", "invalid_quantity", "too_much", "invalid_method".
    domain::Result<qint64> refund(const OrderView& order, const QList<RefundLine>& lines, const QString& method,
                                  const QString& reason, bool restock);

    // Each line's refundable share for `qtyMilli` of it.
    static qint64 lineShare(const OrderLineView& line, qint64 qtyMilli);

private:
    // Queues `type` with `data` and writes the order's local copy with `event` appended.
    domain::Result<void> record(const OrderView& order, const QString& type, const QJsonObject& data,
                                const QJsonObject& event, const QString& status, qint64 refunded);

    client::Outbox& m_outbox;
    domain::UuidV7Generator& m_ids;
};

} // namespace tp::backoffice
