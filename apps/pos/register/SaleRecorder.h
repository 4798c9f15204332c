#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "domain/core/Result.h"

namespace tp::domain {
class UuidV7Generator;
}
namespace tp::client {
class Outbox;
}

namespace tp::pos {

class Sale;

// What a write that ends the open sale (recorded, voided, parked) runs in its transaction: the
// till's crash copy of that sale (Till, state "open_sale") goes with it.
extern const char* const kForgetOpenSale;

struct RecordedSale {
    QString orderId;
    QString number;     // what the receipt prints: "<register>-000042"
    QString mutationId; // its order.create in the outbox
};

// Makes a settled sale durable in one SQLite transaction (synchronous=FULL): the register's
// copy of the order (local_orders), its order.create in the outbox, the store's stock as
// this register sees it, and the audit of lines voided on the way. Either all of it is on
// disk when record() answers, or none of it (ARCHITECTURE "Sync" rule 2). A voided ticket
// leaves only its audit.
class SaleRecorder {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::SaleRecorder)

public:
    SaleRecorder(client::Outbox& outbox, domain::UuidV7Generator& ids, QString registerId, QString numberPrefix)
        : m_outbox(outbox)
        , m_ids(ids)
        , m_registerId(std::move(registerId))
        , m_numberPrefix(std::move(numberPrefix)) {}

    // `shiftId`: the open shift the sale belongs to (its Z report counts it; the server
    // attaches the order to it). The receipt's facts are kept with it (ReceiptFacts), naming
    // `cashier`, for the print and every reprint.
    domain::Result<RecordedSale> record(const Sale& sale, const QDateTime& at, const QString& shiftId = {},
                                        const QString& cashier = {});
    // The cashier voids the whole ticket, with a reason: nothing is sold or sent, but the
    // audit keeps the ticket as it stood (lines, total) and the lines voided before it. A
    // ticket with payments taken is refused until they are removed or refunded.
    domain::Result<void> recordVoided(const Sale& sale, const QString& reason, const QDateTime& at);

private:
    client::Outbox& m_outbox;
    domain::UuidV7Generator& m_ids;
    QString m_registerId;
    QString m_numberPrefix;
};

} // namespace tp::pos
