#include "client/replica/CampaignPriceProjection.h"

#include "client/replica/ReplicaDatabase.h"

namespace tp::client {

namespace {

// json_each over an empty store_ids yields no row; the LEFT JOIN makes that one row with a
// NULL store: every store. strftime brings any RFC 3339 form to the one the lookup compares.
const QString kProjection =
    QStringLiteral("INSERT INTO campaign_prices(campaign_id, sku, store_id, currency, amount, starts_at, ends_at) "
                   "SELECT e.id, json_extract(p.value, '$.sku'), s.value, json_extract(p.value, '$.price.currency'), "
                   "json_extract(p.value, '$.price.amount'), "
                   "strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(e.data, '$.starts_at')), "
                   "strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(e.data, '$.ends_at')) "
                   "FROM entities e JOIN json_each(e.data, '$.prices') p LEFT JOIN json_each(e.data, '$.store_ids') s "
                   "WHERE e.entity = 'campaign' AND json_extract(e.data, '$.status') = 'active' "
                   "AND json_extract(p.value, '$.price.amount') IS NOT NULL");

} // namespace

QString CampaignPriceProjection::projectAllSql() {
    return kProjection;
}

domain::Result<void> CampaignPriceProjection::refresh(ReplicaDatabase& db, const QString& campaignId) {
    if (auto removed = db.exec(QStringLiteral("DELETE FROM campaign_prices WHERE campaign_id = ?"), {campaignId});
        !removed)
        return removed.error();
    if (auto projected = db.exec(kProjection + QStringLiteral(" AND e.id = ?"), {campaignId}); !projected)
        return projected.error();
    return {};
}

} // namespace tp::client
