#include "models/orders/OrderView.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "client/replica/ReplicaDatabase.h"
#include "domain/orders/OrderChannel.h"
#include "domain/orders/OrderLifecycle.h"
#include "domain/orders/OrderStatus.h"

namespace tp::backoffice {

namespace {

qint64 integer(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toInteger();
}

QString text(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toString();
}

} // namespace

OrderView OrderView::fromJson(const QJsonObject& json) {
    OrderView order;
    order.json = json;
    order.id = text(json, "id");
    order.number = text(json, "number");
    order.channel = text(json, "channel");
    order.status = text(json, "status");
    order.storeId = text(json, "store_id");
    order.customerId = text(json, "customer_id");
    order.currency = text(json, "currency");
    order.createdAt = text(json, "created_at");
    const QJsonObject totals = json.value(QLatin1String("totals")).toObject();
    order.subtotal = integer(totals, "subtotal");
    order.discount = integer(totals, "discount");
    order.tax = integer(totals, "tax");
    order.total = integer(totals, "total");
    order.refunded = integer(json, "refunded_amount");
    for (const QJsonValue& flag : json.value(QLatin1String("flags")).toArray())
        order.flags << flag.toString();
    // An online order may carry its buyer's contact itself.
    const QJsonObject buyer = json.value(QLatin1String("customer")).toObject();
    order.customerEmail = text(json, "email").isEmpty() ? text(buyer, "email") : text(json, "email");
    order.customerPhone = text(json, "phone").isEmpty() ? text(buyer, "phone") : text(json, "phone");
    order.customerName = text(buyer, "name");
    for (const QJsonValue& value : json.value(QLatin1String("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        order.lines << OrderLineView{text(line, "sku"),           text(line, "name"),        integer(line, "qty_milli"),
                                     integer(line, "unit_price"), integer(line, "discount"), integer(line, "total")};
    }
    for (const QJsonValue& value : json.value(QLatin1String("payments")).toArray()) {
        const QJsonObject payment = value.toObject();
        order.payments << OrderPaymentView{text(payment, "method"), integer(payment, "amount"),
                                           text(payment, "reference")};
    }
    for (const QJsonValue& value : json.value(QLatin1String("history")).toArray()) {
        const QJsonObject event = value.toObject();
        const QJsonObject data = event.value(QLatin1String("data")).toObject();
        qint64 refundedAmount = 0;
        for (const QJsonValue& payment : data.value(QLatin1String("payments")).toArray())
            refundedAmount += integer(payment.toObject(), "amount");
        order.history << OrderEventView{text(event, "kind"),  text(event, "status"),
                                        text(event, "actor"), text(event, "at"),
                                        text(data, "text"),   text(data, "tracking"),
                                        refundedAmount,       event.value(QLatin1String("pending")).toBool()};
    }
    return order;
}

domain::Result<OrderView> OrderView::load(client::ReplicaDatabase& db, const QString& orderId) {
    auto rows = db.select(
        QStringLiteral("SELECT o.data, json_extract(s.data, '$.name'), c.data FROM entities o LEFT JOIN entities s ON "
                       "s.entity = 'store' AND s.id = json_extract(o.data, '$.store_id') LEFT JOIN entities c ON "
                       "c.entity = 'customer' AND c.id = json_extract(o.data, '$.customer_id') WHERE o.entity = "
                       "'order' AND o.id = ?"),
        {orderId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return domain::makeError("not_found", tr("This order is not here (yet).").toStdString());
    const client::SqlRow& row = rows->first();
    OrderView order = fromJson(QJsonDocument::fromJson(row.at(0).toByteArray()).object());
    order.storeName = row.at(1).toString().isEmpty() ? order.storeId : row.at(1).toString();
    if (!row.at(2).isNull()) {
        const QJsonObject customer = QJsonDocument::fromJson(row.at(2).toByteArray()).object();
        order.customerName = text(customer, "name");
        order.customerEmail = text(customer, "email");
        order.customerPhone = text(customer, "phone");
    }
    return order;
}

QStringList OrderView::nextStatuses() const {
    auto channelValue = domain::orderChannelFromString(channel.toStdString());
    auto statusValue = domain::orderStatusFromString(status.toStdString());
    if (!channelValue || !statusValue)
        return {};
    QStringList next;
    for (domain::OrderStatus to : domain::OrderLifecycle::allowedNext(*channelValue, *statusValue))
        if (to != domain::OrderStatus::Refunded && to != domain::OrderStatus::PartiallyRefunded)
            next << QString::fromLatin1(domain::toString(to).data(), qsizetype(domain::toString(to).size()));
    return next;
}

} // namespace tp::backoffice
