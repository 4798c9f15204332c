#pragma once

#include <QList>
#include <QString>

#include "domain/core/Result.h"
#include "models/ReplicaListModel.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice {

// The catalog as the backoffice lists it, from its replica (so it works offline): a row per
// product — sku, name, price, status, how many variants — narrowed to what was typed (name
// or sku containing it, case aside) and sorted by any column. At most `pageSize` rows are
// held: a shop of a million products is searched, not scrolled.
class ProductListModel : public ReplicaListModel {
    Q_OBJECT

public:
    enum Column { Sku, Name, Price, Status, Variants, ColumnCount };

    explicit ProductListModel(client::ReplicaDatabase& db, int pageSize = 500, QObject* parent = nullptr);

    // Re-reads the replica (after a sync, after an edit) with the filter and order as set.
    domain::Result<void> reload() override;
    void setFilter(const QString& text);
    QString productId(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int heldRows() const override { return int(m_rows.size()); }
    QString title(int column) const override;

    struct Row {
        QString id;
        QString sku;
        QString name;
        qint64 priceAmount = 0;
        QString priceCurrency;
        QString status;
        int variants = 0;
    };

    client::ReplicaDatabase& m_db;
    int m_pageSize;
    QString m_filter;
    QList<Row> m_rows;
};

} // namespace tp::backoffice
