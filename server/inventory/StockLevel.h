#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <Poco/JSON/Object.h>

namespace tp::server::inventory {

// How much of one variant one store holds, in thousandths (qty_milli). on_hand is the sum of
// the ledger's movements; reserved is what unpaid online checkouts hold; available the rest.
// Negative stock is allowed (a POS sale is never refused: the goods already left) and flagged.
struct StockLevel {
    std::string storeId;
    std::string variantId;
    std::string sku;
    std::string productId;
    std::int64_t onHandMilli = 0;
    std::int64_t reservedMilli = 0;
    std::optional<std::int64_t> lowStockThresholdMilli;
    std::int64_t updatedAt = 0;

    std::int64_t availableMilli() const { return onHandMilli - reservedMilli; }
    // At or below its threshold (only items that have one).
    bool isLow() const { return lowStockThresholdMilli && availableMilli() <= *lowStockThresholdMilli; }

    // {"sku","variant_id","product_id","store_id","on_hand","reserved","available",
    //  "low_stock_threshold","low_stock","negative","updated_at"}
    Poco::JSON::Object::Ptr toJson() const;
    // The change log's id of a level: "<store_id>:<variant_id>".
    std::string entityId() const { return storeId + ":" + variantId; }
};

} // namespace tp::server::inventory
