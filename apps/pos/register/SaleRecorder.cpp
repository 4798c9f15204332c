#include "register/SaleRecorder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "ReceiptDataJson.h"
#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "domain/ids/UuidV7Generator.h"
#include "register/CouponBook.h"
#include "register/ReceiptFacts.h"
#include "register/RegisterAudit.h"
#include "register/Sale.h"

namespace tp::pos {

namespace {

QString jsonText(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void auditVoidedLines(client::LocalWrite& write, const Sale& sale, const QDateTime& at, const QVariant& orderId) {
    for (const Sale::VoidedLine& voided : sale.voidedLines()) {
        QJsonObject detail = Sale::lineJson(voided.line);
        detail.insert("reason", voided.reason);
        RegisterAudit::appendTo(write, QStringLiteral("line_voided"), detail, at, orderId);
    }
}

} // namespace

const char* const kForgetOpenSale = "DELETE FROM sync_state WHERE key = 'open_sale'";

domain::Result<RecordedSale> SaleRecorder::record(const Sale& sale, const QDateTime& at, const QString& shiftId,
                                                  const QString& cashier) {
    if (!sale.isSettled())
        return domain::makeError("sale_not_settled", tr("The sale is not paid in full yet.").toStdString());
    // The next receipt number. Read before the write; local_orders.sequence is UNIQUE, so a
    // second write racing for the same number fails whole instead of printing it twice.
    auto highest = m_outbox.database().select(QStringLiteral("SELECT coalesce(max(sequence), 0) FROM local_orders"));
    if (!highest)
        return highest.error();
    const qint64 sequence = highest->first().value(0).toLongLong() + 1;
    RecordedSale recorded;
    recorded.orderId = QString::fromStdString(m_ids.next().toString());
    recorded.number = QStringLiteral("%1-%2").arg(m_numberPrefix).arg(sequence, 6, 10, QLatin1Char('0'));
    auto orderData = sale.orderData(recorded.orderId, recorded.number, m_registerId, at);
    if (!orderData)
        return orderData.error();
    QJsonObject order = orderData.value();
    if (!shiftId.isEmpty())
        order.insert(QStringLiteral("shift_id"), shiftId);
    const QString when = at.toUTC().toString(Qt::ISODateWithMs);
    auto priced = sale.priced();
    if (!priced)
        return priced.error();
    const QString receipt =
        jsonText(devices::receiptToJson(ReceiptFacts::of(sale, *priced, recorded.number, cashier, at)));

    auto written = m_outbox.write([&](client::LocalWrite& write) {
        write.exec(QStringLiteral("INSERT INTO local_orders(id, sequence, number, created_at, total, currency, data, "
                                  "shift_id, receipt) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {recorded.orderId, sequence, recorded.number, when,
                    order.value(QLatin1String("totals")).toObject().value(QLatin1String("total")).toInteger(),
                    order.value(QLatin1String("currency")).toString(), jsonText(order),
                    shiftId.isEmpty() ? QVariant() : QVariant(shiftId), receipt});
        // What the register shows as on hand follows its own sales at once; the server's
        // level replaces it when the feed brings one that counts this sale.
        for (const Sale::Line& line : sale.lines())
            write.exec(QStringLiteral("UPDATE stock_levels SET on_hand = on_hand - ?, available = available - ? "
                                      "WHERE store_id = ? AND variant_id = ?"),
                       {line.qtyMilli, line.qtyMilli, sale.store().storeId, line.item.variantId});
        auditVoidedLines(write, sale, at, recorded.orderId);
        // A coupon counts as used from this moment on this till, offline too.
        if (order.contains(QLatin1String("coupon")))
            CouponBook::recordUse(write, recorded.orderId, sale.coupon()->id, sale.customerId());
        recorded.mutationId = write.enqueue(QStringLiteral("order.create"), order);
        // The till's kept open sale is this sale: gone in the same transaction, so a restart can
        // never bring back a sale that was recorded already.
        write.exec(QString::fromLatin1(kForgetOpenSale));
    });
    if (!written)
        return written.error();
    return recorded;
}

domain::Result<void> SaleRecorder::recordVoided(const Sale& sale, const QString& reason, const QDateTime& at) {
    if (reason.trimmed().isEmpty())
        return domain::makeError("reason_required", tr("Say why the sale is voided.").toStdString());
    if (!sale.tenders().isEmpty())
        return domain::makeError(
            "tender_in_progress",
            tr("Payments were taken; remove or refund them before voiding the sale.").toStdString());
    if (sale.isEmpty() && sale.voidedLines().isEmpty())
        return domain::makeError("sale_empty", tr("Nothing has been rung up to void.").toStdString());
    QJsonArray lines;
    for (const Sale::Line& line : sale.lines())
        lines.append(Sale::lineJson(line));
    auto priced = sale.priced();
    auto written = m_outbox.database().transaction([&]() -> domain::Result<void> {
        client::LocalWrite write(m_outbox.database(), m_ids);
        auditVoidedLines(write, sale, at, QVariant());
        write.exec(QString::fromLatin1(kForgetOpenSale));
        RegisterAudit::appendTo(write, QStringLiteral("ticket_voided"),
                                QJsonObject{{"reason", reason.trimmed()},
                                            {"lines", lines},
                                            {"total", priced ? qint64(priced->totals.total) : qint64(0)}},
                                at);
        if (write.error())
            return *write.error();
        return {};
    });
    return written;
}

} // namespace tp::pos
