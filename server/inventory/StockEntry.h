#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <Poco/JSON/Object.h>

namespace tp::server::inventory {

// Why stock moved (the wire and database names). "count" is a physical count, whose delta is
// the adjustment it implies; the others are movements whose sign the reason fixes, except
// "adjustment" (either way).
bool isMovementReason(std::string_view reason);
// +1 when the reason only adds stock (receipt, refund, transfer_in), -1 when it only takes
// (sale, damage, transfer_out), 0 when either is fine (adjustment).
int signOfReason(std::string_view reason);

// One row of the stock ledger: a movement, or a count with its implied adjustment.
struct StockEntry {
    std::string id;
    std::string mutationId;
    std::string storeId;
    std::string variantId;
    std::string sku;
    std::string reason;
    std::int64_t deltaMilli = 0;              // for a count: the adjustment it implies now
    std::optional<std::int64_t> countedMilli; // counts only
    std::int64_t occurredAt = 0;              // shop time (counted_at for counts), unix ms
    std::int64_t createdAt = 0;               // when the server recorded it
    std::string actor;
    std::optional<std::string> transferId; // both sides of a transfer share it

    // {"id","mutation_id","store_id","variant_id","sku","reason","delta_milli","counted_milli"?,
    //  "occurred_at","created_at","actor","transfer_id"?}
    Poco::JSON::Object::Ptr toJson() const;
};

} // namespace tp::server::inventory
