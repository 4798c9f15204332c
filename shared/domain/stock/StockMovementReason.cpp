#include "domain/stock/StockMovementReason.h"

#include <string>

namespace tp::domain {

std::string_view toString(StockMovementReason reason) {
    switch (reason) {
    case StockMovementReason::Sale:
        return "sale";
    case StockMovementReason::Refund:
        return "refund";
    case StockMovementReason::Receipt:
        return "receipt";
    case StockMovementReason::TransferIn:
        return "transfer_in";
    case StockMovementReason::TransferOut:
        return "transfer_out";
    case StockMovementReason::Shrinkage:
        return "shrinkage";
    case StockMovementReason::Correction:
        return "correction";
    }
    return "correction";
}

Result<StockMovementReason> stockMovementReasonFromString(std::string_view text) {
    for (StockMovementReason reason : kAllStockMovementReasons) {
        if (toString(reason) == text)
            return reason;
    }
    return makeError("unknown_movement_reason", "\"" + std::string(text) +
                                                    "\" is not a stock movement reason; expected one of sale, "
                                                    "refund, receipt, transfer_in, transfer_out, shrinkage, "
                                                    "correction.");
}

} // namespace tp::domain
