#pragma once

#include <QList>
#include <QString>

#include "domain/core/Result.h"
#include "models/ReplicaListModel.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice {

// The shop's customers from the replica, found the way customer service asks: by name, e-mail
// or phone, or through one of their orders (its number, or the e-mail or phone on it). Each row
// shows what they bought in all. Sorted by any column; at most `pageSize` rows.
class CustomerListModel : public ReplicaListModel {
    Q_OBJECT

public:
    enum Column { Name, Email, Phone, Orders, Spent, Points, ColumnCount };

    explicit CustomerListModel(client::ReplicaDatabase& db, int pageSize = 500, QObject* parent = nullptr);

    domain::Result<void> reload() override;
    void setSearch(const QString& text) { m_search = text; }
    QString customerId(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int heldRows() const override { return int(m_rows.size()); }
    QString title(int column) const override;

    struct Row {
        QString id;
        QString name;
        QString email;
        QString phone;
        int orders = 0;
        qint64 spent = 0;
        QString currency;
        qint64 points = 0;
    };

    client::ReplicaDatabase& m_db;
    int m_pageSize;
    QString m_search;
    QList<Row> m_rows;
};

} // namespace tp::backoffice
