#include "models/orders/OrderListModel.h"

#include <QDateTime>
#include <QLocale>

#include "client/MoneyText.h"
#include "client/replica/ReplicaDatabase.h"
#include "domain/money/Currency.h"
#include "models/NamedEntities.h"
#include "models/SqlText.h"

namespace tp::backoffice {

namespace {

// The sort key of each column, in SQL.
const char* const kSortKeys[] = {"json_extract(o.data, '$.number')",
                                 "json_extract(o.data, '$.created_at')",
                                 "json_extract(o.data, '$.channel')",
                                 "store_name",
                                 "customer_name",
                                 "json_extract(o.data, '$.status')",
                                 "json_extract(o.data, '$.totals.total')"};

// The start of a local day as the server writes times (RFC 3339, UTC): orders compare as text.
QString utcStart(const QDate& day) {
    return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

OrderListModel::OrderListModel(client::ReplicaDatabase& db, int pageSize, QObject* parent)
    : ReplicaListModel(ColumnCount, Date, Qt::DescendingOrder, parent)
    , m_db(db)
    , m_pageSize(pageSize) {}

domain::Result<void> OrderListModel::reload() {
    QString sql = QStringLiteral(
        "SELECT o.id, json_extract(o.data, '$.number'), json_extract(o.data, '$.created_at'), "
        "json_extract(o.data, '$.channel'), coalesce(json_extract(s.data, '$.name'), json_extract(o.data, "
        "'$.store_id'), '') AS store_name, coalesce(json_extract(c.data, '$.name'), json_extract(o.data, "
        "'$.customer.name'), json_extract(o.data, '$.email'), '') AS customer_name, json_extract(o.data, '$.status'), "
        "json_extract(o.data, '$.totals.total'), json_extract(o.data, '$.currency') FROM entities o LEFT JOIN "
        "entities s ON s.entity = 'store' AND s.id = json_extract(o.data, '$.store_id') LEFT JOIN entities c ON "
        "c.entity = 'customer' AND c.id = json_extract(o.data, '$.customer_id') WHERE o.entity = 'order'");
    QVariantList values;
    const auto narrow = [&](const char* condition, const QVariant& value) {
        sql += QLatin1String(" AND ") + QLatin1String(condition);
        values << value;
    };
    if (!m_filter.channel.isEmpty())
        narrow("json_extract(o.data, '$.channel') = ?", m_filter.channel);
    if (!m_filter.storeId.isEmpty())
        narrow("json_extract(o.data, '$.store_id') = ?", m_filter.storeId);
    if (!m_filter.status.isEmpty())
        narrow("json_extract(o.data, '$.status') = ?", m_filter.status);
    if (m_filter.from.isValid())
        narrow("json_extract(o.data, '$.created_at') >= ?", utcStart(m_filter.from));
    if (m_filter.to.isValid())
        narrow("json_extract(o.data, '$.created_at') < ?", utcStart(m_filter.to.addDays(1)));
    const QString search = m_filter.search.trimmed();
    if (!search.isEmpty()) {
        const QString pattern = containsPattern(search);
        sql += QStringLiteral(
            " AND (json_extract(o.data, '$.number') LIKE ? ESCAPE '\\' OR json_extract(c.data, '$.email') LIKE ? "
            "ESCAPE '\\' OR json_extract(c.data, '$.phone') LIKE ? ESCAPE '\\' OR json_extract(o.data, '$.email') "
            "LIKE ? ESCAPE '\\' OR json_extract(o.data, '$.customer.email') LIKE ? ESCAPE '\\' OR "
            "json_extract(o.data, '$.customer.phone') LIKE ? ESCAPE '\\')");
        values << startsWithPattern(search) << pattern << pattern << pattern << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY %1 %2, o.id LIMIT %3")
               .arg(QLatin1String(kSortKeys[m_sortColumn]),
                    m_sortOrder == Qt::AscendingOrder ? QLatin1String("ASC") : QLatin1String("DESC"))
               .arg(m_pageSize);
    auto rows = m_db.select(sql, values);
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows.clear();
    for (const client::SqlRow& row : *rows)
        m_rows << Row{row.at(0).toString(), row.at(1).toString(),   row.at(2).toString(),
                      row.at(3).toString(), row.at(4).toString(),   row.at(5).toString(),
                      row.at(6).toString(), row.at(7).toLongLong(), row.at(8).toString()};
    endResetModel();
    return {};
}

domain::Result<QList<std::pair<QString, QString>>> OrderListModel::stores() {
    return namedEntities(m_db, QStringLiteral("store"));
}

domain::Result<OrderView> OrderListModel::load(const QString& orderId) {
    return OrderView::load(m_db, orderId);
}

QString OrderListModel::orderId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QString OrderListModel::channelText(const QString& channel) {
    if (channel == QLatin1String("pos"))
        return tr("Shop");
    if (channel == QLatin1String("online"))
        return tr("Online");
    if (channel == QLatin1String("external"))
        return tr("Marketplace");
    return channel;
}

QString OrderListModel::statusText(const QString& status) {
    static const QHash<QString, const char*> names{{"pending", QT_TR_NOOP("Pending")},
                                                   {"paid", QT_TR_NOOP("Paid")},
                                                   {"fulfilled", QT_TR_NOOP("Fulfilled")},
                                                   {"shipped", QT_TR_NOOP("Shipped")},
                                                   {"completed", QT_TR_NOOP("Completed")},
                                                   {"cancelled", QT_TR_NOOP("Cancelled")},
                                                   {"partially_refunded", QT_TR_NOOP("Partly refunded")},
                                                   {"refunded", QT_TR_NOOP("Refunded")}};
    const auto name = names.constFind(status);
    return name == names.constEnd() ? status : tr(name.value());
}

QVariant OrderListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Total ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool raw = role == Qt::UserRole;
    switch (index.column()) {
    case Number:
        return row.number;
    case Date: {
        if (raw)
            return row.createdAt;
        const QDateTime at = QDateTime::fromString(row.createdAt, Qt::ISODateWithMs);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : row.createdAt;
    }
    case Channel:
        return raw ? row.channel : channelText(row.channel);
    case Store:
        return row.store;
    case Customer:
        return row.customer;
    case Status:
        return raw ? row.status : statusText(row.status);
    case Total: {
        if (raw)
            return row.total;
        auto currency = domain::Currency::fromCode(row.currency.toStdString());
        return currency ? client::moneyText(row.total, *currency) : QString::number(row.total);
    }
    }
    return {};
}

QString OrderListModel::title(int column) const {
    switch (column) {
    case Number:
        return tr("Number");
    case Date:
        return tr("Date");
    case Channel:
        return tr("Channel");
    case Store:
        return tr("Store");
    case Customer:
        return tr("Customer");
    case Status:
        return tr("Status");
    case Total:
        return tr("Total");
    }
    return {};
}

} // namespace tp::backoffice
