#include "inventory/Inventory.h"

#include <limits>

#include <Poco/JSON/Array.h>

#include "core/Validation.h"
#include "inventory/SqlStockLedger.h"
#include "protocol/JsonFields.h"
#include "protocol/JsonText.h"
#include "sync/ChangeLog.h"

namespace tp::server::inventory {

using protocol::invalidField;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

// 1,000,000,000 pieces: far beyond any shelf, far below where sums could overflow.
constexpr std::int64_t kMaxQuantityMilli = 1'000'000'000'000;

Result<Item> findSku(db::Connection& connection, const std::string& tenantId, const std::string& sku) {
    auto item = Inventory::lookupSku(connection, tenantId, sku);
    if (!item)
        return item.error();
    if (!item.value())
        return makeError("not_found", "sku: no product variant has the sku \"" + sku + "\"");
    return *item.value();
}

Result<void> checkStore(db::Connection& connection, const std::string& tenantId, const std::string& storeId,
                        const std::string& field) {
    if (!looksLikeId(storeId))
        return makeError("not_found", field + ": no store with id " + storeId);
    auto rows = connection.execute("SELECT 1 FROM stores WHERE tenant_id = ? AND id = ?", {tenantId, storeId});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError("not_found", field + ": no store with id " + storeId);
    return {};
}

Result<void> checkMutationId(const std::string& mutationId) {
    if (mutationId.empty() || mutationId.size() > 128 ||
        mutationId.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-") !=
            std::string::npos)
        return invalidField("mutation_id", "must be 1 to 128 letters, digits, '.', '_', ':' or '-'");
    return {};
}

Result<void> checkQuantity(std::int64_t milli, const std::string& field) {
    if (milli > kMaxQuantityMilli || milli < -kMaxQuantityMilli)
        return invalidField(field, "is beyond ±" + std::to_string(kMaxQuantityMilli) + " thousandths");
    return {};
}

// Claims `mutationId` for this request. None: claimed, go ahead. An outcome: the id was used
// before for the same request, and this is its first answer.
Result<std::optional<MutationOutcome>> claim(db::Connection& connection, const std::string& tenantId,
                                             const std::string& mutationId, const std::string& kind,
                                             const std::string& fingerprint, std::int64_t now) {
    auto claimed = connection.execute(
        "INSERT INTO stock_mutations (tenant_id, mutation_id, kind, fingerprint, result, created_at) "
        "VALUES (?, ?, ?, ?, '{}', ?) ON CONFLICT (tenant_id, mutation_id) DO NOTHING RETURNING mutation_id",
        {tenantId, mutationId, kind, fingerprint, now});
    if (!claimed)
        return claimed.error();
    if (!claimed->empty())
        return std::optional<MutationOutcome>{};
    auto first = connection.execute(
        "SELECT kind, fingerprint, result FROM stock_mutations WHERE tenant_id = ? AND mutation_id = ?",
        {tenantId, mutationId});
    if (!first)
        return first.error();
    if (first->empty())
        return makeError("database_error", "stock mutation " + mutationId + " vanished");
    const auto& row = first->first();
    if (row.text(0) != kind || row.text(1) != fingerprint)
        return makeError("conflict", "mutation_id " + mutationId + " was already used for a different " + row.text(0) +
                                         "; a retry must repeat the request unchanged");
    auto result = protocol::parseJsonObject(row.text(2));
    if (!result)
        return result.error();
    return std::optional<MutationOutcome>(MutationOutcome{result.value(), true});
}

Result<void> keepResult(db::Connection& connection, const std::string& tenantId, const std::string& mutationId,
                        const Poco::JSON::Object::Ptr& result) {
    auto kept = connection.execute("UPDATE stock_mutations SET result = ? WHERE tenant_id = ? AND mutation_id = ?",
                                   {protocol::toJsonText(result), tenantId, mutationId});
    if (!kept)
        return kept.error();
    return {};
}

Result<void> publishLevel(db::Connection& connection, const std::string& tenantId, const StockLevel& level,
                          std::int64_t now) {
    auto appended = sync::ChangeLog::append(connection, tenantId, "stock_level", level.entityId(),
                                            sync::ChangeLog::Op::Upsert, level.toJson(), now, level.storeId);
    if (!appended)
        return appended.error();
    return {};
}

std::string optionalText(const std::optional<std::int64_t>& value) {
    return value ? std::to_string(*value) : std::string();
}

// Records one movement of `item` and publishes the level it leads to.
Result<StockLevel> record(db::Connection& connection, const std::string& tenantId, StockEntry& entry,
                          const Item& item) {
    entry.variantId = item.variantId;
    entry.sku = item.sku;
    auto level = SqlStockLedger::addMovement(connection, tenantId, entry);
    if (!level)
        return level.error();
    level.value().sku = item.sku;
    level.value().productId = item.productId;
    if (auto published = publishLevel(connection, tenantId, level.value(), entry.createdAt); !published)
        return published.error();
    return level;
}

StockLevel levelFromRow(const db::SqlRow& row) {
    StockLevel level;
    level.storeId = row.text("store_id");
    level.variantId = row.text("variant_id");
    level.sku = row.text("sku");
    level.productId = row.text("product_id");
    level.onHandMilli = row.integer("on_hand_milli");
    level.reservedMilli = row.integer("reserved_milli");
    level.lowStockThresholdMilli = row.optionalInteger("low_stock_threshold_milli");
    level.updatedAt = row.integer("updated_at");
    return level;
}

// "<left>:<right>" as handed out in next_cursor.
Result<std::pair<std::string, std::string>> splitCursor(const std::optional<std::string>& cursor) {
    if (!cursor)
        return std::pair<std::string, std::string>{};
    const auto colon = cursor->find(':');
    if (colon == std::string::npos)
        return makeError("invalid_request", "cursor is not one this server handed out");
    return std::pair<std::string, std::string>{cursor->substr(0, colon), cursor->substr(colon + 1)};
}

// One item in every store (filtered by query.storeId), at 0 where it never moved; by store id.
std::pair<std::string, db::SqlParams> itemLevelsQuery(const std::string& tenantId, const Item& item,
                                                      const LevelQuery& query, const std::string& afterStoreId) {
    std::string sql =
        "SELECT s.id AS store_id, '' AS variant_id, '' AS sku, '' AS product_id, "
        "COALESCE(l.on_hand_milli, 0) AS on_hand_milli, COALESCE(l.reserved_milli, 0) AS reserved_milli, "
        "l.low_stock_threshold_milli, COALESCE(l.updated_at, 0) AS updated_at FROM stores s "
        "LEFT JOIN stock_levels l ON l.tenant_id = s.tenant_id AND l.store_id = s.id AND l.variant_id = ? "
        "WHERE s.tenant_id = ? AND s.id > ?";
    db::SqlParams params{item.variantId, tenantId, afterStoreId};
    if (!query.storeId.empty()) {
        sql += " AND s.id = ?";
        params.push_back(query.storeId);
    }
    sql += " ORDER BY s.id LIMIT ?";
    return {sql, params};
}

// The level rows that exist, by (store id, variant id) after the cursor.
std::pair<std::string, db::SqlParams> levelRowsQuery(const std::string& tenantId, const std::optional<Item>& item,
                                                     const LevelQuery& query,
                                                     const std::pair<std::string, std::string>& cursor) {
    std::string sql = "SELECT l.store_id, l.variant_id, v.sku, v.product_id, l.on_hand_milli, l.reserved_milli, "
                      "l.low_stock_threshold_milli, l.updated_at FROM stock_levels l JOIN product_variants v "
                      "ON v.tenant_id = l.tenant_id AND v.id = l.variant_id WHERE l.tenant_id = ?";
    db::SqlParams params{tenantId};
    if (!query.storeId.empty()) {
        sql += " AND l.store_id = ?";
        params.push_back(query.storeId);
    }
    if (item) {
        sql += " AND l.variant_id = ?";
        params.push_back(item->variantId);
    }
    if (query.lowStockOnly)
        sql += " AND l.low_stock_threshold_milli IS NOT NULL"
               " AND l.on_hand_milli - l.reserved_milli <= l.low_stock_threshold_milli";
    if (query.page.cursor) {
        sql += " AND (l.store_id > ? OR (l.store_id = ? AND l.variant_id > ?))";
        params.insert(params.end(), {cursor.first, cursor.first, cursor.second});
    }
    sql += " ORDER BY l.store_id, l.variant_id LIMIT ?";
    return {sql, params};
}

} // namespace

namespace {

Result<void> checkMovement(const MovementRequest& request) {
    if (auto valid = checkMutationId(request.mutationId); !valid)
        return valid.error();
    if (!isMovementReason(request.reason))
        return invalidField("reason", "must be one of receipt, adjustment, damage, transfer_in, transfer_out, sale, "
                                      "refund (counts go to /api/v1/inventory/counts)");
    if (request.deltaMilli == 0)
        return invalidField("delta_milli", "must not be 0");
    if (auto valid = checkQuantity(request.deltaMilli, "delta_milli"); !valid)
        return valid.error();
    const int sign = signOfReason(request.reason);
    if (sign * request.deltaMilli < 0)
        return invalidField("delta_milli", std::string("must be ") + (sign > 0 ? "positive" : "negative") + " for a " +
                                               request.reason);
    return {};
}

std::string movementFingerprint(const MovementRequest& request) {
    return request.storeId + "|" + request.sku + "|" + std::to_string(request.deltaMilli) + "|" + request.reason + "|" +
           optionalText(request.occurredAt);
}

StockEntry movementEntry(const MovementRequest& request, const std::string& actor, const std::string& id,
                         std::int64_t now) {
    StockEntry entry;
    entry.id = id;
    entry.mutationId = request.mutationId;
    entry.storeId = request.storeId;
    entry.reason = request.reason;
    entry.deltaMilli = request.deltaMilli;
    entry.occurredAt = request.occurredAt.value_or(now);
    entry.createdAt = now;
    entry.actor = actor;
    return entry;
}

} // namespace

Result<MutationOutcome> Inventory::applyMovement(db::Connection& connection, const std::string& tenantId,
                                                 const std::string& actor, const MovementRequest& request,
                                                 const NewId& newId, std::int64_t now) {
    if (auto valid = checkMovement(request); !valid)
        return valid.error();
    auto claimed = claim(connection, tenantId, request.mutationId, "movement", movementFingerprint(request), now);
    if (!claimed)
        return claimed.error();
    if (claimed.value())
        return *claimed.value();
    if (auto store = checkStore(connection, tenantId, request.storeId, "store_id"); !store)
        return store.error();
    auto item = findSku(connection, tenantId, request.sku);
    if (!item)
        return item.error();

    StockEntry entry = movementEntry(request, actor, newId(), now);
    auto level = record(connection, tenantId, entry, item.value());
    if (!level)
        return level.error();
    Poco::JSON::Object::Ptr result = new Poco::JSON::Object;
    result->set("movement", entry.toJson());
    result->set("level", level->toJson());
    if (auto kept = keepResult(connection, tenantId, request.mutationId, result); !kept)
        return kept.error();
    return MutationOutcome{result, false};
}

Result<std::optional<Item>> Inventory::lookupSku(db::Connection& connection, const std::string& tenantId,
                                                 const std::string& sku) {
    auto rows = connection.execute("SELECT id, product_id, sku FROM product_variants WHERE tenant_id = ? AND sku = ?",
                                   {tenantId, sku});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<Item>{};
    return std::optional<Item>(Item{rows->first().text(0), rows->first().text(1), rows->first().text(2)});
}

Result<StockLevel> Inventory::applyClaimedMovement(db::Connection& connection, const std::string& tenantId,
                                                   const std::string& actor, const MovementRequest& request,
                                                   const Item& item, const NewId& newId, std::int64_t now) {
    if (auto valid = checkMovement(request); !valid)
        return valid.error();
    // The ledger's rows name a stock_mutations row; this one keeps no answer of its own (the
    // caller's mutation has it), and its fingerprint is marked so that a movement request
    // reusing the id is refused as a conflict rather than answered with nothing.
    auto inserted = connection.execute(
        "INSERT INTO stock_mutations (tenant_id, mutation_id, kind, fingerprint, result, created_at) "
        "VALUES (?, ?, 'movement', ?, '{}', ?)",
        {tenantId, request.mutationId, "claimed-by-caller|" + movementFingerprint(request), now});
    if (!inserted)
        return inserted.error();
    StockEntry entry = movementEntry(request, actor, newId(), now);
    return record(connection, tenantId, entry, item);
}

Result<MutationOutcome> Inventory::applyTransfer(db::Connection& connection, const std::string& tenantId,
                                                 const std::string& actor, const TransferRequest& request,
                                                 const NewId& newId, std::int64_t now) {
    if (auto valid = checkMutationId(request.mutationId); !valid)
        return valid.error();
    if (request.qtyMilli <= 0)
        return invalidField("qty_milli", "must be positive");
    if (auto valid = checkQuantity(request.qtyMilli, "qty_milli"); !valid)
        return valid.error();
    if (request.fromStoreId == request.toStoreId)
        return invalidField("to_store_id", "must differ from from_store_id");
    const std::string fingerprint = request.fromStoreId + "|" + request.toStoreId + "|" + request.sku + "|" +
                                    std::to_string(request.qtyMilli) + "|" + optionalText(request.occurredAt);
    auto claimed = claim(connection, tenantId, request.mutationId, "transfer", fingerprint, now);
    if (!claimed)
        return claimed.error();
    if (claimed.value())
        return *claimed.value();
    if (auto store = checkStore(connection, tenantId, request.fromStoreId, "from_store_id"); !store)
        return store.error();
    if (auto store = checkStore(connection, tenantId, request.toStoreId, "to_store_id"); !store)
        return store.error();
    auto item = findSku(connection, tenantId, request.sku);
    if (!item)
        return item.error();

    const std::string transferId = newId();
    Poco::JSON::Array::Ptr movements = new Poco::JSON::Array;
    Poco::JSON::Array::Ptr levels = new Poco::JSON::Array;
    for (const bool outgoing : {true, false}) {
        StockEntry entry;
        entry.id = newId();
        entry.mutationId = request.mutationId;
        entry.storeId = outgoing ? request.fromStoreId : request.toStoreId;
        entry.reason = outgoing ? "transfer_out" : "transfer_in";
        entry.deltaMilli = outgoing ? -request.qtyMilli : request.qtyMilli;
        entry.occurredAt = request.occurredAt.value_or(now);
        entry.createdAt = now;
        entry.actor = actor;
        entry.transferId = transferId;
        auto level = record(connection, tenantId, entry, item.value());
        if (!level)
            return level.error();
        movements->add(entry.toJson());
        levels->add(level->toJson());
    }
    Poco::JSON::Object::Ptr transfer = new Poco::JSON::Object;
    transfer->set("id", transferId);
    transfer->set("mutation_id", request.mutationId);
    transfer->set("sku", item->sku);
    transfer->set("variant_id", item->variantId);
    transfer->set("from_store_id", request.fromStoreId);
    transfer->set("to_store_id", request.toStoreId);
    transfer->set("qty_milli", request.qtyMilli);
    Poco::JSON::Object::Ptr result = new Poco::JSON::Object;
    result->set("transfer", transfer);
    result->set("movements", movements);
    result->set("levels", levels);
    if (auto kept = keepResult(connection, tenantId, request.mutationId, result); !kept)
        return kept.error();
    return MutationOutcome{result, false};
}

Result<MutationOutcome> Inventory::applyCount(db::Connection& connection, const std::string& tenantId,
                                              const std::string& actor, const CountRequest& request, const NewId& newId,
                                              std::int64_t now) {
    if (auto valid = checkMutationId(request.mutationId); !valid)
        return valid.error();
    if (request.countedMilli < 0)
        return invalidField("counted_milli", "must not be negative (a shelf cannot hold less than nothing)");
    if (auto valid = checkQuantity(request.countedMilli, "counted_milli"); !valid)
        return valid.error();
    const std::string fingerprint = request.storeId + "|" + request.sku + "|" + std::to_string(request.countedMilli) +
                                    "|" + optionalText(request.countedAt);
    auto claimed = claim(connection, tenantId, request.mutationId, "count", fingerprint, now);
    if (!claimed)
        return claimed.error();
    if (claimed.value())
        return *claimed.value();
    if (auto store = checkStore(connection, tenantId, request.storeId, "store_id"); !store)
        return store.error();
    auto item = findSku(connection, tenantId, request.sku);
    if (!item)
        return item.error();

    StockEntry entry;
    entry.id = newId();
    entry.mutationId = request.mutationId;
    entry.storeId = request.storeId;
    entry.variantId = item->variantId;
    entry.sku = item->sku;
    entry.reason = "count";
    entry.countedMilli = request.countedMilli;
    entry.occurredAt = request.countedAt.value_or(now);
    entry.createdAt = now;
    entry.actor = actor;
    auto level = SqlStockLedger::addCount(connection, tenantId, entry);
    if (!level)
        return level.error();
    level.value().sku = item->sku;
    level.value().productId = item->productId;
    if (auto published = publishLevel(connection, tenantId, level.value(), now); !published)
        return published.error();
    Poco::JSON::Object::Ptr result = new Poco::JSON::Object;
    result->set("movement", entry.toJson());
    result->set("level", level->toJson());
    if (auto kept = keepResult(connection, tenantId, request.mutationId, result); !kept)
        return kept.error();
    return MutationOutcome{result, false};
}

template <typename Request>
Result<MutationOutcome> Inventory::write(const std::string& tenantId, const std::string& actor, const Request& request,
                                         Result<MutationOutcome> (*apply)(db::Connection&, const std::string&,
                                                                          const std::string&, const Request&,
                                                                          const NewId&, std::int64_t)) {
    const std::int64_t now = m_context.nowMillis();
    return m_context.database.transact<MutationOutcome>(
        db::Scope::tenant(tenantId), db::TransactionKind::Write, [&](db::Connection& connection) {
            return apply(
                connection, tenantId, actor, request, [this] { return m_context.newId(); }, now);
        });
}

Result<MutationOutcome> Inventory::move(const std::string& tenantId, const std::string& actor,
                                        const MovementRequest& request) {
    return write(tenantId, actor, request, &Inventory::applyMovement);
}

Result<MutationOutcome> Inventory::transfer(const std::string& tenantId, const std::string& actor,
                                            const TransferRequest& request) {
    return write(tenantId, actor, request, &Inventory::applyTransfer);
}

Result<MutationOutcome> Inventory::count(const std::string& tenantId, const std::string& actor,
                                         const CountRequest& request) {
    return write(tenantId, actor, request, &Inventory::applyCount);
}

Result<std::vector<StockLevel>> Inventory::levels(const std::string& tenantId, const LevelQuery& query) {
    auto cursor = splitCursor(query.page.cursor);
    if (!cursor)
        return cursor.error();
    return m_context.database.transact<std::vector<StockLevel>>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) -> Result<std::vector<StockLevel>> {
            std::optional<Item> item;
            if (!query.sku.empty()) {
                auto found = findSku(connection, tenantId, query.sku);
                if (!found)
                    return found.error();
                item = found.value();
            }
            auto [sql, params] = item && !query.lowStockOnly ? itemLevelsQuery(tenantId, *item, query, cursor->first)
                                                             : levelRowsQuery(tenantId, item, query, cursor.value());
            params.emplace_back(std::int64_t{query.page.limit});
            auto rows = connection.execute(sql, params);
            if (!rows)
                return rows.error();
            std::vector<StockLevel> levels;
            for (const auto& row : rows->rows()) {
                levels.push_back(levelFromRow(row));
                if (item) {
                    levels.back().variantId = item->variantId;
                    levels.back().sku = item->sku;
                    levels.back().productId = item->productId;
                }
            }
            return levels;
        });
}

Result<std::vector<StockEntry>> Inventory::movements(const std::string& tenantId, const MovementQuery& query) {
    auto cursor = splitCursor(query.page.cursor);
    if (!cursor)
        return cursor.error();
    std::int64_t cursorAt = 0;
    if (query.page.cursor) {
        try {
            cursorAt = std::stoll(cursor->first);
        } catch (const std::exception&) {
            return makeError("invalid_request", "cursor is not one this server handed out");
        }
    }
    return m_context.database.transact<std::vector<StockEntry>>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) -> Result<std::vector<StockEntry>> {
            std::string sql = "SELECT m.id, m.mutation_id, m.store_id, m.variant_id, v.sku, m.reason, m.delta_milli, "
                              "m.counted_milli, m.occurred_at, m.created_at, m.actor, m.transfer_id "
                              "FROM stock_movements m JOIN product_variants v "
                              "ON v.tenant_id = m.tenant_id AND v.id = m.variant_id WHERE m.tenant_id = ?";
            db::SqlParams params{tenantId};
            if (!query.storeId.empty()) {
                sql += " AND m.store_id = ?";
                params.push_back(query.storeId);
            }
            if (!query.sku.empty()) {
                auto item = findSku(connection, tenantId, query.sku);
                if (!item)
                    return item.error();
                sql += " AND m.variant_id = ?";
                params.push_back(item->variantId);
            }
            if (query.page.cursor) {
                sql += " AND (m.occurred_at < ? OR (m.occurred_at = ? AND m.id < ?))";
                params.emplace_back(cursorAt);
                params.emplace_back(cursorAt);
                params.emplace_back(cursor->second);
            }
            sql += " ORDER BY m.occurred_at DESC, m.id DESC LIMIT ?";
            params.emplace_back(std::int64_t{query.page.limit});
            auto rows = connection.execute(sql, params);
            if (!rows)
                return rows.error();
            std::vector<StockEntry> entries;
            for (const auto& row : rows->rows()) {
                StockEntry entry;
                entry.id = row.text(0);
                entry.mutationId = row.text(1);
                entry.storeId = row.text(2);
                entry.variantId = row.text(3);
                entry.sku = row.text(4);
                entry.reason = row.text(5);
                entry.deltaMilli = row.integer(6);
                entry.countedMilli = row.optionalInteger(7);
                entry.occurredAt = row.integer(8);
                entry.createdAt = row.integer(9);
                entry.actor = row.text(10);
                entry.transferId = row.optionalText(11);
                entries.push_back(std::move(entry));
            }
            return entries;
        });
}

Result<StockLevel> Inventory::applyThreshold(db::Connection& connection, const std::string& tenantId,
                                             const std::string& storeId, const std::string& sku,
                                             std::optional<std::int64_t> thresholdMilli, std::int64_t now) {
    if (auto store = checkStore(connection, tenantId, storeId, "store_id"); !store)
        return store.error();
    auto item = findSku(connection, tenantId, sku);
    if (!item)
        return item.error();
    auto rows = connection.execute(
        "INSERT INTO stock_levels (tenant_id, store_id, variant_id, on_hand_milli, reserved_milli, "
        "low_stock_threshold_milli, updated_at) VALUES (?, ?, ?, 0, 0, ?, ?) "
        "ON CONFLICT (tenant_id, store_id, variant_id) DO UPDATE SET "
        "low_stock_threshold_milli = excluded.low_stock_threshold_milli, updated_at = excluded.updated_at "
        "RETURNING on_hand_milli, reserved_milli, low_stock_threshold_milli, updated_at",
        {tenantId, storeId, item->variantId, db::sqlInt(thresholdMilli), now});
    if (!rows)
        return rows.error();
    StockLevel level;
    level.storeId = storeId;
    level.variantId = item->variantId;
    level.sku = item->sku;
    level.productId = item->productId;
    level.onHandMilli = rows->first().integer(0);
    level.reservedMilli = rows->first().integer(1);
    level.lowStockThresholdMilli = rows->first().optionalInteger(2);
    level.updatedAt = rows->first().integer(3);
    if (auto published = publishLevel(connection, tenantId, level, now); !published)
        return published.error();
    return level;
}

Result<StockLevel> Inventory::setThreshold(const std::string& tenantId, const std::string& storeId,
                                           const std::string& sku, std::optional<std::int64_t> thresholdMilli) {
    const std::int64_t now = m_context.nowMillis();
    return m_context.database.transact<StockLevel>(
        db::Scope::tenant(tenantId), db::TransactionKind::Write, [&](db::Connection& connection) {
            return applyThreshold(connection, tenantId, storeId, sku, thresholdMilli, now);
        });
}

Result<std::int64_t> Inventory::levelAt(const std::string& tenantId, const std::string& storeId, const std::string& sku,
                                        std::int64_t at) {
    return m_context.database.transact<std::int64_t>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) -> Result<std::int64_t> {
            if (auto store = checkStore(connection, tenantId, storeId, "store_id"); !store)
                return store.error();
            auto item = findSku(connection, tenantId, sku);
            if (!item)
                return item.error();
            return SqlStockLedger::levelAt(connection, tenantId, storeId, item->variantId, at);
        });
}

} // namespace tp::server::inventory
