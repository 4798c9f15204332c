#include "client/replica/ChangeApplier.h"

#include <QJsonDocument>

#include "client/replica/ProductProjection.h"
#include "client/replica/ReplicaDatabase.h"
#include "client/replica/StockLevelProjection.h"

namespace tp::client {

namespace {

const QLatin1String kProduct("product");
const QLatin1String kStockLevel("stock_level");

} // namespace

domain::Result<void> ChangeApplier::apply(const QList<FeedChange>& changes) {
    for (const FeedChange& change : changes) {
        if (auto applied = applyOne(change); !applied)
            return applied;
    }
    return m_search.write(m_db);
}

domain::Result<void> ChangeApplier::applyOne(const FeedChange& change) {
    if (change.op == FeedChange::Op::Delete) {
        auto removed = m_db.exec(QStringLiteral("DELETE FROM entities WHERE entity = ? AND id = ? AND seq <= ?"),
                                 {change.entity, change.id, change.seq});
        if (!removed)
            return removed.error();
        // A stored copy newer than this delete means the entity came back later in the log.
        auto newer = m_db.select(QStringLiteral("SELECT 1 FROM entities WHERE entity = ? AND id = ?"),
                                 {change.entity, change.id});
        if (!newer)
            return newer.error();
        if (!newer->isEmpty())
            return {};
        if (change.entity == kProduct)
            return ProductProjection(m_db, m_search).remove(change.id);
        if (change.entity == kStockLevel)
            return StockLevelProjection(m_db).remove(change.id);
        return {};
    }

    const QString json = change.dataText.isEmpty()
                             ? QString::fromUtf8(QJsonDocument(change.data).toJson(QJsonDocument::Compact))
                             : change.dataText;
    auto stored = m_db.exec(QStringLiteral("INSERT INTO entities(entity, id, data, seq) VALUES(?, ?, ?, ?) "
                                           "ON CONFLICT(entity, id) DO UPDATE SET data = excluded.data, "
                                           "seq = excluded.seq WHERE excluded.seq >= entities.seq"),
                            {change.entity, change.id, json, change.seq});
    if (!stored)
        return stored.error();
    if (*stored == 0)
        return {}; // the replica already holds a newer version
    if (change.entity == kProduct)
        return ProductProjection(m_db, m_search).upsert(change.id, change.data, json);
    if (change.entity == kStockLevel)
        return StockLevelProjection(m_db).upsert(change.id, change.data, json);
    return {};
}

} // namespace tp::client
