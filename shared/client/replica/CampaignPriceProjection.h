#pragma once

#include <QString>

#include "domain/core/Result.h"

namespace tp::client {

class ReplicaDatabase;

// Projects the feed's "campaign" entities (kept in `entities`) into campaign_prices: one row
// per sale price and store (store NULL: every store), with the campaign's start and end as
// UTC text in one fixed form ("2026-07-01T00:00:00.000Z", what Qt::ISODateWithMs writes), so
// a register finds an item's price for the moment of the sale with one indexed lookup. An
// archived or deleted campaign leaves no rows.
class CampaignPriceProjection {
public:
    static constexpr const char* kEntity = "campaign";

    // Rewrites the rows of one campaign from what `entities` holds for it now.
    static domain::Result<void> refresh(ReplicaDatabase& db, const QString& campaignId);
    // The statement that projects every stored campaign (the migration that made the table
    // runs it for campaigns an older app kept without knowing them).
    static QString projectAllSql();
};

} // namespace tp::client
