#include "register/ReceiptReturns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <vector>

#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "domain/ids/UuidV7Generator.h"
#include "domain/money/Allocation.h"
#include "register/RegisterAudit.h"

namespace tp::pos {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

QJsonObject parse(const QVariant& text) {
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString jsonText(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

namespace {

// Counts a refund's lines against the sale: by the line's index where the refund names it (a
// register's refunds do), else by sku, on the first line with that sku left to return.
void countRefund(ReturnableSale& sale, const QJsonObject& refund) {
    for (const QJsonValue& value : refund.value(QLatin1String("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        qint64 qty = line.value(QLatin1String("qty_milli")).toInteger();
        const qint64 amount = line.value(QLatin1String("amount")).toInteger();
        int index = line.value(QLatin1String("line")).toInt(-1);
        if (index < 0 || index >= sale.lines.size()) {
            const QString sku = line.value(QLatin1String("sku")).toString();
            index = -1;
            for (int i = 0; i < sale.lines.size() && index < 0; ++i)
                if (sale.lines[i].sku == sku && sale.lines[i].returnableMilli() > 0)
                    index = i;
        }
        if (index < 0)
            continue;
        qty = std::min(qty, sale.lines[index].returnableMilli());
        sale.lines[index].returnedMilli += qty;
        sale.lines[index].refunded += amount;
    }
}

} // namespace

domain::Result<ReturnableSale> ReceiptReturns::find(const QString& receiptNumber) {
    client::ReplicaDatabase& db = m_outbox.database();
    const QString number = receiptNumber.trimmed();
    // This register's own sales first; then any till's of this store, which the change feed
    // brings (entity "order", with the refunds made so far in its history).
    auto rows = db.select(QStringLiteral("SELECT id, data FROM local_orders WHERE number = ?"), {number});
    if (!rows)
        return rows.error();
    const bool ownSale = !rows->isEmpty();
    if (!ownSale) {
        rows = db.select(QStringLiteral("SELECT id, data FROM entities WHERE entity = 'order' AND "
                                        "json_extract(data, '$.number') = ?"),
                         {number});
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            return refusal("receipt_unknown", tr("No sale numbered %1 is known here (other tills' sales arrive with "
                                                 "the sync); a return without it needs a manager.")
                                                  .arg(number));
    }
    ReturnableSale sale;
    sale.orderId = rows->first().value(0).toString();
    sale.number = number;
    const QJsonObject order = parse(rows->first().value(1));
    sale.storeId = order.value(QLatin1String("store_id")).toString();
    for (const QJsonValue& value : order.value(QLatin1String("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        sale.lines << ReturnableSale::Line{line.value(QLatin1String("sku")).toString(),
                                           line.value(QLatin1String("variant_id")).toString(),
                                           line.value(QLatin1String("name")).toString(),
                                           line.value(QLatin1String("qty_milli")).toInteger(),
                                           0,
                                           line.value(QLatin1String("total")).toInteger(),
                                           0};
    }
    for (const QJsonValue& value : order.value(QLatin1String("payments")).toArray()) {
        const QJsonObject payment = value.toObject();
        sale.payments << ReturnableSale::Payment{payment.value(QLatin1String("method")).toString(),
                                                 payment.value(QLatin1String("amount")).toInteger(),
                                                 payment.value(QLatin1String("reference")).toString()};
    }
    // Refunds made here, then those the server reports that are not among them (other tills',
    // the office's): each counted once.
    auto refunds = db.select(QStringLiteral("SELECT id, data FROM local_refunds WHERE order_id = ?"), {sale.orderId});
    if (!refunds)
        return refunds.error();
    QSet<QString> counted;
    for (const client::SqlRow& row : *refunds) {
        counted.insert(row.at(0).toString());
        countRefund(sale, parse(row.at(1)));
    }
    // The server's copy of the order has its refund history: read above for another till's
    // sale, looked up here for this till's own.
    QJsonObject reported = order;
    if (ownSale) {
        auto copy =
            db.select(QStringLiteral("SELECT data FROM entities WHERE entity = 'order' AND id = ?"), {sale.orderId});
        if (!copy)
            return copy.error();
        reported = copy->isEmpty() ? QJsonObject() : parse(copy->first().at(0));
    }
    for (const QJsonValue& value : reported.value(QLatin1String("history")).toArray()) {
        const QJsonObject event = value.toObject();
        const QJsonObject data = event.value(QLatin1String("data")).toObject();
        if (event.value(QLatin1String("kind")).toString() != QLatin1String("refund") ||
            counted.contains(data.value(QLatin1String("refund_id")).toString()))
            continue;
        countRefund(sale, data);
    }
    return sale;
}

domain::Result<RecordedRefund> ReceiptReturns::refund(const ReturnableSale& sale, const QList<ReturnedLine>& lines,
                                                      const QString& reason, const StaffSession& by,
                                                      const QString& shiftId, const QString& cardReference,
                                                      const QDateTime& at) {
    if (lines.isEmpty())
        return refusal("nothing_to_return", tr("Pick the lines that come back."));
    if (reason.trimmed().isEmpty())
        return refusal("reason_required", tr("Say why the items come back."));
    RecordedRefund recorded;
    recorded.refundId = QString::fromStdString(m_ids.next().toString());
    QJsonArray refundLines;
    for (const ReturnedLine& returned : lines) {
        if (returned.line < 0 || returned.line >= sale.lines.size())
            return refusal("invalid_quantity",
                           tr("There is no line %1 on receipt %2.").arg(returned.line + 1).arg(sale.number));
        const ReturnableSale::Line& line = sale.lines.at(returned.line);
        if (returned.qtyMilli <= 0 || returned.qtyMilli > line.returnableMilli())
            return refusal("invalid_quantity",
                           tr("Of %1 only %2 can come back.")
                               .arg(line.name, QLocale().toString(double(line.returnableMilli()) / 1000.0)));
        // The rest of a line gives back the rest of its money, so shares never drift by a cent.
        const qint64 left = line.total - line.refunded;
        const qint64 amount =
            returned.qtyMilli == line.returnableMilli()
                ? left
                : std::min(left, (line.total * returned.qtyMilli + line.soldMilli / 2) / line.soldMilli);
        recorded.amount += amount;
        refundLines.append(QJsonObject{
            {"line", returned.line}, {"sku", line.sku}, {"qty_milli", returned.qtyMilli}, {"amount", amount}});
    }
    // Back to the tenders it came from, in their shares.
    std::vector<std::int64_t> weights;
    for (const ReturnableSale::Payment& payment : sale.payments)
        weights.push_back(payment.amount);
    auto shares = domain::allocateLargestRemainder(recorded.amount, weights);
    if (!shares)
        return shares.error();
    QJsonArray payments;
    for (std::size_t i = 0; i < shares->size(); ++i) {
        if ((*shares)[i] == 0)
            continue;
        const QString method = sale.payments.at(qsizetype(i)).method;
        QJsonObject payment{{"method", method}, {"amount", qint64((*shares)[i])}};
        if (method == QLatin1String("card")) {
            if (cardReference.trimmed().isEmpty())
                return refusal("reference_required", tr("Part of the money goes back to the card: refund it on the "
                                                        "terminal and enter the terminal's reference."));
            payment.insert(QStringLiteral("reference"), cardReference.trimmed());
        }
        const QString original = sale.payments.at(qsizetype(i)).reference;
        if (method == QLatin1String("gift_card"))
            payment.insert(QStringLiteral("reference"), original);
        payments.append(payment);
        recorded.payments << ReturnableSale::Payment{method, qint64((*shares)[i]),
                                                     payment.value(QLatin1String("reference")).toString()};
    }
    const QString when = at.toUTC().toString(Qt::ISODateWithMs);
    // refund_id: the server keeps it in the order's history, so this register (and others) can
    // tell this refund from the ones it has not heard of.
    const QJsonObject data{{"order_id", sale.orderId}, {"refund_id", recorded.refundId},
                           {"created_at", when},       {"reason", reason.trimmed()},
                           {"restock", true},          {"lines", refundLines},
                           {"payments", payments}};
    auto written = m_outbox.write([&](client::LocalWrite& write) {
        write.exec(QStringLiteral("INSERT INTO local_refunds(id, order_id, shift_id, created_at, amount, data) "
                                  "VALUES(?, ?, ?, ?, ?, ?)"),
                   {recorded.refundId, sale.orderId, shiftId.isEmpty() ? QVariant() : QVariant(shiftId), when,
                    recorded.amount, jsonText(data)});
        RegisterAudit::appendTo(write, QStringLiteral("refund"),
                                QJsonObject{{"by", RegisterAudit::person(by)},
                                            {"receipt", sale.number},
                                            {"amount", recorded.amount},
                                            {"reason", reason.trimmed()},
                                            {"lines", refundLines}},
                                at, sale.orderId);
        // What the register shows on hand follows at once (the server restocks too).
        for (const ReturnedLine& returned : lines)
            write.exec(QStringLiteral("UPDATE stock_levels SET on_hand = on_hand + ?, available = available + ? "
                                      "WHERE store_id = ? AND variant_id = ?"),
                       {returned.qtyMilli, returned.qtyMilli, sale.storeId, sale.lines.at(returned.line).variantId});
        write.enqueue(QStringLiteral("order.refund"), data);
    });
    if (!written)
        return written.error();
    return recorded;
}

} // namespace tp::pos
