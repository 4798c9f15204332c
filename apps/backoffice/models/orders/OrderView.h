#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/core/Result.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice {

struct OrderLineView {
    QString sku;
    QString name;
    qint64 qtyMilli = 0;
    qint64 unitPrice = 0;
    qint64 discount = 0;
    qint64 total = 0;
};

struct OrderPaymentView {
    QString method; // cash | card | gift_card | store_credit
    qint64 amount = 0;
    QString reference;
};

// One entry of an order's history: created, a status change (with tracking), a refund, a note.
struct OrderEventView {
    QString kind; // created | status | refund | note
    QString status;
    QString actor;
    QString at;           // RFC 3339, as the server wrote it
    QString text;         // a note's
    QString tracking;     // a status change's
    qint64 amount = 0;    // a refund's
    bool pending = false; // made here, not yet confirmed by the server
};

// An order of any channel as the replica has it (feed entity "order"), with its store's and
// customer's names, for the order detail.
struct OrderView {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::OrderView)

public:
    QString id;
    QString number;
    QString channel; // pos | online | external
    QString status;
    QString storeId;
    QString storeName;
    QString customerId;
    QString customerName;
    QString customerEmail;
    QString customerPhone;
    QString currency;
    QString createdAt;
    qint64 subtotal = 0;
    qint64 discount = 0;
    qint64 tax = 0;
    qint64 total = 0;
    qint64 refunded = 0;
    QStringList flags;
    QList<OrderLineView> lines;
    QList<OrderPaymentView> payments;
    QList<OrderEventView> history;
    QJsonObject json; // the entity as stored

    static domain::Result<OrderView> load(client::ReplicaDatabase& db, const QString& orderId);
    static OrderView fromJson(const QJsonObject& json);

    // The statuses this order may move to by hand (refunds are refunds, not a status).
    QStringList nextStatuses() const;
    qint64 refundable() const { return total - refunded; }
};

} // namespace tp::backoffice
