#include "client/replica/CatalogSearch.h"

#include <QRegularExpression>
#include <QSet>

#include <QStringList>
#include <algorithm>

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
    if (match.isEmpty() || limit <= 0)
        return hits;
    // Ranked in tiers rather than by FTS5's bm25, which reads the sizes of every match before
    // it can answer (30 ms for a 3-letter prefix shared by 12,000 of 1,000,000 products; each
    // tier below stops at the limit instead): names that start with what was typed, then names
    // with words that start with it (each by name), then skus and barcodes (by sku).
    const QStringList tiers{QStringLiteral("name : (^%1)").arg(match), QStringLiteral("name : (%1)").arg(match), match};
    QSet<QString> seen;
    for (qsizetype tier = 0; tier < tiers.size(); ++tier) {
        auto rows = m_db.select(QStringLiteral("SELECT p.id, p.sku, p.name, p.status, p.price_amount, p.price_currency "
                                               "FROM catalog_search JOIN products p ON p.rowid = catalog_search.rowid "
                                               "WHERE catalog_search MATCH ? LIMIT ?"),
                                {tiers[tier], limit + int(seen.size())}); // earlier tiers' hits come again here
        if (!rows)
            return rows.error();
        QList<CatalogHit> found;
        for (const SqlRow& row : *rows) {
            const QString id = row.at(0).toString();
            if (seen.contains(id) || hits.size() + found.size() >= limit)
                continue;
            seen.insert(id);
            found << CatalogHit{id,
                                row.at(1).toString(),
                                row.at(2).toString(),
                                row.at(3).toString(),
                                optionalAmount(row.at(4)),
                                row.at(5).toString()};
        }
        const bool bySku = tier == tiers.size() - 1;
        std::sort(found.begin(), found.end(), [bySku](const CatalogHit& a, const CatalogHit& b) {
            if (bySku)
                return a.sku < b.sku;
            const int byName = QString::localeAwareCompare(a.name, b.name);
            return byName != 0 ? byName < 0 : a.sku < b.sku;
        });
        hits << found;
        if (hits.size() >= limit)
            break;
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
