#include "models/ProductListModel.h"

#include <QLocale>

#include "client/MoneyText.h"
#include "client/replica/ReplicaDatabase.h"
#include "domain/money/Currency.h"
#include "models/SqlText.h"

namespace tp::backoffice {

namespace {

// Sort keys by column: fixed SQL, never text from the caller.
const char* const kOrderBy[] = {"p.sku", "p.name COLLATE NOCASE", "p.price_amount", "p.status", "variants"};

// A code this build does not know shows the bare minor units beside it.
QString priceText(qint64 minorUnits, const QString& code) {
    auto currency = domain::Currency::fromCode(code.toStdString());
    if (!currency)
        return QString::number(minorUnits) + QLatin1Char(' ') + code;
    return client::moneyText(minorUnits, *currency);
}

} // namespace

ProductListModel::ProductListModel(client::ReplicaDatabase& db, int pageSize, QObject* parent)
    : ReplicaListModel(ColumnCount, Name, Qt::AscendingOrder, parent)
    , m_db(db)
    , m_pageSize(pageSize) {}

domain::Result<void> ProductListModel::reload() {
    QString sql = QStringLiteral("SELECT p.id, p.sku, p.name, p.price_amount, p.price_currency, p.status, "
                                 "(SELECT count(*) FROM variants v WHERE v.product_id = p.id) AS variants "
                                 "FROM products p");
    QVariantList values;
    if (!m_filter.isEmpty()) {
        sql += QStringLiteral(" WHERE p.name LIKE ? ESCAPE '\\' OR p.sku LIKE ? ESCAPE '\\'");
        values << containsPattern(m_filter) << containsPattern(m_filter);
    }
    sql += QStringLiteral(" ORDER BY %1 %2, p.id LIMIT ?")
               .arg(QLatin1String(kOrderBy[m_sortColumn]),
                    m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    values << m_pageSize;
    auto rows = m_db.select(sql, values);
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows.clear();
    for (const client::SqlRow& row : *rows)
        m_rows << Row{row.at(0).toString(), row.at(1).toString(), row.at(2).toString(), row.at(3).toLongLong(),
                      row.at(4).toString(), row.at(5).toString(), row.at(6).toInt()};
    endResetModel();
    return {};
}

void ProductListModel::setFilter(const QString& text) {
    m_filter = text.trimmed();
}

QString ProductListModel::productId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QVariant ProductListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::UserRole) // the raw value a view sorts or edits by
        return index.column() == Price ? QVariant(row.priceAmount) : data(index, Qt::DisplayRole);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Price || index.column() == Variants ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                                     : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Sku:
        return row.sku;
    case Name:
        return row.name;
    case Price:
        return priceText(row.priceAmount, row.priceCurrency);
    case Status:
        if (row.status == QLatin1String("draft"))
            return tr("Draft");
        return row.status == QLatin1String("archived") ? tr("Archived") : tr("Active");
    case Variants:
        return row.variants;
    }
    return {};
}

QString ProductListModel::title(int column) const {
    switch (column) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Price:
        return tr("Price");
    case Status:
        return tr("Status");
    case Variants:
        return tr("Variants");
    }
    return {};
}

} // namespace tp::backoffice
