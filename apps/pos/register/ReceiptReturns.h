#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/core/Result.h"
#include "register/Staff.h"

namespace tp::client {
class Outbox;
}
namespace tp::domain {
class UuidV7Generator;
}

namespace tp::pos {

class RegisterAudit;

// A sale of this register as a return sees it: each line with what is left to return.
struct ReturnableSale {
    struct Line {
        QString sku;
        QString variantId;
        QString name;
        qint64 soldMilli = 0;
        qint64 returnedMilli = 0; // by earlier returns
        qint64 total = 0;         // what the customer paid for the line
        qint64 refunded = 0;      // of it, given back already
        qint64 returnableMilli() const { return soldMilli - returnedMilli; }
    };
    struct Payment {
        QString method;
        qint64 amount = 0;
        QString reference; // a gift card's code: its share goes back onto the same card
    };
    QString orderId;
    QString number;
    QString storeId;
    QList<Line> lines;
    QList<Payment> payments;
};

struct ReturnedLine {
    int line = 0; // index into ReturnableSale::lines
    qint64 qtyMilli = 0;
};

struct RecordedRefund {
    QString refundId;
    qint64 amount = 0;
    QList<ReturnableSale::Payment> payments; // back to the original tenders, in their shares
};

// Returns with the receipt: scanning the receipt's barcode (its number) finds the sale on this
// register; some or all of its lines, in part or whole, go back; the money goes back to the
// tenders it came from, in the same shares (a card part needs the terminal's refund
// reference). The refund is written in one transaction with its order.refund for the server
// (stock goes back on the shelf), the audit, and what the shift's drawer paid out.
class ReceiptReturns {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::ReceiptReturns)

public:
    ReceiptReturns(client::Outbox& outbox, domain::UuidV7Generator& ids, RegisterAudit& audit)
        : m_outbox(outbox)
        , m_ids(ids)
        , m_audit(audit) {}

    // "receipt_unknown" when no sale of this register has that number.
    domain::Result<ReturnableSale> find(const QString& receiptNumber);
    // Errors: "nothing_to_return", "invalid_quantity" (more than is left), "reason_required",
    // "reference_required" (a card part without the terminal's refund reference).
    domain::Result<RecordedRefund> refund(const ReturnableSale& sale, const QList<ReturnedLine>& lines,
                                          const QString& reason, const StaffSession& by, const QString& shiftId,
                                          const QString& cardReference, const QDateTime& at);

private:
    client::Outbox& m_outbox;
    domain::UuidV7Generator& m_ids;
    RegisterAudit& m_audit;
};

} // namespace tp::pos
