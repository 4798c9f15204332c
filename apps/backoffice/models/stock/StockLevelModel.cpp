#include "models/stock/StockLevelModel.h"

#include <QLocale>

#include "client/replica/ReplicaDatabase.h"
#include "models/SqlText.h"

namespace tp::backoffice {

namespace {

const char* const kSortKeys[] = {"sl.sku", "item", "store", "sl.on_hand", "sl.available", "sl.low_stock_threshold"};

} // namespace

StockLevelModel::StockLevelModel(client::ReplicaDatabase& db, int pageSize, QObject* parent)
    : ReplicaListModel(ColumnCount, Item, Qt::AscendingOrder, parent)
    , m_db(db)
    , m_pageSize(pageSize) {}

QString StockLevelModel::quantityText(qint64 milli) {
    return QLocale().toString(double(milli) / 1000.0, 'g', 12);
}

domain::Result<void> StockLevelModel::reload() {
    QString sql = QStringLiteral(
        "SELECT sl.sku, coalesce(v.name, sl.sku) AS item, coalesce((SELECT json_extract(s.data, '$.name') FROM "
        "entities s WHERE s.entity = 'store' AND s.id = sl.store_id), sl.store_id, '') AS store, sl.on_hand, "
        "sl.available, sl.low_stock_threshold, sl.low_stock, sl.store_id FROM stock_levels sl LEFT JOIN variants v ON "
        "v.id = "
        "sl.variant_id WHERE 1 = 1");
    QVariantList values;
    if (!m_storeId.isEmpty()) {
        sql += QStringLiteral(" AND sl.store_id = ?");
        values << m_storeId;
    }
    if (m_lowOnly)
        sql += QStringLiteral(" AND sl.low_stock = 1");
    if (!m_search.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND (sl.sku LIKE ? ESCAPE '\\' OR v.name LIKE ? ESCAPE '\\')");
        values << containsPattern(m_search.trimmed()) << containsPattern(m_search.trimmed());
    }
    sql += QStringLiteral(" ORDER BY %1 %2, sl.sku, sl.store_id LIMIT %3")
               .arg(QLatin1String(kSortKeys[m_sortColumn]),
                    m_sortOrder == Qt::AscendingOrder ? QLatin1String("ASC") : QLatin1String("DESC"))
               .arg(m_pageSize);
    auto rows = m_db.select(sql, values);
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows.clear();
    for (const client::SqlRow& row : *rows)
        m_rows << Row{row.at(0).toString(),
                      row.at(1).toString(),
                      row.at(2).toString(),
                      row.at(7).toString(),
                      row.at(3).toLongLong(),
                      row.at(4).toLongLong(),
                      row.at(5).isNull() ? std::nullopt : std::optional<qint64>(row.at(5).toLongLong()),
                      row.at(6).toInt() != 0};
    endResetModel();
    return {};
}

bool StockLevelModel::isLow(int row) const {
    return row >= 0 && row < m_rows.size() && m_rows.at(row).low;
}

QString StockLevelModel::skuAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).sku : QString();
}

QString StockLevelModel::storeIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).storeId : QString();
}

QVariant StockLevelModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= OnHand)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool raw = role == Qt::UserRole;
    switch (index.column()) {
    case Sku:
        return row.sku;
    case Item:
        return row.item;
    case Store:
        return row.store;
    case OnHand:
        return raw ? QVariant(row.onHand) : QVariant(quantityText(row.onHand));
    case Available:
        return raw ? QVariant(row.available) : QVariant(quantityText(row.available));
    case Threshold:
        if (!row.threshold)
            return raw ? QVariant() : QVariant(QString());
        return raw ? QVariant(*row.threshold) : QVariant(quantityText(*row.threshold));
    }
    return {};
}

QString StockLevelModel::title(int column) const {
    switch (column) {
    case Sku:
        return tr("SKU");
    case Item:
        return tr("Item");
    case Store:
        return tr("Store");
    case OnHand:
        return tr("On hand");
    case Available:
        return tr("Available");
    case Threshold:
        return tr("Low below");
    }
    return {};
}

} // namespace tp::backoffice
