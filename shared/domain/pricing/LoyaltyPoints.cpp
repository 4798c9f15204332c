#include "domain/pricing/LoyaltyPoints.h"

#include "domain/core/Int128.h"

namespace tp::domain {

std::int64_t loyaltyPointsFor(std::int64_t amountMinor, std::int64_t ratePerUnit, std::int64_t minorPerMajor) {
    if (ratePerUnit <= 0 || minorPerMajor <= 0)
        return 0;
    // Exact in 128 bits (no overflow for any amount and rate), then truncated toward zero.
    const Int128 scaled = static_cast<Int128>(amountMinor) * ratePerUnit;
    return static_cast<std::int64_t>(scaled / minorPerMajor);
}

} // namespace tp::domain
