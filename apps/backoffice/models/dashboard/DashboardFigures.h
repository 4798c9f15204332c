#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "domain/core/Result.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice {

struct DayFigure {
    QDate day;
    qint64 revenue = 0; // minor units
    int orders = 0;
};

// A named share of the sales: a product, a channel, a store.
struct SalesShare {
    QString key;  // sku, channel or store id
    QString name; // what people read
    qint64 revenue = 0;
    int orders = 0;
    qint64 qtyMilli = 0; // products only
};

struct LowStockLine {
    QString sku;
    QString name;
    QString store;
    qint64 availableMilli = 0;
    qint64 thresholdMilli = 0;
};

// The shop's figures for a range of days, from the replica (so the dashboard works offline):
// revenue net of refunds and the number of orders per day (every day of the range, quiet
// ones as zero), the best-selling products, the sales by channel and by store, and what is
// low in stock now. Cancelled orders count for nothing; orders in another currency than
// `currency` cannot be added up with the rest and are only counted aside.
struct DashboardFigures {
    QString currency;
    QDate from;
    QDate to;
    QList<DayFigure> days;
    qint64 revenue = 0;
    int orders = 0;
    qint64 averageOrder = 0;
    QList<SalesShare> topProducts; // by revenue, at most 10
    QList<SalesShare> byChannel;   // by revenue
    QList<SalesShare> byStore;     // by revenue
    QList<LowStockLine> lowStock;  // least available first, at most 50
    int otherCurrencyOrders = 0;

    // Days are the local calendar's; `to` is included.
    static domain::Result<DashboardFigures> compute(client::ReplicaDatabase& db, const QDate& from, const QDate& to,
                                                    const QString& currency);
};

} // namespace tp::backoffice
