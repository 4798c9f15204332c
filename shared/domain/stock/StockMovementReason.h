#pragma once

#include <array>
#include <string_view>

#include "domain/core/Result.h"

namespace tp::domain {

// Why stock moved. It does not change the arithmetic (a level is the sum of movements
// whatever their reason) but reports and shrinkage figures group by it.
enum class StockMovementReason {
    Sale,        // sold: negative
    Refund,      // returned by a customer: positive
    Receipt,     // delivered by a supplier: positive
    TransferIn,  // arrived from another store
    TransferOut, // sent to another store
    Shrinkage,   // broken, expired, stolen
    Correction,  // a manual fix of an earlier mistake
};

inline constexpr std::array<StockMovementReason, 7> kAllStockMovementReasons{
    StockMovementReason::Sale,       StockMovementReason::Refund,      StockMovementReason::Receipt,
    StockMovementReason::TransferIn, StockMovementReason::TransferOut, StockMovementReason::Shrinkage,
    StockMovementReason::Correction,
};

// The snake_case wire and database name ("transfer_in").
std::string_view toString(StockMovementReason reason);

// The inverse of toString, exact match only; anything else fails with "unknown_movement_reason".
Result<StockMovementReason> stockMovementReasonFromString(std::string_view text);

} // namespace tp::domain
