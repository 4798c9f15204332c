#pragma once

#include <cstdint>

#include "domain/core/Timestamp.h"
#include "domain/ids/Uuid.h"
#include "domain/stock/StockMovementReason.h"

namespace tp::domain {

// One change to an item's stock in one store, as a register or the server recorded it:
// a sale of one piece is qtyMilli −1000 (quantities are thousandths, 1 piece = 1000).
// `at` is when it happened in the shop, not when the server heard of it. `id` is the
// client-made id that makes re-sending it harmless.
struct StockMovement {
    Uuid id;
    std::int64_t qtyMilli = 0;
    Timestamp at;
    StockMovementReason reason = StockMovementReason::Correction;

    friend bool operator==(const StockMovement&, const StockMovement&) = default;
};

} // namespace tp::domain
