#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include "domain/core/Result.h"
#include "models/stock/StockActions.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice {

// A count sheet: the active items of a category (and its subcategories; every item without
// one) in a store, with what the replica expects — hidden on a blind count, so the counter
// counts instead of confirming — and a column for what was counted. Only lines with a count
// typed in are sent; an empty line was not counted, which is not the same as zero.
class CountSheetModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Sku, Item, Expected, Counted, ColumnCount };

    explicit CountSheetModel(client::ReplicaDatabase& db, QObject* parent = nullptr);

    domain::Result<void> build(const QString& storeId, const QString& categoryId, bool blind);
    // (id, name) of every category, by name, for choosing a sheet.
    domain::Result<QList<std::pair<QString, QString>>> categories();
    QList<StockLine> counted() const;
    const QString& storeId() const { return m_storeId; }
    bool isBlind() const { return m_blind; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        QString sku;
        QString item;
        qint64 expected = 0;
        std::optional<qint64> counted;
    };

    client::ReplicaDatabase& m_db;
    QString m_storeId;
    bool m_blind = false;
    QList<Line> m_lines;
};

} // namespace tp::backoffice
