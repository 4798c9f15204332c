#pragma once

#include <QJsonObject>
#include <QList>
#include <QtGlobal>

namespace tp::pos {

// What a shift took, from the sales rung in it and the cash moved in and out: the figures of
// the X report (at any time) and the Z report (at the close). Amounts in minor units.
struct ShiftTotals {
    int sales = 0;
    qint64 total = 0;     // what the sales came to (returns in exchanges net)
    qint64 discounts = 0; // given on them
    qint64 tax = 0;
    qint64 cash = 0;  // paid in cash (net of change)
    qint64 card = 0;  // paid by card
    qint64 other = 0; // gift cards, store credit
    int refunds = 0;
    qint64 refundCash = 0; // paid back out of the drawer
    qint64 refundCard = 0;
    qint64 refundOther = 0;
    qint64 openingFloat = 0;
    qint64 cashIn = 0;
    qint64 cashOut = 0;

    // What the drawer should hold.
    qint64 expectedCash() const { return openingFloat + cash + cashIn - cashOut - refundCash; }

    // Adds one sale as SaleRecorder wrote it (API.md's order.create data).
    void addOrder(const QJsonObject& order);
    // Adds one return as ReceiptReturns wrote it (order.refund data).
    void addRefund(const QJsonObject& refund);
    QJsonObject toJson() const;
};

} // namespace tp::pos
