#pragma once

#include <QList>
#include <QString>

#include "domain/core/Result.h"
#include "models/ReplicaListModel.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice {

// Stock per item and store from the replica: on hand, available, the low-stock threshold;
// narrowed to a store, to what is low, and to a SKU or name; sorted by any column. Qt::UserRole
// gives numbers as numbers.
class StockLevelModel : public ReplicaListModel {
    Q_OBJECT

public:
    enum Column { Sku, Item, Store, OnHand, Available, Threshold, ColumnCount };

    explicit StockLevelModel(client::ReplicaDatabase& db, int pageSize = 1000, QObject* parent = nullptr);

    domain::Result<void> reload() override;
    void setStore(const QString& storeId) { m_storeId = storeId; }
    void setLowOnly(bool lowOnly) { m_lowOnly = lowOnly; }
    void setSearch(const QString& text) { m_search = text; }
    bool isLow(int row) const;
    QString skuAt(int row) const;
    QString storeIdAt(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString quantityText(qint64 milli);

private:
    int heldRows() const override { return int(m_rows.size()); }
    QString title(int column) const override;

    struct Row {
        QString sku;
        QString item;
        QString store;
        QString storeId;
        qint64 onHand = 0;
        qint64 available = 0;
        std::optional<qint64> threshold;
        bool low = false;
    };

    client::ReplicaDatabase& m_db;
    int m_pageSize;
    QString m_storeId;
    bool m_lowOnly = false;
    QString m_search;
    QList<Row> m_rows;
};

} // namespace tp::backoffice
