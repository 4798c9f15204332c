#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "core/Pagination.h"
#include "core/ServerContext.h"
#include "db/Connection.h"
#include "domain/core/Result.h"
#include "inventory/StockEntry.h"
#include "inventory/StockLevel.h"

namespace tp::server::inventory {

// "Move delta_milli of sku in store_id, because reason" (sale −1000, receipt +24000).
struct MovementRequest {
    std::string mutationId;
    std::string storeId;
    std::string sku;
    std::int64_t deltaMilli = 0;
    std::string reason;
    std::optional<std::int64_t> occurredAt; // shop time, unix ms; none = when the server hears of it
};

// "Move qty_milli of sku from one store to another": two movements in one transaction.
struct TransferRequest {
    std::string mutationId;
    std::string fromStoreId;
    std::string toStoreId;
    std::string sku;
    std::int64_t qtyMilli = 0;
    std::optional<std::int64_t> occurredAt;
};

// "There were counted_milli of sku in store_id at counted_at" (ARCHITECTURE.md, Sync rule 3).
struct CountRequest {
    std::string mutationId;
    std::string storeId;
    std::string sku;
    std::int64_t countedMilli = 0;
    std::optional<std::int64_t> countedAt;
};

// A product variant as stock knows it, found by its sku.
struct Item {
    std::string variantId;
    std::string productId;
    std::string sku;
};

// What a stock mutation answered. A repeat of a mutation_id gets the first answer back with
// `replayed` set, and nothing is applied again.
struct MutationOutcome {
    Poco::JSON::Object::Ptr result;
    bool replayed = false;
};

struct LevelQuery {
    std::string storeId; // "" = every store
    std::string sku;     // "" = every variant that has a level row
    bool lowStockOnly = false;
    PageRequest page;
};

struct MovementQuery {
    std::string storeId;
    std::string sku;
    PageRequest page;
};

// Stock per store and variant as a ledger of movements (SqlStockLedger), with idempotent
// mutations: each carries a client-made mutation_id, claimed in stock_mutations by
// INSERT … ON CONFLICT DO NOTHING RETURNING in the same transaction as its effect, so a
// retried request (at-least-once delivery) is applied exactly once and answered with the
// first result; the same id with other content is refused (409 conflict). Every change
// appends "stock_level" entries to the change log.
//
// The static apply* functions run inside the caller's transaction, for other modules (sync
// push, orders) that move stock as part of their own writes.
class Inventory {
public:
    explicit Inventory(ServerContext& context)
        : m_context(context) {}

    tp::domain::Result<MutationOutcome> move(const std::string& tenantId, const std::string& actor,
                                             const MovementRequest& request);
    tp::domain::Result<MutationOutcome> transfer(const std::string& tenantId, const std::string& actor,
                                                 const TransferRequest& request);
    tp::domain::Result<MutationOutcome> count(const std::string& tenantId, const std::string& actor,
                                              const CountRequest& request);

    // Keyset pages by (store_id, variant_id); with a sku every store is listed, at 0 if the
    // item never moved there.
    tp::domain::Result<std::vector<StockLevel>> levels(const std::string& tenantId, const LevelQuery& query);
    // Newest first by shop time; cursor "<occurred_at ms>:<id>".
    tp::domain::Result<std::vector<StockEntry>> movements(const std::string& tenantId, const MovementQuery& query);
    // Sets (or clears, with none) the low-stock threshold of sku in store_id.
    tp::domain::Result<StockLevel> setThreshold(const std::string& tenantId, const std::string& storeId,
                                                const std::string& sku, std::optional<std::int64_t> thresholdMilli);
    // The level of sku in store_id as of `at` (unix ms), recomputed from the ledger.
    tp::domain::Result<std::int64_t> levelAt(const std::string& tenantId, const std::string& storeId,
                                             const std::string& sku, std::int64_t at);

    using NewId = std::function<std::string()>;
    static tp::domain::Result<MutationOutcome> applyMovement(db::Connection& connection, const std::string& tenantId,
                                                             const std::string& actor, const MovementRequest& request,
                                                             const NewId& newId, std::int64_t now);
    // The variant with this sku; none when the catalog has no such sku.
    static tp::domain::Result<std::optional<Item>> lookupSku(db::Connection& connection, const std::string& tenantId,
                                                             const std::string& sku);
    // A movement under a mutation the caller has claimed already (an order's line under its
    // order.create): validated and recorded like applyMovement, the store taken as checked by
    // the caller, and no idempotency answer kept for it — a repeat never reaches it.
    // `item` is request.sku as lookupSku found it.
    static tp::domain::Result<StockLevel> applyClaimedMovement(db::Connection& connection, const std::string& tenantId,
                                                               const std::string& actor, const MovementRequest& request,
                                                               const Item& item, const NewId& newId, std::int64_t now);
    static tp::domain::Result<MutationOutcome> applyTransfer(db::Connection& connection, const std::string& tenantId,
                                                             const std::string& actor, const TransferRequest& request,
                                                             const NewId& newId, std::int64_t now);
    static tp::domain::Result<MutationOutcome> applyCount(db::Connection& connection, const std::string& tenantId,
                                                          const std::string& actor, const CountRequest& request,
                                                          const NewId& newId, std::int64_t now);
    static tp::domain::Result<StockLevel> applyThreshold(db::Connection& connection, const std::string& tenantId,
                                                         const std::string& storeId, const std::string& sku,
                                                         std::optional<std::int64_t> thresholdMilli, std::int64_t now);

private:
    template <typename Request>
    tp::domain::Result<MutationOutcome>
    write(const std::string& tenantId, const std::string& actor, const Request& request,
          tp::domain::Result<MutationOutcome> (*apply)(db::Connection&, const std::string&, const std::string&,
                                                       const Request&, const NewId&, std::int64_t));

    ServerContext& m_context;
};

} // namespace tp::server::inventory
