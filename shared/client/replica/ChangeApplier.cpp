#include "client/replica/ChangeApplier.h"

#include "client/replica/CampaignPriceProjection.h"
#include "client/replica/ProductProjection.h"
#include "client/replica/ReplicaDatabase.h"
#include "client/replica/StockLevelProjection.h"

namespace tp::client {

namespace {

const QLatin1String kProduct("product");
const QLatin1String kStockLevel("stock_level");
const QLatin1String kCampaign(CampaignPriceProjection::kEntity);

} // namespace

domain::Result<void> ChangeApplier::apply(const QList<FeedChange>& changes) {
    QList<PreparedChange> prepared;
    prepared.reserve(changes.size());
    for (const FeedChange& change : changes) {
        auto ready = PreparedChange::from(change);
        if (!ready)
            return ready.error();
        prepared << std::move(ready).value();
    }
    return apply(prepared);
}

domain::Result<void> ChangeApplier::apply(const QList<PreparedChange>& changes) {
    // Products this page creates get rowids above every existing one: they have neither
    // variants nor an index row to clear first.
    auto highest = m_db.select(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM products"));
    if (!highest)
        return highest.error();
    m_page.firstNewRowid = highest->first().value(0).toLongLong() + 1;
    m_page.upserted.clear();
    m_search.setFirstNewRowid(m_page.firstNewRowid);
    for (const PreparedChange& change : changes) {
        if (auto applied = applyOne(change); !applied)
            return applied;
    }
    return m_search.write(m_db);
}

domain::Result<void> ChangeApplier::applyOne(const PreparedChange& change) {
    // Products and stock levels live in their own tables only, which keep each row's seq; a
    // copy in `entities` as well cost a fifth of a first sync.
    const bool product = change.entity == kProduct;
    const bool stockLevel = change.entity == kStockLevel;
    if (change.op == FeedChange::Op::Delete) {
        if (product)
            return ProductProjection(m_db, m_search, m_page).remove(change.id, change.seq);
        if (stockLevel)
            return StockLevelProjection(m_db).remove(change.id, change.seq);
        auto removed = m_db.exec(QStringLiteral("DELETE FROM entities WHERE entity = ? AND id = ? AND seq <= ?"),
                                 {change.entity, change.id, change.seq});
        if (!removed)
            return removed.error();
        if (change.entity == kCampaign)
            return CampaignPriceProjection::refresh(m_db, change.id);
        return {};
    }
    if (change.product)
        return ProductProjection(m_db, m_search, m_page).upsert(*change.product);
    if (change.stockLevel)
        return StockLevelProjection(m_db).upsert(*change.stockLevel);
    auto stored = m_db.exec(QStringLiteral("INSERT INTO entities(entity, id, data, seq) VALUES(?, ?, ?, ?) "
                                           "ON CONFLICT(entity, id) DO UPDATE SET data = excluded.data, "
                                           "seq = excluded.seq WHERE excluded.seq >= entities.seq"),
                            {change.entity, change.id, change.json, change.seq});
    if (!stored)
        return stored.error();
    // Campaigns are kept whole (the office edits them) and their prices projected for the till.
    if (change.entity == kCampaign)
        return CampaignPriceProjection::refresh(m_db, change.id);
    return {};
}

} // namespace tp::client
