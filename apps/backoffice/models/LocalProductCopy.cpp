#include "models/LocalProductCopy.h"

#include <QJsonDocument>

#include "client/replica/ProductRows.h"

namespace tp::backoffice {

domain::Result<void> LocalProductCopy::put(const QString& productId, qint64 seq, const QJsonObject& product) {
    auto rows = client::ProductRows::fromJson(productId, seq, QJsonDocument(product).toJson(QJsonDocument::Compact));
    if (!rows)
        return rows.error();
    return m_projection.upsert(*rows);
}

domain::Result<void> LocalProductCopy::finish() {
    return m_search.write(m_db);
}

} // namespace tp::backoffice
