#pragma once

#include <cstdint>
#include <string>

#include "db/Connection.h"
#include "domain/core/Result.h"
#include "inventory/StockEntry.h"
#include "inventory/StockLevel.h"

namespace tp::server::inventory {

// The stock ledger of domain/stock/StockLedger.h, kept in SQL: stock_movements holds the
// entries, stock_levels what they sum to. Everything runs inside the caller's transaction.
//
// Timeline of one (store, variant): entries ordered by (occurred_at, movements before counts,
// id). Walking it from 0, a movement adds its delta and a count sets the level to what was
// counted; a count's row stores the adjustment it implies (counted minus the level just
// before it). So the level at T is the latest count at or before T plus the movements after
// it up to T, and the level now — stock_levels.on_hand_milli — is the sum of every row's
// delta_milli, which is what each write keeps true:
//
//  - A movement at t: if a count lies after t, that count now absorbs it (its adjustment
//    shrinks by the delta) and the level after the count — hence now — is unchanged; else
//    on_hand moves by the delta. Cost: one probe of the counts index, O(log n).
//  - A count of K at t: its adjustment is K minus the level just before it (the previous
//    count's K plus the movements between the two, one range sum). If a later count exists,
//    that one's adjustment is recomputed against K (one more range sum) and on_hand does not
//    move; else on_hand moves by the adjustment. Cost: O(log n + the movements between the
//    neighbouring counts), since both sums scan the timeline index over those segments only.
//
// Under SERIALIZABLE (PostgreSQL) and the single writer (SQLite) concurrent writers of one
// item cannot interleave these reads and writes.
class SqlStockLedger {
public:
    // Records a movement (reason other than "count"); `entry` has every field but sku set.
    // Returns the item's level after it.
    static tp::domain::Result<StockLevel> addMovement(db::Connection& connection, const std::string& tenantId,
                                                      const StockEntry& entry);
    // Records a count (entry.countedMilli set, entry.deltaMilli ignored): fills in the
    // adjustment it implies. Returns the level after it.
    static tp::domain::Result<StockLevel> addCount(db::Connection& connection, const std::string& tenantId,
                                                   StockEntry& entry);

    // The level as of `at` (after every entry stamped at or before it): recomputed from the
    // ledger, O(log n + the movements since the last count before `at`).
    static tp::domain::Result<std::int64_t> levelAt(db::Connection& connection, const std::string& tenantId,
                                                    const std::string& storeId, const std::string& variantId,
                                                    std::int64_t at);

    // Adds to on_hand (creating the row at 0 first) and returns the level.
    static tp::domain::Result<StockLevel> addToLevel(db::Connection& connection, const std::string& tenantId,
                                                     const std::string& storeId, const std::string& variantId,
                                                     std::int64_t deltaMilli, std::int64_t now);
};

} // namespace tp::server::inventory
