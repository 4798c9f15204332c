#include "client/replica/CatalogSearch.h"

#include <QRegularExpression>
#include <QStringList>

#include "client/replica/ReplicaDatabase.h"

namespace tp::client {

namespace {

std::optional<qint64> optionalAmount(const QVariant& value) {
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

} // namespace

QString CatalogSearch::matchExpression(const QString& typed) {
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList terms;
    for (QString word : typed.split(whitespace, Qt::SkipEmptyParts)) {
        // Inside an FTS5 string a double quote is written twice; nothing else is special there.
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QStringLiteral("\"%1\"*").arg(word);
    }
    return terms.join(QLatin1Char(' '));
}

domain::Result<QList<CatalogHit>> CatalogSearch::search(const QString& typed, int limit) {
    const QString match = matchExpression(typed);
    QList<CatalogHit> hits;
    if (match.isEmpty())
        return hits;
    auto rows = m_db.select(QStringLiteral("SELECT p.id, p.sku, p.name, p.status, p.price_amount, p.price_currency "
                                           "FROM catalog_search JOIN products p ON p.rowid = catalog_search.rowid "
                                           "WHERE catalog_search MATCH ? ORDER BY catalog_search.rank LIMIT ?"),
                            {match, limit});
    if (!rows)
        return rows.error();
    hits.reserve(rows->size());
    for (const SqlRow& row : *rows) {
        hits << CatalogHit{row.at(0).toString(), row.at(1).toString(),      row.at(2).toString(),
                           row.at(3).toString(), optionalAmount(row.at(4)), row.at(5).toString()};
    }
    return hits;
}

domain::Result<std::optional<ScannedVariant>> CatalogSearch::findByBarcode(const QString& barcode) {
    auto rows = m_db.select(QStringLiteral("SELECT v.id, v.product_id, v.sku, v.name, v.price_amount, v.price_currency "
                                           "FROM variant_barcodes b JOIN variants v ON v.id = b.variant_id "
                                           "WHERE b.barcode = ? ORDER BY v.status = 'active' DESC, v.id LIMIT 1"),
                            {barcode.trimmed()});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<ScannedVariant>{};
    const SqlRow& row = rows->first();
    return std::optional<ScannedVariant>{ScannedVariant{row.at(0).toString(), row.at(1).toString(),
                                                        row.at(2).toString(), row.at(3).toString(),
                                                        optionalAmount(row.at(4)), row.at(5).toString()}};
}

} // namespace tp::client
