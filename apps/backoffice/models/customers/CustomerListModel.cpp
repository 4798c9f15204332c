#include "models/customers/CustomerListModel.h"

#include "client/MoneyText.h"
#include "client/replica/ReplicaDatabase.h"
#include "domain/money/Currency.h"
#include "models/SqlText.h"

namespace tp::backoffice {

namespace {

const char* const kSortKeys[] = {"name COLLATE NOCASE", "email", "phone", "orders", "spent", "points"};

} // namespace

CustomerListModel::CustomerListModel(client::ReplicaDatabase& db, int pageSize, QObject* parent)
    : ReplicaListModel(ColumnCount, Name, Qt::AscendingOrder, parent)
    , m_db(db)
    , m_pageSize(pageSize) {}

domain::Result<void> CustomerListModel::reload() {
    // The orders are read once and summed per customer (a subquery per customer read every
    // order again for each of them).
    QString sql = QStringLiteral(
        "SELECT c.id, coalesce(json_extract(c.data, '$.name'), '') AS name, coalesce(json_extract(c.data, "
        "'$.email'), '') AS email, coalesce(json_extract(c.data, '$.phone'), '') AS phone, coalesce(bought.orders, "
        "0) AS orders, coalesce(bought.spent, 0) AS spent, bought.currency, coalesce(json_extract(l.data, "
        "'$.points'), 0) AS points FROM entities c LEFT JOIN (SELECT json_extract(data, '$.customer_id') AS "
        "customer_id, count(*) AS orders, sum(coalesce(json_extract(data, '$.totals.total'), 0) - "
        "coalesce(json_extract(data, '$.refunded_amount'), 0)) AS spent, max(json_extract(data, '$.currency')) AS "
        "currency FROM entities WHERE entity = 'order' AND json_extract(data, '$.customer_id') IS NOT NULL AND "
        "json_extract(data, '$.status') <> 'cancelled' GROUP BY 1) bought ON bought.customer_id = c.id LEFT JOIN "
        "entities l ON l.entity = 'loyalty' AND l.id = c.id WHERE c.entity = 'customer'");
    QVariantList values;
    const QString search = m_search.trimmed();
    if (!search.isEmpty()) {
        const QString pattern = containsPattern(search);
        sql += QStringLiteral(
            " AND (json_extract(c.data, '$.name') LIKE ? ESCAPE '\\' OR json_extract(c.data, '$.email') LIKE ? "
            "ESCAPE '\\' OR json_extract(c.data, '$.phone') LIKE ? ESCAPE '\\' OR c.id IN (SELECT "
            "json_extract(o.data, '$.customer_id') FROM entities o WHERE o.entity = 'order' AND (json_extract(o.data, "
            "'$.number') LIKE ? ESCAPE '\\' OR json_extract(o.data, '$.email') LIKE ? ESCAPE '\\' OR "
            "json_extract(o.data, '$.phone') LIKE ? ESCAPE '\\')))");
        values << pattern << pattern << pattern << pattern << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY %1 %2, c.id LIMIT %3")
               .arg(QLatin1String(kSortKeys[m_sortColumn]),
                    m_sortOrder == Qt::AscendingOrder ? QLatin1String("ASC") : QLatin1String("DESC"))
               .arg(m_pageSize);
    auto rows = m_db.select(sql, values);
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows.clear();
    for (const client::SqlRow& row : *rows)
        m_rows << Row{row.at(0).toString(), row.at(1).toString(),   row.at(2).toString(), row.at(3).toString(),
                      row.at(4).toInt(),    row.at(5).toLongLong(), row.at(6).toString(), row.at(7).toLongLong()};
    endResetModel();
    return {};
}

QString CustomerListModel::customerId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= Orders)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case Name:
        return row.name;
    case Email:
        return row.email;
    case Phone:
        return row.phone;
    case Orders:
        return row.orders;
    case Spent: {
        if (role == Qt::UserRole || row.orders == 0)
            return role == Qt::UserRole ? QVariant(row.spent) : QVariant(QString());
        auto currency = domain::Currency::fromCode(row.currency.toStdString());
        return currency ? client::moneyText(row.spent, *currency) : QString::number(row.spent);
    }
    case Points:
        return row.points;
    }
    return {};
}

QString CustomerListModel::title(int column) const {
    switch (column) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Orders:
        return tr("Orders");
    case Spent:
        return tr("Spent");
    case Points:
        return tr("Points");
    }
    return {};
}

} // namespace tp::backoffice
