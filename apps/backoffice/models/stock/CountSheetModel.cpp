#include "models/stock/CountSheetModel.h"

#include "client/TypedInput.h"
#include "client/replica/ReplicaDatabase.h"
#include "models/NamedEntities.h"
#include "models/stock/StockLevelModel.h"

namespace tp::backoffice {

CountSheetModel::CountSheetModel(client::ReplicaDatabase& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db) {}

domain::Result<void> CountSheetModel::build(const QString& storeId, const QString& categoryId, bool blind) {
    auto rows = m_db.select(
        QStringLiteral("WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT c.id FROM entities c JOIN tree t ON "
                       "json_extract(c.data, '$.parent_id') = t.id WHERE c.entity = 'category') "
                       "SELECT v.sku, v.name, coalesce(sl.on_hand, 0) FROM variants v JOIN products p ON p.id = "
                       "v.product_id LEFT JOIN stock_levels sl ON sl.variant_id = v.id AND sl.store_id = ? WHERE "
                       "v.status = 'active' AND p.status <> 'archived' AND (? = '' OR EXISTS (SELECT 1 FROM "
                       "json_each(p.data, '$.category_ids') pc WHERE pc.value IN (SELECT id FROM tree))) "
                       "ORDER BY v.name, v.sku"),
        {categoryId, storeId, categoryId});
    if (!rows)
        return rows.error();
    beginResetModel();
    m_storeId = storeId;
    m_blind = blind;
    m_lines.clear();
    for (const client::SqlRow& row : *rows)
        m_lines << Line{row.at(0).toString(), row.at(1).toString(), row.at(2).toLongLong(), std::nullopt};
    endResetModel();
    return {};
}

domain::Result<QList<std::pair<QString, QString>>> CountSheetModel::categories() {
    return namedEntities(m_db, QStringLiteral("category"));
}

QList<StockLine> CountSheetModel::counted() const {
    QList<StockLine> lines;
    for (const Line& line : m_lines)
        if (line.counted)
            lines << StockLine{line.sku, *line.counted};
    return lines;
}

int CountSheetModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CountSheetModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountSheetModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line& line = m_lines.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= Expected)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case Sku:
        return line.sku;
    case Item:
        return line.item;
    case Expected:
        if (m_blind)
            return role == Qt::UserRole ? QVariant() : QVariant(QStringLiteral("—"));
        return role == Qt::UserRole ? QVariant(line.expected) : QVariant(StockLevelModel::quantityText(line.expected));
    case Counted:
        if (!line.counted)
            return role == Qt::UserRole ? QVariant() : QVariant(QString());
        return role == Qt::UserRole ? QVariant(*line.counted) : QVariant(StockLevelModel::quantityText(*line.counted));
    }
    return {};
}

bool CountSheetModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != Counted || role != Qt::EditRole || index.row() >= m_lines.size())
        return false;
    const QString text = value.toString().trimmed();
    Line& line = m_lines[index.row()];
    if (text.isEmpty()) {
        line.counted.reset(); // not counted (zero is typed as 0)
    } else {
        auto qty = client::TypedInput::quantity(text);
        if (!qty || *qty < 0)
            return false;
        line.counted = *qty;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags CountSheetModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Counted)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CountSheetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Item:
        return tr("Item");
    case Expected:
        return tr("Expected");
    case Counted:
        return tr("Counted");
    }
    return {};
}

} // namespace tp::backoffice
