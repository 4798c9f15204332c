#include "models/orders/OrderActions.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "domain/core/Rounding.h"
#include "domain/ids/UuidV7Generator.h"

namespace tp::backoffice {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

qint64 OrderActions::lineShare(const OrderLineView& line, qint64 qtyMilli) {
    if (line.qtyMilli <= 0)
        return 0;
    return domain::divideRounded(domain::Int128(line.total) * qtyMilli, line.qtyMilli, domain::RoundingMode::HalfUp);
}

domain::Result<void> OrderActions::record(const OrderView& order, const QString& type, const QJsonObject& data,
                                          const QJsonObject& event, const QString& status, qint64 refunded) {
    QJsonObject copy = order.json;
    QJsonArray history = copy.value(QLatin1String("history")).toArray();
    history.append(event);
    copy.insert(QStringLiteral("history"), history);
    copy.insert(QStringLiteral("status"), status);
    copy.insert(QStringLiteral("refunded_amount"), refunded);
    auto written = m_outbox.write([&](client::LocalWrite& write) {
        write.enqueue(type, data);
        // The feed's copy (a higher seq) replaces this one.
        write.exec(QStringLiteral("UPDATE entities SET data = ? WHERE entity = 'order' AND id = ?"),
                   {QString::fromUtf8(QJsonDocument(copy).toJson(QJsonDocument::Compact)), order.id});
    });
    if (!written)
        return written.error();
    return {};
}

domain::Result<void> OrderActions::changeStatus(const OrderView& order, const QString& status,
                                                const QString& tracking) {
    if (!order.nextStatuses().contains(status))
        return refusal("invalid_status",
                       tr("Order %1 cannot go from \"%2\" to \"%3\".").arg(order.number, order.status, status));
    if (tracking.size() > 200)
        return refusal("invalid_tracking", tr("A tracking number is at most 200 characters long."));
    QJsonObject data{{"order_id", order.id}, {"status", status}};
    if (!tracking.trimmed().isEmpty())
        data.insert(QStringLiteral("tracking"), tracking.trimmed());
    const QJsonObject event{{"id", QString::fromStdString(m_ids.next().toString())},
                            {"kind", "status"},
                            {"status", status},
                            {"data", data},
                            {"actor", tr("this office")},
                            {"at", now()},
                            {"pending", true}};
    return record(order, QStringLiteral("order.status"), data, event, status, order.refunded);
}

domain::Result<void> OrderActions::addNote(const OrderView& order, const QString& text) {
    const QString note = text.trimmed();
    if (note.isEmpty() || note.toUtf8().size() > 4000)
        return refusal("invalid_note", tr("A note needs some text, at most 4000 characters."));
    const QJsonObject data{{"order_id", order.id}, {"text", note}};
    const QJsonObject event{{"id", QString::fromStdString(m_ids.next().toString())},
                            {"kind", "note"},
                            {"data", data},
                            {"actor", tr("this office")},
                            {"at", now()},
                            {"pending", true}};
    return record(order, QStringLiteral("note.add"), data, event, order.status, order.refunded);
}

domain::Result<qint64> OrderActions::refund(const OrderView& order, const QList<RefundLine>& lines,
                                            const QString& method, const QString& reason, bool restock) {
    QJsonArray refundLines;
    qint64 amount = 0;
    for (const RefundLine& wanted : lines) {
        if (wanted.qtyMilli == 0)
            continue;
        if (wanted.line < 0 || wanted.line >= order.lines.size() || wanted.qtyMilli < 0 ||
            wanted.qtyMilli > order.lines.at(wanted.line).qtyMilli)
            return refusal("invalid_quantity", tr("A line can give back at most what was sold."));
        const OrderLineView& line = order.lines.at(wanted.line);
        const qint64 share = lineShare(line, wanted.qtyMilli);
        amount += share;
        refundLines.append(QJsonObject{{"sku", line.sku}, {"qty_milli", wanted.qtyMilli}, {"amount", share}});
    }
    if (amount <= 0)
        return refusal("nothing_to_refund", tr("Choose what comes back."));
    if (amount > order.refundable())
        return refusal("too_much", tr("Only %1 of this order is left to refund.").arg(order.refundable()));
    bool paidThatWay = false;
    for (const OrderPaymentView& payment : order.payments)
        paidThatWay = paidThatWay || payment.method == method;
    const bool credit = method == QLatin1String("store_credit") && !order.customerId.isEmpty();
    if (!(paidThatWay && (method == QLatin1String("cash") || method == QLatin1String("card"))) && !credit)
        return refusal("invalid_method",
                       tr("Money goes back the way it was paid (cash or card), or onto the customer's store credit."));
    const QString refundId = QString::fromStdString(m_ids.next().toString());
    QJsonObject payment{{"method", method}, {"amount", amount}};
    if (credit)
        payment.insert(QStringLiteral("reference"), order.customerId);
    QJsonObject data{{"order_id", order.id}, {"refund_id", refundId},
                     {"lines", refundLines}, {"payments", QJsonArray{payment}},
                     {"restock", restock},   {"created_at", now()}};
    if (!reason.trimmed().isEmpty())
        data.insert(QStringLiteral("reason"), reason.trimmed());
    const qint64 refunded = order.refunded + amount;
    const QString status = refunded >= order.total ? QStringLiteral("refunded") : QStringLiteral("partially_refunded");
    const QJsonObject event{{"id", refundId}, {"kind", "refund"},           {"status", status},
                            {"data", data},   {"actor", tr("this office")}, {"at", now()},
                            {"pending", true}};
    if (auto recorded = record(order, QStringLiteral("order.refund"), data, event, status, refunded); !recorded)
        return recorded.error();
    return amount;
}

} // namespace tp::backoffice
