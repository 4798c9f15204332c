#include "models/dashboard/DashboardFigures.h"

#include <QDateTime>
#include <QHash>

#include "client/replica/ReplicaDatabase.h"
#include "models/orders/OrderListModel.h"

namespace tp::backoffice {

namespace {

QString utcStart(const QDate& day) {
    return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

// The orders of the range that count, as a subquery: not cancelled, in the currency.
const char* const kCounted =
    "FROM entities o WHERE o.entity = 'order' AND json_extract(o.data, '$.created_at') >= ? AND "
    "json_extract(o.data, '$.created_at') < ? AND json_extract(o.data, '$.status') <> 'cancelled' AND "
    "json_extract(o.data, '$.currency') = ?";

// Net revenue of an order: its total less what was refunded.
const char* const kNet =
    "coalesce(json_extract(o.data, '$.totals.total'), 0) - coalesce(json_extract(o.data, '$.refunded_amount'), 0)";

} // namespace

domain::Result<DashboardFigures> DashboardFigures::compute(client::ReplicaDatabase& db, const QDate& from,
                                                           const QDate& to, const QString& currency) {
    DashboardFigures figures;
    figures.currency = currency;
    figures.from = from;
    figures.to = to;
    const QVariantList range{utcStart(from), utcStart(to.addDays(1)), currency};

    // Per day, in local time: the day boundaries are local midnights, so each order is put in
    // the day whose UTC range holds it.
    QHash<QDate, DayFigure> perDay;
    auto days = db.select(QStringLiteral("SELECT json_extract(o.data, '$.created_at'), %1 %2")
                              .arg(QLatin1String(kNet), QLatin1String(kCounted)),
                          range);
    if (!days)
        return days.error();
    for (const client::SqlRow& row : *days) {
        const QDate day = QDateTime::fromString(row.at(0).toString(), Qt::ISODateWithMs).toLocalTime().date();
        DayFigure& figure = perDay[day];
        figure.revenue += row.at(1).toLongLong();
        figure.orders += 1;
    }
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        DayFigure figure = perDay.value(day);
        figure.day = day;
        figures.days << figure;
        figures.revenue += figure.revenue;
        figures.orders += figure.orders;
    }
    figures.averageOrder = figures.orders > 0 ? figures.revenue / figures.orders : 0;

    auto products = db.select(
        QStringLiteral(
            "SELECT json_extract(l.value, '$.sku') AS line_sku, coalesce(max(json_extract(l.value, '$.name')), "
            "max(v.name), json_extract(l.value, '$.sku')), sum(json_extract(l.value, '$.total')), "
            "count(DISTINCT o.id), sum(json_extract(l.value, '$.qty_milli')) FROM entities o, "
            "json_each(o.data, '$.lines') l LEFT JOIN variants v ON v.sku = json_extract(l.value, '$.sku') "
            "WHERE o.entity = 'order' AND json_extract(o.data, '$.created_at') >= ? AND "
            "json_extract(o.data, '$.created_at') < ? AND json_extract(o.data, '$.status') <> 'cancelled' "
            "AND json_extract(o.data, '$.currency') = ? GROUP BY line_sku ORDER BY 3 DESC, line_sku LIMIT 10"),
        range);
    if (!products)
        return products.error();
    for (const client::SqlRow& row : *products)
        figures.topProducts << SalesShare{row.at(0).toString(), row.at(1).toString(), row.at(2).toLongLong(),
                                          row.at(3).toInt(), row.at(4).toLongLong()};

    auto channels = db.select(QStringLiteral("SELECT json_extract(o.data, '$.channel') AS channel, sum(%1), count(*) "
                                             "%2 GROUP BY channel ORDER BY 2 DESC, channel")
                                  .arg(QLatin1String(kNet), QLatin1String(kCounted)),
                              range);
    if (!channels)
        return channels.error();
    for (const client::SqlRow& row : *channels)
        figures.byChannel << SalesShare{row.at(0).toString(), OrderListModel::channelText(row.at(0).toString()),
                                        row.at(1).toLongLong(), row.at(2).toInt(), 0};

    auto stores = db.select(
        QStringLiteral("SELECT json_extract(o.data, '$.store_id') AS store, coalesce((SELECT json_extract(s.data, "
                       "'$.name') FROM entities s WHERE s.entity = 'store' AND s.id = json_extract(o.data, "
                       "'$.store_id')), json_extract(o.data, '$.store_id')), sum(%1), count(*) %2 GROUP BY store "
                       "ORDER BY 3 DESC, store")
            .arg(QLatin1String(kNet), QLatin1String(kCounted)),
        range);
    if (!stores)
        return stores.error();
    for (const client::SqlRow& row : *stores)
        figures.byStore << SalesShare{row.at(0).toString(), row.at(1).toString(), row.at(2).toLongLong(),
                                      row.at(3).toInt(), 0};

    auto others = db.select(QStringLiteral("SELECT count(*) FROM entities o WHERE o.entity = 'order' AND "
                                           "json_extract(o.data, '$.created_at') >= ? AND json_extract(o.data, "
                                           "'$.created_at') < ? AND json_extract(o.data, '$.status') <> 'cancelled' "
                                           "AND json_extract(o.data, '$.currency') <> ?"),
                            range);
    if (!others)
        return others.error();
    figures.otherCurrencyOrders = others->first().at(0).toInt();

    auto low = db.select(QStringLiteral(
        "SELECT sl.sku, coalesce(v.name, sl.sku), coalesce((SELECT json_extract(s.data, '$.name') FROM entities s "
        "WHERE s.entity = 'store' AND s.id = sl.store_id), sl.store_id, ''), sl.available, "
        "coalesce(sl.low_stock_threshold, 0) FROM stock_levels sl LEFT JOIN variants v ON v.id = sl.variant_id "
        "WHERE sl.low_stock = 1 ORDER BY sl.available, sl.sku LIMIT 50"));
    if (!low)
        return low.error();
    for (const client::SqlRow& row : *low)
        figures.lowStock << LowStockLine{row.at(0).toString(), row.at(1).toString(), row.at(2).toString(),
                                         row.at(3).toLongLong(), row.at(4).toLongLong()};
    return figures;
}

} // namespace tp::backoffice
