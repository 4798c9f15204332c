#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "domain/core/Result.h"
#include "models/ReplicaListModel.h"
#include "models/orders/OrderView.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice {

// What the order list is narrowed to; empty fields do not narrow.
struct OrderFilter {
    QString channel; // pos | online | external
    QString storeId;
    QString status;
    QDate from; // first day, inclusive (local time)
    QDate to;   // last day, inclusive
    // An order number (or its start), or part of the customer's e-mail address or phone number.
    QString search;
};

// The orders of every channel and store in one list, from the replica (the feed brings every
// order to the office), so it works offline: number, date, channel, store, customer, status,
// total; filtered by OrderFilter and sorted by any column. At most `pageSize` rows.
class OrderListModel : public ReplicaListModel {
    Q_OBJECT

public:
    enum Column { Number, Date, Channel, Store, Customer, Status, Total, ColumnCount };

    explicit OrderListModel(client::ReplicaDatabase& db, int pageSize = 500, QObject* parent = nullptr);

    domain::Result<void> reload() override;
    void setFilter(const OrderFilter& filter) { m_filter = filter; }
    const OrderFilter& filter() const { return m_filter; }
    QString orderId(int row) const;
    // An order's detail (listed or not), from the same replica.
    domain::Result<OrderView> load(const QString& orderId);

    // The stores orders were taken in, (id, name), for the filter.
    domain::Result<QList<std::pair<QString, QString>>> stores();

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString channelText(const QString& channel);
    static QString statusText(const QString& status);

private:
    int heldRows() const override { return int(m_rows.size()); }
    QString title(int column) const override;

    struct Row {
        QString id;
        QString number;
        QString createdAt;
        QString channel;
        QString store;
        QString customer;
        QString status;
        qint64 total = 0;
        QString currency;
    };

    client::ReplicaDatabase& m_db;
    int m_pageSize;
    OrderFilter m_filter;
    QList<Row> m_rows;
};

} // namespace tp::backoffice
