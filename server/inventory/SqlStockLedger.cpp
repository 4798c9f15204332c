#include "inventory/SqlStockLedger.h"

#include <limits>

namespace tp::server::inventory {

using tp::domain::Result;

namespace {

// A count's place on the timeline.
struct CountRow {
    std::string id;
    std::int64_t at = 0;
    std::int64_t countedMilli = 0;
};

// The literal reason = 'count' lets both backends use the partial index stock_movements_counts.
constexpr const char* kItemCounts = "SELECT id, occurred_at, counted_milli FROM stock_movements "
                                    "WHERE tenant_id = ? AND store_id = ? AND variant_id = ? AND reason = 'count' ";

Result<std::optional<CountRow>> firstCount(db::Connection& connection, const std::string& sql,
                                           const db::SqlParams& params) {
    auto rows = connection.execute(sql, params);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<CountRow>{};
    const auto& row = rows->first();
    return std::optional<CountRow>(CountRow{row.text(0), row.integer(1), row.integer(2)});
}

// The sum of the movements (not counts) of the item with after < occurred_at <= upTo.
Result<std::int64_t> movementSum(db::Connection& connection, const std::string& tenantId, const std::string& storeId,
                                 const std::string& variantId, std::int64_t after, std::int64_t upTo) {
    auto rows = connection.execute(
        "SELECT CAST(COALESCE(SUM(delta_milli), 0) AS BIGINT) FROM stock_movements "
        "WHERE tenant_id = ? AND store_id = ? AND variant_id = ? AND occurred_at > ? AND occurred_at <= ? "
        "AND reason <> 'count'",
        {tenantId, storeId, variantId, after, upTo});
    if (!rows)
        return rows.error();
    return rows->first().integer(0);
}

Result<void> insertEntry(db::Connection& connection, const std::string& tenantId, const StockEntry& entry) {
    auto inserted = connection.execute(
        "INSERT INTO stock_movements (tenant_id, id, store_id, variant_id, mutation_id, reason, delta_milli, "
        "counted_milli, occurred_at, created_at, actor, transfer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {tenantId, entry.id, entry.storeId, entry.variantId, entry.mutationId, entry.reason, entry.deltaMilli,
         db::sqlInt(entry.countedMilli), entry.occurredAt, entry.createdAt, entry.actor,
         db::sqlText(entry.transferId)});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<void> setCountAdjustment(db::Connection& connection, const std::string& tenantId, const std::string& id,
                                std::int64_t deltaMilli) {
    auto updated = connection.execute("UPDATE stock_movements SET delta_milli = ? WHERE tenant_id = ? AND id = ?",
                                      {deltaMilli, tenantId, id});
    if (!updated)
        return updated.error();
    return {};
}

} // namespace

Result<StockLevel> SqlStockLedger::addToLevel(db::Connection& connection, const std::string& tenantId,
                                              const std::string& storeId, const std::string& variantId,
                                              std::int64_t deltaMilli, std::int64_t now) {
    auto level = connection.execute(
        "INSERT INTO stock_levels (tenant_id, store_id, variant_id, on_hand_milli, reserved_milli, updated_at) "
        "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (tenant_id, store_id, variant_id) DO UPDATE SET "
        "on_hand_milli = stock_levels.on_hand_milli + excluded.on_hand_milli, updated_at = excluded.updated_at "
        "RETURNING on_hand_milli, reserved_milli, low_stock_threshold_milli, updated_at",
        {tenantId, storeId, variantId, deltaMilli, now});
    if (!level)
        return level.error();
    const auto& row = level->first();
    StockLevel result;
    result.storeId = storeId;
    result.variantId = variantId;
    result.onHandMilli = row.integer(0);
    result.reservedMilli = row.integer(1);
    result.lowStockThresholdMilli = row.optionalInteger(2);
    result.updatedAt = row.integer(3);
    return result;
}

Result<StockLevel> SqlStockLedger::addMovement(db::Connection& connection, const std::string& tenantId,
                                               const StockEntry& entry) {
    if (auto inserted = insertEntry(connection, tenantId, entry); !inserted)
        return inserted.error();
    // A movement at a count's very time happened before it (the counter saw its effect).
    auto next =
        firstCount(connection, std::string(kItemCounts) + "AND occurred_at >= ? ORDER BY occurred_at, id LIMIT 1",
                   {tenantId, entry.storeId, entry.variantId, entry.occurredAt});
    if (!next)
        return next.error();
    std::int64_t levelDelta = entry.deltaMilli;
    if (next.value()) {
        // The count absorbs it: the level after the count (and so now) stays what was counted.
        auto absorbed = connection.execute(
            "UPDATE stock_movements SET delta_milli = delta_milli - ? WHERE tenant_id = ? AND id = ?",
            {entry.deltaMilli, tenantId, next.value()->id});
        if (!absorbed)
            return absorbed.error();
        levelDelta = 0;
    }
    return addToLevel(connection, tenantId, entry.storeId, entry.variantId, levelDelta, entry.createdAt);
}

Result<StockLevel> SqlStockLedger::addCount(db::Connection& connection, const std::string& tenantId,
                                            StockEntry& entry) {
    const std::int64_t t = entry.occurredAt;
    const std::int64_t counted = entry.countedMilli.value_or(0);
    auto previous = firstCount(
        connection,
        std::string(kItemCounts) +
            "AND (occurred_at < ? OR (occurred_at = ? AND id < ?)) ORDER BY occurred_at DESC, id DESC LIMIT 1",
        {tenantId, entry.storeId, entry.variantId, t, t, entry.id});
    if (!previous)
        return previous.error();
    const std::int64_t segmentStart =
        previous.value() ? previous.value()->at : std::numeric_limits<std::int64_t>::min();
    auto before = movementSum(connection, tenantId, entry.storeId, entry.variantId, segmentStart, t);
    if (!before)
        return before.error();
    const std::int64_t levelBefore = (previous.value() ? previous.value()->countedMilli : 0) + before.value();
    entry.deltaMilli = counted - levelBefore;

    auto next = firstCount(connection,
                           std::string(kItemCounts) +
                               "AND (occurred_at > ? OR (occurred_at = ? AND id > ?)) ORDER BY occurred_at, id LIMIT 1",
                           {tenantId, entry.storeId, entry.variantId, t, t, entry.id});
    if (!next)
        return next.error();
    if (auto inserted = insertEntry(connection, tenantId, entry); !inserted)
        return inserted.error();
    std::int64_t levelDelta = entry.deltaMilli;
    if (next.value()) {
        // The later count now starts from this one: recompute its adjustment. The level after it
        // (and so now) does not change.
        auto between = movementSum(connection, tenantId, entry.storeId, entry.variantId, t, next.value()->at);
        if (!between)
            return between.error();
        if (auto set = setCountAdjustment(connection, tenantId, next.value()->id,
                                          next.value()->countedMilli - counted - between.value());
            !set)
            return set.error();
        levelDelta = 0;
    }
    return addToLevel(connection, tenantId, entry.storeId, entry.variantId, levelDelta, entry.createdAt);
}

Result<std::int64_t> SqlStockLedger::levelAt(db::Connection& connection, const std::string& tenantId,
                                             const std::string& storeId, const std::string& variantId,
                                             std::int64_t at) {
    auto last = firstCount(connection,
                           std::string(kItemCounts) + "AND occurred_at <= ? ORDER BY occurred_at DESC, id DESC LIMIT 1",
                           {tenantId, storeId, variantId, at});
    if (!last)
        return last.error();
    const std::int64_t from = last.value() ? last.value()->at : std::numeric_limits<std::int64_t>::min();
    auto sum = movementSum(connection, tenantId, storeId, variantId, from, at);
    if (!sum)
        return sum.error();
    return (last.value() ? last.value()->countedMilli : 0) + sum.value();
}

} // namespace tp::server::inventory
